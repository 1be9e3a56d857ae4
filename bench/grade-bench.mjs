// Class grading (issue 18): 30 students, each with a folder of solutions for every built-in level
// (every third student's solutions miss their last line, so a third fail), graded by the built game
// with `netdojo grade all DIR --json`, on one thread and on every core. Prints figures; asserts nothing.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function gradeBench() {
	const dir = mkdtempSync(join(tmpdir(), 'netdojo-grade-bench-'));
	try {
		const levels = [];
		for (const pack of readdirSync(join(root, 'levels'))) {
			for (const file of readdirSync(join(root, 'levels', pack))) {
				if (file.startsWith('pack.')) continue;
				levels.push(parse(readFileSync(join(root, 'levels', pack, file), 'utf8')));
			}
		}
		for (let i = 1; i <= 30; i++) {
			const student = join(dir, `student-${String(i).padStart(2, '0')}`);
			mkdirSync(student);
			for (const level of levels) {
				const lines = i % 3 === 0 ? ['docker ps', ...level.solution.slice(0, -1)] : level.solution;
				writeFileSync(join(student, `${level.id}.txt`), `${lines.join('\n')}\n`);
			}
		}
		console.log(`Class grading: 30 students x ${levels.length} built-in levels (netdojo grade all DIR --json)`);
		for (const threads of [1, availableParallelism()]) {
			const started = performance.now();
			const r = spawnSync(process.execPath, [join(root, 'bin/netdojo.js'), 'grade', 'all', dir, '--json'], {encoding: 'utf8', env: {...process.env, NETDOJO_GRADE_THREADS: String(threads)}, maxBuffer: 64 * 1024 * 1024});
			const ms = performance.now() - started;
			// Exit 0 or 1 with a report; anything else (no dist/: run `npm run bench`, which builds) is shown as it is.
			const report = (r.status === 1 || r.status === 0) && r.stdout.trim() !== '' ? JSON.parse(r.stdout) : undefined;
			const solved = report ? report.students.filter((s) => s.levels.every((l) => l.solved)).length : `none (${(r.stderr || String(r.error ?? '')).trim().split('\n')[0]})`;
			console.log(`  ${threads} thread${threads === 1 ? ' ' : 's'}: ${(ms / 1000).toFixed(1)} s wall, exit ${r.status}, ${solved} of 30 solved everything`);
		}
		console.log('target: < 30 s for the class on this machine (both cores)');
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}
