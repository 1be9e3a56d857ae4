// `docker compose config`: the project in compose-go's canonical form. Recorded layout
// (21-compose-errors): `name`, then `services` (keys in compose-go's struct order), then
// `networks`; ports in long syntax with `published` quoted; `networks: {default: null}`.
// Only the keys the simulation models are printed.
import type {ComposeProject} from './model.js';

function scalar(v: string): string {
	// Quote what YAML would read as something else (numbers, booleans, empty, special chars).
	if (v === '' || /^[-+]?\d/.test(v) || /^(true|false|yes|no|null|~|on|off)$/i.test(v) || /[:#{}[\],&*!|>'"%@`]|^\s|\s$/.test(v)) {
		return JSON.stringify(v);
	}
	return v;
}

export function composeConfig(project: ComposeProject): string {
	let out = `name: ${scalar(project.name)}\nservices:\n`;
	const services = [...project.services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const s of services) {
		out += `  ${s.name}:\n`;
		if (s.build) out += `    build:\n      context: ${scalar(`${project.workingDir}${s.build.context === '.' ? '' : `/${s.build.context.replace(/^\.\//, '')}`}`)}\n      dockerfile: ${scalar(s.build.dockerfile)}\n`;
		if (s.command) out += `    command:\n${s.command.map((c) => `      - ${scalar(c)}\n`).join('')}`;
		if (s.containerName) out += `    container_name: ${scalar(s.containerName)}\n`;
		if (s.dependsOn.length > 0) {
			out += `    depends_on:\n${s.dependsOn.map((d) => `      ${d}:\n        condition: service_started\n        required: true\n`).join('')}`;
		}
		if (s.entrypoint) out += `    entrypoint:\n${s.entrypoint.map((c) => `      - ${scalar(c)}\n`).join('')}`;
		if (s.environment.length > 0) {
			const env = [...s.environment].sort();
			out += `    environment:\n${env.map((e) => `      ${e.slice(0, e.indexOf('='))}: ${scalar(e.slice(e.indexOf('=') + 1))}\n`).join('')}`;
		}
		if (s.expose.length > 0) out += `    expose:\n${s.expose.map((e) => `      - ${scalar(e.replace(/\/tcp$/, ''))}\n`).join('')}`;
		if (s.hostname) out += `    hostname: ${scalar(s.hostname)}\n`;
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
