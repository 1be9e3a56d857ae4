// `ip neigh` (iproute2 6.1 and BusyBox's applet) and `arp` (net-tools 2.10 and BusyBox): the
// namespace's ARP cache, which fills only as tools send packets (neigh-learn.ts). Layouts as
// measured on two namespaces joined by a veth pair (2026-12-03).
import {neighbourKey, neighbours, neighbourState, type NeighbourEntry, type NeighbourState} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';
import {hostOf, namespaceOwner} from './common.js';

/** The cache where the tool runs (a host-mode container sees the host's). */
export function cacheAt(ctx: ToolContext): {entry: NeighbourEntry; state: NeighbourState}[] {
	const host = hostOf(ctx);
	const owner = namespaceOwner(ctx);
	const key = !owner || owner.networkMode === 'host' ? neighbourKey(host.name) : neighbourKey(host.name, owner.id);
	return neighbours(ctx.world, key).map((entry) => ({entry, state: neighbourState(entry, ctx.world.clock)}));
}

const IP_NEIGH_USAGE = 'Usage: ip neigh { add | del | change | replace }\n                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR }\n' +
	'                [ dev DEV ] [ router ] [ use ] [ managed ] [ extern_learn ]\n                [ protocol PROTO ]\n\n' +
	'\tip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n\t\t\t\t  [ vrf NAME ] [ nomaster ]\n' +
	'\tip neigh get { ADDR | proxy ADDR } dev DEV\n\nSTATE := { delay | failed | incomplete | noarp | none |\n           permanent | probe | reachable | stale }\n';

/** BusyBox adds the kernel's counters iproute2 shows only with -s (values as measured). */
function busyboxTail(state: NeighbourState): string {
	switch (state) {
		case 'REACHABLE':
			return 'ref 1 used 0/0/0 probes 4 REACHABLE';
		case 'STALE':
			return 'used 0/0/0 probes 1 STALE';
		case 'DELAY':
			return 'used 0/0/0 probes 0 DELAY';
		case 'INCOMPLETE':
			return ' ref 1 used 0/0/0 probes 6 INCOMPLETE';
		case 'FAILED':
			return ' used 0/0/0 probes 6 FAILED';
	}
}

/** `ip neigh [show|list] [dev DEV] [ADDR] [nud STATE]`; the words after `neigh`. */
export function ipNeigh(words: string[], ctx: ToolContext, bb: boolean, known: (dev: string) => boolean): CommandResult {
	const [verb = 'show', ...rest] = words;
	if (verb === 'help') return bb ? {stdout: '', stderr: "ip: invalid argument 'help' to 'ip'\n", exitCode: 1} : {stdout: '', stderr: IP_NEIGH_USAGE, exitCode: 255};
	if (['add', 'del', 'delete', 'change', 'replace', 'flush', 'chg', 'repl'].includes(verb)) {
		return {stdout: '', stderr: bb ? 'ip: RTNETLINK answers: Operation not permitted\n' : 'RTNETLINK answers: Operation not permitted\n', exitCode: bb ? 1 : 2};
	}
	if (!['show', 'list', 'ls', 'sh', 'l', 's', 'lst'].includes(verb)) {
		return bb ? {stdout: '', stderr: `ip: invalid argument '${verb}' to 'ip'\n`, exitCode: 1} : {stdout: '', stderr: `Command "${verb}" is unknown, try "ip neigh help".\n`, exitCode: 255};
	}
	let dev: string | undefined;
	let addr: string | undefined;
	let nud: string | undefined;
	for (let i = 0; i < rest.length; i++) {
		const w = rest[i];
		if (w === 'dev' || w === 'nud' || w === 'to') {
			const v = rest[++i];
			if (v === undefined) return {stdout: '', stderr: bb ? `ip: command line is not complete\n` : 'Command line is not complete. Try option "help"\n', exitCode: bb ? 1 : 255};
			if (w === 'dev') dev = v;
			else if (w === 'nud') nud = v.toUpperCase();
			else addr = v;
		} else addr = w;
	}
	if (dev !== undefined && !known(dev)) return {stdout: '', stderr: bb ? `ip: can't find device '${dev}'\n` : `Cannot find device "${dev}"\n`, exitCode: 1};
	// BusyBox's applet leaves DELAY entries out (measured: a fresh DELAY entry did not show).
	const rows = cacheAt(ctx).filter(({entry, state}) => !(bb && state === 'DELAY') && (dev === undefined || entry.dev === dev) && (addr === undefined || entry.ip === addr.replace(/\/32$/, '')) && (nud === undefined || nud === 'ALL' || state === nud));
	// Without `nud`, iproute2 leaves out only NOARP and NONE entries (there are none here).
	const text = rows.map(({entry, state}) => {
		const where = dev === undefined ? `dev ${entry.dev} ` : '';
		const ll = entry.mac ? `lladdr ${entry.mac} ` : '';
		return bb ? `${entry.ip} ${where}${ll}${busyboxTail(state)}\n` : `${entry.ip} ${where}${ll}${state} \n`;
	});
	return {stdout: text.join(''), stderr: '', exitCode: 0};
}

const ARP_USAGE = 'Usage:\n  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache\n' +
	'  arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry\n' +
	'  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file\n' +
	'  arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry\n' +
	"  arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-\n\n" +
	'        -a                       display (all) hosts in alternative (BSD) style\n' +
	'        -e                       display (all) hosts in default (Linux) style\n' +
	'        -s, --set                set a new ARP entry\n        -d, --delete             delete a specified entry\n' +
	'        -v, --verbose            be verbose\n        -n, --numeric            don\'t resolve names\n' +
	'        -i, --device             specify network interface (e.g. eth0)\n' +
	'        -D, --use-device         read <hwaddr> from given device\n' +
	'        -A, -p, --protocol       specify protocol family\n' +
	'        -f, --file               read new entries from file or from /etc/ethers\n\n' +
	"  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether\n  List of possible hardware types (which support ARP):\n";
const ARP_HW = '    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) \n' +
	'    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) \n';

export const BB_ARP_USAGE = 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: arp\n[-vn]\t[-H HWTYPE] [-i IF] -a [HOSTNAME]\n' +
	'[-v]\t\t    [-i IF] -d HOSTNAME [pub]\n[-v]\t[-H HWTYPE] [-i IF] -s HOSTNAME HWADDR [temp]\n' +
	'[-v]\t[-H HWTYPE] [-i IF] -s HOSTNAME HWADDR [netmask MASK] pub\n[-v]\t[-H HWTYPE] [-i IF] -Ds HOSTNAME IFACE [netmask MASK] pub\n\n' +
	'Manipulate ARP cache\n\n\t-a\t\tDisplay (all) hosts\n\t-d\t\tDelete ARP entry\n\t-s\t\tSet new entry\n\t-v\t\tVerbose\n' +
	"\t-n\t\tDon't resolve names\n\t-i IF\t\tNetwork interface\n\t-D\t\tRead HWADDR from IFACE\n\t-A,-p AF\tProtocol family\n\t-H HWTYPE\tHardware address type\n";

/** `arp [-n] [-a] [-e] [-i IF] [HOST]`. Names are never resolved here (nothing has a PTR record). */
export const arp: Tool = (argv, _io, ctx) => {
	const bb = ctx.flavour === 'busybox';
	let bsd = bb;
	let iface: string | undefined;
	let host: string | undefined;
	const args = argv.slice(1);
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--help' || (a === '-h' && !bb)) return bb ? {stdout: '', stderr: BB_ARP_USAGE, exitCode: 0} : {stdout: ARP_USAGE, stderr: ARP_HW, exitCode: 0};
		if (a === '-i' || a === '--device') {
			iface = args[++i];
			continue;
		}
		// Changing the cache needs CAP_NET_ADMIN (measured as a user without it).
		if (a === '-d' || a === '--delete') return {stdout: '', stderr: bb ? 'arp: SIOCDARP(priv): Operation not permitted\n' : 'SIOCDARP(dontpub): Operation not permitted\n', exitCode: bb ? 1 : 255};
		if (a === '-s' || a === '--set' || a === '-f') return {stdout: '', stderr: bb ? 'arp: SIOCSARP: Operation not permitted\n' : 'SIOCSARP: Operation not permitted\n', exitCode: bb ? 1 : 255};
		if (/^-[nvae]+$/.test(a)) {
			if (a.includes('a')) bsd = true;
			if (a.includes('e')) bsd = false;
			continue;
		}
		if (a === '--numeric' || a === '--verbose') continue;
		if (a.startsWith('-')) {
			const bad = a.replace(/^-+/, '')[0] ?? '';
			return bb ? {stdout: '', stderr: `arp: invalid option -- '${bad}'\n${BB_ARP_USAGE}`, exitCode: 1} : {stdout: '', stderr: `arp: invalid option -- '${bad}'\n${ARP_USAGE}${ARP_HW}`, exitCode: 3};
		}
		host = a;
	}
	const rows = cacheAt(ctx).filter(({entry}) => (iface === undefined || entry.dev === iface) && (host === undefined || entry.ip === host));
	if (host !== undefined && rows.length === 0) {
		const all = cacheAt(ctx).length;
		return {stdout: bb ? `No match found in ${all} entries\n` : `${host} (${host}) -- no entry\n`, stderr: '', exitCode: 0};
	}
	if (bsd) {
		const text = rows.map(({entry}) => `? (${entry.ip}) at ${entry.mac ? `${entry.mac} [ether]` : '<incomplete>'} ${bb ? ' ' : ''}on ${entry.dev}\n`).join('');
		return {stdout: text, stderr: '', exitCode: 0};
	}
	if (rows.length === 0) return {stdout: '', stderr: '', exitCode: 0};
	const head = `${'Address'.padEnd(25)}${'HWtype'.padEnd(8)}${'HWaddress'.padEnd(20)}${'Flags Mask'.padEnd(22)}Iface\n`;
	const lines = rows.map(({entry}) => `${entry.ip.padEnd(25)}${(entry.mac ? 'ether' : '').padEnd(8)}${(entry.mac ?? '(incomplete)').padEnd(20)}${(entry.mac ? 'C' : '').padEnd(6)}${''.padEnd(16)}${entry.dev}\n`);
	return {stdout: head + lines.join(''), stderr: '', exitCode: 0};
};
