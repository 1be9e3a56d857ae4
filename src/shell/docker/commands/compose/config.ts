// `docker compose config` (alias convert) and `version`.
import {COMPOSE_VERSION_FULL} from '../../../../compose/model.js';
import {composeConfig, composeConfigJson} from '../../../../compose/config.js';
import {flagBool, flagString} from '../../flags.js';
import {fail, load, ok, warnings} from './shared.js';
import {composeSpec, type ComposeCommand} from './spec.js';

const lines = (items: readonly string[]): string => items.map((i) => `${i}\n`).join('');

export const configCommand: ComposeCommand = {
	// --networks is not a 2.26 flag (measured: "unknown flag"); the simulation kept accepting it.
	spec: composeSpec('config', {hidden: [{long: 'networks', type: 'bool'}]}),
	simulated: ['quiet', 'services', 'networks', 'volumes', 'profiles', 'images', 'format', 'no-interpolate', 'no-normalize', 'no-path-resolution', 'resolve-image-digests', 'hash', 'no-consistency', 'output'],
	run(p, io, ctx, g) {
		const project = load(ctx, io, g);
		const warn = warnings(ctx, project);
		if (flagBool(p.flags, 'quiet')) return ok('', warn);
		// Sorted: compose-go keeps services in a map (measured, 62-compose-cli).
		if (flagBool(p.flags, 'services')) return ok(lines(project.services.map((s) => s.name).sort()), warn);
		if (flagBool(p.flags, 'networks')) return ok(lines(Object.keys(project.networks)), warn);
		// The simulation has no volumes.
		if (flagBool(p.flags, 'volumes')) return ok('', warn);
		if (flagBool(p.flags, 'profiles')) return ok(lines(project.profiles), warn);
		if (flagBool(p.flags, 'images')) return ok(lines(project.services.map((s) => s.image)), warn);
		const format = flagString(p.flags, 'format') ?? 'yaml';
		if (format === 'json') return ok(composeConfigJson(project), warn);
		if (format !== 'yaml') return fail(`unsupported format "${format}"`, 1, warn);
		return ok(composeConfig(project), warn);
	},
};

export const versionCommand: ComposeCommand = {
	spec: composeSpec('version'),
	cobraArgs: {kind: 'none'},
	simulated: ['short', 'format'],
	run(p) {
		if (flagBool(p.flags, 'short')) return ok(`${COMPOSE_VERSION_FULL}\n`);
		if (flagString(p.flags, 'format') === 'json') return ok(`{"version":"v${COMPOSE_VERSION_FULL}"}\n`);
		return ok(`Docker Compose version ${COMPOSE_VERSION_FULL}\n`);
	},
};
