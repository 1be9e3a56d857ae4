// Preloaded (node --import) into the game by bench/startup.mjs: appends one line per write to
// stdout to the file in NETDOJO_BENCH_WRITES ("<ms since start> <bytes> <erased lines>"), and the
// process id first, so the bench can count frames per keystroke and read the peak RSS.
import {appendFileSync} from 'node:fs';

const log = process.env.NETDOJO_BENCH_WRITES;
if (log) {
	appendFileSync(log, `pid ${process.pid}\n`);
	const write = process.stdout.write;
	process.stdout.write = function (chunk, ...rest) {
		const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
		const erased = text.split('\u001B[2K').length - 1;
		appendFileSync(log, `${performance.now().toFixed(3)} ${Buffer.byteLength(text)} ${erased}\n`);
		return write.call(this, chunk, ...rest);
	};
}
