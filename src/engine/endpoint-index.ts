// Which running container holds each address of each network on one host, built once per host
// object (state is immutable, so the table stays valid as long as the object lives). Apart from
// host-index.ts because drivers look addresses up (their forwarding step) and host-index asks
// the drivers what each network can do.
import type {Container, Host} from './types.js';

/** network id → address → the running container holding it. */
export type EndpointIndex = Map<string, Map<string, Container>>;

const cache = new WeakMap<Host, EndpointIndex>();

export function endpointIndex(host: Host): EndpointIndex {
	const hit = cache.get(host);
	if (hit) return hit;
	const endpoints: EndpointIndex = new Map();
	for (const c of host.containers.values()) {
		if (c.status !== 'running') continue;
		for (const s of Object.values(c.networks)) {
			if (!s.endpoint) continue;
			let m = endpoints.get(s.networkId);
			if (!m) endpoints.set(s.networkId, (m = new Map()));
			m.set(s.endpoint.ip, c);
		}
	}
	cache.set(host, endpoints);
	return endpoints;
}
