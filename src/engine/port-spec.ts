// The CLI's port syntax (go-connections nat.ParsePortSpec, ParsePortRange, SplitProtoPort):
// `docker run -p/--expose` and Compose's short `ports:` syntax both read it, so it lives below
// both the shell and compose. Pure text rules; errors are the CLI's own texts.
import {EngineError} from './errors.js';
import type {PortBinding} from './types.js';

/** A CLI-side validation error (printed as `docker: <msg>`, exit 125 by the shell). */
function cliInvalid(message: string): EngineError {
	return new EngineError(message, 'invalid', false);
}

function parseUint16(s: string): number | undefined {
	if (!/^\d+$/.test(s)) return undefined;
	const n = Number(s);
	return n <= 65535 ? n : undefined;
}

/** nat.ParsePortRange */
function parsePortRange(ports: string): [number, number] | undefined {
	if (ports === '') return undefined;
	if (!ports.includes('-')) {
		const n = parseUint16(ports);
		return n === undefined ? undefined : [n, n];
	}
	const parts = ports.split('-');
	const start = parseUint16(parts[0]);
	const end = parseUint16(parts[1] ?? '');
	if (start === undefined || end === undefined || end < start) return undefined;
	return [start, end];
}

/** nat.SplitProtoPort */
function splitProtoPort(raw: string): [string, string] {
	const parts = raw.split('/');
	if (raw.length === 0 || parts[0].length === 0) return ['', ''];
	if (parts.length === 1) return ['tcp', raw];
	if (parts[1].length === 0) return ['tcp', parts[0]];
	return [parts[1], parts[0]];
}

export function isIP(s: string): boolean {
	if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split('.').every((o) => Number(o) <= 255 && !(o.length > 1 && o.startsWith('0')));
	if (s.includes(':')) return /^[0-9a-fA-F:.]+$/.test(s) && (s.match(/::/g) ?? []).length <= 1;
	return false;
}

export interface PortMapping {
	readonly key: string;
	readonly binding: PortBinding;
}

/** One -p value → its mappings; throws the CLI's texts (`invalid hostPort: 99999`). */
export function parsePortSpec(raw: string): PortMapping[] {
	const parts = raw.split(':');
	const n = parts.length;
	let ip = '';
	let hostPort = '';
	let containerPort = parts[n - 1];
	if (n === 2) hostPort = parts[0];
	else if (n === 3) [ip, hostPort] = parts;
	else if (n > 3) {
		ip = parts.slice(0, n - 2).join(':');
		hostPort = parts[n - 2];
	}
	let proto: string;
	[proto, containerPort] = splitProtoPort(containerPort);
	if (ip !== '' && ip.startsWith('[')) {
		const m = /^\[([^\]]*)\]$/.exec(ip);
		if (!m) throw cliInvalid(`invalid IP address ${ip}: address ${ip}:: missing port in address`);
		ip = m[1];
	}
	if (ip !== '' && !isIP(ip)) throw cliInvalid(`invalid IP address: ${ip}`);
	if (containerPort === '') throw cliInvalid(`no port specified: ${raw}<empty>`);
	const cRange = parsePortRange(containerPort);
	if (!cRange) throw cliInvalid(`invalid containerPort: ${containerPort}`);
	let hRange: [number, number] = [0, 0];
	if (hostPort.length > 0) {
		const r = parsePortRange(hostPort);
		if (!r) throw cliInvalid(`invalid hostPort: ${hostPort}`);
		hRange = r;
	}
	const [start, end] = cRange;
	if (hostPort !== '' && end - start !== hRange[1] - hRange[0] && end !== start) {
		throw cliInvalid(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
	}
	proto = proto.toLowerCase();
	if (!['tcp', 'udp', 'sctp'].includes(proto)) throw cliInvalid(`invalid proto: ${proto}`);
	const out: PortMapping[] = [];
	for (let i = 0; i <= end - start; i++) {
		let hp = hostPort.length > 0 ? String(hRange[0] + i) : '';
		if (start === end && hRange[0] !== hRange[1]) hp = `${hp}-${hRange[1]}`;
		out.push({key: `${start + i}/${proto}`, binding: {hostIp: ip, hostPort: hp}});
	}
	return out;
}

/** --expose values → port keys (`80/tcp`). */
export function parseExpose(values: readonly string[]): string[] {
	const out: string[] = [];
	for (const e of values) {
		if (e.includes(':')) throw cliInvalid(`invalid port format for --expose: ${e}`);
		const [proto, port] = splitProtoPort(e);
		const r = parsePortRange(port);
		if (!r) throw cliInvalid(`invalid range format for --expose: ${e}, error: strconv.ParseUint: parsing "${port}": invalid syntax`);
		for (let p = r[0]; p <= r[1]; p++) out.push(`${p}/${proto}`);
	}
	return out;
}
