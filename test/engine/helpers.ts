// A session to drive the engine the way a player does, with helpers to read addresses back.
import {Session} from '../../src/shell/session.js';
import {attachments, getHost, type Viewpoint, type World} from '../../src/engine/index.js';

export function play(...lines: string[]): Session {
	const s = new Session({seed: 1});
	for (const line of lines) {
		const r = s.run(line);
		if (r.exitCode !== 0) throw new Error(`setup line failed: ${line}\n${r.stderr}`);
	}
	return s;
}

export function ipOf(world: World, name: string, network?: string): string {
	const host = getHost(world);
	const c = host.containers.values().find((x) => x.name === name);
	if (!c) throw new Error(`no container ${name}`);
	const list = attachments(host, c);
	const a = network ? list.find((x) => x.network.name === network) : list[0];
	if (!a) throw new Error(`${name} has no address${network ? ` on ${network}` : ''}`);
	return a.endpoint.ip;
}

export function from(world: World, name: string): Viewpoint {
	const host = getHost(world);
	const c = host.containers.values().find((x) => x.name === name);
	if (!c) throw new Error(`no container ${name}`);
	return {kind: 'container', host: host.name, id: c.id};
}

export const HOST: Viewpoint = {kind: 'host', host: 'host'};
export const EXTERNAL: Viewpoint = {kind: 'external'};
