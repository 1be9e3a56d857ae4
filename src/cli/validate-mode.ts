// `netdojo validate [PATH...]`: schema and reference checks, then each level's setup and reference
// solution played. Exit 0 all valid, 1 a problem found, 2 a PATH that cannot be read.
import {existsSync, realpathSync} from 'node:fs';
import {formatLevelError, loadPacks, validateLevels, builtinLevelsDir, type LevelError, type Level, type Pack} from '../levels/index.js';
import type {Options} from './args.js';
import {checkLevelsDirs} from './catalog.js';
import {plural} from './plural.js';
import {playSolution} from '../game/play-solution.js';

function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}

/** What went wrong in a failed line, on one line: Docker's own error lines, without the "See --help" tail. */
function failureText(stderr: string, exitCode?: number): string {
	const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !/^(See|Run) '[^']*--help'/.test(l));
	const text = lines.join(' ');
	if (text === '') return exitCode !== undefined ? `exit status ${exitCode}` : 'it failed';
	return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

/** setupProblems name the line; the index is found by walking world.setup in order (problems come in that order). */
function setupFailures(level: Level, problems: readonly {line: string; stderr: string}[]): {index: number; message: string}[] {
	const out: {index: number; message: string}[] = [];
	let next = 0;
	for (const problem of problems) {
		let index = level.world.setup.indexOf(problem.line, next);
		if (index === -1) index = Math.max(0, level.world.setup.indexOf(problem.line));
		next = index + 1;
		out.push({index, message: `"${problem.line}": ${failureText(problem.stderr)}`});
	}
	return out;
}

/**
 * Level and pack ids in `packs` that a loaded pack (built-in or --levels) already uses: loaded
 * together, the later one is skipped at play time, so validate says so now.
 */
function idClashes(packs: readonly Pack[], context: readonly string[]): LevelError[] {
	const errors: LevelError[] = [];
	const loaded = loadPacks(context);
	const levelFile = new Map<string, string>();
	const packDir = new Map<string, string>();
	for (const pack of loaded.packs) {
		packDir.set(pack.id, pack.dir);
		pack.levels.forEach((level, i) => levelFile.set(level.id, pack.sources[i]?.file ?? pack.dir));
	}
	for (const pack of packs) {
		const otherDir = packDir.get(pack.id);
		if (otherDir !== undefined && realPath(otherDir) !== realPath(pack.dir)) {
			errors.push({file: pack.dir, line: 0, column: 0, path: '', message: `pack id "${pack.id}" is already used by ${otherDir}; loaded together with it, this pack would be skipped`});
		}
		pack.levels.forEach((level, i) => {
			const source = pack.sources[i];
			const other = levelFile.get(level.id);
			if (!source || other === undefined || realPath(other) === realPath(source.file)) return;
			const {line, column} = source.locate(['id']);
			errors.push({file: source.file, line, column, path: 'id', message: `level id "${level.id}" is already used by ${other}; loaded together with it, this level would be skipped`});
		});
	}
	return errors;
}

export async function validateMode(options: Options): Promise<number> {
	const missing = options.positionals.find((p) => !existsSync(p));
	if (missing !== undefined) {
		process.stderr.write(`netdojo validate: cannot read ${missing}: no such file or folder\n`);
		return 2;
	}
	checkLevelsDirs(options.levelsDirs);
	const context = [builtinLevelsDir(), ...options.levelsDirs];
	const paths = options.positionals.length > 0 ? options.positionals : context;
	const {packs, errors} = loadPacks(paths);
	const clashes = options.positionals.length > 0 ? idClashes(packs, context) : [];
	const playErrors = validateLevels(packs, {
		solve: (level) => {
			const r = playSolution(level, level.solution);
			const unmet = r.goals.filter((g) => !g.met).map((g) => `goal "${g.id}" is not met (${g.detail})`);
			return {solved: r.solved, detail: unmet.join('; ') || 'solved', setupFailures: setupFailures(level, r.setupProblems)};
		},
	});
	const all = [...errors, ...clashes, ...playErrors];
	for (const e of all) process.stderr.write(`${formatLevelError(e)}\n`);
	const count = packs.reduce((n, p) => n + p.levels.length, 0);
	if (options.json) {
		process.stdout.write(`${JSON.stringify({levels: count, errors: all}, null, 2)}\n`);
	} else {
		process.stdout.write(
			all.length === 0 ? `${plural(count, 'level')} in ${plural(packs.length, 'pack')}: all valid\n` : `${plural(count, 'level')} loaded; ${plural(all.length, 'problem')}\n`,
		);
	}
	return all.length === 0 ? 0 : 1;
}
