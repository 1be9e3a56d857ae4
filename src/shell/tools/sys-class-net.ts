// /sys/class/net/IF/{ifindex,iflink,address,mtu,operstate} as `cat` reads them: how a learner
// pairs a container's eth0 with its host-side veth (the container's iflink is the veth's ifindex).
// A veth's iflink is its peer's index; any other interface's is its own (measured: lo 1/1).
import type {ToolContext} from '../context.js';
import {hostOf, namespaceOwner} from './common.js';
import {containerInterfaces, hostInterfaces, type Iface} from './ip.js';

export function namespaceInterfaces(ctx: ToolContext): Iface[] {
	const owner = namespaceOwner(ctx);
	return !owner || owner.networkMode === 'host' ? hostInterfaces(hostOf(ctx)) : containerInterfaces(ctx);
}

/** The text of a /sys/class/net file, or undefined when the path is not one. */
export function sysClassNetFile(ctx: ToolContext, path: string): string | undefined {
	const m = /^\/sys\/class\/net\/([^/]+)\/(ifindex|iflink|address|mtu|operstate)$/.exec(path);
	if (!m) return undefined;
	const i = namespaceInterfaces(ctx).find((x) => x.name === m[1]);
	if (!i) return undefined;
	switch (m[2]) {
		case 'ifindex':
			return `${i.index}\n`;
		case 'iflink':
			return `${i.peer ?? i.index}\n`;
		case 'address':
			return `${i.mac}\n`;
		case 'mtu':
			return `${i.mtu}\n`;
		default:
			return `${i.state === 'UNKNOWN' ? 'unknown' : i.state === 'UP' ? 'up' : 'down'}\n`;
	}
}
