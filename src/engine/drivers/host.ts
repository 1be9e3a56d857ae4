// The host driver: containers share the host's network namespace, so there is no endpoint, no IP,
// no port mapping (a server binds the host's ports itself) and nothing to create (only the
// pre-defined `host` network exists).
import type {DriverCapabilities, NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';
import {noPorts, nothing} from './common.js';

const HOST_CAPABILITIES: DriverCapabilities = {scope: 'local', sandbox: 'host', bridgeDevice: false, hostRoute: false, dataPath: 'none', mtu: 1500};

export const hostDriver: NetworkDriver = {
	name: 'host',
	capabilities: () => HOST_CAPABILITIES,
	createNetwork() {
		throw new EngineError('only one instance of "host" network is allowed', 'forbidden');
	},
	deleteNetwork: nothing,
	checkEndpointConfig: nothing,
	checkAttach: nothing,
	createEndpoint: () => undefined,
	deleteEndpoint: nothing,
	programExternalConnectivity: noPorts,
	revokeExternalConnectivity: noPorts,
	firewallRules: () => [],
	forward: () => ({kind: 'none'}),
};
