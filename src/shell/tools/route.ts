// `route` (net-tools on the host, BusyBox's applet in alpine/busybox): the kernel's IPv4 routing
// table, derived from the same state `ip route` shows. Both print the same table (measured:
// net-tools 2.10, BusyBox 1.35); without -n net-tools writes the gateway of a link route as
// 0.0.0.0, BusyBox as `*`, and both name the default route `default`.
import {attachments, gatewayAttachment, gwBridgeInterface} from '../../engine/index.js';
import {cidrOf, intToIp, ipToInt, mask} from '../../engine/ip.js';
import type {Tool, ToolContext} from '../context.js';
import {Writer} from '../types.js';
import {hostOf, namespaceOwner} from './common.js';
import {hostInterfaces} from './ip.js';
import {lanGateway} from './neigh-learn.js';

export interface RouteEntry {
	readonly dest: string;
	readonly prefix: number;
	readonly gateway?: string;
	readonly dev: string;
}

/** The main table where the tool runs, in the kernel's order (default first, then by address). */
export function routeTable(ctx: ToolContext): RouteEntry[] {
	const host = hostOf(ctx);
	const owner = namespaceOwner(ctx);
	if (!owner || owner.networkMode === 'host') {
		const nets: RouteEntry[] = [];
		for (const i of hostInterfaces(host)) {
			if (i.name === 'lo' || i.peer !== undefined) continue;
			for (const a of i.inet) nets.push({dest: intToIp((ipToInt(a.address) & mask(a.prefix)) >>> 0), prefix: a.prefix, dev: i.name});
		}
		nets.sort((a, b) => ipToInt(a.dest) - ipToInt(b.dest));
		return [{dest: '0.0.0.0', prefix: 0, gateway: lanGateway(host), dev: 'eth0'}, ...nets];
	}
	const all = attachments(host, owner);
	const gw = gatewayAttachment(host, owner);
	const viaGwBridge = gw ? undefined : gwBridgeInterface(host, owner);
	const out: RouteEntry[] = [];
	if (gw) out.push({dest: '0.0.0.0', prefix: 0, gateway: gw.endpoint.gateway, dev: gw.endpoint.ifname});
	else if (viaGwBridge) out.push({dest: '0.0.0.0', prefix: 0, gateway: viaGwBridge.gateway, dev: `eth${all.length}`});
	for (const a of all) {
		const subnet = a.network.ipamConfig?.[0]?.subnet;
		if (subnet) out.push({dest: intToIp(cidrOf(subnet).base), prefix: cidrOf(subnet).prefix, dev: a.endpoint.ifname});
	}
	const gwSubnet = viaGwBridge?.network.ipamConfig?.[0]?.subnet;
	if (gwSubnet) out.push({dest: intToIp(cidrOf(gwSubnet).base), prefix: cidrOf(gwSubnet).prefix, dev: `eth${all.length}`});
	return out;
}

const HEADER = 'Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n';

// net-tools 2.10's usage goes to stdout, its list of address families to stderr (measured).
const NET_TOOLS_USAGE = 'Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables\n' +
	'       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.\n\n' +
	'       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.\n' +
	'       route {-V|--version}                  Display version/author and exit.\n\n' +
	'        -v, --verbose            be verbose\n        -n, --numeric            don\'t resolve names\n' +
	'        -e, --extend             display other/more information\n' +
	'        -F, --fib                display Forwarding Information Base (default)\n' +
	'        -C, --cache              display routing cache instead of FIB\n\n' +
	'  <AF>=Use -4, -6, \'-A <af>\' or \'--<af>\'; default: inet\n  List of possible address families (which support routing):\n';
const NET_TOOLS_AFS = '    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) \n    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) \n    ddp (Appletalk DDP) x25 (CCITT X.25) \n';

const BB_USAGE = 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\n' +
	'Usage: route [-ne] [-A inet[6]] [{add|del} [-net|-host] TARGET [netmask MASK]\n\t[gw GATEWAY] [metric N] [mss BYTES] [window BYTES] [reject] [IFACE]]\n\n' +
	"Show or edit kernel routing tables\n\n\t-n\tDon't resolve names\n\t-e\tDisplay other/more information\n\t-A inet[6]\tSelect address family\n";

export const route: Tool = (argv, _io, ctx) => {
	const bb = ctx.flavour === 'busybox';
	let numeric = false;
	for (const a of argv.slice(1)) {
		if (a === '--help' || (a === '-h' && !bb)) return bb ? {stdout: '', stderr: BB_USAGE, exitCode: 0} : {stdout: NET_TOOLS_USAGE, stderr: NET_TOOLS_AFS, exitCode: 0, output: [{fd: 1, text: NET_TOOLS_USAGE}, {fd: 2, text: NET_TOOLS_AFS}]};
		if (/^-[nNveFC]+$/.test(a)) {
			if (a.includes('n')) numeric = true;
			continue;
		}
		if (a === '--numeric') {
			numeric = true;
			continue;
		}
		if (a === 'add' || a === 'del' || a === 'delete' || a === 'flush') {
			// The prompt's user on the host is not root; a container has no CAP_NET_ADMIN.
			return {stdout: '', stderr: bb ? 'route: SIOCADDRT: Operation not permitted\n' : 'SIOCADDRT: Operation not permitted\n', exitCode: bb ? 1 : 7};
		}
		if (a.startsWith('-')) {
			const bad = `route: invalid option -- '${a.replace(/^-+/, '')[0]}'\n`;
			// net-tools exits 0 here, its complaint and families on stderr around the usage on stdout (measured).
			return bb ? {stdout: '', stderr: `${bad}${BB_USAGE}`, exitCode: 1} : new Writer().err(bad).out(NET_TOOLS_USAGE).err(NET_TOOLS_AFS).result(0);
		}
	}
	const lines = routeTable(ctx).map((r) => {
		const dest = r.prefix === 0 && !numeric ? 'default' : r.dest;
		const gw = r.gateway ?? (numeric || !bb ? '0.0.0.0' : '*');
		const flags = r.gateway ? 'UG' : 'U';
		return `${dest.padEnd(15)} ${gw.padEnd(15)} ${intToIp(mask(r.prefix)).padEnd(15)} ${flags.padEnd(5)} ${'0'.padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} ${r.dev}\n`;
	});
	return {stdout: HEADER + lines.join(''), stderr: '', exitCode: 0};
};
