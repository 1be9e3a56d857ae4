// Grades every student, on as many threads as there are cores (worker_threads): each student's
// replay is independent, so a class of 30 takes about 1/cores of the time. From src/ (the tests)
// there is no bundled worker file, and grading runs in this thread, with the same results.
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import {Worker} from 'node:worker_threads';
import {packageRoot} from '../levels/index.js';
import {isBundle} from '../levels/precompiled.js';
import type {Level} from '../levels/schema.js';
import {gradeStudent, type StudentGrade} from './grade-student.js';
import type {Submission} from './submission.js';

/** dist/grade-worker.js of the bundled game, or undefined when running from src/. */
export function bundledWorkerFile(): string | undefined {
	if (!isBundle()) return undefined;
	try {
		const file = join(packageRoot(), 'dist', 'grade-worker.js');
		return existsSync(file) ? file : undefined;
	} catch {
		return undefined;
	}
}

export interface PoolOptions {
	/** The worker script; without one, grading runs in this thread. */
	readonly workerFile?: string;
	/** Threads to use (default: the machine's cores). */
	readonly threads?: number;
}

export async function gradeAll(levels: readonly Level[], hashes: Readonly<Record<string, string>>, submissions: readonly Submission[], options: PoolOptions = {}): Promise<StudentGrade[]> {
	const threads = Math.min(options.threads ?? availableParallelism(), submissions.length);
	if (!options.workerFile || threads < 2) return submissions.map((s) => gradeStudent(levels, s, hashes));
	const results: StudentGrade[] = new Array(submissions.length);
	let next = 0;
	const workers = Array.from({length: threads}, () => new Worker(options.workerFile!, {workerData: {levels, hashes}}));
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const feed = () => {
							if (next >= submissions.length) return resolve();
							const index = next++;
							worker.postMessage({index, submission: submissions[index]});
						};
						worker.on('message', (m: {index: number; grade: StudentGrade}) => {
							results[m.index] = m.grade;
							feed();
						});
						worker.once('error', reject);
						worker.once('exit', (code) => (next < submissions.length || results.includes(undefined as never) ? reject(new Error(`a grading thread stopped (exit status ${code})`)) : resolve()));
						feed();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results;
}
