// Steps several drivers take the same way: the port mapper behind external connectivity, the
// local switch step of a forward, and the no-ops of drivers that keep nothing of their own.
import {freeze} from 'immer';
import type {Container, Host, Network, PortBinding} from '../types.js';
import type {ForwardStep} from './driver.js';
import {allocatePorts} from '../ports.js';
import {endpointIndex} from '../endpoint-index.js';

/**
 * The container's published ports, bound by the port mapper. Frozen before going into a draft:
 * `-p 1-65535:1-65535` makes 131,070 bindings, and having immer walk them took seconds.
 */
export function mapPorts(host: Host, _network: Network, container: Container, endpointId: string): Record<string, PortBinding[]> {
	return freeze(allocatePorts(host, container, endpointId, container.name), true);
}

/** Nothing published (drivers without external connectivity, and every revoke). */
export function noPorts(): Record<string, PortBinding[]> {
	return {};
}

/** The running container on this node whose endpoint on `network` has `ip`, as a switch finds it. */
export function localForward(host: Host, network: Network, ip: string): ForwardStep {
	const container = endpointIndex(host).get(network.id)?.get(ip);
	return container ? {kind: 'local', container} : {kind: 'none'};
}

/** A driver step with nothing to do in the simulation (its state lives on the container). */
export function nothing(): void {}
