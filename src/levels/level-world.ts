// Turns a level's `world:` into a simulated world: its hosts, its own images (on top of the
// built-in catalog) and its files. Its setup lines are played by the game (GameSession), through
// the same shell the player uses.
import {builtinImages, createWorld, makeImage, normalizeImageRef, type EngineId, type Image, type World} from '../engine/index.js';
import type {ImageSpec, Level} from './schema.js';
import {commandWords} from '../shell/syntax/index.js';

/** Splits a command line the way a Dockerfile's shell form would (quotes respected). */
function words(line: string): string[] {
	return commandWords(line)[0] ?? [];
}

export function imageFromSpec(name: string, spec: ImageSpec, catalog: Record<string, Image>): Image {
	const base = spec.from ? catalog[normalizeImageRef(spec.from)] : undefined;
	const key = normalizeImageRef(name);
	return makeImage(key, {
		entrypoint: spec.entrypoint !== undefined ? words(spec.entrypoint) : spec.cmd !== undefined ? null : (base?.entrypoint ?? null),
		cmd: spec.cmd !== undefined ? words(spec.cmd) : (base?.cmd ?? []),
		exposedPorts: spec.expose.map((p) => (typeof p === 'number' ? `${p}/tcp` : p.includes('/') ? p : `${p}/tcp`)),
		tools: spec.tools ?? base?.tools ?? ['sh'],
		size: base?.size ?? '150MB',
		...(spec.response !== undefined ? {response: spec.response} : base?.response !== undefined ? {response: base.response} : {}),
		...(spec.listens ? {listens: spec.listens.map((l) => ({port: l.port, address: l.address, protocol: l.protocol}))} : {}),
		env: [...(base?.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']), ...Object.entries(spec.env ?? {}).map(([k, v]) => `${k}=${v}`)],
		workingDir: spec.workdir ?? base?.workingDir ?? '',
		flavour: base?.flavour ?? 'debian',
	});
}

/** Image names the level expects the player (or its setup) to build with `docker build -t NAME`. */
function builtNames(level: Level): Set<string> {
	const names = new Set<string>();
	for (const line of [...level.world.setup, ...level.solution]) {
		for (const argv of commandWords(line)) {
			if (argv[0] !== 'docker' || !(argv[1] === 'build' || (argv[1] === 'image' && argv[2] === 'build'))) continue;
			argv.forEach((a, i) => {
				if ((a === '-t' || a === '--tag') && argv[i + 1]) names.add(normalizeImageRef(argv[i + 1]));
				else if (a.startsWith('--tag=')) names.add(normalizeImageRef(a.slice(6)));
				else if (a.startsWith('-t') && a.length > 2) names.add(normalizeImageRef(a.slice(2)));
			});
		}
	}
	return names;
}

/**
 * The level's starting world before setup. An image the solution builds from the level's
 * Dockerfile is a recipe, not a present image: it exists only once the player builds it.
 */
export function levelBaseWorld(level: Level, seed = 1, engine?: EngineId): World {
	const catalog = builtinImages();
	const images: Record<string, Image> = {};
	const recipes: Record<string, Image> = {};
	const built = builtNames(level);
	for (const [name, spec] of Object.entries(level.world.images)) {
		const image = imageFromSpec(name, spec, catalog);
		if (built.has(image.name)) recipes[image.name] = image;
		else images[image.name] = image;
	}
	return createWorld({
		seed,
		hosts: level.world.hosts.map((h) => ({name: h.name, lanIp: h['lan-ip'], ...(h['secondary-ips'] ? {secondaryLanIps: h['secondary-ips']} : {})})),
		images,
		recipes,
		files: level.world.files,
		// A level that pins a version plays on it whatever --docker asked for.
		...(level.engine ?? engine ? {engine: level.engine ?? engine} : {}),
	});
}
