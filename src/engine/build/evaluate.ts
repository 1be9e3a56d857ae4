// Runs a parsed Dockerfile as BuildKit does: each stage starts from its base image's config (Env, Cmd,
// Entrypoint, WorkingDir, ExposedPorts, its programs and files), each instruction changes it, and
// the steps that make a layer (RUN, COPY, ADD, WORKDIR) become the numbered vertices of the progress.
import type {HealthConfig, Image, ImageHistory} from '../types.js';
import {parseGoDuration} from './duration.js';
import {digest64} from '../hash.js';
import {normalizeImageRef as normalizeRef} from '../images.js';
import {matchSource, type ContextFiles} from './context.js';
import {DockerfileError, type Instruction, type ParsedDockerfile} from './parse.js';
import {heredocRun} from './heredoc.js';
import {absPath, dirOf} from './paths.js';
import {runStep, type StageState} from './run-step.js';
import {execForm, expandVars, keyValues, splitWords, type Vars} from './words.js';
import {historyEntry} from './history.js';

/** One numbered vertex of BuildKit's progress (`#6 [2/4] WORKDIR /app`). */
export interface Vertex {
	readonly name: string;
	readonly cached: boolean;
	/** What the step's process printed (RUN), line by line. */
	readonly output: readonly string[];
	/** The vertex's own error line (`#6 ERROR: ...`) when the build stopped there. */
	readonly error?: string;
	/** Lines of the Dockerfile the step came from. */
	readonly startLine: number;
	readonly endLine: number;
	/** A stage's FROM: BuildKit reports it CACHED only when a later step had to run on it. */
	readonly from?: boolean;
}

export interface BuildInput {
	readonly parsed: ParsedDockerfile;
	/** The images on the host, by `repo:tag`. */
	readonly images: Readonly<Record<string, Image>>;
	/** The context after .dockerignore. */
	readonly context: ContextFiles;
	readonly buildArgs: Readonly<Record<string, string>>;
	readonly target?: string;
	/** Steps this host's builder already ran: cache key -> when (a cached layer keeps its time). */
	readonly cache: ReadonlyMap<string, number>;
	/** The simulated clock: when new layers are made. */
	readonly now: number;
}

export interface BuildOutput {
	/** Base images whose metadata was loaded, as BuildKit names them (`docker.io/library/alpine:latest`). */
	readonly bases: string[];
	readonly vertices: Vertex[];
	/** The final failure (`ERROR: failed to solve: ...`) with the lines it points at. */
	readonly failure?: {message: string; startLine?: number; endLine?: number};
	/** The image config when the build succeeded (no name, id or created yet). */
	readonly image?: Omit<Image, 'name' | 'created'>;
	/** Cache keys of every step of the build -> when that layer was made. */
	readonly cacheKeys: Record<string, number>;
	/** The image's Created: its last layer's time (a rebuild from cache keeps it; no layer keeps the base's). */
	readonly created?: number;
	/** A COPY/ADD reads the context: BuildKit loads it right after the first FROM. */
	readonly needsContext?: boolean;
	/** The context files COPY/ADD sources named (only those are sent), relative path -> content. */
	readonly sent?: Record<string, string>;
	/** Of those, the ones the builder already has: fsutil sends only their stat record. */
	readonly resent?: string[];
}

interface Stage {
	name?: string;
	base?: Image;
	baseRef: string;
	state: StageState;
	config: {entrypoint: string[] | null; cmd: string[]; exposed: string[]; user?: string; labels: Record<string, string>; healthcheck?: string[]; healthOptions?: Omit<HealthConfig, 'test'>; shell: string[]};
	args: Record<string, string>;
	cmdSet: boolean;
	argsEscaped: boolean;
	key: string;
	created: number;
	instructions: Instruction[];
	fromLine: number;
	/** `docker history` entries so far, the base image's first. */
	history: ImageHistory[];
}

function familiar(ref: string): string {
	return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

function env(state: StageState): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of state.env) {
		const eq = e.indexOf('=');
		if (eq > 0) out[e.slice(0, eq)] = e.slice(eq + 1);
	}
	return out;
}

function setEnv(list: string[], k: string, v: string): string[] {
	const i = list.findIndex((e) => e.startsWith(`${k}=`));
	const next = [...list];
	if (i >= 0) next[i] = `${k}=${v}`;
	else next.push(`${k}=${v}`);
	return next;
}

function exposeKeys(spec: string): string[] {
	const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(spec);
	if (!m) throw new DockerfileError(`invalid containerPort: ${spec.split('/')[0]}`);
	const proto = (m[3] ?? 'tcp').toLowerCase();
	const lo = Number(m[1]);
	const hi = m[2] ? Number(m[2]) : lo;
	const out: string[] = [];
	for (let p = lo; p <= hi && out.length < 65536; p++) out.push(`${p}/${proto}`);
	return out;
}

/** Argument counts BuildKit checks while parsing, before anything runs. */
function validate(ins: Instruction): void {
	const fail = (msg: string) => {
		throw new DockerfileError(msg, ins.startLine, ins.endLine, true);
	};
	const n = splitWords(ins.args, {}).length;
	switch (ins.keyword) {
		case 'FROM':
			if (n !== 1 && !(n === 3 && /^as$/i.test(splitWords(ins.args, {})[1]))) fail('FROM requires either one or three arguments');
			break;
		case 'COPY':
		case 'ADD':
			if (execForm(ins.args)?.length === 1 || (execForm(ins.args) === undefined && n === 1)) fail(`${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined`);
			if (n === 0) fail(`${ins.keyword} requires at least two arguments`);
			break;
		case 'WORKDIR':
			if (n !== 1) fail('WORKDIR requires exactly one argument');
			break;
		case 'USER':
			if (n !== 1) fail('USER requires exactly one argument');
			break;
		case 'ENV':
		case 'LABEL':
		case 'EXPOSE':
		case 'RUN':
		case 'ARG':
		case 'VOLUME':
		case 'STOPSIGNAL':
		case 'HEALTHCHECK':
			if (n === 0 && ins.args.trim() === '') fail(`${ins.keyword} requires at least one argument`);
			break;
		default:
			break;
	}
	if (ins.keyword === 'ENV' && keyValues(ins.args, {}, '\\', true) === undefined) throw new DockerfileError('ENV must have two arguments', ins.startLine, ins.endLine);
}

/** Splits the instructions into stages; ARGs before the first FROM are global. */
function splitStages(parsed: ParsedDockerfile): {globals: Instruction[]; stages: Instruction[][]} {
	const globals: Instruction[] = [];
	const stages: Instruction[][] = [];
	for (const ins of parsed.instructions) {
		validate(ins);
		if (ins.keyword === 'FROM') stages.push([ins]);
		else if (stages.length === 0) {
			if (ins.keyword !== 'ARG') throw new DockerfileError('no build stage in current context', ins.startLine, ins.endLine);
			globals.push(ins);
		} else stages[stages.length - 1].push(ins);
	}
	if (stages.length === 0) throw new DockerfileError('no build stage in current context', 1, 1);
	return {globals, stages};
}

function startStage(ins: Instruction[], vars: Vars, images: Readonly<Record<string, Image>>, done: Stage[]): Stage | {missing: string; ref: string; line: number} {
	const from = ins[0];
	const words = splitWords(from.args, vars);
	const ref = words[0];
	const name = words.length === 3 ? words[2].toLowerCase() : undefined;
	const prior = done.find((s) => s.name === ref.toLowerCase());
	const scratch = ref === 'scratch';
	const key = scratch || prior ? '' : normalizeRef(ref);
	const base = prior ? undefined : scratch ? undefined : images[key];
	if (!prior && !scratch && !base) return {missing: key, ref, line: from.startLine};
	const state: StageState = prior
		? {...prior.state}
		: {
				tools: base ? [...base.tools] : [],
				files: {...(base?.files ?? {})},
				dirs: [...(base?.dirs ?? [])],
				packages: [...(base?.packages ?? [])],
				env: base ? [...base.env] : [],
				workingDir: base?.workingDir ?? '',
				flavour: base?.flavour ?? 'busybox',
				...(base?.libc ? {libc: base.libc} : {}),
			};
	const config = prior
		? {...prior.config, labels: {...prior.config.labels}}
		: {
				entrypoint: base?.entrypoint ?? null,
				cmd: base?.cmd ?? [],
				exposed: [...(base?.exposedPorts ?? [])],
				...(base?.user ? {user: base.user} : {}),
				labels: {...(base?.labels ?? {})},
				...(base?.healthcheck ? {healthcheck: [...base.healthcheck]} : {}),
				...(base?.healthOptions ? {healthOptions: {...base.healthOptions}} : {}),
				shell: ['/bin/sh', '-c'],
			};
	return {
		name,
		base: prior ? prior.base : base,
		baseRef: prior ? prior.baseRef : key,
		state,
		config,
		args: {},
		cmdSet: false,
		argsEscaped: prior?.argsEscaped ?? base?.argsEscaped ?? false,
		key: prior ? prior.key : `from:${base?.id ?? 'scratch'}`,
		created: prior ? prior.created : (base?.created ?? 0),
		instructions: ins,
		fromLine: from.startLine,
		history: prior ? [...prior.history] : [...(base?.history ?? (base ? [{createdBy: '', size: 0, comment: '', created: base.created, emptyLayer: false}] : []))].map((h, i, all) => (i === all.length - 1 && base ? {...h, imageId: base.id} : h)),
	};
}

/** The files a COPY/ADD puts in the stage, or the source it could not find. */
function copy(stage: Stage, ins: Instruction, vars: Vars, context: ContextFiles, stages: Stage[], images: Readonly<Record<string, Image>>, sent: Record<string, string>): {files: Record<string, string>; dirs: string[]} | {missing: string} {
	const words = execForm(ins.args)?.map((w) => expandVars(w, vars)) ?? splitWords(ins.args, vars);
	const destRaw = words[words.length - 1];
	const dest = absPath(stage.state.workingDir || '/', destRaw);
	const srcs = words.slice(0, -1);
	const fromName = ins.flags.from;
	let source: ContextFiles = context;
	let fromRoot = false;
	if (fromName !== undefined) {
		const other = stages.find((s) => s.name === fromName.toLowerCase()) ?? (/^\d+$/.test(fromName) ? stages[Number(fromName)] : undefined);
		const image = other ? undefined : images[normalizeRef(fromName)];
		const files = other?.state.files ?? image?.files ?? {};
		source = Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(1), v]));
		fromRoot = true;
	}
	const intoDir = destRaw.endsWith('/') || srcs.length > 1 || destRaw === '.';
	const out: Record<string, string> = {};
	for (const src of srcs) {
		const hits = matchSource(source, fromRoot ? absPath(stage.state.workingDir || '/', src).slice(1) : src);
		if (!hits) return {missing: absPath('/', src)};
		const whole = hits.length === 1 && hits[0].path === absPath('/', src).slice(1);
		if (!fromRoot) for (const h of hits) sent[h.path] = source[h.path];
		for (const h of hits) out[whole && !intoDir ? dest : `${dest === '/' ? '' : dest}/${h.rel}`] = source[h.path];
	}
	return {files: out, dirs: [dest]};
}

function healthcheck(args: string): string[] | undefined {
	const t = args.trim();
	if (/^none$/i.test(t)) return ['NONE'];
	const m = /^cmd\s+([\s\S]*)$/i.exec(t);
	if (!m) return undefined;
	const exec = execForm(m[1]);
	return exec ? ['CMD', ...exec] : ['CMD-SHELL', m[1].trim()];
}

/** HEALTHCHECK's flags, those given and valid (durations as Go parses them). */
function healthOptions(flags: Readonly<Record<string, string>>): Omit<HealthConfig, 'test'> | undefined {
	const out: {interval?: number; timeout?: number; startPeriod?: number; startInterval?: number; retries?: number} = {};
	const keys = [['interval', 'interval'], ['timeout', 'timeout'], ['start-period', 'startPeriod'], ['start-interval', 'startInterval']] as const;
	for (const [flag, key] of keys) {
		const ms = Object.hasOwn(flags, flag) ? parseGoDuration(flags[flag]) : undefined;
		if (ms !== undefined && ms > 0) out[key] = ms;
	}
	if (Object.hasOwn(flags, 'retries') && /^\d+$/.test(flags.retries) && Number(flags.retries) > 0) out.retries = Number(flags.retries);
	return Object.keys(out).length > 0 ? out : undefined;
}

const LAYER = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function evaluateBuild(input: BuildInput): BuildOutput {
	const {globals, stages: groups} = splitStages(input.parsed);
	const globalArgs: Record<string, string> = {};
	for (const ins of globals) for (const [k, v] of argDecl(ins.args)) globalArgs[k] = input.buildArgs[k] ?? v ?? '';
	const done: Stage[] = [];
	const vertices: Vertex[] = [];
	const bases: string[] = [];
	const cacheKeys: Record<string, number> = {};
	/** A layer step: cached when the builder has its key; the stage's time becomes the layer's. */
	const layer = (stage: Stage, key: string): boolean => {
		const at = input.cache.get(key);
		cacheKeys[key] = at ?? input.now;
		stage.created = at ?? input.now;
		return at !== undefined;
	};
	let lastIndex = groups.length - 1;
	if (input.target !== undefined) {
		lastIndex = groups.findIndex((g) => splitWords(g[0].args, globalArgs)[2]?.toLowerCase() === input.target!.toLowerCase());
		if (lastIndex === -1) return {bases, vertices, cacheKeys, failure: {message: `target stage "${input.target}" could not be found`}};
	}
	const multi = lastIndex > 0;
	const sent: Record<string, string> = {};
	const needsContext = groups.slice(0, lastIndex + 1).some((g) => g.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags.from === undefined && !i.heredocs?.length));
	const out = {bases, vertices, cacheKeys, needsContext, sent};
	for (let si = 0; si <= lastIndex; si++) {
		const started = startStage(groups[si], globalArgs, input.images, done);
		if ('missing' in started) {
			bases.push(familiar(started.missing));
			return {...out, failure: {message: `MISSING:${started.ref}:${familiar(started.missing)}`, startLine: started.line, endLine: started.line}};
		}
		const stage = started;
		if (stage.baseRef && !bases.includes(familiar(stage.baseRef))) bases.push(familiar(stage.baseRef));
		const layered = stage.instructions.filter((i) => LAYER.has(i.keyword)).length + 1;
		const label = (n: number) => (multi ? `[${stage.name ?? `stage-${si}`} ${n}/${layered}]` : `[${n}/${layered}]`);
		let n = 1;
		if (stage.baseRef) {
			vertices.push({name: `${label(n)} FROM ${familiar(stage.baseRef)}`, cached: input.cache.has(stage.key), output: [], startLine: stage.fromLine, endLine: stage.fromLine, from: true});
			cacheKeys[stage.key] = input.cache.get(stage.key) ?? input.now;
		}
		let vars: Vars = {};
		let varsFor: string[] | undefined;
		let varsArgs: Record<string, string> | undefined;
		for (const ins of stage.instructions.slice(1)) {
			// The variables change only with ARG and ENV: reuse them while neither ran.
			if (varsFor !== stage.state.env || varsArgs !== stage.args) {
				vars = {...globalArgs, ...stage.args, ...env(stage.state)};
				varsFor = stage.state.env;
				varsArgs = {...stage.args};
				stage.args = varsArgs;
			}
			const failAt = (message: string, error: string, output: string[] = [], v?: Partial<Vertex>): BuildOutput => {
				vertices.push({name: `${label(n + 1)} ${ins.keyword} ${v?.name ?? ins.rest}`, cached: false, output, error, startLine: ins.startLine, endLine: ins.endLine});
				return {...out, failure: {message, startLine: ins.startLine, endLine: ins.endLine}};
			};
			const filesBefore = stage.state.files;
			try {
				switch (ins.keyword) {
					case 'ARG':
						stage.args = {...stage.args};
						for (const [k, v] of argDecl(ins.args)) stage.args[k] = input.buildArgs[k] ?? v ?? globalArgs[k] ?? '';
						continue;
					case 'ENV': {
						let list = stage.state.env;
						for (const [k, v] of keyValues(ins.args, vars, input.parsed.escape, true) ?? []) list = setEnv(list, k, v);
						stage.state = {...stage.state, env: list};
						continue;
					}
					case 'LABEL':
						for (const [k, v] of keyValues(ins.args, vars, input.parsed.escape, false) ?? []) stage.config.labels[k] = v;
						continue;
					case 'EXPOSE':
						for (const w of splitWords(ins.args, vars)) stage.config.exposed.push(...exposeKeys(w));
						continue;
					case 'USER':
						stage.config.user = splitWords(ins.args, vars)[0];
						continue;
					case 'CMD':
						stage.config.cmd = execForm(ins.args) ?? [...stage.config.shell, ins.args.trim()];
						stage.cmdSet = true;
						stage.argsEscaped = true;
						continue;
					case 'ENTRYPOINT':
						stage.config.entrypoint = execForm(ins.args) ?? [...stage.config.shell, ins.args.trim()];
						if (!stage.cmdSet) stage.config.cmd = [];
						stage.argsEscaped = true;
						continue;
					case 'SHELL':
						stage.config.shell = execForm(ins.args) ?? stage.config.shell;
						continue;
					case 'HEALTHCHECK': {
						const test = healthcheck(ins.args);
						if (test) {
							stage.config.healthcheck = test;
							// A new HEALTHCHECK replaces the base's whole config, timings too.
							const options = healthOptions(ins.flags);
							if (options && test[0] !== 'NONE') stage.config.healthOptions = options;
							else delete stage.config.healthOptions;
						}
						continue;
					}
					case 'WORKDIR': {
						const dir = absPath(stage.state.workingDir || '/', splitWords(ins.args, vars)[0] ?? '/');
						stage.state = {...stage.state, workingDir: dir, dirs: stage.state.dirs.includes(dir) ? stage.state.dirs : [...stage.state.dirs, dir]};
						break;
					}
					case 'COPY':
					case 'ADD': {
						if (ins.heredocs?.length) {
							// `COPY <<EOF /path`: the body becomes the file (BuildKit first prepares the inline document).
							const words = splitWords(ins.args.replace(/<<-?(["']?)(\w+)\1/g, ''), vars);
							const dest = words[words.length - 1] ?? '.';
							const base = absPath(stage.state.workingDir || '/', dest);
							const files: Record<string, string> = {};
							for (const h of ins.heredocs) files[dest.endsWith('/') ? `${base === '/' ? '' : base}/${h.word}` : base] = h.body;
							stage.state = {...stage.state, files: {...stage.state.files, ...files}};
							stage.key = digest64(`${stage.key}\n${ins.keyword} ${ins.rest}\n${JSON.stringify(files)}`);
							vertices.push({name: '[internal] preparing inline document', cached: false, output: [], startLine: ins.startLine, endLine: ins.endLine});
							vertices.push({name: `${label(++n)} ${ins.keyword} ${expandVars(ins.rest, vars)}`, cached: layer(stage, stage.key), output: [], startLine: ins.startLine, endLine: ins.endLine});
							continue;
						}
						const got = copy(stage, ins, vars, input.context, done, input.images, sent);
						if ('missing' in got) {
							const why = `failed to calculate checksum of ref ${contextRef(ins.rest)}: "${got.missing}": not found`;
							return failAt(`failed to compute cache key: ${why}`, why, [], {name: expandVars(ins.rest, vars)});
						}
						const files = {...stage.state.files, ...got.files};
						stage.state = {...stage.state, files};
						stage.key = digest64(`${stage.key}\n${ins.keyword} ${ins.rest}\n${JSON.stringify(got.files)}`);
						vertices.push({name: `${label(++n)} ${ins.keyword} ${expandVars(ins.rest, vars)}`, cached: layer(stage, stage.key), output: [], startLine: ins.startLine, endLine: ins.endLine});
						continue;
					}
					case 'RUN': {
						const doc = ins.heredocs?.length ? heredocRun(ins.args, ins.heredocs) : undefined;
						const exec = doc ? undefined : execForm(ins.args);
						const argv = doc ? [...stage.config.shell, doc.script] : (exec ?? [...stage.config.shell, ins.args]);
						const key = digest64(`${stage.key}\nRUN ${JSON.stringify(argv)}\n${JSON.stringify(input.buildArgs)}`);
						const cached = input.cache.has(key);
						const seen = input.cache.get(key);
						const r = runStep(argv, stage.state, {...globalArgs, ...stage.args});
						// BuildKit names a shell-form step with the build args substituted.
						const shown = doc ? doc.name : exec ? ins.args : expandVars(ins.args, {...globalArgs, ...stage.args});
						if (r.exitCode !== 0) {
							const proc = `process "${argv.join(' ')}" did not complete successfully: exit code: ${r.exitCode}`;
							return failAt(proc, proc, r.output, {name: shown});
						}
						stage.state = r.state;
						stage.key = key;
						layer(stage, key);
						vertices.push({name: `${label(++n)} RUN ${shown}`, cached: seen !== undefined, output: cached ? [] : r.output, startLine: ins.startLine, endLine: ins.endLine});
						continue;
					}
					default:
						continue;
				}
				// WORKDIR falls through to here: a layer of its own.
				stage.key = digest64(`${stage.key}\n${ins.keyword} ${stage.state.workingDir}`);
				vertices.push({name: `${label(++n)} ${ins.keyword} ${expandVars(ins.rest, vars)}`, cached: layer(stage, stage.key), output: [], startLine: ins.startLine, endLine: ins.endLine});
			} finally {
				// Every step that ran (each `continue` comes through here) is a history entry.
				stage.history.push(historyStep(ins, vars, stage, filesBefore, input.now));
			}
		}
		done.push(stage);
	}
	const last = done[done.length - 1];
	const base = last.base;
	const dirs = [...new Set(last.state.dirs.filter((d) => d !== '/' && dirOf(d) !== d))];
	const image: Omit<Image, 'name' | 'created'> = {
		id: digest64(`image:${last.key}:${JSON.stringify(last.config)}:${JSON.stringify(last.state.env)}:${last.state.workingDir}`),
		entrypoint: last.config.entrypoint,
		cmd: last.config.cmd,
		exposedPorts: [...new Set(last.config.exposed)],
		env: last.state.env,
		workingDir: last.state.workingDir,
		tools: last.state.tools,
		size: base?.size ?? '0B',
		flavour: last.state.flavour,
		...(last.state.libc ? {libc: last.state.libc} : {}),
		...(Object.keys(last.state.files).length > 0 ? {files: last.state.files} : {}),
		...(dirs.length > 0 ? {dirs} : {}),
		...(last.config.user ? {user: last.config.user} : {}),
		...(Object.keys(last.config.labels).length > 0 ? {labels: last.config.labels} : {}),
		...(last.config.healthcheck ? {healthcheck: last.config.healthcheck} : {}),
		...(last.config.healthOptions ? {healthOptions: last.config.healthOptions} : {}),
		...(last.state.packages.length > 0 ? {packages: last.state.packages} : {}),
		...(base?.response !== undefined ? {response: base.response} : {}),
		...(base?.listens ? {listens: base.listens} : {}),
		built: true,
		history: last.history,
		...(last.argsEscaped ? {argsEscaped: true} : {}),
	};
	const resent: string[] = [];
	for (const [path, content] of Object.entries(sent)) {
		const key = `ctx:${path}:${digest64(content)}`;
		if (input.cache.has(key)) resent.push(path);
		cacheKeys[key] = input.now;
	}
	return {...out, image, created: last.created, resent};
}

/** The session ref BuildKit names when a COPY source is missing (a uuid and a 25-character id; differs per run). */
function contextRef(seed: string): string {
	const h = digest64(`ref:${seed}`);
	const b36 = digest64(`ctx:${seed}`).replace(/[0-9a-f]{2}/g, (x) => (parseInt(x, 16) % 36).toString(36)).slice(0, 25);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}::${b36}`;
}

/** `ARG NAME[=default] ...` */
function argDecl(args: string): [string, string | undefined][] {
	return splitWords(args, {}).map((w) => {
		const eq = w.indexOf('=');
		return eq > 0 ? [w.slice(0, eq), w.slice(eq + 1)] : [w, undefined];
	});
}

/** The history entry of one instruction that ran in a stage. */
function historyStep(ins: Instruction, vars: Vars, stage: Stage, filesBefore: Readonly<Record<string, string>>, now: number): ImageHistory {
	const pairs = ins.keyword === 'ENV' || ins.keyword === 'LABEL' ? keyValues(ins.args, vars, '\\', ins.keyword === 'ENV') : undefined;
	const words = pairs ? pairs.map(([k, v]) => `${k}=${v}`) : splitWords(ins.args, vars);
	const ports = ins.keyword === 'EXPOSE' ? words.flatMap((w) => (/^\d+(-\d+)?(\/\w+)?$/.test(w) ? exposeKeys(w) : [])) : undefined;
	let size = 0;
	for (const [path, content] of Object.entries(stage.state.files)) if (filesBefore[path] !== content) size += new TextEncoder().encode(content).length;
	return historyEntry({keyword: ins.keyword, args: ins.args, words, shell: stage.config.shell, ...(ports ? {ports} : {})}, size, now);
}
