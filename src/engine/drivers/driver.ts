// One interface for every network driver, as in libnetwork: the engine asks the driver to set a
// network up and to join or leave a container, and never looks inside. Adding macvlan later means
// adding a file here, not touching the bridge driver.
import type {Draft} from 'immer';
import type {Container, Endpoint, Host, Network, World} from '../types.js';

export interface CreateRequest {
	readonly name: string;
	readonly subnets: string[];
	readonly gateways: string[];
	readonly ipRanges: string[];
	readonly internal: boolean;
	readonly attachable: boolean;
	readonly ipv6: boolean;
	readonly options: Record<string, string>;
	readonly labels: Record<string, string>;
}

export interface JoinRequest {
	/** --ip asked for. */
	readonly ipv4Address?: string;
}

export interface NetworkDriver {
	readonly name: Network['driver'];
	/** Fills in what the driver owns (IPAM config, device, options); throws EngineError to refuse. */
	create(world: Draft<World>, host: Draft<Host>, network: Draft<Network>, request: CreateRequest): void;
	/** Creates the endpoint for a container joining the network, or undefined when there is none (host, null). */
	join(world: Draft<World>, host: Draft<Host>, network: Network, container: Container, request: JoinRequest): Endpoint | undefined;
	/** Whether the network may be the target of `docker run --network` / `network connect`. */
	acceptsContainers(network: Network): boolean;
}
