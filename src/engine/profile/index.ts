// The engine's version profile: which Docker daemon a world behaves as (World.engine).
import type {Host, World} from '../types.js';
import {DEFAULT_ENGINE, PROFILES} from './profiles.js';
import type {EngineId, EngineProfile} from './types.js';

export type {EngineId, EngineProfile} from './types.js';
export {DOCKER_26, DOCKER_28, PROFILES, ENGINE_IDS, DEFAULT_ENGINE} from './profiles.js';

export function isEngineId(value: unknown): value is EngineId {
	return value === '26' || value === '28';
}

/** The profile of the daemon a world runs (worlds made before profiles existed are 26). */
export function profileOf(of: Pick<World, 'engine'> | Pick<Host, 'engine'>): EngineProfile {
	return PROFILES[of.engine ?? DEFAULT_ENGINE];
}
