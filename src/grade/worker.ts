// A grading worker thread (scripts/build.mjs bundles it as dist/grade-worker.js): takes the levels
// once, then grades one student per message, so the pool can hand the next student to whichever
// thread is free.
import {parentPort, workerData} from 'node:worker_threads';
import type {Level} from '../levels/schema.js';
import {gradeStudent} from './grade-student.js';
import type {Submission} from './submission.js';

const {levels, hashes} = workerData as {levels: Level[]; hashes: Record<string, string>};
parentPort!.on('message', (message: {index: number; submission: Submission}) => {
	parentPort!.postMessage({index: message.index, grade: gradeStudent(levels, message.submission, hashes)});
});
