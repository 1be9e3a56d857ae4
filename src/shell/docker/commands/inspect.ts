// `docker inspect`: containers, then images, then networks by name or id (docker CLI 28.2
// system/inspect.go), printed as a JSON array or through a Go template (-f/--format).
import {DANGLING, findContainer, findNetwork, getHost, normalizeImageRef, type Image, type World} from '../../../engine/index.js';
import {dockerInspectExitCode, dockerTemplateError, parseInspectTemplate, renderInspectObject, TemplateError, type InspectTemplate} from '../../template/index.js';
import type {DockerCommand} from '../command.js';
import {daemonText} from '../errors.js';
import {flagString, type Parsed} from '../flags.js';
import type {ToolContext} from '../../context.js';
import type {CommandResult} from '../../types.js';
import {hostOf} from '../views/container-common.js';
import {containerJson, inspectJson, rfc3339Nano} from '../views/container-json.js';
import {networkJson} from '../views/network-json.js';

const TYPES = ['', 'config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

/** The image object (API 1.45 ImageInspect), in the daemon's field order. */
export function imageJson(image: Image): Record<string, unknown> {
	const [repo, tag] = [image.name.slice(0, image.name.lastIndexOf(':')), image.name.slice(image.name.lastIndexOf(':') + 1)];
	const exposed: Record<string, object> = {};
	for (const p of [...image.exposedPorts].sort()) exposed[p] = {};
	const dangling = image.name === DANGLING;
	const labels = image.labels && Object.keys(image.labels).length > 0 ? {...image.labels} : null;
	// BuildKit's Healthcheck keeps only what was set: the test, and the timings given (ns, omitempty).
	const o = image.healthOptions ?? {};
	const ns = (ms: number | undefined) => (ms ? ms * 1_000_000 : undefined);
	const timings = Object.fromEntries(Object.entries({Interval: ns(o.interval), Timeout: ns(o.timeout), StartPeriod: ns(o.startPeriod), StartInterval: ns(o.startInterval), Retries: o.retries}).filter(([, v]) => v !== undefined));
	const health = image.healthcheck ? {Healthcheck: {Test: [...image.healthcheck], ...timings}} : {};
	return {
		Id: `sha256:${image.id}`,
		RepoTags: dangling ? [] : [`${repo}:${tag}`],
		// An image built here was never pushed or pulled: it has no registry digest.
		RepoDigests: image.built ? [] : [`${repo}@sha256:${image.id.split('').reverse().join('')}`],
		Parent: '',
		Comment: image.built ? 'buildkit.dockerfile.v0' : '',
		Created: rfc3339Nano(image.created, `image:${image.id}`),
		DockerVersion: '',
		Author: '',
		Config: {
			Hostname: '',
			Domainname: '',
			User: image.user ?? '',
			AttachStdin: false,
			AttachStdout: false,
			AttachStderr: false,
			...(image.exposedPorts.length > 0 ? {ExposedPorts: exposed} : {}),
			Tty: false,
			OpenStdin: false,
			StdinOnce: false,
			Env: [...image.env],
			Cmd: image.cmd.length > 0 ? [...image.cmd] : null,
			...health,
			...(image.argsEscaped ? {ArgsEscaped: true} : {}),
			Image: '',
			Volumes: null,
			WorkingDir: image.workingDir,
			Entrypoint: image.entrypoint ? [...image.entrypoint] : null,
			OnBuild: null,
			Labels: labels,
		},
		Architecture: 'amd64',
		Os: 'linux',
		Size: sizeBytes(image.size),
		GraphDriver: {
			Data: {MergedDir: `/var/lib/docker/overlay2/${image.id.slice(0, 64)}/merged`, UpperDir: `/var/lib/docker/overlay2/${image.id}/diff`, WorkDir: `/var/lib/docker/overlay2/${image.id}/work`},
			Name: 'overlay2',
		},
		RootFS: {Type: 'layers', Layers: [`sha256:${image.id.slice(8)}${image.id.slice(0, 8)}`]},
		Metadata: {LastTagTime: '0001-01-01T00:00:00Z'},
	};
}

function sizeBytes(size: string): number {
	const m = /^([\d.]+)\s*([kKMG]?B)$/.exec(size);
	if (!m) return 0;
	const mult = {B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9}[m[2]] ?? 1;
	return Math.round(Number(m[1]) * mult);
}

function findImage(world: World, ref: string): Image | undefined {
	const key = normalizeImageRef(ref);
	if (Object.hasOwn(world.images, key)) return world.images[key];
	const id = ref.replace(/^sha256:/, '');
	if (/^[0-9a-f]{4,64}$/.test(id)) return Object.values(world.images).find((i) => i.id.startsWith(id));
	return undefined;
}

export const inspectCommand: DockerCommand = {
	spec: {
		path: 'docker inspect',
		usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
		description: 'Return low-level information on Docker objects',
		flags: [
			{long: 'format', short: 'f', type: 'string', description: "Format output using a custom template:\n'json':             Print in JSON format\n" +
				"'TEMPLATE':         Print output using the given Go template.\n" +
				"Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates"},
			{long: 'size', short: 's', type: 'bool', description: 'Display total file sizes if the type is container'},
			{long: 'type', type: 'string', description: 'Only inspect objects of the given type'},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const type = flagString(parsed.flags, 'type') ?? '';
		if (!TYPES.includes(type)) return {stdout: '', stderr: `"${type}" is not a valid value for --type\n`, exitCode: 1};
		return inspectObjects(parsed, ctx, type, (ref) => (type === '' ? `Error: No such object: ${ref}` : `Error: No such ${type}: ${ref}`));
	},
};

/**
 * Inspects each argument as one of `type` ('' for any object); `missing` words what is not found
 * (`docker inspect` says "No such object", `docker container inspect` passes the daemon's error).
 */
export function inspectObjects(parsed: Parsed, ctx: ToolContext, type: string, missing: (ref: string) => string): CommandResult {
	const format = flagString(parsed.flags, 'format');
	let tmpl: InspectTemplate | undefined;
	if (format !== undefined && format !== '' && format !== 'json') {
		try {
			tmpl = parseInspectTemplate(format);
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: dockerInspectExitCode(e)};
			throw e;
		}
	}
	const hostName = hostOf(ctx);
	const host = getHost(ctx.world, hostName);
	const objects: unknown[] = [];
	const errors: string[] = [];
	for (const ref of parsed.args) {
		let found: unknown;
		try {
			if (type === '' || type === 'container') {
				const c = findContainer(host, ref);
				if (c) found = containerJson(ctx.world, hostName, c, tmpl !== undefined);
			}
			if (found === undefined && (type === '' || type === 'image')) {
				const image = findImage(ctx.world, ref);
				if (image) found = imageJson(image);
			}
			if (found === undefined && (type === '' || type === 'network')) {
				const n = findNetwork(host, ref);
				if (n) found = networkJson(ctx.world, hostName, n);
			}
		} catch (e) {
			errors.push(daemonText(e));
			continue;
		}
		if (found === undefined) errors.push(missing(ref));
		else objects.push(found);
	}
	const stderr = errors.map((e) => `${e}\n`).join('');
	const exitCode = errors.length > 0 ? 1 : 0;
	if (!tmpl) return {stdout: `${inspectJson(objects)}\n`, stderr, exitCode};
	let out = '';
	for (const o of objects) {
		try {
			out += `${renderInspectObject(tmpl, o)}\n`;
		} catch (e) {
			if (e instanceof TemplateError) return {stdout: out === '' ? '\n' : out, stderr: `${stderr}${dockerTemplateError(e)}\n`, exitCode: dockerInspectExitCode(e)};
			throw e;
		}
	}
	return {stdout: out === '' ? '\n' : out, stderr, exitCode};
}
