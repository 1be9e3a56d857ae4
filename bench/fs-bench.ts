// A host file system holding 1,000 files (the level's ~/app plus what a learner makes): the heap
// it retains, measured after a full GC in a process started with --expose-gc, and how long
// building it and listing it take. Target: under 10 MB retained.
import {createWorld, hostFs, PLAYER_APP_DIR} from '../src/engine/index.js';
import {Session} from '../src/shell/session.js';

/** A small source file of about 400 bytes, different for each i (as real files are). */
function content(i: number): string {
	return `# file ${i}\nfrom flask import Flask\napp = Flask(__name__)\n\n@app.route("/item/${i}")\ndef item_${i}():\n    return {"id": ${i}, "name": "item ${i}", "tags": ["a", "b", "c"]}\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=${5000 + (i % 100)})\n${'#'.repeat(i % 97)}\n`;
}

function heapAfterGc(): number {
	const gc = (globalThis as {gc?: () => void}).gc;
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

export function run(): {files: number; contentBytes: number; retainedMB: number; gcExposed: boolean; buildMs: number; lsMs: number; writeMs: number} {
	// Measured from before the texts exist: the tree holds them, the input map is dropped.
	const before = heapAfterGc();
	let files: Record<string, string> | undefined = {};
	let contentBytes = 0;
	// 1,000 files in 50 folders of 20, two levels deep.
	for (let i = 0; i < 1000; i++) {
		const text = content(i);
		files[`pkg${Math.floor(i / 100)}/mod${Math.floor(i / 20) % 5}/file${i}.py`] = text;
		contentBytes += text.length;
	}
	const count = Object.keys(files).length;
	const t0 = performance.now();
	const world = createWorld({seed: 1, files});
	const buildMs = performance.now() - t0;
	files = undefined;
	const after = heapAfterGc();
	// Keep the world alive past the measurement.
	const root = hostFs(world, world.hostOrder[0]);
	const session = new Session(world);
	const t1 = performance.now();
	for (let i = 0; i < 20; i++) session.run(`ls -la ${PLAYER_APP_DIR}/pkg${i % 10}/mod0`);
	const lsMs = (performance.now() - t1) / 20;
	const t2 = performance.now();
	for (let i = 0; i < 100; i++) session.run(`echo line ${i} >> ${PLAYER_APP_DIR}/pkg0/mod0/file0.py`);
	const writeMs = (performance.now() - t2) / 100;
	return {files: count + (root ? 0 : 0), contentBytes, retainedMB: (after - before) / 1024 / 1024, gcExposed: typeof (globalThis as {gc?: unknown}).gc === 'function', buildMs, lsMs, writeMs};
}
