// Builds the map's view model from the engine's state: one place that knows both shapes.
import {attachments, capabilitiesOf, type World} from '../engine/index.js';
import type {TopologyBridge, TopologyModel} from './topology-model.js';

/** `0.0.0.0:8080->80/tcp` for each binding, as `docker ps` shows them. */
function portsText(ports: Record<string, {hostIp: string; hostPort: string}[]>): string[] {
	const out: string[] = [];
	for (const [key, bindings] of Object.entries(ports)) {
		for (const b of bindings) out.push(`${b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp}:${b.hostPort}->${key}`);
	}
	return out;
}

export function topologyOf(world: World): TopologyModel {
	return {
		hosts: world.hostOrder.map((name) => {
			const host = world.hosts[name];
			const containers = host.containers.values().sort((a, b) => a.created - b.created);
			const bridges: TopologyBridge[] = Object.values(host.networks)
				.filter((n) => capabilitiesOf(n).sandbox === 'endpoint')
				.sort((a, b) => (a.predefined === b.predefined ? a.name.localeCompare(b.name) : a.predefined ? -1 : 1))
				.map((n) => ({
					network: n.name,
					device: n.device ?? (capabilitiesOf(n).dataPath === 'vxlan' ? `vx-${n.id.slice(0, 6)}` : n.name),
					subnet: n.ipamConfig?.[0]?.subnet ?? '',
					gateway: n.ipamConfig?.[0]?.gateway ?? '',
					internal: n.internal,
					icc: n.options['com.docker.network.bridge.enable_icc'] !== 'false',
					// Only a network that is not a plain Linux bridge says its driver on the map.
					driver: capabilitiesOf(n).bridgeDevice ? '' : n.driver,
					endpoints: containers
						.filter((c) => c.networks[n.id])
						.map((c) => {
							const live = attachments(host, c).find((a) => a.network.id === n.id);
							const isGateway = live && Object.keys(c.ports).length > 0 && !n.internal;
							return {
								container: c.name,
								ip: live?.endpoint.ip ?? '',
								veth: live?.endpoint.vethName ?? '',
								ports: isGateway ? portsText(c.ports) : [],
								running: c.status === 'running',
							};
						}),
				}));
			return {
				name,
				lanIp: host.lanIp,
				bridges,
				hostMode: containers.filter((c) => c.networkMode === 'host').map((c) => ({name: c.name, ports: c.listeners.filter((l) => l.address !== '::').map((l) => `${l.address}:${l.port}/${l.protocol}`), running: c.status === 'running'})),
				noneMode: containers.filter((c) => c.networkMode === 'none').map((c) => ({name: c.name, running: c.status === 'running'})),
				shared: containers.filter((c) => c.networkMode.startsWith('container:')).map((c) => ({name: c.name, of: host.containers.get(c.networkMode.slice(10))?.name ?? c.networkMode.slice(10, 22)})),
			};
		}),
	};
}
