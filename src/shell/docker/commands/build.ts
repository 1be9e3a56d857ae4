// `docker build -t NAME [-f FILE] .`: reads the Dockerfile from the level's files and adds the
// image, printing BuildKit's plain progress (buildx with the docker driver) on stderr.
import {produce} from 'immer';
import {hostFiles, makeImage, normalizeImageRef, type Image} from '../../../engine/index.js';
import {digest64} from '../../../engine/hash.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {parseExpose} from '../run-options.js';

interface Instruction {
	readonly op: string;
	readonly args: string;
}

/** `7000-7001` → `7000/tcp`, `7001/tcp`; a spec nat cannot read stays as written. */
function exposeKeys(spec: string): string[] {
	try {
		return parseExpose([spec]);
	} catch {
		return [spec.includes('/') ? spec : `${spec}/tcp`];
	}
}

function parseDockerfile(text: string): Instruction[] {
	const out: Instruction[] = [];
	let pending = '';
	for (const raw of text.split('\n')) {
		const line = raw.replace(/\r$/, '');
		if (pending === '' && /^\s*#/.test(line)) continue;
		if (/\\\s*$/.test(line)) {
			pending += line.replace(/\\\s*$/, ' ');
			continue;
		}
		const full = (pending + line).trim();
		pending = '';
		if (full === '') continue;
		const m = /^(\S+)\s*(.*)$/.exec(full)!;
		out.push({op: m[1].toUpperCase(), args: m[2]});
	}
	if (pending.trim() !== '') {
		const m = /^(\S+)\s*(.*)$/.exec(pending.trim())!;
		out.push({op: m[1].toUpperCase(), args: m[2]});
	}
	return out;
}

/** Exec form (JSON array) or shell form (`/bin/sh -c "..."`). */
function commandForm(args: string): string[] {
	const t = args.trim();
	if (t.startsWith('[')) {
		try {
			const v = JSON.parse(t) as unknown;
			if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
		} catch {
			// falls through to the shell form, as Docker does for invalid JSON
		}
	}
	return ['/bin/sh', '-c', t];
}

function envPairs(args: string): string[] {
	const t = args.trim();
	if (!t.includes('=') || /^\S+\s/.test(t) && !/^\S+=/.test(t)) {
		const m = /^(\S+)\s+(.*)$/.exec(t);
		return m ? [`${m[1]}=${m[2]}`] : [];
	}
	const out: string[] = [];
	const re = /(\S+?)=("([^"]*)"|'([^']*)'|\S*)/g;
	let m;
	while ((m = re.exec(t))) out.push(`${m[1]}=${m[3] ?? m[4] ?? m[2]}`);
	return out;
}

function familiar(key: string): string {
	return key.includes('/') ? `docker.io/${key}` : `docker.io/library/${key}`;
}

/** `COPY SRC... DEST` from the build context (relative keys of the player's files) to absolute paths in the image. */
function copyFiles(context: Readonly<Record<string, string>>, prefix: string, args: string, workingDir: string): Record<string, string> {
	let words: string[];
	const trimmed = args.trim();
	if (trimmed.startsWith('[')) {
		try {
			words = JSON.parse(trimmed) as string[];
		} catch {
			return {};
		}
	} else words = trimmed.split(/\s+/).filter((w) => !w.startsWith('--'));
	if (words.length < 2) return {};
	const destRaw = words[words.length - 1];
	const cwd = workingDir || '/';
	const abs = (p: string) => {
		const parts: string[] = [];
		for (const seg of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
			if (seg === '' || seg === '.') continue;
			if (seg === '..') parts.pop();
			else parts.push(seg);
		}
		return `/${parts.join('/')}`;
	};
	const dest = abs(destRaw);
	const intoDir = destRaw.endsWith('/') || destRaw === '.' || words.length > 2;
	const out: Record<string, string> = {};
	for (const src of words.slice(0, -1)) {
		const rel = src.replace(/^\.\/?/, '').replace(/\/+$/, '');
		const key = `${prefix}${rel}`;
		if (rel !== '' && Object.prototype.hasOwnProperty.call(context, key)) {
			out[intoDir ? `${dest === '/' ? '' : dest}/${rel.slice(rel.lastIndexOf('/') + 1)}` : dest] = context[key];
			continue;
		}
		const under = rel === '' ? prefix : `${key}/`;
		for (const [k, v] of Object.entries(context)) if (k.startsWith(under)) out[`${dest === '/' ? '' : dest}/${k.slice(under.length)}`] = v;
	}
	return out;
}

export const buildCommand: DockerCommand = {
	spec: {
		path: 'docker build',
		usage: 'docker build [OPTIONS] PATH | URL | -',
		description: 'Build an image from a Dockerfile',
		aliases: [],
		flags: [
			{long: 'build-arg', type: 'list', description: 'Set build-time variables'},
			{long: 'file', short: 'f', type: 'string', description: 'Name of the Dockerfile (default: "PATH/Dockerfile")'},
			{long: 'network', type: 'string', description: 'Set the networking mode for the "RUN" instructions during build', defaultText: '"default"'},
			{long: 'no-cache', type: 'bool', description: 'Do not use cache when building the image'},
			{long: 'progress', type: 'string', description: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', defaultText: '"auto"'},
			{long: 'pull', type: 'bool', description: 'Always attempt to pull all referenced images'},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Suppress the build output and print image ID on success'},
			{long: 'tag', short: 't', type: 'list', description: 'Name and optionally a tag (format: "name:tag")'},
			{long: 'target', type: 'string', description: 'Set the target build stage to build'},
		],
		args: {kind: 'exact', n: 1},
	},
	run(parsed, _io, ctx) {
		const context = parsed.args[0].replace(/\/+$/, '') || '.';
		const prefix = context === '.' || context === '' ? '' : `${context.replace(/^\.\//, '')}/`;
		const fileName = flagString(parsed.flags, 'file') ?? 'Dockerfile';
		const path = (fileName.startsWith('/') || fileName.includes('/') ? fileName : `${prefix}${fileName}`).replace(/^\.\//, '');
		// The build context: the files under the directory docker build runs in (the host's).
		const files = hostFiles(ctx.world, ctx.location.host, ctx.cwd);
		const text = Object.hasOwn(files, path) ? files[path] : undefined;
		let err = '#0 building with "default" instance using docker driver\n\n';
		const head = `#1 [internal] load build definition from ${fileName.slice(fileName.lastIndexOf('/') + 1)}\n`;
		if (text === undefined) {
			err += `${head}#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\nERROR: failed to solve: failed to read dockerfile: open ${fileName.slice(fileName.lastIndexOf('/') + 1)}: no such file or directory\n`;
			return {stdout: '', stderr: err, exitCode: 1};
		}
		err += `${head}#1 transferring dockerfile: ${Buffer.byteLength(text)}B done\n#1 DONE 0.0s\n\n`;
		const instructions = parseDockerfile(text);
		const from = instructions.find((i) => i.op === 'FROM');
		if (!from) {
			err += 'ERROR: failed to solve: dockerfile parse error on line 1: no build stage in current context\n';
			return {stdout: '', stderr: err, exitCode: 1};
		}
		const fromRef = from.args.split(/\s+/)[0];
		const fromKey = normalizeImageRef(fromRef);
		const base = ctx.world.images[fromKey];
		err += `#2 [internal] load metadata for ${familiar(fromKey)}\n`;
		if (!base) {
			err += `#2 ERROR: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n------\n > [internal] load metadata for ${familiar(fromKey)}:\n------\nERROR: failed to solve: ${fromRef}: failed to resolve source metadata for ${familiar(fromKey)}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n`;
			return {stdout: '', stderr: err, exitCode: 1};
		}
		err += '#2 DONE 0.0s\n\n#3 [internal] load .dockerignore\n#3 transferring context: 2B done\n#3 DONE 0.0s\n\n';
		// The image the Dockerfile describes, on top of its base.
		let entrypoint = base.entrypoint;
		let cmd = base.cmd;
		const exposed = [...base.exposedPorts];
		const env = [...base.env];
		let workingDir = base.workingDir;
		const steps: string[] = [];
		const copied: Record<string, string> = {...base.files};
		for (const ins of instructions) {
			switch (ins.op) {
				case 'CMD':
					cmd = commandForm(ins.args);
					break;
				case 'ENTRYPOINT':
					entrypoint = commandForm(ins.args);
					cmd = [];
					break;
				case 'EXPOSE':
					// BuildKit reads EXPOSE with nat.ParsePortSpecs: a range is one port key per port.
					for (const p of ins.args.split(/\s+/).filter(Boolean)) exposed.push(...exposeKeys(p));
					break;
				case 'ENV':
					for (const pair of envPairs(ins.args)) {
						const k = pair.slice(0, pair.indexOf('='));
						const i = env.findIndex((e) => e.startsWith(`${k}=`));
						if (i >= 0) env[i] = pair;
						else env.push(pair);
					}
					break;
				case 'WORKDIR':
					workingDir = ins.args.trim();
					steps.push(`WORKDIR ${ins.args.trim()}`);
					break;
				case 'COPY':
				case 'ADD':
					// The files the app will run (read by src/engine/apps); build-cfs gives containers full file systems.
					Object.assign(copied, copyFiles(files, prefix, ins.args, workingDir));
					steps.push(`${ins.op} ${ins.args.trim()}`);
					break;
				case 'RUN':
					steps.push(`${ins.op} ${ins.args.trim()}`);
					break;
				default:
					break;
			}
		}
		const total = steps.length + 1;
		let n = 4;
		err += `#${n} [1/${total}] FROM ${familiar(fromKey)}\n#${n} DONE 0.0s\n\n`;
		n++;
		if (steps.some((s) => s.startsWith('COPY') || s.startsWith('ADD'))) {
			const size = Object.values(files).reduce((a, f) => a + Buffer.byteLength(f), 0);
			err += `#${n} [internal] load build context\n#${n} transferring context: ${size}B done\n#${n} DONE 0.0s\n\n`;
			n++;
		}
		steps.forEach((s, i) => {
			err += `#${n} [${i + 2}/${total}] ${s}\n#${n} DONE 0.1s\n\n`;
			n++;
		});
		const tags = flagList(parsed.flags, 'tag').map(normalizeImageRef);
		const id = digest64(`build:${tags.join(',')}:${text}:${ctx.world.clock}`);
		err += `#${n} exporting to image\n#${n} exporting layers 0.1s done\n#${n} writing image sha256:${id} done\n`;
		for (const t of tags) err += `#${n} naming to ${familiar(t)} done\n`;
		err += `#${n} DONE 0.1s\n`;
		const now = ctx.world.clock;
		const built: Record<string, Image> = {};
		for (const t of tags) {
			const predefined = ctx.world.recipes?.[t] ?? ctx.world.images[t];
			built[t] = predefined
				? {...predefined, name: t, id, created: now}
				: {
						...makeImage(t, {entrypoint, cmd, exposedPorts: [...new Set(exposed)], tools: base.tools, size: base.size, env, workingDir, flavour: base.flavour,
							...(Object.keys(copied).length > 0 ? {files: copied} : {}),
							...(base.response !== undefined ? {response: base.response} : {}), ...(base.listens ? {listens: base.listens} : {})}, now),
						id,
					};
		}
		ctx.setWorld(
			produce(ctx.world, (draft) => {
				for (const [t, image] of Object.entries(built)) draft.images[t] = image as never;
			}),
		);
		if (flagBool(parsed.flags, 'quiet')) return {stdout: `sha256:${id}\n`, stderr: '', exitCode: 0};
		return {stdout: '', stderr: err, exitCode: 0};
	},
};
