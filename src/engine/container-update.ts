// `docker update`: a container's resources and restart policy changed in place (daemon/update.go,
// container/container_unix.go UpdateContainer). The checks and their texts are the daemon's
// (recorded in test/fidelity/recorded/63-events-update-diff.json); a refused update changes nothing.
import {produce} from 'immer';
import {EngineError} from './errors.js';
import {editContainer} from './container-edit.js';
import {validateHostConfig, type ContainerHostConfig, type RestartPolicy} from './host-config.js';
import {getHost, requireContainer} from './world.js';
import type {World} from './types.js';

/** What `docker update` may change; absent means not given. Bytes, nano-CPUs, shares as the API has them. */
export interface ContainerUpdate {
	readonly restartPolicy?: RestartPolicy;
	readonly memory?: number;
	readonly memorySwap?: number;
	readonly memoryReservation?: number;
	readonly nanoCpus?: number;
	readonly cpuShares?: number;
	readonly pidsLimit?: number;
}

/** linuxMinMemory: 6 MiB. */
const MIN_MEMORY = 6 * 1024 * 1024;

/** verifyContainerSettings' checks, made before the container is looked up. */
export function validateUpdate(update: ContainerUpdate): void {
	if (update.restartPolicy) validateHostConfig({restartPolicy: update.restartPolicy});
	if (update.memory !== undefined && update.memory !== 0 && update.memory < MIN_MEMORY) throw new EngineError('Minimum memory limit allowed is 6MB', 'invalid');
	if ((update.memory ?? 0) > 0 && (update.memorySwap ?? 0) > 0 && update.memorySwap! < update.memory!) {
		throw new EngineError('Minimum memoryswap limit should be larger than memory limit, see usage', 'invalid');
	}
	if (update.memoryReservation !== undefined && update.memoryReservation !== 0 && update.memoryReservation < MIN_MEMORY) {
		throw new EngineError('Minimum memory reservation allowed is 6MB', 'invalid');
	}
	if (update.memory && update.memoryReservation && update.memory < update.memoryReservation) {
		throw new EngineError('Minimum memory limit can not be less than memory reservation limit, see usage', 'invalid');
	}
}

/** The update applied to one container (by name or id), or the daemon's error. */
export function updateContainer(world: World, hostName: string, ref: string, update: ContainerUpdate): World {
	validateUpdate(update);
	const c = requireContainer(getHost(world, hostName), ref);
	const hc: ContainerHostConfig = c.hostConfig ?? {};
	const cannot = (why: string) => new EngineError(`Cannot update container ${c.id}: ${why}`, 'conflict');
	// Memory above the swap limit already set, without a new swap limit, is refused (swap 0 counts too).
	if (update.memory && update.memory > (hc.memorySwap ?? 0) && !update.memorySwap) {
		throw cannot('Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time');
	}
	const policy = update.restartPolicy;
	if (policy && policy.name !== '' && c.autoRemove && policy.name !== 'no') throw cannot('Restart policy cannot be updated because AutoRemove is enabled for the container');
	const next: ContainerHostConfig = {
		...hc,
		...(update.memory ? {memory: update.memory} : {}),
		...(update.memorySwap ? {memorySwap: update.memorySwap} : {}),
		...(update.memoryReservation ? {memoryReservation: update.memoryReservation} : {}),
		...(update.nanoCpus ? {nanoCpus: update.nanoCpus} : {}),
		...(update.cpuShares ? {cpuShares: update.cpuShares} : {}),
		// A limit of 0 or less is "unlimited": the daemon stores none.
		...(update.pidsLimit !== undefined ? {pidsLimit: update.pidsLimit > 0 ? update.pidsLimit : undefined} : {}),
		...(policy && policy.name !== '' ? {restartPolicy: policy} : {}),
	};
	return produce(world, (draft) => {
		editContainer(draft.hosts[hostName], c.id, (d) => {
			d.hostConfig = next as never;
		});
	});
}
