// Requests the learner's apps answered leave their access-log lines in the container's logs.
import {produce} from 'immer';
import {editContainer} from './container-edit.js';
import type {LogLine, World} from './types.js';

export function appendLogs(world: World, hostName: string, containerId: string, lines: readonly LogLine[]): World {
	if (lines.length === 0) return world;
	return produce(world, (d) => {
		const host = d.hosts[hostName];
		if (host) editContainer(host, containerId, (c) => void c.logs.push(...lines));
	});
}
