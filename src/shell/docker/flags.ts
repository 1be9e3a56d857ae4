// Flag parsing the way the docker CLI's cobra/pflag does it: `-dit`, `-p8000:80`, `--name=web`,
// `--name web`, repeated flags, `--`, and (for run/create/exec) flags only before the first
// positional argument. Errors carry pflag's own wording.

export type FlagType = 'bool' | 'string' | 'list' | 'int';

export interface FlagSpec {
	readonly long: string;
	readonly short?: string;
	readonly type: FlagType;
	readonly description?: string;
	/** Placeholder shown in --help (`string`, `list`, `int`, `ip`, ...). */
	readonly valueName?: string;
	readonly defaultText?: string;
	/** Hidden from --help but accepted (legacy aliases such as --net). */
	readonly hidden?: boolean;
}

export interface CommandSpec {
	/** `docker network create` */
	readonly path: string;
	/** `docker network create [OPTIONS] NETWORK` */
	readonly usage: string;
	readonly description: string;
	readonly aliases?: string[];
	readonly flags: FlagSpec[];
	/** pflag SetInterspersed(false): everything after the first positional is an argument. */
	readonly stopAtFirstArg?: boolean;
	readonly args?: ArgRule;
}

export type ArgRule =
	| {readonly kind: 'none'}
	| {readonly kind: 'exact'; readonly n: number}
	| {readonly kind: 'min'; readonly n: number}
	| {readonly kind: 'max'; readonly n: number}
	| {readonly kind: 'range'; readonly min: number; readonly max: number};

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export interface Parsed {
	readonly flags: FlagValues;
	readonly args: string[];
	readonly help: boolean;
}

export class FlagError extends Error {}

function find(spec: CommandSpec, long?: string, short?: string): FlagSpec | undefined {
	return spec.flags.find((f) => (long !== undefined && f.long === long) || (short !== undefined && f.short === short));
}

function setValue(flags: FlagValues, f: FlagSpec, value: string): void {
	if (f.type === 'list') {
		const prev = (flags[f.long] as string[] | undefined) ?? [];
		flags[f.long] = [...prev, value];
	} else if (f.type === 'int') {
		if (!/^-?\d+$/.test(value)) throw new FlagError(`invalid argument "${value}" for "${f.short ? `-${f.short}, ` : ''}--${f.long}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`);
		flags[f.long] = value;
	} else {
		flags[f.long] = value;
	}
}

function parseBool(f: FlagSpec, value: string): boolean {
	if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true;
	if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value)) return false;
	throw new FlagError(`invalid argument "${value}" for "${f.short ? `-${f.short}, ` : ''}--${f.long}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`);
}

export function parseFlags(spec: CommandSpec, argv: readonly string[]): Parsed {
	const flags: FlagValues = {};
	const args: string[] = [];
	let help = false;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--') {
			args.push(...argv.slice(i + 1));
			break;
		}
		if (a.startsWith('--') && a.length > 2) {
			const eq = a.indexOf('=');
			const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
			if (name === 'help') {
				help = true;
				continue;
			}
			const f = find(spec, name);
			if (!f) throw new FlagError(`unknown flag: --${name}`);
			if (f.type === 'bool') {
				flags[f.long] = eq === -1 ? true : parseBool(f, a.slice(eq + 1));
			} else if (eq !== -1) {
				setValue(flags, f, a.slice(eq + 1));
			} else if (i + 1 < argv.length) {
				setValue(flags, f, argv[++i]);
			} else {
				throw new FlagError(`flag needs an argument: --${name}`);
			}
			continue;
		}
		if (a.startsWith('-') && a.length > 1) {
			for (let j = 1; j < a.length; j++) {
				const ch = a[j];
				if (ch === 'h' && !find(spec, undefined, 'h')) {
					help = true;
					continue;
				}
				const f = find(spec, undefined, ch);
				if (!f) throw new FlagError(`unknown shorthand flag: '${ch}' in ${a}`);
				if (f.type === 'bool') {
					if (a[j + 1] === '=') {
						flags[f.long] = parseBool(f, a.slice(j + 2));
						break;
					}
					flags[f.long] = true;
					continue;
				}
				const rest = a.slice(j + 1);
				if (rest.length > 0) {
					setValue(flags, f, rest.startsWith('=') ? rest.slice(1) : rest);
				} else if (i + 1 < argv.length) {
					setValue(flags, f, argv[++i]);
				} else {
					throw new FlagError(`flag needs an argument: '${ch}' in -${ch}`);
				}
				break;
			}
			continue;
		}
		args.push(a);
		if (spec.stopAtFirstArg) {
			args.push(...argv.slice(i + 1));
			break;
		}
	}
	return {flags, args, help};
}

/** cobra's argument-count errors, worded as docker/cli v28's cli/required.go words them. */
export function checkArgs(spec: CommandSpec, args: readonly string[]): string | undefined {
	const rule = spec.args;
	if (!rule) return undefined;
	const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
	const tail = (verb: 'Run' | 'See') => `\n\nUsage:  ${spec.usage}\n\n${verb} '${spec.path} --help' for more information`;
	switch (rule.kind) {
		case 'none':
			return args.length === 0 ? undefined : `docker: '${spec.path}' accepts no arguments${tail('Run')}`;
		case 'exact':
			return args.length === rule.n ? undefined : `docker: '${spec.path}' requires ${rule.n} ${plural(rule.n)}${tail('Run')}`;
		case 'min':
			return args.length >= rule.n ? undefined : `docker: '${spec.path}' requires at least ${rule.n} ${plural(rule.n)}${tail('See')}`;
		case 'max':
			return args.length <= rule.n ? undefined : `docker: '${spec.path}' requires at most ${rule.n} ${plural(rule.n)}${tail('Run')}`;
		case 'range':
			return args.length >= rule.min && args.length <= rule.max
				? undefined
				: `docker: '${spec.path}' requires at least ${rule.min} and at most ${rule.max} ${plural(rule.max)}${tail('Run')}`;
	}
}

export function flagString(flags: FlagValues, name: string): string | undefined {
	const v = flags[name];
	return typeof v === 'string' ? v : undefined;
}

export function flagBool(flags: FlagValues, name: string): boolean {
	return flags[name] === true;
}

export function flagList(flags: FlagValues, name: string): string[] {
	const v = flags[name];
	return Array.isArray(v) ? v : [];
}
