// The registry of network drivers: the one place that maps a driver's name to its code. The rest
// of the engine (and the shell, through the engine's index) asks `driverOf(network)` what a
// network can do instead of comparing `network.driver` with a name.
import type {Network} from '../types.js';
import type {DriverCapabilities, NetworkDriver} from './driver.js';
import {bridgeDriver} from './bridge.js';
import {hostDriver} from './host.js';
import {nullDriver} from './null.js';
import {overlayDriver} from './overlay.js';

export type {NetworkDriver, CreateRequest, JoinRequest, EndpointConfig, DriverCapabilities, DriverRule, FirewallTable, ForwardStep, HostLink} from './driver.js';

const drivers: ReadonlyMap<string, NetworkDriver> = new Map([bridgeDriver, hostDriver, nullDriver, overlayDriver].map((d) => [d.name, d]));

/** The driver registered under a name (`docker network create -d NAME`), if any. */
export function driverFor(name: string): NetworkDriver | undefined {
	return drivers.get(name);
}

/** The driver of an existing network (every network's driver is registered). */
export function driverOf(network: Network): NetworkDriver {
	const driver = drivers.get(network.driver);
	if (!driver) throw new Error(`network ${network.name} has driver ${network.driver}, which is not registered`);
	return driver;
}

/** What the network's driver can do (scope, bridge device, MTU, data path). */
export function capabilitiesOf(network: Network): DriverCapabilities {
	return driverOf(network).capabilities(network);
}

