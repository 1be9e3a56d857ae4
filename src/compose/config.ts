// `docker compose config`: the project in compose-go's canonical form. Recorded layout
// (21-compose-errors): `name`, then `services` (keys in compose-go's struct order), then
// `networks`; ports in long syntax with `published` quoted; `networks: {default: null}`.
// Only the keys the simulation models are printed.
import type {ComposeProject, ComposeService, ServiceHealthcheck} from './model.js';
import {goDuration} from './service-fields.js';

function scalar(v: string): string {
	// Quote what YAML would read as something else (numbers, booleans, empty, special chars).
	if (v === '' || /^[-+]?\d/.test(v) || /^(true|false|yes|no|null|~|on|off)$/i.test(v) || /[:#{}[\],&*!|>'"%@`]|^\s|\s$/.test(v)) {
		return JSON.stringify(v);
	}
	return v;
}

/** go-yaml v3's rule for a plain scalar: quoted only when it would read as something else. */
function goScalar(v: string): string {
	if (v === '' || /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(v) || /: | #|\s$/.test(v) || /^([-+]?(\d|\.\d)|true|false|yes|no|on|off|null|~)/i.test(v)) return JSON.stringify(v);
	return v;
}

/** extra_hosts as compose-go prints them: `host=ip`, sorted. */
function extraHostsList(s: ComposeService): string[] {
	return s.extraHosts.map((h) => h.replace(':', '=')).sort();
}

/** healthcheck's keys in compose-go's struct order. */
function healthFields(h: ServiceHealthcheck): [string, string | number | boolean][] {
	const out: [string, string | number | boolean][] = [];
	if (h.timeout !== undefined) out.push(['timeout', goDuration(h.timeout)]);
	if (h.interval !== undefined) out.push(['interval', goDuration(h.interval)]);
	if (h.retries !== undefined) out.push(['retries', h.retries]);
	if (h.startPeriod !== undefined) out.push(['start_period', goDuration(h.startPeriod)]);
	if (h.startInterval !== undefined) out.push(['start_interval', goDuration(h.startInterval)]);
	if (h.disable) out.push(['disable', true]);
	return out;
}

function healthYaml(h: ServiceHealthcheck): string {
	let out = '    healthcheck:\n';
	if (h.test.length > 0) out += `      test:\n${h.test.map((t) => `        - ${goScalar(t)}\n`).join('')}`;
	for (const [k, v] of healthFields(h)) out += `      ${k}: ${v}\n`;
	return out;
}

export function composeConfig(project: ComposeProject): string {
	let out = `name: ${scalar(project.name)}\nservices:\n`;
	const services = [...project.services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const s of services) {
		out += `  ${s.name}:\n`;
		if (s.profiles.length > 0) out += `    profiles:\n${s.profiles.map((p) => `      - ${goScalar(p)}\n`).join('')}`;
		if (s.build) out += `    build:\n      context: ${scalar(`${project.workingDir}${s.build.context === '.' ? '' : `/${s.build.context.replace(/^\.\//, '')}`}`)}\n      dockerfile: ${scalar(s.build.dockerfile)}\n`;
		if (s.command) out += `    command:\n${s.command.map((c) => `      - ${scalar(c)}\n`).join('')}`;
		if (s.containerName) out += `    container_name: ${scalar(s.containerName)}\n`;
		if (s.dependsOn.length > 0) {
			out += `    depends_on:\n${s.dependencies.map((d) => `      ${d.service}:\n        condition: ${d.condition}\n        required: ${d.required}\n`).join('')}`;
		}
		if (s.entrypoint) out += `    entrypoint:\n${s.entrypoint.map((c) => `      - ${scalar(c)}\n`).join('')}`;
		if (s.environment.length > 0) {
			const env = [...s.environment].sort();
			out += `    environment:\n${env.map((e) => `      ${e.slice(0, e.indexOf('='))}: ${scalar(e.slice(e.indexOf('=') + 1))}\n`).join('')}`;
		}
		if (s.expose.length > 0) out += `    expose:\n${s.expose.map((e) => `      - ${scalar(e.replace(/\/tcp$/, ''))}\n`).join('')}`;
		if (s.extraHosts.length > 0) out += `    extra_hosts:\n${extraHostsList(s).map((h) => `      - ${goScalar(h)}\n`).join('')}`;
		if (s.hostname) out += `    hostname: ${scalar(s.hostname)}\n`;
		if (s.healthcheck) out += healthYaml(s.healthcheck);
		if (!s.build || s.image !== `${project.name}-${s.name}`) out += `    image: ${scalar(s.image)}\n`;
		if (s.networkMode) out += `    network_mode: ${scalar(s.networkMode)}\n`;
		if (s.networks.length > 0) {
			out += '    networks:\n';
			for (const n of [...s.networks].sort((a, b) => (a.key < b.key ? -1 : 1))) {
				if (n.aliases.length === 0 && !n.ipv4Address) {
					out += `      ${n.key}: null\n`;
					continue;
				}
				out += `      ${n.key}:\n`;
				if (n.aliases.length > 0) out += `        aliases:\n${n.aliases.map((a) => `          - ${scalar(a)}\n`).join('')}`;
				if (n.ipv4Address) out += `        ipv4_address: ${n.ipv4Address}\n`;
			}
		}
		if (s.ports.length > 0) {
			out += '    ports:\n';
			for (const p of s.ports) {
				out += `      - mode: ingress\n`;
				if (p.hostIp) out += `        host_ip: ${p.hostIp}\n`;
				out += `        target: ${p.target}\n`;
				if (p.published) out += `        published: ${JSON.stringify(p.published)}\n`;
				out += `        protocol: ${p.protocol}\n`;
			}
		}
	}
	const nets = Object.values(project.networks).sort((a, b) => (a.key < b.key ? -1 : 1));
	if (nets.length > 0) {
		out += 'networks:\n';
		for (const n of nets) {
			out += `  ${n.key}:\n    name: ${scalar(n.name)}\n`;
			if (n.declared && !n.external && n.driverGiven) out += `    driver: ${n.driver}\n`;
			if (n.ipam.length > 0) {
				out += `    ipam:\n      config:\n`;
				for (const c of n.ipam) {
					out += `        - subnet: ${c.subnet}\n`;
					if (c.ipRange) out += `          ip_range: ${c.ipRange}\n`;
					if (c.gateway) out += `          gateway: ${c.gateway}\n`;
				}
			}
			if (n.external) out += '    external: true\n';
			if (n.internal) out += '    internal: true\n';
			if (n.attachable) out += '    attachable: true\n';
		}
	}
	return out;
}

/** `config --format json`: compose-go's JSON (top-level keys sorted, `command`/`entrypoint` null when unset). */
export function composeConfigJson(project: ComposeProject): string {
	const byName = (a: {name: string}, b: {name: string}) => (a.name < b.name ? -1 : 1);
	const services: Record<string, unknown> = {};
	for (const s of [...project.services].sort(byName)) {
		const o: Record<string, unknown> = {};
		if (s.profiles.length > 0) o.profiles = s.profiles;
		if (s.build) o.build = {context: `${project.workingDir}${s.build.context === '.' ? '' : `/${s.build.context.replace(/^\.\//, '')}`}`, dockerfile: s.build.dockerfile};
		o.command = s.command ?? null;
		if (s.containerName) o.container_name = s.containerName;
		if (s.dependencies.length > 0) o.depends_on = Object.fromEntries(s.dependencies.map((d) => [d.service, {condition: d.condition, required: d.required}]));
		o.entrypoint = s.entrypoint ?? null;
		if (s.environment.length > 0) o.environment = Object.fromEntries([...s.environment].sort().map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
		if (s.expose.length > 0) o.expose = s.expose.map((e) => e.replace(/\/tcp$/, ''));
		if (s.extraHosts.length > 0) o.extra_hosts = extraHostsList(s);
		if (s.hostname) o.hostname = s.hostname;
		if (s.healthcheck) o.healthcheck = {...(s.healthcheck.test.length > 0 ? {test: s.healthcheck.test} : {}), ...Object.fromEntries(healthFields(s.healthcheck))};
		if (!s.build || s.image !== `${project.name}-${s.name}`) o.image = s.image;
		if (s.networkMode) o.network_mode = s.networkMode;
		if (s.networks.length > 0) {
			o.networks = Object.fromEntries([...s.networks].sort((a, b) => (a.key < b.key ? -1 : 1)).map((n) => [
				n.key,
				n.aliases.length === 0 && !n.ipv4Address ? null : {...(n.aliases.length > 0 ? {aliases: n.aliases} : {}), ...(n.ipv4Address ? {ipv4_address: n.ipv4Address} : {})},
			]));
		}
		if (s.ports.length > 0) {
			o.ports = s.ports.map((p) => ({mode: 'ingress', ...(p.hostIp ? {host_ip: p.hostIp} : {}), target: p.target, ...(p.published ? {published: p.published} : {}), protocol: p.protocol}));
		}
		services[s.name] = o;
	}
	const networks: Record<string, unknown> = {};
	for (const n of Object.values(project.networks).sort((a, b) => (a.key < b.key ? -1 : 1))) {
		networks[n.key] = {
			name: n.name,
			...(n.declared && !n.external && n.driverGiven ? {driver: n.driver} : {}),
			ipam: n.ipam.length > 0 ? {config: n.ipam.map((c) => ({subnet: c.subnet, ...(c.ipRange ? {ip_range: c.ipRange} : {}), ...(c.gateway ? {gateway: c.gateway} : {})}))} : {},
			...(n.external ? {external: true} : {}),
			...(n.internal ? {internal: true} : {}),
			...(n.attachable ? {attachable: true} : {}),
		};
	}
	return JSON.stringify({name: project.name, ...(Object.keys(networks).length > 0 ? {networks} : {}), services}, null, 2);
}
