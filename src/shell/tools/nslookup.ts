// nslookup: BusyBox 1.37's applet (as recorded: an A and an AAAA query, each with its own
// answer block) in alpine/busybox images; bind9's nslookup on the host. Answers come from the
// engine's resolveName.
import {attachments, gatewayAttachment, resolveName, sandboxOwner} from '../../engine/index.js';
import {isIP} from '../../engine/ip.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandIO, CommandResult} from '../types.js';
import {containerOf, hostOf, inHostNamespace, viewpoint} from './common.js';

function ptrName(ip: string): string {
	return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

/** The container (and network) that owns an address, seen from the asking container's networks. */
function reverse(ctx: ToolContext, ip: string): string | undefined {
	const host = hostOf(ctx);
	const me = containerOf(ctx);
	const mine = me ? attachments(host, sandboxOwner(host, me)).filter((a) => !a.network.predefined).map((a) => a.network.id) : [];
	for (const c of host.containers.values()) {
		for (const [netId, s] of Object.entries(c.networks)) {
			if (s.endpoint?.ip === ip && mine.includes(netId)) return `${c.name}.${host.networks[netId].name}`;
		}
	}
	return undefined;
}

export const nslookup: Tool = (argv: string[], _io: CommandIO, ctx: ToolContext): CommandResult => {
	const args = argv.slice(1).filter((a) => !a.startsWith('-'));
	const name = args[0];
	const bb = ctx.flavour === 'busybox';
	if (!name) {
		return bb
			? {stdout: '', stderr: 'BusyBox v1.37.0 (Debian 1:1.37.0-6+b9) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any\n', exitCode: 1}
			: {stdout: '', stderr: '', exitCode: 0};
	}
	const res = resolveName(ctx.world, viewpoint(ctx), name);
	const onHost = inHostNamespace(ctx);
	let server = res.server;
	if (!server || res.source === 'literal' || res.source === 'hosts') {
		const c = containerOf(ctx);
		const host = hostOf(ctx);
		server = !onHost && c && Object.values(sandboxOwner(host, c).networks).some((s) => host.networks[s.networkId] && !host.networks[s.networkId].predefined) ? '127.0.0.11' : '192.168.0.1';
	}
	const header = bb ? `Server:\t\t${server}\nAddress:\t${server}:53\n\n` : `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
	if (res.failure === 'no-server') return {stdout: ';; connection timed out; no servers could be reached\n\n', stderr: '', exitCode: 1};
	if (isIP(name)) {
		const ptr = reverse(ctx, name);
		if (!ptr) return {stdout: bb ? `${header}** server can't find ${ptrName(name)}: NXDOMAIN\n\n` : `${header}** server can't find ${ptrName(name)}: NXDOMAIN\n\n`, stderr: '', exitCode: 1};
		return {stdout: bb ? `${header}Non-authoritative answer:\n${ptrName(name)}\tname = ${ptr}\n\n` : `${header}Non-authoritative answer:\n${ptrName(name)}\tname = ${ptr}.\n\nAuthoritative answers can be found from:\n\n`, stderr: '', exitCode: 0};
	}
	if (res.ips.length === 0) {
		const c = containerOf(ctx);
		const host = hostOf(ctx);
		// The embedded DNS server cannot forward a miss upstream from a sandbox with no way out.
		const servfail = bb && !onHost && c !== undefined && server === '127.0.0.11' && !gatewayAttachment(host, sandboxOwner(host, c));
		const code = servfail ? 'SERVFAIL' : 'NXDOMAIN';
		const miss = `** server can't find ${name}: ${code}\n\n`;
		return {stdout: bb ? `${header}${miss}${miss}` : `${header}${miss}`, stderr: '', exitCode: 1};
	}
	const answers = res.ips.map((ip) => `Name:\t${name}\nAddress: ${ip}\n`).join('');
	if (bb) return {stdout: `${header}Non-authoritative answer:\n${answers}\nNon-authoritative answer:\n\n`, stderr: '', exitCode: 0};
	return {stdout: `${header}Non-authoritative answer:\n${answers}\n`, stderr: '', exitCode: 0};
};
