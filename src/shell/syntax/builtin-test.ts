import type {CommandResult} from '../types.js';

/** Thrown for malformed expressions; becomes exit status 2 like real `test`. */
class TestError extends Error {}

const UNARY = new Set(['-z', '-n', '-e', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

function integer(s: string): number {
	const t = s.trim();
	if (!/^[-+]?\d+$/.test(t)) throw new TestError(`invalid number '${s}'`);
	return Number(t);
}

/**
 * `test` / `[`: string and integer comparisons, -z/-n, `!`, -a/-o and parentheses.
 * File tests ask `exists`, since the filesystem belongs to the host.
 */
export function testBuiltin(argv: string[], exists: (path: string) => boolean): CommandResult {
	const name = argv[0];
	let args = argv.slice(1);
	if (name === '[') {
		if (args[args.length - 1] !== ']') return {stdout: '', stderr: '[: missing ]\n', exitCode: 2};
		args = args.slice(0, -1);
	}
	try {
		let i = 0;
		const depthLimit = 64;
		let depth = 0;
		const more = (): boolean => i < args.length;

		const primary = (): boolean => {
			let negate = false;
			while (args[i] === '!' && i + 1 < args.length) {
				negate = !negate;
				i++;
			}
			return negate !== atom();
		};
		const atom = (): boolean => {
			if (!more()) throw new TestError('argument expected');
			const a = args[i];
			if (a === '(' && i + 1 < args.length && !BINARY.has(args[i + 1])) {
				if (++depth > depthLimit) throw new TestError('expression too complex');
				i++;
				const v = orExpr();
				depth--;
				if (args[i] !== ')') throw new TestError(`')' expected`);
				i++;
				return v;
			}
			if (i + 2 < args.length && BINARY.has(args[i + 1])) {
				const op = args[i + 1];
				const b = args[i + 2];
				i += 3;
				switch (op) {
					case '=':
					case '==':
						return a === b;
					case '!=':
						return a !== b;
					case '<':
						return a < b;
					case '>':
						return a > b;
					case '-eq':
						return integer(a) === integer(b);
					case '-ne':
						return integer(a) !== integer(b);
					case '-lt':
						return integer(a) < integer(b);
					case '-le':
						return integer(a) <= integer(b);
					case '-gt':
						return integer(a) > integer(b);
					default:
						return integer(a) >= integer(b);
				}
			}
			if (UNARY.has(a) && i + 1 < args.length) {
				const v = args[i + 1];
				i += 2;
				if (a === '-z') return v === '';
				if (a === '-n') return v !== '';
				if (a === '-d') return v === '/' || v === '.';
				return exists(v);
			}
			i++;
			return a !== '';
		};
		const andExpr = (): boolean => {
			let v = primary();
			while (args[i] === '-a') {
				i++;
				const r = primary();
				v = v && r;
			}
			return v;
		};
		const orExpr = (): boolean => {
			let v = andExpr();
			while (args[i] === '-o') {
				i++;
				const r = andExpr();
				v = v || r;
			}
			return v;
		};

		if (args.length === 0) return {stdout: '', stderr: '', exitCode: 1};
		const result = orExpr();
		if (more()) throw new TestError(`${args[i]}: unknown operand`);
		return {stdout: '', stderr: '', exitCode: result ? 0 : 1};
	} catch (e) {
		if (e instanceof TestError) return {stdout: '', stderr: `sh: ${name}: ${e.message}\n`, exitCode: 2};
		throw e;
	}
}
