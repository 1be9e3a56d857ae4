// dockerd itself: stopping and starting it (`systemctl restart docker`), with what that does to
// containers and to docker0. Measured on daemon 26.1.5 (test/fidelity/NOTES.md, "daemon restart"):
// every running container is stopped as `docker stop` stops it; at start the restart policy
// decides: `always` comes back even after `docker stop`, `unless-stopped` only if it was not
// stopped by hand, `on-failure` if it exited non-zero (the shutdown's SIGKILL counts), `no` never;
// RestartCount stays 0; every endpoint gets its address again, so IPs may change; docker0 takes
// `bip`, or the first of daemon.json's `default-address-pools`, or 172.17.0.0/16.
import {produce} from 'immer';
import {DAEMON_JSON, parseDaemonConfig, type ConfigResult, type DaemonConfig} from './daemon-config.js';
import {localPools} from './daemon-pools.js';
import {startContainer, stopContainer, tick} from './container-ops.js';
import {editContainer} from './container-edit.js';
import {isEngineError} from './errors.js';
import {readFile} from './fs/index.js';
import {allocatePredefined, firstHost} from './ipam.js';
import {cidrOf, cidrText, parseCidr, intToIp} from './ip.js';
import type {DaemonState, Host, World} from './types.js';
import {getHost} from './world.js';

const ROOT = {uid: 0, gid: 0};
/** How long `docker stop` waits before SIGKILL; the shutdown waits as long for a container that ignores TERM. */
const STOP_TIMEOUT_MS = 10_000;

export function daemonState(host: Host): DaemonState {
	return host.daemon ?? {state: 'running', config: {}, startedAt: 0};
}

export function daemonRunning(host: Host): boolean {
	return daemonState(host).state === 'running';
}

/** `dockerd --validate`: daemon.json as the next start would read it. */
export function validateDaemonConfig(world: World, hostName?: string): ConfigResult {
	const host = getHost(world, hostName);
	const r = readFile(host.fs, DAEMON_JSON, ROOT);
	return parseDaemonConfig(r.ok ? r.value : undefined);
}

function withDaemon(world: World, hostName: string, daemon: DaemonState): World {
	return produce(world, (draft) => {
		draft.hosts[hostName]!.daemon = daemon as never;
	});
}

/** Stops dockerd: every running container first, as `docker stop` would (the shutdown waits for the slowest). */
export function stopDaemon(world: World, hostName?: string): World {
	const host = getHost(world, hostName);
	const state = daemonState(host);
	if (state.state !== 'running') return world;
	let next = world;
	let killed = false;
	for (const c of host.containers.values()) {
		if (c.status !== 'running') continue;
		next = stopContainer(next, host.name, c.id);
		if (getHost(next, host.name).containers.get(c.id)?.exitCode === 137) killed = true;
	}
	next = tick(next, killed ? STOP_TIMEOUT_MS : 1000);
	return withDaemon(next, host.name, {...state, state: 'stopped'});
}

/**
 * docker0's subnet and gateway at start (measured, NOTES.md "daemon restart"): `bip` if set; else
 * with `default-address-pools` the subnet it had if a pool holds it, or the first free pool; with
 * no pools configured, the subnet it had (the daemon keeps it in its store, even one that came
 * from pools since removed). Undefined: `bip` is not an address with a prefix (dockerd fails).
 */
function bridgeAddress(host: Host, config: DaemonConfig): {subnet: string; gateway: string} | undefined {
	const current = Object.values(host.networks).find((n) => n.name === 'bridge' && n.predefined)?.ipamConfig?.[0];
	if (config.bip !== undefined) {
		const c = /\//.test(config.bip) ? parseCidr(config.bip) : undefined;
		if (!c) return undefined;
		return {subnet: cidrText(cidrOf(`${intToIp(c.ip)}/${c.prefix}`)), gateway: intToIp(c.ip)};
	}
	if (config.addressPools && config.addressPools.length > 0) {
		const pools = localPools({daemon: {state: 'running', config, startedAt: 0}});
		if (current && pools.includes(current.subnet)) return {subnet: current.subnet, gateway: current.gateway ?? firstHost(current.subnet)};
		const others = Object.values(host.networks).filter((n) => n.name !== 'bridge').flatMap((n) => (n.ipamConfig ?? []).map((i) => i.subnet));
		const choice = allocatePredefined(0, others.concat(`${host.lanIp}/24`), pools);
		if (choice) return {subnet: choice.subnet, gateway: firstHost(choice.subnet)};
	}
	return current ? {subnet: current.subnet, gateway: current.gateway ?? firstHost(current.subnet)} : {subnet: '172.17.0.0/16', gateway: '172.17.0.1'};
}

/** Whether a container comes back when the daemon starts (moby's restartmanager.ShouldRestart). */
function comesBack(policy: string, exitCode: number, manuallyStopped: boolean): boolean {
	if (policy === 'always') return true;
	if (policy === 'unless-stopped') return !manuallyStopped;
	if (policy === 'on-failure') return exitCode !== 0;
	return false;
}

export type DaemonStart = {world: World; error?: string};

/** Starts dockerd: reads daemon.json (a bad one: it does not start), sets docker0, brings containers back. */
export function startDaemon(world: World, hostName?: string): DaemonStart {
	const host = getHost(world, hostName);
	const state = daemonState(host);
	if (state.state === 'running') return {world};
	const read = validateDaemonConfig(world, host.name);
	if (!read.ok) return {world: withDaemon(world, host.name, {...state, state: 'failed', error: read.error}), error: read.error};
	const config = read.config;
	const address = bridgeAddress(host, config);
	if (!address) {
		const error = `failed to start daemon: Error initializing network controller: invalid CIDR address: ${config.bip}`;
		return {world: withDaemon(world, host.name, {...state, state: 'failed', error}), error};
	}
	let next = produce(world, (draft) => {
		const h = draft.hosts[host.name]!;
		h.daemon = {state: 'running', config, startedAt: draft.clock} as never;
		const bridge = Object.values(h.networks).find((n) => n.name === 'bridge' && n.predefined);
		if (bridge) bridge.ipamConfig = [{subnet: address.subnet, gateway: address.gateway}];
		// v26's rotating pool index lives in memory: a new daemon starts after docker0's pool.
		h.poolIndex = localPools(h as Host).indexOf(address.subnet) + 1;
	});
	const restarted = getHost(next, host.name);
	for (const c of restarted.containers.values()) {
		if (c.status === 'running') continue;
		if (!comesBack(c.hostConfig?.restartPolicy?.name ?? 'no', c.exitCode, c.manuallyStopped === true)) continue;
		try {
			next = startContainer(next, host.name, c.id).world;
		} catch (e) {
			// A container that cannot start (its port taken, its network gone) stays exited, as on a real host.
			if (!isEngineError(e)) throw e;
		}
	}
	return {world: next};
}

export function restartDaemon(world: World, hostName?: string): DaemonStart {
	return startDaemon(stopDaemon(world, hostName), hostName);
}

/** `docker stop` and `docker kill` stop a container by hand (unless-stopped then leaves it down). */
export function markManuallyStopped(world: World, hostName: string | undefined, id: string): World {
	const host = getHost(world, hostName);
	return produce(world, (draft) => {
		editContainer(draft.hosts[host.name]!, id, (c) => {
			c.manuallyStopped = true;
		});
	});
}
