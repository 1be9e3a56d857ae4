// `netdojo build-level SCRIPT -o FILE [--solution FILE] [--seed N] [--json]`: the headless level
// builder. SCRIPT's lines build a world on a fresh simulated host; that world is the level's goal
// (SCRIPT is its reference solution), or with --solution its start (SCRIPT is the setup and the
// solution file solves it). What the interactive builder asks is read from SCRIPT's header
// comments: `# id:`, `# title:`, `# briefing:` (repeat for more lines), `# hint:` (one each) and
// `# goal: ID` for each offered probe to make a goal (`# goal: all`, `# goal: none`); without
// `# goal:` lines the probes whose answer the lines changed are taken. The offered probes are
// printed either way, and the file is checked as `validate` checks it before this says done.
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Options} from './args.js';
import {scriptLines} from '../shell/script.js';
import {buildLevel, buildWorld, defaultProbes, levelYaml, type ProbeOffer} from '../game/build-level.js';
import {parseLevel, formatLevelError} from '../levels/index.js';
import {playSolution} from '../game/play-solution.js';
import {writeFileAtomic} from '../progress/index.js';

export interface Header {
	id?: string;
	title?: string;
	briefing: string[];
	hints: string[];
	goals: string[];
}

/** The `# key: value` lines before the first command. */
export function readHeader(text: string): Header {
	const header: Header = {briefing: [], hints: [], goals: []};
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#!')) continue;
		if (!line.startsWith('#')) break;
		const m = /^#\s*(id|title|briefing|hint|goal)\s*:\s?(.*)$/i.exec(line);
		if (!m) continue;
		const key = m[1]!.toLowerCase();
		const value = m[2]!.trim();
		if (key === 'id') header.id = value;
		else if (key === 'title') header.title = value;
		else if (key === 'briefing') header.briefing.push(value);
		else if (key === 'hint') header.hints.push(value);
		else header.goals.push(...value.split(/[\s,]+/).filter((g) => g !== ''));
	}
	return header;
}

function read(file: string): {ok: true; text: string} | {ok: false; error: string} {
	try {
		return {ok: true, text: readFileSync(file, 'utf8')};
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return {ok: false, error: `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (e as Error).message}`};
	}
}

export function offerLine(o: ProbeOffer, chosen: boolean): string {
	return `  ${chosen ? '[x]' : '[ ]'} ${o.id.padEnd(28)} ${o.reachable ? 'reachable  ' : 'unreachable'}${o.reachable !== o.reachableBefore ? '  (changed)' : ''}`;
}

export async function buildLevelMode(options: Options): Promise<number> {
	const fail = (message: string, code = 2): number => {
		process.stderr.write(`netdojo build-level: ${message}\n`);
		return code;
	};
	const script = options.positionals[0];
	if (!script || !options.output || options.solutions.length > 1) return fail('usage: netdojo build-level SCRIPT -o FILE [--solution FILE] [--seed N] [--json]');
	const source = read(script);
	if (!source.ok) return fail(source.error);
	let solution: string[] | undefined;
	if (options.solutions.length === 1) {
		const s = read(options.solutions[0]!);
		if (!s.ok) return fail(s.error);
		solution = scriptLines(s.text);
	}
	const header = readHeader(source.text);
	const lines = scriptLines(source.text);
	if (lines.length === 0) return fail(`${script} has no commands to build a world with`);
	if (solution !== undefined && solution.length === 0) return fail(`${options.solutions[0]} has no commands to solve the level with`);
	const id = header.id ?? path.basename(options.output).replace(/\.ya?ml$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
	if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return fail(`"${id}" is not a level id (lowercase letters, digits and "-"); set one with "# id: NAME" in ${script}`);

	const seed = options.seed ?? 1;
	const built = buildWorld(lines, {seed, ...(solution ? {asStart: {solution}} : {})});
	for (const f of built.failures) process.stderr.write(`netdojo build-level: warning: "${f.line}" failed: ${f.stderr.trim().split('\n')[0] ?? ''}\n`);
	const wanted = new Set(header.goals);
	const unknown = [...wanted].filter((g) => g !== 'all' && g !== 'none' && !built.offers.some((o) => o.id === g));
	if (unknown.length > 0) return fail(`no probe named ${unknown.join(', ')} is offered (offered: ${built.offers.map((o) => o.id).join(', ') || 'none'})`);
	const chosen = wanted.size === 0 ? defaultProbes(built.offers) : wanted.has('all') ? built.offers : wanted.has('none') ? [] : built.offers.filter((o) => wanted.has(o.id));

	const level = buildLevel(lines, built, chosen, {
		id,
		title: header.title ?? id,
		briefing: header.briefing.length > 0 ? header.briefing.join('\n') : solution ? 'Fix this world so that every goal is met.' : 'Build this world: every goal below must be met.',
		// A level has 1 to 5 hints; without any, one that points at the tools (the builder should write better ones).
		hints: header.hints.length > 0 ? header.hints.slice(0, 5) : ['Read the goals with `goals`; `docker network ls`, `docker ps` and `docker inspect` show what the world looks like now.'],
		seed,
		...(solution ? {asStart: {solution}} : {}),
	});
	if (level.goals.length === 0) return fail('the world has nothing to make a goal of (no network, no running container, no probe chosen)', 1);
	const text = levelYaml(level);

	// The file as validate reads it: the schema, then the reference solution played.
	const parsed = parseLevel(text, options.output);
	if (!parsed.ok) {
		for (const e of parsed.errors) process.stderr.write(`${formatLevelError(e)}\n`);
		return fail('the level made does not load; nothing written', 1);
	}
	const played = playSolution(parsed.level, parsed.level.solution, seed);
	if (!played.solved) return fail(`the reference solution does not solve the level made (unmet: ${played.goals.filter((g) => !g.met).map((g) => g.id).join(', ')}); nothing written`, 1);
	if (played.solvedAt === 0) return fail('the level is solved before anything is typed (its goals hold in the start world); nothing written', 1);
	try {
		if (existsSync(options.output) && !options.json) process.stderr.write(`netdojo build-level: replacing ${options.output}\n`);
		writeFileAtomic(options.output, text);
	} catch (e) {
		return fail(`cannot write ${options.output}: ${(e as Error).message}`);
	}
	if (options.json) {
		process.stdout.write(`${JSON.stringify({file: options.output, id, goals: level.goals.map((g) => g.id), offers: built.offers.map((o) => ({id: o.id, reachable: o.reachable, changed: o.reachable !== o.reachableBefore, chosen: chosen.includes(o)}))}, null, 2)}\n`);
		return 0;
	}
	process.stdout.write(`probes offered (${built.offers.length}; choose with "# goal: ID" in ${script}):\n`);
	for (const o of built.offers) process.stdout.write(`${offerLine(o, chosen.includes(o))}\n`);
	process.stdout.write(`wrote ${options.output}: level ${id}, ${level.goals.length} goal${level.goals.length === 1 ? '' : 's'}, par ${level.par}; its reference solution solves it\n`);
	return 0;
}
