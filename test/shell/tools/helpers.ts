// Builds worlds with the engine's own operations and runs tools in a hand-made ToolContext.
import {createContainer, createNetwork, createWorld, startContainer, type ContainerSpec, type World} from '../../../src/engine/index.js';
import type {Flavour, ToolContext} from '../../../src/shell/context.js';
import type {CommandResult} from '../../../src/shell/types.js';
import {tools} from '../../../src/shell/tools/index.js';

export class Lab {
	world: World = createWorld({seed: 7});

	net(name: string, extra: Record<string, unknown> = {}): this {
		this.world = createNetwork(this.world, undefined, {name, ...extra}).world;
		return this;
	}

	run(spec: ContainerSpec): this {
		const {world, container} = createContainer(this.world, undefined, spec);
		this.world = startContainer(world, undefined, container.id).world;
		return this;
	}

	id(name: string): string {
		return this.world.hosts.host.containers.values().find((c) => c.name === name)!.id;
	}

	ctx(where: 'host' | string, flavour?: Flavour, env: Record<string, string> = {}): ToolContext {
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		const lab = this;
		const location = where === 'host' ? ({kind: 'host', host: 'host'} as const) : ({kind: 'container', host: 'host', id: this.id(where), shell: 'sh'} as const);
		const image = where === 'host' ? undefined : this.world.images[this.world.hosts.host.containers.get(this.id(where))!.imageKey];
		return {
			get world() {
				return lab.world;
			},
			setWorld(w: World) {
				lab.world = w;
			},
			location,
			flavour: flavour ?? (where === 'host' ? 'host' : image?.flavour === 'busybox' ? 'busybox' : 'debian'),
			libc: where === 'host' ? 'glibc' : (image?.libc ?? 'glibc'),
			cwd: '/home/player/app',
			runIn: () => ({stdout: '', stderr: '', exitCode: 0}),
			enter: () => {},
		};
	}

	/** Runs `line` (split on spaces; single quotes group) with the tool named by its first word. */
	sh(where: 'host' | string, line: string, flavour?: Flavour, env: Record<string, string> = {}): CommandResult {
		const argv = (line.match(/'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^'|'$/g, ''));
		return tools[argv[0]](argv, {stdin: '', env}, this.ctx(where, flavour, env));
	}
}
