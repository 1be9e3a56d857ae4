// The errors a container start gets from its networking, in the words of the daemon version the
// host runs (profile/): v28.0.1+ prefixes them `failed to set up container networking: `, and
// words a `--network container:X` that cannot be joined differently.
import type {Container, Host} from './types.js';
import {EngineError, isEngineError} from './errors.js';
import {profileOf} from './profile/index.js';

/** An error from joining networks or publishing ports, framed as the host's daemon frames it. */
export function networkingError(host: Host, e: unknown): unknown {
	const prefix = profileOf(host).networkingErrorPrefix;
	if (!prefix || !isEngineError(e)) return e;
	return new EngineError(`${prefix}${e.message}`, e.kind, e.fromDaemon);
}

/** `--network container:REF` whose container is missing (owner undefined) or not running. */
export function containerModeError(host: Host, ref: string, owner: Container | undefined): EngineError {
	const v28 = profileOf(host).containerModeErrors === 'v28';
	if (!owner) return new EngineError(`${v28 ? 'joining network namespace of container: ' : ''}No such container: ${ref}`, 'notFound');
	return new EngineError(v28 ? `cannot join network namespace of a non running container: container ${owner.name} is ${owner.status}` : `cannot join network of a non running container: ${owner.id}`, 'conflict');
}
