// Scanning every container of a draft host inside an immer recipe would wrap each one in a
// proxy. The scans that need it (addresses in use, sockets bound) look at the *other*
// containers, which a recipe that joins or starts one container does not change: they are read
// from the state the recipe started from.
import {isDraft, original} from 'immer';
import type {Container, Host} from './types.js';

/** The containers of a host as they were before the current recipe (all of them if not a draft). */
export function otherContainers(host: Host): Container[] {
	const map = host.containers;
	const base = isDraft(map) ? (original(map) as Record<string, Container> | undefined) : map;
	return Object.values(base ?? map);
}
