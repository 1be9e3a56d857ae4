// The host driver: containers share the host's network namespace, so there is no endpoint, no IP
// and nothing to create (only the pre-defined `host` network exists).
import type {NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';

export const hostDriver: NetworkDriver = {
	name: 'host',
	create() {
		throw new EngineError('only one instance of "host" network is allowed', 'forbidden');
	},
	join() {
		return undefined;
	},
	acceptsContainers() {
		return true;
	},
};
