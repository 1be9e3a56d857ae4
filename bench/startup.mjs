// Startup and typing figures (issue 7), measured from outside the game in a pseudo-terminal.
//
// Each run starts `script` (util-linux), which gives the command a pty of 80x30, and reads what the
// pty prints through script's stdout: the clock runs from spawn until the level map is fully on
// screen (its key-help line, the last line of the frame, has arrived). `node -e` printing one word
// is measured the same way in the same run, and so is a command that is no node at all (printf),
// which is what the pty wrapper itself costs; the ratio is given raw and with that cost removed.
//
// Typing: `netdojo sandbox` in the same kind of pty, 100 `docker run` lines first, then characters
// typed one at a time at the prompt (60 ms apart, slower than Ink's 30 fps throttle). A keystroke's
// latency runs from writing the byte to the pty until the game's redraw has come back out of it (the
// end of Ink's synchronized-update block). bench/count-writes.mjs, preloaded into the game, logs
// every write to stdout, so the writes per keystroke and the lines each one erases are exact; it
// also gives the game's pid, whose VmHWM (peak RSS) is read from /proc at the end.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLS = 80;
const ROWS = 30;
const sh = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `command` in an 80x30 pty; resolves with the ms until `marker` has been printed. */
function timeToMarker(command, marker, env = {}) {
	return new Promise((resolve, reject) => {
		const home = mkdtempSync(join(tmpdir(), 'netdojo-bench-home-'));
		const wrapped = `stty cols ${COLS} rows ${ROWS}; exec ${command}`;
		const start = performance.now();
		const child = spawn('script', ['-qfec', wrapped, '/dev/null'], {
			cwd: root,
			env: {...process.env, NETDOJO_HOME: home, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env, CI: undefined},
			stdio: ['pipe', 'pipe', 'ignore'],
		});
		let out = '';
		let elapsed;
		const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
		child.stdout.on('data', (d) => {
			out += d.toString('utf8');
			if (elapsed === undefined && out.includes(marker)) {
				elapsed = performance.now() - start;
				child.stdin.write('q'); // leave the level map (nothing else reads stdin)
				setTimeout(() => child.kill('SIGTERM'), 50).unref();
			}
		});
		child.on('close', () => {
			clearTimeout(timer);
			rmSync(home, {recursive: true, force: true});
			if (elapsed === undefined) reject(new Error(`no "${marker}" from ${command}:\n${out.slice(-500)}`));
			else resolve(elapsed);
		});
	});
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function firstFrameBench(runs = 15) {
	const node = process.execPath;
	const game = [];
	const bare = [];
	const wrapper = [];
	// Interleaved, so a busy moment on the machine hits all three alike.
	for (let i = 0; i < runs; i++) {
		game.push(await timeToMarker(`bin/netdojo.js`, 'q/Esc quit'));
		bare.push(await timeToMarker(`${sh(node)} -e ${sh("process.stdout.write('ready')")}`, 'ready'));
		wrapper.push(await timeToMarker(`printf ready`, 'ready'));
	}
	return {runs, gameMs: median(game), bareMs: median(bare), wrapperMs: median(wrapper)};
}

export async function typingBench({containers = 100, keys = 60} = {}) {
	const home = mkdtempSync(join(tmpdir(), 'netdojo-bench-home-'));
	const log = join(home, 'writes.log');
	const node = process.execPath;
	const child = spawn('script', ['-qfec', `stty cols ${COLS} rows ${ROWS}; NODE_OPTIONS=--import=./bench/count-writes.mjs exec bin/netdojo.js sandbox`, '/dev/null'], {
		cwd: root,
		env: {...process.env, NETDOJO_HOME: home, NETDOJO_BENCH_WRITES: log, LANG: 'C.UTF-8', TERM: 'xterm-256color', CI: undefined},
		stdio: ['pipe', 'pipe', 'ignore'],
	});
	let out = '';
	let waiter;
	child.stdout.on('data', (d) => {
		out += d.toString('utf8');
		waiter?.();
	});
	const waitFor = (test, timeout = 20000) =>
		new Promise((resolve, reject) => {
			const t = setTimeout(() => reject(new Error(`typing bench: timed out; last output:\n${out.slice(-400)}`)), timeout);
			waiter = () => {
				if (test()) {
					clearTimeout(t);
					waiter = undefined;
					resolve(performance.now());
				}
			};
			waiter();
		});
	const logLines = () => readFileSync(log, 'utf8').trim().split('\n');
	try {
		await waitFor(() => out.includes('$ ') || out.includes('# '));
		for (let i = 0; i < containers; i++) {
			const mark = out.length;
			child.stdin.write(`docker run -d --name c${i} nginx\r`);
			// Each line answers with the container id and a fresh prompt.
			await waitFor(() => /[0-9a-f]{64}/.test(out.slice(mark)));
		}
		await sleep(300);
		const latencies = [];
		const writes = [];
		const erased = [];
		const bytes = [];
		const text = 'curl -s http://c1:80/index.html ';
		for (let k = 0; k < keys; k++) {
			const before = logLines().length;
			const mark = out.length;
			const start = performance.now();
			child.stdin.write(text[k % text.length]);
			const end = await waitFor(() => out.slice(mark).includes('\u001B[?2026l'), 2000);
			latencies.push(end - start);
			await sleep(60);
			const lines = logLines().slice(before).map((l) => l.split(' ').map(Number));
			writes.push(lines.filter(([, n]) => n > 0 && n > 12).length); // frames: writes beyond the sync marks
			erased.push(lines.reduce((n, [, , e]) => n + e, 0));
			bytes.push(lines.reduce((n, [, b]) => n + b, 0));
		}
		const pid = Number(logLines()[0].split(' ')[1]);
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
		return {
			containers,
			keys,
			medianMs: median(latencies),
			p99Ms: quantile(latencies, 0.99),
			maxMs: Math.max(...latencies),
			framesPerKey: median(writes),
			maxFramesPerKey: Math.max(...writes),
			erasedLinesPerKey: median(erased),
			bytesPerKey: median(bytes),
			peakRssMb: hwmKb / 1024,
		};
	} finally {
		child.kill('SIGKILL');
		rmSync(home, {recursive: true, force: true});
	}
}

export async function startupBench({runs = 15} = {}) {
	const f = await firstFrameBench(runs);
	const fmt = (n) => n.toFixed(1);
	const ratio = f.gameMs / f.bareMs;
	const net = (f.gameMs - f.wrapperMs) / (f.bareMs - f.wrapperMs);
	console.log('');
	console.log(`Startup: time to the level map's first frame in an ${COLS}x${ROWS} pty (script), median of ${f.runs} runs`);
	console.log(`  netdojo first frame   ${fmt(f.gameMs).padStart(7)} ms`);
	console.log(`  node -e (bare node)   ${fmt(f.bareMs).padStart(7)} ms`);
	console.log(`  pty wrapper alone     ${fmt(f.wrapperMs).padStart(7)} ms (printf)`);
	console.log(`  ratio                 ${ratio.toFixed(2).padStart(7)}   (${net.toFixed(2)} without the wrapper's cost)   target < 2`);
	const t = await typingBench();
	console.log(`Typing at the sandbox prompt with ${t.containers} containers, ${t.keys} keys 60 ms apart (keystroke to redraw, through the pty)`);
	console.log(`  latency median ${fmt(t.medianMs)} ms, p99 ${fmt(t.p99Ms)} ms, max ${fmt(t.maxMs)} ms   target p99 < 16 ms`);
	console.log(`  frames per keystroke ${t.framesPerKey} (max ${t.maxFramesPerKey}), ${t.bytesPerKey} bytes, ${t.erasedLinesPerKey} lines erased and redrawn`);
	console.log(`  peak RSS of the game ${fmt(t.peakRssMb)} MB   target < 100 MB`);
	return {...f, ratio, net, typing: t};
}

if (import.meta.url === `file://${process.argv[1]}`) await startupBench();
