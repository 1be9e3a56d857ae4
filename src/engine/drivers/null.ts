// The null driver behind `--network none`: a sandbox with only the loopback interface.
import type {DriverCapabilities, NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';
import {noPorts, nothing} from './common.js';

const NULL_CAPABILITIES: DriverCapabilities = {scope: 'local', sandbox: 'none', bridgeDevice: false, hostRoute: false, dataPath: 'none', mtu: 1500};

export const nullDriver: NetworkDriver = {
	name: 'null',
	capabilities: () => NULL_CAPABILITIES,
	createNetwork() {
		throw new EngineError('only one instance of "null" network is allowed', 'forbidden');
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
