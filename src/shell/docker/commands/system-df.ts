// `docker system df` (CLI 28.2 system/df.go): disk usage by type. Image sizes come from the image
// list (decimal units, as `docker images` prints them); containers of the simulation write nothing
// to their layers, and it keeps no volumes or build cache, so those rows are zero.
import {getHost} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {formatTemplateTable} from '../../format/index.js';
import {dockerTemplateError, TemplateError} from '../../template/index.js';
import {flagBool, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {presentImages} from './images.js';
import {parseSize} from '../../format/sizes.js';

const DEFAULT_FORMAT = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const HEADERS = {Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE'};

/** go-units HumanSize: decimal units, four significant digits. */
export function humanSize(bytes: number): string {
	const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
	let v = Math.max(0, bytes);
	let i = 0;
	while (v >= 1000 && i < units.length - 1) {
		v /= 1000;
		i++;
	}
	const text = v === 0 ? '0' : v.toPrecision(4);
	return `${text.includes('.') ? text.replace(/\.?0+$/, '') : text}${units[i]}`;
}

const reclaimable = (part: number, total: number): string => (part === 0 || total === 0 ? humanSize(part) : `${humanSize(part)} (${Math.floor((part * 100) / total)}%)`);

export const systemDfCommand: DockerCommand = {
	spec: {
		path: 'docker system df',
		usage: 'docker system df [OPTIONS]',
		description: 'Show docker disk usage',
		flags: [
			{long: 'format', type: 'string', description: 'Format output using a custom template'},
			{long: 'verbose', short: 'v', type: 'bool', description: 'Show detailed information on space usage'},
		],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		const hostName = hostOf(ctx);
		const containers = getHost(ctx.world, hostName).containers.values();
		const inUse = new Set(containers.map((c) => ctx.world.images[c.imageKey]?.id).filter((id): id is string => id !== undefined));
		const byId = new Map<string, number>();
		for (const image of presentImages(ctx.world, hostName)) byId.set(image.id, parseSize(image.size));
		const total = [...byId.values()].reduce((a, b) => a + b, 0);
		const unused = [...byId].filter(([id]) => !inUse.has(id)).reduce((a, [, size]) => a + size, 0);
		const rows = [
			{Type: 'Images', TotalCount: String(byId.size), Active: String([...byId.keys()].filter((id) => inUse.has(id)).length), Size: humanSize(total), Reclaimable: reclaimable(unused, total)},
			{Type: 'Containers', TotalCount: String(containers.length), Active: String(containers.filter((c) => c.status === 'running').length), Size: '0B', Reclaimable: '0B'},
			{Type: 'Local Volumes', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B'},
			{Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B'},
		];
		const note = flagBool(parsed.flags, 'verbose') ? 'netdojo: docker system df -v (per-object usage) is not simulated; showing the summary\n' : '';
		try {
			return {stdout: formatTemplateTable(flagString(parsed.flags, 'format') ?? DEFAULT_FORMAT, rows, HEADERS, '*formatter.diskUsageImagesContext'), stderr: note, exitCode: 0};
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: 1};
			throw e;
		}
	},
};
