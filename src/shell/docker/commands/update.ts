// `docker update [OPTIONS] CONTAINER...` (CLI 28 container/update.go): resources and the restart
// policy. Each container updated is printed as given; the daemon's errors are joined and end the
// command with exit 1. Values are read as pflag's MemBytes / MemSwapBytes / NanoCPUs do.
import {isEngineError, updateContainer, type ContainerUpdate} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {flagString, type FlagValues} from '../flags.js';
import {hostOf, lines} from '../views/container-common.js';
import {parseRestartPolicy} from '../run-options.js';
import {parseCpus, parseMemBytes} from '../units.js';

const USAGE = 'docker update [OPTIONS] CONTAINER [CONTAINER...]';

class ValueError extends Error {}

function value<T>(flags: FlagValues, long: string, flagName: string, parse: (v: string) => T): T | undefined {
	const text = flagString(flags, long);
	if (text === undefined) return undefined;
	try {
		return parse(text);
	} catch (e) {
		throw new ValueError(`invalid argument "${text}" for "${flagName}" flag: ${(e as Error).message}`);
	}
}

function readUpdate(flags: FlagValues): ContainerUpdate {
	const restart = flagString(flags, 'restart');
	const memory = value(flags, 'memory', '-m, --memory', parseMemBytes);
	const memorySwap = value(flags, 'memory-swap', '--memory-swap', (v) => (v === '-1' ? -1 : parseMemBytes(v)));
	const memoryReservation = value(flags, 'memory-reservation', '--memory-reservation', parseMemBytes);
	const nanoCpus = value(flags, 'cpus', '--cpus', parseCpus);
	const cpuShares = flagString(flags, 'cpu-shares');
	const pidsLimit = flagString(flags, 'pids-limit');
	return {
		...(restart !== undefined && restart !== '' ? {restartPolicy: parseRestartPolicy(restart)} : {}),
		...(memory !== undefined ? {memory} : {}),
		...(memorySwap !== undefined ? {memorySwap} : {}),
		...(memoryReservation !== undefined ? {memoryReservation} : {}),
		...(nanoCpus !== undefined ? {nanoCpus} : {}),
		...(cpuShares !== undefined ? {cpuShares: Number(cpuShares)} : {}),
		...(pidsLimit !== undefined ? {pidsLimit: Number(pidsLimit)} : {}),
	};
}

export const updateCommand: DockerCommand = {
	spec: {
		path: 'docker update',
		usage: USAGE,
		description: 'Update configuration of one or more containers',
		flags: [
			{long: 'cpu-shares', short: 'c', type: 'int', description: 'CPU shares (relative weight)'},
			{long: 'cpus', type: 'string', valueName: 'decimal', description: 'Number of CPUs'},
			{long: 'memory', short: 'm', type: 'string', valueName: 'bytes', description: 'Memory limit'},
			{long: 'memory-reservation', type: 'string', valueName: 'bytes', description: 'Memory soft limit'},
			{long: 'memory-swap', type: 'string', valueName: 'bytes', description: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap'},
			{long: 'pids-limit', type: 'int', description: 'Tune container pids limit (set -1 for unlimited)'},
			{long: 'restart', type: 'string', description: 'Restart policy to apply when a container exits'},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		let update: ContainerUpdate;
		try {
			update = readUpdate(parsed.flags);
		} catch (e) {
			if (e instanceof ValueError) return {stdout: '', stderr: `${e.message}\n\nUsage:  ${USAGE}\n\nRun 'docker update --help' for more information\n`, exitCode: 125};
			if (isEngineError(e)) return {stdout: '', stderr: `${e.message}\n`, exitCode: 1};
			throw e;
		}
		// cmd.Flags().NFlag() == 0: nothing to change.
		if (Object.keys(parsed.flags).length === 0) return {stdout: '', stderr: 'you must provide one or more flags when using this command\n', exitCode: 1};
		const hostName = hostOf(ctx);
		const done: string[] = [];
		const errors: string[] = [];
		for (const ref of parsed.args) {
			try {
				ctx.setWorld(updateContainer(ctx.world, hostName, ref, update));
				done.push(ref);
			} catch (e) {
				if (!isEngineError(e)) throw e;
				errors.push(daemonText(e));
			}
		}
		return {stdout: lines(done), stderr: errors.length > 0 ? `${errors.join('\n')}\n` : '', exitCode: errors.length > 0 ? 1 : 0};
	},
};
