// `bridge link [show]` (iproute2) on the host: every port enslaved to a Linux bridge, as the
// kernel reports it, which is how a learner sees which veth sits on docker0 or br-<id>.
import type {Tool} from '../context.js';
import {hostInterfaces} from './ip.js';
import {hostOf} from './common.js';

// iproute2 6.1's usage text.
const USAGE = 'Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n       bridge [ -force ] -batch filename\n' +
	'where  OBJECT := { link | fdb | mdb | vlan | monitor }\n       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n' +
	'                    -o[neline] | -t[imestamp] | -n[etns] name |\n' +
	'                    -c[ompressvlans] -color -p[retty] -j[son] }\n';

export const bridge: Tool = (argv, _io, ctx) => {
	const [object = '', verb = 'show', ...rest] = argv.slice(1).filter((a) => !a.startsWith('-'));
	if (object === '') return {stdout: '', stderr: USAGE, exitCode: 255};
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
