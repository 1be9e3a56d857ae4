// `docker images`: the images present on the host (REPOSITORY TAG IMAGE ID CREATED SIZE).
import {CATALOG_ALIASES, containersOf, getHost, type Image, type World} from '../../../engine/index.js';
import {formatTemplateTable, humanDuration} from '../../format/index.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';

const DEFAULT_FORMAT = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
const HEADERS = {Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', Size: 'SIZE', Digest: 'DIGEST', Containers: 'CONTAINERS', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', VirtualSize: 'SIZE'};

/** Images shown: every tag, except the catalog's extra tags (not "pulled") unless a container uses one. */
export function presentImages(world: World, hostName: string): Image[] {
	const used = new Set(containersOf(getHost(world, hostName)).map((c) => c.imageKey));
	const seen = new Set<string>();
	const out: Image[] = [];
	for (const image of Object.values(world.images)) {
		if (used.has(image.name) || !seen.has(image.id) || !CATALOG_ALIASES.has(image.name)) out.push(image);
		seen.add(image.id);
	}
	return out.sort((a, b) => b.created - a.created || (a.name < b.name ? -1 : 1));
}

export const imagesCommand: DockerCommand = {
	spec: {
		path: 'docker images',
		usage: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
		description: 'List images',
		flags: [
			{long: 'all', short: 'a', type: 'bool', description: 'Show all images (default hides intermediate images)'},
			{long: 'digests', type: 'bool', description: 'Show digests'},
			{long: 'filter', short: 'f', type: 'list', valueName: 'filter', description: 'Filter output based on conditions provided'},
			{long: 'format', type: 'string', description: 'Format output using a custom template'},
			{long: 'no-trunc', type: 'bool', description: "Don't truncate output"},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Only show image IDs'},
		],
		args: {kind: 'max', n: 1},
	},
	run(parsed, _io, ctx) {
		let images = presentImages(ctx.world, hostOf(ctx));
		const repo = parsed.args[0];
		if (repo !== undefined) {
			images = images.filter((i) => {
				const r = i.name.slice(0, i.name.lastIndexOf(':'));
				return repo.includes(':') ? i.name === repo : r === repo;
			});
		}
		const noTrunc = flagBool(parsed.flags, 'no-trunc');
		const rows = images.map((i) => ({
			Repository: i.name.slice(0, i.name.lastIndexOf(':')),
			Tag: i.name.slice(i.name.lastIndexOf(':') + 1),
			ID: noTrunc ? `sha256:${i.id}` : i.id.slice(0, 12),
			CreatedSince: `${humanDuration(ctx.world.clock - i.created)} ago`,
			CreatedAt: new Date(i.created).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC'),
			Size: i.size,
			VirtualSize: i.size,
			Digest: '<none>',
			Containers: 'N/A',
			SharedSize: 'N/A',
			UniqueSize: 'N/A',
		}));
		let format = flagString(parsed.flags, 'format') ?? DEFAULT_FORMAT;
		let list = rows;
		if (flagBool(parsed.flags, 'quiet')) {
			format = '{{.ID}}';
			const seen = new Set<string>();
			list = rows.filter((r) => !seen.has(r.ID) && (seen.add(r.ID), true));
		}
		try {
			return {stdout: formatTemplateTable(format, list, HEADERS), stderr: '', exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
