// The null driver behind `--network none`: a sandbox with only the loopback interface.
import type {NetworkDriver} from './driver.js';
import {EngineError} from '../errors.js';

export const nullDriver: NetworkDriver = {
	name: 'null',
	create() {
		throw new EngineError('only one instance of "null" network is allowed', 'forbidden');
	},
	join() {
		return undefined;
	},
	acceptsContainers() {
		return true;
	},
};
