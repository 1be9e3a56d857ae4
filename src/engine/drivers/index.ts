import type {Network} from '../types.js';
import type {NetworkDriver} from './driver.js';
import {bridgeDriver} from './bridge.js';
import {hostDriver} from './host.js';
import {nullDriver} from './null.js';
import {overlayDriver} from './overlay.js';

export type {NetworkDriver, CreateRequest, JoinRequest} from './driver.js';

const drivers: Record<string, NetworkDriver> = {bridge: bridgeDriver, host: hostDriver, null: nullDriver, overlay: overlayDriver};

export function driverFor(name: string): NetworkDriver | undefined {
	return drivers[name];
}

export function driverOf(network: Network): NetworkDriver {
	return drivers[network.driver];
}
