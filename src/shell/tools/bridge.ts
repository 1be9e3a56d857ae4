// `bridge link [show]` and `bridge fdb [show]` (iproute2) on the host: every port enslaved to a Linux bridge, as the
// kernel reports it, which is how a learner sees which veth sits on docker0 or br-<id>.
import {neighbourKey} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';
import {hostInterfaces, type Iface} from './ip.js';
import {hostOf} from './common.js';

// iproute2 6.1's usage text.
const USAGE = 'Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n       bridge [ -force ] -batch filename\n' +
	'where  OBJECT := { link | fdb | mdb | vlan | monitor }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n' +
	'                    -o[neline] | -t[imestamp] | -n[etns] name |\n' +
	'                    -c[ompressvlans] -color -p[retty] -j[son] }\n';

export const bridge: Tool = (argv, _io, ctx) => {
	const [object = '', verb = 'show', ...rest] = argv.slice(1).filter((a) => !a.startsWith('-'));
	if (object === '') return {stdout: '', stderr: USAGE, exitCode: 255};
	if (['fdb', 'f', 'fd'].includes(object)) return fdb(verb, rest, ctx);
	if (!['link', 'l', 'li', 'lin'].includes(object)) {
		return {stdout: '', stderr: `Object "${object}" is unknown, try "bridge help".\n`, exitCode: 255};
	}
	// Changing a port needs CAP_NET_ADMIN, which the prompt's user does not have.
	if (verb === 'set') return {stdout: '', stderr: 'RTNETLINK answers: Operation not permitted\n', exitCode: 255};
	if (!['show', 'list', 'lst', 's', 'sh', 'l', 'ls'].includes(verb)) return {stdout: '', stderr: `Command "${verb}" is unknown, try "bridge link help".\n`, exitCode: 255};
	const dev = rest[0] === 'dev' ? rest[1] : undefined;
	const ports = hostInterfaces(hostOf(ctx)).filter((i) => i.master && (!dev || i.name === dev));
	if (dev && ports.length === 0) return {stdout: '', stderr: `Cannot find device "${dev}"\n`, exitCode: 255};
	const stdout = ports.map((i) => `${i.index}: ${i.name}${i.peer !== undefined ? `@if${i.peer}` : ''}: <${i.flags}> mtu ${i.mtu} master ${i.master} state forwarding priority 32 cost 2 \n`).join('');
	return {stdout, stderr: '', exitCode: 0};
};

const FDB_USAGE = 'Usage: bridge fdb { add | append | del | replace } ADDR dev DEV\n              [ self ] [ master ] [ use ] [ router ] [ extern_learn ]\n' +
	'              [ sticky ] [ local | static | dynamic ] [ vlan VID ]\n              { [ dst IPADDR ] [ port PORT] [ vni VNI ] | [ nhid NHID ] }\n' +
	'\t       [ via DEV ] [ src_vni VNI ]\n       bridge fdb [ show [ br BRDEV ] [ brport DEV ] [ vlan VID ]\n              [ state STATE ] [ dynamic ] ]\n' +
	'       bridge fdb get [ to ] LLADDR [ br BRDEV ] { brport | dev } DEV\n              [ vlan VID ] [ vni VNI ] [ self ] [ master ] [ dynamic ]\n' +
	'       bridge fdb flush dev DEV [ brport DEV ] [ vlan VID ]\n              [ self ] [ master ] [ [no]permanent | [no]static | [no]dynamic ]\n' +
	'              [ [no]added_by_user ] [ [no]extern_learn ] [ [no]sticky ]\n              [ [no]offloaded ]\n';

/** The multicast groups an interface joined (IPv6 all-nodes, IPv4 all-hosts, its solicited-node group). */
function groups(i: Iface, bridge: boolean): string[] {
	const solicited = `33:33:ff:${i.mac.slice(9)}`;
	return bridge ? ['33:33:00:00:00:01', '01:00:5e:00:00:6a', '33:33:00:00:00:6a', '01:00:5e:00:00:01', solicited] : ['33:33:00:00:00:01', '01:00:5e:00:00:01', solicited];
}

/**
 * `bridge fdb show [br BR] [brport|dev DEV] [dynamic]`: each interface's own entries in index order
 * (layout measured on docker0), and on each veth port the container's MAC once the bridge has
 * seen a frame from it (it sent or answered something: see neigh-learn.ts).
 */
function fdb(verb: string, rest: string[], ctx: ToolContext): CommandResult {
	if (verb === 'help') return {stdout: '', stderr: FDB_USAGE, exitCode: 255};
	if (['add', 'append', 'del', 'delete', 'replace', 'flush'].includes(verb)) return {stdout: '', stderr: 'RTNETLINK answers: Operation not permitted\n', exitCode: 255};
	if (!['show', 'list', 'lst', 's', 'sh', 'l', 'ls'].includes(verb)) return {stdout: '', stderr: `Command "${verb}" is unknown, try "bridge fdb help".\n`, exitCode: 255};
	const host = hostOf(ctx);
	const ifs = hostInterfaces(host);
	let br: string | undefined;
	let dev: string | undefined;
	let dynamicOnly = false;
	for (let i = 0; i < rest.length; i++) {
		const w = rest[i];
		if (w === 'dynamic') dynamicOnly = true;
		else if (w === 'br' || w === 'brport' || w === 'dev') {
			const v = rest[++i];
			if (v === undefined) return {stdout: '', stderr: 'Command line is not complete. Try option "help"\n', exitCode: 255};
			if (!ifs.some((x) => x.name === v)) return {stdout: '', stderr: `Cannot find ${w === 'br' ? 'bridge device' : 'device'} "${v}"\n`, exitCode: 255};
			if (w === 'br') br = v;
			else dev = v;
		}
	}
	const heard = new Set<string>();
	for (const list of Object.values(ctx.world.neighbours ?? {})) for (const e of list) if (e.mac) heard.add(e.mac);
	const lines: string[] = [];
	for (const i of ifs) {
		if (i.name === 'lo') continue;
		const isBridge = ifs.some((p) => p.master === i.name) || /^(docker0|br-[0-9a-f]{12}|docker_gwbridge)$/.test(i.name);
		if (br !== undefined && i.name !== br && i.master !== br) continue;
		if (dev !== undefined && i.name !== dev) continue;
		const at = dev === undefined ? `dev ${i.name} ` : '';
		// The kernel dumps a port's entries in its bridge's table first, then the port's own (self) ones;
		// a bridge its own groups first, then its address in its table.
		if (i.master) {
			const c = host.containers.values().find((x) => Object.values(x.networks).some((s) => s.endpoint?.vethName === i.name));
			const ep = c && Object.values(c.networks).find((s) => s.endpoint?.vethName === i.name)?.endpoint;
			if (c && ep && (heard.has(ep.mac) || (ctx.world.neighbours?.[neighbourKey(host.name, c.id)]?.length ?? 0) > 0)) lines.push(`${ep.mac} ${at}master ${i.master} `);
			if (!dynamicOnly) lines.push(`${i.mac} ${at}master ${i.master} permanent`);
		}
		if (dynamicOnly) continue;
		lines.push(...groups(i, isBridge).map((g) => `${g} ${at}self permanent`));
		if (isBridge) lines.push(`${i.mac} ${at}master ${i.name} permanent`);
	}
	return {stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0};
}
