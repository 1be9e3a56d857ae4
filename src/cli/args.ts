// Command-line arguments of netdojo: a mode word, its positionals and the global options.
import {isLang, type Lang} from '../shell/lang.js';
import {ENGINE_IDS, isEngineId, type EngineId} from '../engine/profile/index.js';
export type Mode = 'menu' | 'play' | 'sandbox' | 'speedrun' | 'verify-run' | 'script' | 'check' | 'grade' | 'pack' | 'validate' | 'levels' | 'build-level' | 'help' | 'version';

export interface Options {
	readonly mode: Mode;
	readonly positionals: string[];
	readonly json: boolean;
	readonly seed?: number;
	readonly level?: string;
	readonly levelsDirs: string[];
	readonly solutions: string[];
	readonly lang?: Lang;
	readonly color: boolean;
	readonly junit?: string;
	/** speedrun: where to write the run file (default: <progress dir>/runs/). */
	readonly runFile?: string;
	/** speedrun: the run's category (any% or no-hints). */
	readonly category?: 'any%' | 'no-hints';
	/** speedrun: show each level's briefing and wait for Enter. */
	readonly briefing: boolean;
	/** pack: the file to write (`-o FILE`, `-` for standard output). */
	readonly output?: string;
	/** grade: also write a self-contained HTML report here. */
	readonly html?: string;
	/** play, sandbox: record a transcript of the session to this file. */
	readonly record?: string;
	/** help: the mode whose help was asked for (`netdojo check --help`); absent for the global help. */
	readonly helpFor?: Mode;
	/** play, sandbox, script, check: the Docker daemon version to behave as (`--docker 26|28`); a level's own `engine` wins. */
	readonly docker?: EngineId;
}

export const MODE_WORDS = ['play', 'sandbox', 'speedrun', 'verify-run', 'script', 'check', 'grade', 'pack', 'validate', 'levels', 'build-level'] as const;
const MODES = new Set<Mode>([...MODE_WORDS, 'help', 'version']);

/** How many words each mode takes after its name (validate: any number). */
const MAX_POSITIONALS: Partial<Record<Mode, number>> = {menu: 0, play: 1, sandbox: 0, speedrun: 1, 'verify-run': 1, script: 1, check: 1, grade: 2, pack: 1, levels: 0, 'build-level': 1, version: 0};

export type ParseResult = {ok: true; options: Options} | {ok: false; error: string};

export function parseArgs(argv: readonly string[]): ParseResult {
	let mode: Mode = 'menu';
	const positionals: string[] = [];
	const levelsDirs: string[] = [];
	const solutions: string[] = [];
	let json = false;
	let seed: number | undefined;
	let level: string | undefined;
	let lang: Lang | undefined;
	let color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
	let junit: string | undefined;
	let runFile: string | undefined;
	let briefing = false;
	let category: 'any%' | 'no-hints' | undefined;
	let output: string | undefined;
	let html: string | undefined;
	let record: string | undefined;
	let docker: EngineId | undefined;
	let help = false;
	let version = false;
	const value = (i: number, name: string): string => {
		const v = argv[i + 1];
		if (v === undefined) throw new Error(`option ${name} needs a value`);
		return v;
	};
	try {
		for (let i = 0; i < argv.length; i++) {
			const a = argv[i];
			const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
			const take = (name: string) => (inline !== undefined ? inline : value(i++, name));
			if (flag === '--help' || flag === '-h') help = true;
			else if (flag === '--version' || flag === '-V') version = true;
			else if (flag === '--json') json = true;
			else if (flag === '--no-color') color = false;
			else if (flag === '--seed') {
				const v = take('--seed');
				if (!/^\d+$/.test(v)) throw new Error(`--seed needs a whole number, got "${v}"`);
				seed = Number(v);
			} else if (flag === '--level') level = take('--level');
			else if (flag === '--levels') levelsDirs.push(take('--levels'));
			else if (flag === '--solution') solutions.push(take('--solution'));
			else if (flag === '--junit') junit = take('--junit');
			else if (flag === '--run-file') runFile = take('--run-file');
			else if (flag === '--briefing') briefing = true;
			else if (flag === '--category') {
				const v = take('--category');
				if (v !== 'any%' && v !== 'no-hints') throw new Error(`--category must be any% or no-hints, got "${v}"`);
				category = v;
			}
			else if (flag === '-o' || flag === '--output') output = take(flag);
			else if (flag === '--html') html = take('--html');
			else if (flag === '--record') record = take('--record');
			else if (flag === '--docker') {
				const v = take('--docker');
				if (!isEngineId(v)) throw new Error(`--docker must be ${ENGINE_IDS.join(' or ')}, got "${v}"`);
				docker = v;
			}
			else if (flag === '--lang') {
				const v = take('--lang');
				if (!isLang(v)) throw new Error(`--lang must be en or ko, got "${v}"`);
				lang = v;
			} else if (a === '-') positionals.push(a);
			else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
			else if (mode === 'menu' && positionals.length === 0 && MODES.has(a as Mode)) mode = a as Mode;
			else if (mode === 'menu' && positionals.length === 0) throw new Error(`unknown mode "${a}" (modes: ${MODE_WORDS.join(', ')})`);
			else positionals.push(a);
		}
	} catch (e) {
		return {ok: false, error: (e as Error).message};
	}
	// `netdojo help check` is `netdojo check --help`.
	if (mode === 'help' && positionals.length > 0) {
		const topic = positionals[0] as Mode;
		if (!(MODE_WORDS as readonly string[]).includes(topic)) return {ok: false, error: `no help for "${positionals[0]}" (modes: ${MODE_WORDS.join(', ')})`};
		help = true;
		mode = topic;
	}
	const most = MAX_POSITIONALS[mode];
	if (!help && !version && most !== undefined && positionals.length > most) {
		return {ok: false, error: `${mode === 'menu' ? '' : `${mode}: `}unexpected argument "${positionals[most]}"`};
	}
	const helpFor = help && mode !== 'menu' && mode !== 'help' && mode !== 'version' ? mode : undefined;
	if (help) mode = 'help';
	else if (version) mode = 'version';
	return {ok: true, options: {mode, positionals, json, seed, level, levelsDirs, solutions, lang, color, junit, runFile, briefing, ...(category ? {category} : {}), output, html, record, ...(helpFor ? {helpFor} : {}), ...(docker ? {docker} : {})}};
}
