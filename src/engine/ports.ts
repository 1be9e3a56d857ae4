// Host ports: docker-proxy's bindings for published ports and the sockets of host-mode
// containers share one namespace, so each can block the other, as on a real host.
import type {Container, Host, Listener, PortBinding} from './types.js';
import {profileOf} from './profile/index.js';
import {EngineError} from './errors.js';
import {tableOf} from './container-edit.js';

const EPHEMERAL_START = 32768;
const EPHEMERAL_END = 60999;

interface HostSocket {
	readonly address: string;
	readonly port: number;
	readonly protocol: string;
	readonly owner: string;
	readonly viaProxy: boolean;
}

function family(address: string): 4 | 6 {
	return address.includes(':') ? 6 : 4;
}

function overlaps(a: string, b: string): boolean {
	if (family(a) !== family(b)) return false;
	return a === b || a === '0.0.0.0' || b === '0.0.0.0' || a === '::' || b === '::';
}

/** Every socket bound in the host's namespace: docker-proxy ports and host-mode listeners. */
export function hostSockets(host: Host, excludeId?: string): HostSocket[] {
	const out: HostSocket[] = [];
	// Only containers holding host sockets: the table keeps them apart, so this is not a scan of all.
	for (const c of tableOf(host).socketHolders()) {
		if (c.id === excludeId || c.status !== 'running') continue;
		for (const [key, bindings] of Object.entries(c.ports)) {
			const [port, protocol] = key.split('/');
			void port;
			for (const b of bindings) out.push({address: b.hostIp, port: Number(b.hostPort), protocol, owner: c.id, viaProxy: true});
		}
		if (c.networkMode === 'host') {
			for (const l of c.listeners) out.push({address: l.address, port: l.port, protocol: l.protocol, owner: c.id, viaProxy: false});
		}
	}
	return out;
}

export function hostListenerConflict(host: Host, listener: Listener, selfId: string): boolean {
	return hostSockets(host, selfId).some((s) => s.port === listener.port && s.protocol === listener.protocol && overlaps(s.address, listener.address));
}

/** Binds a container's published ports; throws the daemon's error when a port is taken. */
/** A host port a non-Docker process holds, in the words of the host's daemon version. */
function inUseByOther(host: Host, container: Container, endpointId: string, key: string, address: string, port: number): string {
	const [containerPort, protocol] = key.split('/');
	const shown = address.includes(':') ? `[${address}]` : address;
	if (profileOf(host).hostPortInUse === 'userland-proxy') return `Error starting userland proxy: listen ${protocol}${family(address)} ${shown}:${port}: bind: address already in use`;
	const ip = Object.values(container.networks).find((s) => s.endpoint?.id === endpointId)?.endpoint?.ip ?? '';
	return `failed to bind host port for ${shown}:${port}:${ip}:${containerPort}/${protocol}: address already in use`;
}

export function allocatePorts(host: Host, container: Container, endpointId: string, endpointName: string): Record<string, PortBinding[]> {
	const sockets = hostSockets(host, container.id);
	const out: Record<string, PortBinding[]> = {};
	const wanted: [string, PortBinding[]][] = Object.entries(container.portBindings);
	if (container.publishAll) {
		for (const exposed of container.exposedPorts) {
			if (!container.portBindings[exposed]) wanted.push([exposed, [{hostIp: '', hostPort: ''}]]);
		}
	}
	// Indexed by protocol, port and family, so `-p 1-65535:1-65535` or `--expose 1-65535 -P` stays linear.
	const index = new Map<string, string[]>();
	const slot = (protocol: string, port: number, address: string): string => `${protocol}/${port}/${family(address)}`;
	const bind = (protocol: string, port: number, address: string): void => {
		const k = slot(protocol, port, address);
		const list = index.get(k);
		if (list) list.push(address);
		else index.set(k, [address]);
	};
	for (const so of sockets) bind(so.protocol, so.port, so.address);
	const taken = (address: string, port: number, protocol: string): boolean => (index.get(slot(protocol, port, address)) ?? []).some((a) => overlaps(a, address));
	// Ports only get taken during one call, so the next free ephemeral port is never below the last one found.
	const scanFrom = new Map<string, number>();
	for (const [key, bindings] of wanted) {
		const protocol = key.split('/')[1] ?? 'tcp';
		const result: PortBinding[] = [];
		for (const binding of bindings) {
			const addresses = binding.hostIp === '' ? ['0.0.0.0', '::'] : [binding.hostIp];
			let port = binding.hostPort === '' ? 0 : Number(binding.hostPort.split('-')[0]);
			if (port === 0) {
				const scanKey = `${protocol} ${addresses.join(' ')}`;
				port = scanFrom.get(scanKey) ?? EPHEMERAL_START;
				while (port <= EPHEMERAL_END && addresses.some((a) => taken(a, port, protocol))) port++;
				scanFrom.set(scanKey, port);
			}
			for (const address of addresses) {
				const holder = sockets.find((s) => s.port === port && s.protocol === protocol && overlaps(s.address, address));
				if (holder) {
					const reason = holder.viaProxy && holder.address === address
						? `Bind for ${address.includes(':') ? `[${address}]` : address}:${port} failed: port is already allocated`
						: inUseByOther(host, container, endpointId, key, address, port);
					throw new EngineError(`driver failed programming external connectivity on endpoint ${endpointName} (${endpointId}): ${reason}`, 'unavailable');
				}
				result.push({hostIp: address, hostPort: String(port)});
				bind(protocol, port, address);
			}
		}
		out[key] = result;
	}
	return out;
}
