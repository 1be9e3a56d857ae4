// The engine rules changed for the container commands (daemon 26.1 as recorded).
import {describe, expect, test} from 'vitest';
import {createContainer, createWorld, getHost, hostsFile, startContainer} from '../../../../src/engine/index.js';

describe('engine: container rules', () => {
	test('--add-host NAME:host-gateway resolves to the default bridge gateway', () => {
		let world = createWorld({seed: 1});
		const made = createContainer(world, undefined, {image: 'alpine', name: 'box', cmd: ['sleep', 'infinity'], extraHosts: ['host.docker.internal:host-gateway']});
		world = startContainer(made.world, undefined, made.container.id).world;
		const c = getHost(world).containers.get(made.container.id)!;
		expect(hostsFile(getHost(world), c)).toContain('172.17.0.1\thost.docker.internal\n');
	});

	test('host mode keeps the asked-for port bindings but binds nothing', () => {
		let world = createWorld({seed: 1});
		const made = createContainer(world, undefined, {image: 'nginx', name: 'hw', networkMode: 'host', portBindings: {'80/tcp': [{hostIp: '', hostPort: '8080'}]}});
		world = startContainer(made.world, undefined, made.container.id).world;
		const c = getHost(world).containers.get(made.container.id)!;
		expect(c.portBindings).toEqual({'80/tcp': [{hostIp: '', hostPort: '8080'}]});
		expect(c.ports).toEqual({});
	});

	test('an unknown network or container: is an error at start, not at create', () => {
		const world = createWorld({seed: 1});
		const a = createContainer(world, undefined, {image: 'alpine', name: 'x1', networkMode: 'nosuchnet'});
		expect(() => startContainer(a.world, undefined, a.container.id)).toThrow('network nosuchnet not found');
		const b = createContainer(world, undefined, {image: 'alpine', name: 'x2', networkMode: 'container:nosuch'});
		expect(() => startContainer(b.world, undefined, b.container.id)).toThrow('No such container: nosuch');
	});
});
