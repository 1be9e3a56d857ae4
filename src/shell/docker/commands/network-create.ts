// `docker network create`: CLI 28.2 (cli/command/network/create.go: flags, the IPAM consolidation
// and its errors) then the daemon (engine createNetwork). Prints the new network's id.
import {createNetwork, driverFor} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {parseCidr, isIP} from '../../../engine/ip.js';

/** pflag StringSlice: every value is a CSV record. */
function stringSlice(values: string[]): string[] {
	return values.flatMap((v) => (v === '' ? [] : v.split(',')));
}

/** opts.MapOpts: `k=v` (or a bare `k` with an empty value); later values win. */
function mapOpts(values: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const v of values) {
		const eq = v.indexOf('=');
		if (eq === -1) out[v] = '';
		else out[v.slice(0, eq)] = v.slice(eq + 1);
	}
	return out;
}

/** Go's net.ParseCIDR (IPv4 only here): undefined when it fails. */
function goParseCidr(text: string): {ip: number; prefix: number} | undefined {
	return parseCidr(text);
}

class CliError extends Error {}

/** net.IPNet.Contains for the CLI's subnetMatches. */
function subnetMatches(subnet: string, data: string): boolean {
	const s = goParseCidr(subnet);
	if (!s) throw new CliError(`invalid subnet: invalid CIDR address: ${subnet}`);
	let ipText: string;
	if (data.includes('/')) {
		if (!goParseCidr(data)) throw new CliError(`invalid CIDR address: ${data}`);
		ipText = data.split('/')[0];
	} else {
		ipText = data;
	}
	const ip = parseCidr(`${ipText}/32`);
	if (!ip) return false;
	const mask = s.prefix === 0 ? 0 : (0xffffffff << (32 - s.prefix)) >>> 0;
	return ((ip.ip & mask) >>> 0) === ((s.ip & mask) >>> 0);
}

interface IpamSlot {
	subnet: string;
	gateway: string;
	ipRange: string;
}

/** createIPAMConfig: pairs ranges and gateways with the subnet that contains them. */
function consolidateIpam(subnets: string[], ipRanges: string[], gateways: string[], aux: Record<string, string>): IpamSlot[] {
	if (subnets.length < ipRanges.length || subnets.length < gateways.length) {
		throw new CliError('every ip-range or gateway must have a corresponding subnet');
	}
	const slots = new Map<string, IpamSlot>();
	for (const s of subnets) {
		for (const k of slots.keys()) {
			if (subnetMatches(s, k) || subnetMatches(k, s)) throw new CliError('multiple overlapping subnet configuration is not supported');
		}
		slots.set(s, {subnet: s, gateway: '', ipRange: ''});
	}
	for (const r of ipRanges) {
		let matched = false;
		for (const s of subnets) {
			if (!goParseCidr(r)) throw new CliError(`invalid CIDR address: ${r}`);
			if (!subnetMatches(s, r)) continue;
			const slot = slots.get(s)!;
			if (slot.ipRange !== '') throw new CliError(`cannot configure multiple ranges (${r}, ${slot.ipRange}) on the same subnet (${s})`);
			slot.ipRange = r;
			matched = true;
		}
		if (!matched) throw new CliError(`no matching subnet for range ${r}`);
	}
	for (const g of gateways) {
		let matched = false;
		for (const s of subnets) {
			if (!subnetMatches(s, g)) continue;
			const slot = slots.get(s)!;
			if (slot.gateway !== '') throw new CliError(`cannot configure multiple gateways (${g}, ${slot.gateway}) for the same subnet (${s})`);
			slot.gateway = g;
			matched = true;
		}
		if (!matched) throw new CliError(`no matching subnet for gateway ${g}`);
	}
	for (const a of Object.values(aux)) {
		if (!subnets.some((s) => subnetMatches(s, a))) throw new CliError(`no matching subnet for aux-address ${a}`);
	}
	return [...slots.values()];
}

export const networkCreateCommand: DockerCommand = {
	spec: {
		path: 'docker network create',
		usage: 'docker network create [OPTIONS] NETWORK',
		description: 'Create a network',
		flags: [
			{long: 'attachable', type: 'bool', description: 'Enable manual container attachment'},
			{long: 'aux-address', type: 'list', valueName: 'map', description: 'Auxiliary IPv4 or IPv6 addresses used by Network driver', defaultText: 'map[]'},
			{long: 'config-from', type: 'string', description: 'The network from which to copy the configuration'},
			{long: 'config-only', type: 'bool', description: 'Create a configuration only network'},
			{long: 'driver', short: 'd', type: 'string', description: 'Driver to manage the Network', defaultText: '"bridge"'},
			{long: 'gateway', type: 'list', valueName: 'strings', description: 'IPv4 or IPv6 Gateway for the master subnet'},
			{long: 'ingress', type: 'bool', description: 'Create swarm routing-mesh network'},
			{long: 'internal', type: 'bool', description: 'Restrict external access to the network'},
			{long: 'ip-range', type: 'list', valueName: 'strings', description: 'Allocate container ip from a sub-range'},
			{long: 'ipam-driver', type: 'string', description: 'IP Address Management Driver', defaultText: '"default"'},
			{long: 'ipam-opt', type: 'list', valueName: 'map', description: 'Set IPAM driver specific options', defaultText: 'map[]'},
			{long: 'ipv4', type: 'bool', description: 'Enable or disable IPv4 address assignment', defaultText: 'true'},
			{long: 'ipv6', type: 'bool', description: 'Enable or disable IPv6 address assignment'},
			{long: 'label', type: 'list', description: 'Set metadata on a network'},
			{long: 'opt', short: 'o', type: 'list', valueName: 'map', description: 'Set driver specific options', defaultText: 'map[]'},
			{long: 'scope', type: 'string', description: "Control the network's scope"},
			{long: 'subnet', type: 'list', valueName: 'strings', description: 'Subnet in CIDR format that represents a network segment'},
		],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		const f = parsed.flags;
		const name = parsed.args[0];
		for (const l of flagList(f, 'label')) {
			if (l.split('=')[0].trim() === '') {
				return {stdout: '', stderr: `invalid argument "${l}" for "--label" flag: invalid label '${l}': empty name\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n`, exitCode: 125};
			}
		}
		const subnets = stringSlice(flagList(f, 'subnet'));
		const ipRanges = stringSlice(flagList(f, 'ip-range'));
		const gateways = stringSlice(flagList(f, 'gateway'));
		let slots: IpamSlot[];
		try {
			slots = consolidateIpam(subnets, ipRanges, gateways, mapOpts(flagList(f, 'aux-address')));
		} catch (e) {
			if (e instanceof CliError) return {stdout: '', stderr: `${e.message}\n`, exitCode: 1};
			throw e;
		}
		if ([...subnets, ...gateways, ...ipRanges].some((v) => v.includes(':') && isIP(v.split('/')[0]))) {
			return {stdout: '', stderr: 'netdojo: IPv6 subnets are not simulated\n', exitCode: 1};
		}
		const driver = flagString(f, 'driver') ?? 'bridge';
		const ipv6 = flagBool(f, 'ipv6');
		const labels: Record<string, string> = {};
		for (const l of flagList(f, 'label')) {
			const eq = l.indexOf('=');
			labels[eq === -1 ? l : l.slice(0, eq)] = eq === -1 ? '' : l.slice(eq + 1);
		}
		try {
			if (flagBool(f, 'ingress') && driverFor(driver)?.capabilities().scope !== 'swarm') {
				// libnetwork NewNetwork, after the IPAM and name checks the engine does first.
				createNetwork(ctx.world, ctx.location.host, {name, driver, subnets: slots.map((s) => s.subnet), gateways: slots.map((s) => s.gateway), ipRanges: slots.map((s) => s.ipRange)});
				return {stdout: '', stderr: 'Error response from daemon: Ingress network can only be global scope network\n', exitCode: 1};
			}
			const {world, network} = createNetwork(ctx.world, ctx.location.host, {
				name,
				driver,
				subnets: slots.map((s) => s.subnet),
				gateways: slots.map((s) => s.gateway),
				ipRanges: slots.map((s) => s.ipRange),
				internal: flagBool(f, 'internal'),
				attachable: flagBool(f, 'attachable'),
				ipv6: false,
				options: mapOpts(flagList(f, 'opt')),
				labels,
			});
			if (ipv6) {
				// v26 has no default IPv6 pools: without an IPv6 --subnet the IPv6 pool request fails.
				return {stdout: '', stderr: 'Error response from daemon: could not find an available, non-overlapping IPv6 address pool among the defaults to assign to the network\n', exitCode: 1};
			}
			ctx.setWorld(world);
			return {stdout: `${network.id}\n`, stderr: '', exitCode: 0};
		} catch (e) {
			return cliError(e);
		}
	},
};
