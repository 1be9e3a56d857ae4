/**
 * Minimal getopt for the filters: clustered short flags (-iv), values attached or
 * separate (-n5, -n 5), `--` ends options, and options may follow operands
 * (friendlier than strict POSIX, matches what people type).
 */
export interface Options {
	/** Flags seen, in order; a flag given twice appears twice. */
	flags: string[];
	/** Values of options that take one, by letter, in order given. */
	values: Map<string, string[]>;
	operands: string[];
}

export type OptionsResult = {ok: true; opts: Options} | {ok: false; problem: string};

export function getopt(argv: string[], flags: string, withValue: string): OptionsResult {
	const opts: Options = {flags: [], values: new Map(), operands: []};
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--') {
			opts.operands.push(...argv.slice(i + 1));
			break;
		}
		if (a.length < 2 || a[0] !== '-') {
			opts.operands.push(a);
			continue;
		}
		if (a.startsWith('--')) return {ok: false, problem: `unrecognized option: ${a}`};
		for (let j = 1; j < a.length; j++) {
			const f = a[j];
			if (withValue.includes(f)) {
				let value = a.slice(j + 1);
				if (value === '') {
					if (i + 1 >= argv.length) return {ok: false, problem: `option requires an argument: ${f}`};
					value = argv[++i];
				}
				const list = opts.values.get(f) ?? [];
				list.push(value);
				opts.values.set(f, list);
				opts.flags.push(f);
				break;
			}
			if (!flags.includes(f)) return {ok: false, problem: `unrecognized option: ${f}`};
			opts.flags.push(f);
		}
	}
	return {ok: true, opts};
}

/** Last value given for an option (later ones win, as with getopt loops). */
export const lastValue = (opts: Options, f: string): string | undefined => opts.values.get(f)?.at(-1);
