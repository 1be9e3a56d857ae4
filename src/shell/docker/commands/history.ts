// `docker history IMAGE` / `docker image history` (CLI 28 image/history.go, formatter/history.go):
// one row per history entry, newest first. Only the top row of an image that is here shows its
// id; the layers below it are <missing> (BuildKit keeps no intermediate images). A built image's
// entries are BuildKit's (build/history.ts); a catalogue image's own layers are not simulated: it
// shows one row for the whole image and a game note says so.
import {DANGLING, type Image, type ImageHistory, type World} from '../../../engine/index.js';
import {formatTemplateTable, humanDuration} from '../../format/index.js';
import {humanSizePrecision, parseSize} from '../../format/sizes.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagString} from '../flags.js';
import {normalizeImageRef} from '../../../engine/index.js';
import {findKey} from './image-tags.js';

const HEADERS = {ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT'};

/** stringutils.Ellipsis: at most n characters, the last one an ellipsis. */
function ellipsis(text: string, n: number): string {
	const chars = [...text];
	return chars.length <= n ? text : `${chars.slice(0, n - 1).join('')}…`;
}

/** The entries, oldest first; a catalogue image (or a catalogue base) is one entry of its whole size. */
function entries(world: World, image: Image): ImageHistory[] {
	const whole = (i: Image): ImageHistory => ({createdBy: '', size: parseSize(i.size), comment: '', created: i.created, emptyLayer: false, imageId: i.id});
	if (!image.history) return [whole(image)];
	const byId = new Map(Object.values(world.images).map((i) => [i.id, i]));
	return image.history.map((h, i, all) => {
		const own = i === all.length - 1 ? {...h, imageId: image.id} : h;
		const base = h.imageId ? byId.get(h.imageId) : undefined;
		// The base row a build kept of a catalogue image stands for that whole image.
		return base && !base.built && h.createdBy === '' ? {...whole(base), ...(own.imageId === image.id ? {imageId: image.id} : {})} : own;
	});
}

export const historyCommand: DockerCommand = {
	spec: {
		path: 'docker history',
		usage: 'docker history [OPTIONS] IMAGE',
		description: 'Show the history of an image',
		flags: [
			{
				long: 'format',
				type: 'string',
				description:
					"Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n" +
					"'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
			},
			{long: 'human', short: 'H', type: 'bool', defaultText: 'true', description: 'Print sizes and dates in human readable format'},
			{long: 'no-trunc', type: 'bool', description: "Don't truncate output"},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Only show image IDs'},
		],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		const f = parsed.flags;
		const world = ctx.world;
		const key = findKey(world, parsed.args[0]);
		if (!key || world.images[key].name === DANGLING && !/^(sha256:)?[0-9a-f]{4,64}$/.test(parsed.args[0])) {
			return {stdout: '', stderr: `Error response from daemon: No such image: ${normalizeImageRef(parsed.args[0])}\n`, exitCode: 1};
		}
		const image = world.images[key];
		// -H defaults to true; `-H=false` turns it off.
		const human = f.human === undefined ? true : f.human !== false;
		const noTrunc = flagBool(f, 'no-trunc');
		const rows = entries(world, image).reverse().map((h) => ({
			ID: h.imageId ? (noTrunc ? `sha256:${h.imageId}` : h.imageId.slice(0, 12)) : '<missing>',
			CreatedSince: human ? `${humanDuration(world.clock - h.created)} ago` : new Date(h.created).toISOString().replace(/\.\d+Z$/, 'Z'),
			CreatedAt: new Date(h.created).toISOString().replace(/\.\d+Z$/, 'Z'),
			CreatedBy: noTrunc ? h.createdBy : ellipsis(h.createdBy.replace(/\t/g, ' '), 45),
			Size: human ? humanSizePrecision(h.size, 3) : String(h.size),
			Comment: h.comment,
		}));
		const quiet = flagBool(f, 'quiet');
		const defaultFormat = `table {{.ID}}\t{{.${human ? 'CreatedSince' : 'CreatedAt'}}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}`;
		const format = quiet ? '{{.ID}}' : (flagString(f, 'format') || defaultFormat);
		const note = image.history ? '' : `netdojo: the layers of ${image.name} are not simulated; its history is one row for the whole image.\n`;
		try {
			return {stdout: formatTemplateTable(format, rows, HEADERS, '*image.historyContext'), stderr: note, exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
