// `brctl` (bridge-utils 1.7 on the host; BusyBox's applet in alpine/busybox): the Linux bridges
// and the veth ports on them. Layout as measured: tab-separated, the first port on the bridge's
// line and each further one on its own line after seven tabs.
import type {Tool} from '../context.js';
import {hostOf, inHostNamespace} from './common.js';
import {hostInterfaces, type Iface} from './ip.js';

const USAGE = 'Usage: brctl [commands]\ncommands:\n\taddbr     \t<bridge>\t\tadd bridge\n\tdelbr     \t<bridge>\t\tdelete bridge\n' +
	'\taddif     \t<bridge> <device>\tadd interface to bridge\n\tdelif     \t<bridge> <device>\tdelete interface from bridge\n' +
	'\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off\n\tsetageing \t<bridge> <time>\t\tset ageing time\n' +
	'\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority\n\tsetfd     \t<bridge> <time>\t\tset bridge forward delay\n' +
	'\tsethello  \t<bridge> <time>\t\tset hello time\n\tsetmaxage \t<bridge> <time>\t\tset max message age\n' +
	'\tsetpathcost\t<bridge> <port> <cost>\tset path cost\n\tsetportprio\t<bridge> <port> <prio>\tset port priority\n' +
	'\tshow      \t[ <bridge> ]\t\tshow a list of bridges\n\tshowmacs  \t<bridge>\t\tshow a list of mac addrs\n' +
	'\tshowstp   \t<bridge>\t\tshow bridge stp info\n\tstp       \t<bridge> {on|off}\tturn stp on/off\n';

const BB_USAGE = 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: brctl COMMAND [BRIDGE [ARGS]]\n\nManage ethernet bridges\n' +
	'Commands:\n\taddbr BRIDGE\t\tCreate BRIDGE\n\tdelbr BRIDGE\t\tDelete BRIDGE\n\taddif BRIDGE IFACE\tAdd IFACE to BRIDGE\n\tdelif BRIDGE IFACE\tDelete IFACE from BRIDGE\n';

const HEADER = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces\n';

/** What changing a bridge says without CAP_NET_ADMIN (the prompt's user has none, nor has a container). */
function denial(cmd: string, rest: string[], bb: boolean): string | undefined {
	const [br = '', dev = ''] = rest;
	if (bb) return cmd === 'addbr' || cmd === 'delbr' ? `brctl: bridge ${br}: Operation not permitted\n` : cmd === 'addif' || cmd === 'delif' ? `brctl: bridge ${br}: Operation not permitted\n` : undefined;
	switch (cmd) {
		case 'addbr':
			return 'add bridge failed: Operation not permitted\n';
		case 'delbr':
			return `can't delete bridge ${br}: Operation not permitted\n`;
		case 'addif':
			return `can't add ${dev} to bridge ${br}: Operation not permitted\n`;
		case 'delif':
			return `can't delete ${dev} from bridge ${br}: Operation not permitted\n`;
		case 'stp':
			return 'set stp status failed: Operation not permitted\n';
		default:
			return undefined;
	}
}

/** The bridges of the namespace and their ports, by name as the kernel lists them. */
export function bridgesWithPorts(ifs: Iface[]): {bridge: Iface; ports: Iface[]}[] {
	const isBridge = (i: Iface) => /^(docker0|br-[0-9a-f]{12}|docker_gwbridge)$/.test(i.name) || ifs.some((p) => p.master === i.name);
	return ifs
		.filter(isBridge)
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
		.map((bridge) => ({bridge, ports: ifs.filter((p) => p.master === bridge.name).sort((a, b) => (a.name < b.name ? -1 : 1))}));
}

export const brctl: Tool = (argv, _io, ctx) => {
	const bb = ctx.flavour === 'busybox';
	const [cmd, ...rest] = argv.slice(1);
	if (cmd === undefined) return bb ? {stdout: '', stderr: BB_USAGE, exitCode: 1} : {stdout: USAGE, stderr: '', exitCode: 1};
	if (cmd === '--help' || cmd === '-h') return bb ? {stdout: '', stderr: BB_USAGE, exitCode: 0} : {stdout: USAGE, stderr: '', exitCode: 0};
	// Debian's BusyBox is built without `brctl show` (measured: "invalid argument 'show'").
	if (cmd !== 'show' || bb) {
		const denied = denial(cmd, rest, bb);
		if (denied) return {stdout: '', stderr: denied, exitCode: 1};
		if (!bb && (cmd === 'showmacs' || cmd === 'showstp')) return {stdout: '', stderr: `netdojo: brctl ${cmd} is not simulated; \`bridge fdb show br ${rest[0] ?? 'docker0'}\` shows the learnt addresses\n`, exitCode: 1};
		return bb ? {stdout: '', stderr: `brctl: invalid argument '${cmd}' to 'brctl'\n`, exitCode: 1} : {stdout: USAGE, stderr: `never heard of command [${cmd}]\n`, exitCode: 1};
	}
	const ifs = inHostNamespace(ctx) ? hostInterfaces(hostOf(ctx)) : [];
	const all = bridgesWithPorts(ifs);
	const wanted = rest.length > 0 ? rest : all.map((b) => b.bridge.name);
	// The header comes before the first bridge that exists (`brctl show nope` prints only the error).
	let stdout = '';
	let stderr = '';
	if (rest.length === 0) stdout = HEADER;
	for (const name of wanted) {
		const found = all.find((b) => b.bridge.name === name);
		if (!found) {
			stderr += `bridge ${name} does not exist!\n`;
			continue;
		}
		if (!stdout) stdout = HEADER;
		const {bridge, ports} = found;
		stdout += `${bridge.name}\t\t8000.${bridge.mac.replaceAll(':', '')}\tno\t\t${ports[0]?.name ?? ''}\n`;
		for (const p of ports.slice(1)) stdout += `\t\t\t\t\t\t\t${p.name}\n`;
	}
	return {stdout, stderr, exitCode: stderr ? 1 : 0};
};
