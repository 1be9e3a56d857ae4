// `netdojo validate [PATH...]`: schema and reference checks, then each reference solution played.
import {formatLevelError, loadPacks, validateLevels, builtinLevelsDir} from '../levels/index.js';
import type {Options} from './args.js';
import {playSolution} from '../game/play-solution.js';

export async function validateMode(options: Options): Promise<number> {
	const paths = options.positionals.length > 0 ? options.positionals : [builtinLevelsDir(), ...options.levelsDirs];
	const {packs, errors} = loadPacks(paths);
	const playErrors = validateLevels(packs, {
		solve: (level) => {
			const r = playSolution(level, level.solution);
			const setup = r.setupProblems.map((p) => `setup line "${p.line}" failed: ${p.stderr.trim()}`);
			const unmet = r.goals.filter((g) => !g.met).map((g) => `goal "${g.id}" is not met (${g.detail})`);
			return {solved: r.solved, detail: [...setup, ...unmet].join('; ') || 'solved'};
		},
	});
	const all = [...errors, ...playErrors];
	for (const e of all) process.stderr.write(`${formatLevelError(e)}\n`);
	const count = packs.reduce((n, p) => n + p.levels.length, 0);
	if (options.json) {
		process.stdout.write(`${JSON.stringify({levels: count, errors: all}, null, 2)}\n`);
	} else {
		process.stdout.write(all.length === 0 ? `${count} levels in ${packs.length} packs: all valid\n` : `${count} levels loaded; ${all.length} problem${all.length === 1 ? '' : 's'}\n`);
	}
	return all.length === 0 ? 0 : 1;
}
