// The level map's first frame, drawn before Ink, React and the engine have loaded (issue 7).
// `netdojo` with no mode shows the title and the level map. Loading Ink and its dependencies takes
// a few hundred milliseconds; this small module draws the very frame Ink is about to draw, from the
// precompiled built-in levels (dist/levels.json) and the progress file, then hands over: the first
// frame Ink writes is dropped when it is byte for byte what is already on screen, and otherwise
// replaces it the way Ink replaces any frame (erase, draw), so the worst case is one redraw.
// Keys typed meanwhile wait in the terminal (raw mode, no echo) until Ink reads them.
// Whenever something is not the plain case (a --levels folder, a progress file that needs
// repair, CI, a screen reader, a terminal too narrow for the lines), nothing is drawn here.
import {readFileSync} from 'node:fs';
import {isBundle, readPrecompiled} from '../levels/precompiled.js';
import {packageRoot} from '../levels/builtin-dir.js';
import {detectLang, localize} from '../levels/text.js';
import {packHeading} from '../levels/pack-heading.js';
import {progressPath} from '../progress/paths.js';
import {readProgressValue, type ProgressFile} from '../progress/schema.js';
import type {LevelSummary, PackSummary} from '../ui/level-map/format-level.js';
import {formatDuration} from '../game/format-time.js';
import {t, type Lang} from '../ui/i18n.js';
import {parseArgs, type Options} from './args.js';
import {isDumbTerminal, localeIsUtf8} from './terminal-caps.js';

// Copies of what App.tsx and Title.tsx draw (they import Ink, which is what this module avoids).
// test/cli/first-frame.test.tsx renders the real App and checks every frame here against it.
export const TITLE_ART = [
	'            _      _       _',
	' _ __   ___| |_ __| | ___ (_) ___',
	"| '_ \\ / _ \\ __/ _` |/ _ \\| |/ _ \\",
	'| | | |  __/ || (_| | (_) | | (_) |',
	'|_| |_|\\___|\\__\\__,_|\\___// |\\___/',
	'                        |__/',
];
const TITLE_ROWS = 7;
const MAP_CHROME_ROWS = 2;

/** App.tsx's levelMapLimit. */
export function levelMapLimit(rows: number, packs: readonly PackSummary[], withTitle: boolean): number {
	const free = rows - 1 - MAP_CHROME_ROWS - (withTitle ? TITLE_ROWS : 0);
	const total = packs.reduce((n, p) => n + p.levels.length, 0);
	if (total + packs.length <= free) return total;
	const smallest = Math.max(1, Math.min(...packs.map((p) => p.levels.length || 1)));
	let limit = Math.max(1, free);
	while (limit > 1 && limit + Math.min(packs.length, Math.ceil(limit / smallest) + 1) > free) limit--;
	return limit;
}

// string-width (Intl.Segmenter, Unicode property regexes) costs tens of milliseconds to load. The
// menu's texts are printable ASCII, a few one-column symbols and Hangul syllables; anything else
// makes width() undefined and the caller leaves the frame to Ink.
const NARROW = new Set(['❯', '✔', '↑', '↓', '·', '…', '—', '–', '’', '‘', '“', '”']);

/** string-width's answer for the texts this module knows, else undefined. */
export function width(text: string): number | undefined {
	let n = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code >= 0x20 && code < 0x7f) n += 1;
		else if (code >= 0xac00 && code <= 0xd7a3) n += 2;
		else if (NARROW.has(ch)) n += 1;
		else return undefined;
	}
	return n;
}

class Unknown extends Error {}
const w = (text: string): number => {
	const n = width(text);
	if (n === undefined) throw new Unknown();
	return n;
};

/** format-level.ts's formatLevelLabel (which loads string-width). */
export function levelLabel(level: LevelSummary, {number, titleColumn, lang}: {number: number; titleColumn: number; lang: Lang}): string {
	const mark = level.solved ? '✔' : ' ';
	const title = level.title + ' '.repeat(Math.max(0, titleColumn - w(level.title)));
	const parts = [`${mark} ${String(level.number ?? number).padStart(2, '0')} ${title}`];
	if (level.bestTimeMs !== undefined) parts.push(`${t(lang, 'best')} ${formatDuration(level.bestTimeMs)}`);
	if (level.bestCommands !== undefined) parts.push(`${level.bestCommands}/${level.par} ${t(lang, 'cmds')}`);
	return parts.join('  ').trimEnd();
}

export interface FrameInput {
	packs: readonly PackSummary[];
	lang: Lang;
	/** The components' colour switch (--no-color, NO_COLOR). */
	color: boolean;
	/** Whether Ink's chalk writes styles at all (its colour level is above 0). */
	styles: boolean;
	columns: number;
	rows: number;
}

const ESC = '\u001B[';

/**
 * The menu's first frame as Ink writes it (without the newline Ink adds), or undefined when a line
 * would need Ink's wrapping or truncation, which this copy does not do.
 */
export function menuFrame(input: FrameInput): string | undefined {
	try {
		return drawMenu(input);
	} catch (error) {
		if (error instanceof Unknown) return undefined;
		throw error;
	}
}

function drawMenu({packs, lang, color, styles, columns, rows}: FrameInput): string | undefined {
	const wrap = (open: number, close: number) => (s: string) => (styles ? `${ESC}${open}m${s}${ESC}${close}m` : s);
	const bold = wrap(1, 22);
	const dim = wrap(2, 22);
	const cyan = color ? wrap(36, 39) : (s: string) => s;
	const yellow = color ? wrap(33, 39) : (s: string) => s;
	const lines: string[] = [];
	const plain: string[] = [];
	const push = (text: string, styled: string) => {
		plain.push(text);
		lines.push(styled);
	};
	const withTitle = rows >= 28;
	if (withTitle) {
		// Title: paddingX 1, so each line needs two columns more than its text.
		for (const art of TITLE_ART) {
			if (w(art) + 2 > columns) return undefined;
			push(` ${art}`, ` ${cyan(art)}`);
		}
		const tagline = t(lang, 'tagline');
		if (w(tagline) + 2 > columns) return undefined;
		push(` ${tagline}`, ` ${bold(tagline)}`);
	}
	const total = packs.reduce((n, p) => n + p.levels.length, 0);
	if (total === 0) return undefined;
	const titleColumn = Math.min(34, Math.max(0, ...packs.flatMap((pack) => pack.levels.map((level) => w(level.title)))));
	const items: {label: string; heading?: string}[] = [];
	let number = 0;
	for (const pack of packs) {
		pack.levels.forEach((level, index) => {
			number++;
			items.push({label: levelLabel(level, {number, titleColumn, lang}), heading: index === 0 ? pack.title : undefined});
		});
	}
	const limit = levelMapLimit(rows, packs, withTitle);
	const windowSize = Math.max(1, Math.min(limit, items.length));
	const heading = t(lang, 'levelMap');
	push(heading, bold(heading));
	items.slice(0, windowSize).forEach((item, index) => {
		if (item.heading !== undefined) push(item.heading, bold(yellow(item.heading)));
		const row = `${index === 0 ? '❯ ' : '  '}${item.label}`;
		push(row, index === 0 ? cyan(row) : row);
	});
	const help = t(lang, 'levelMapHelp');
	push(help, dim(help));
	for (const line of plain) {
		// Ink trims trailing spaces and wraps or truncates long lines; leave those frames to Ink.
		if (line !== line.trimEnd() || line.includes('\n') || w(line) > columns) return undefined;
	}
	return lines.join('\n');
}

/** Ink's test (is-in-ci): with CI set it writes only the last frame, so there is no first one to draw. */
function inCi(env: NodeJS.ProcessEnv): boolean {
	const check = (key: string) => key in env && env[key] !== '0' && env[key] !== 'false';
	return check('CI') || check('CONTINUOUS_INTEGRATION');
}

/** The progress file as loadProgress reads it when all is well; undefined when it needs repair (loadProgress then warns). */
function readProgress(): ProgressFile | undefined {
	let text: string;
	try {
		text = readFileSync(progressPath(), 'utf8');
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? {version: 1, levels: {}} : undefined;
	}
	try {
		const value: unknown = JSON.parse(text);
		// Read as the game reads it (odd entries left out), so both frames show the same marks; a file
		// with notices to show starts the slow way, which prints them.
		const read = readProgressValue(value);
		return read.ok && read.notices.length === 0 && read.newerVersion === undefined ? read.progress : undefined;
	} catch {
		return undefined;
	}
}

// ansi-escapes' eraseLines(count), as Ink's log-update erases its previous frame.
function eraseLines(count: number): string {
	let clear = '';
	for (let i = 0; i < count; i++) clear += `${ESC}2K${i < count - 1 ? `${ESC}1A` : ''}`;
	return count > 0 ? `${clear}${ESC}G` : clear;
}

const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;

/**
 * Draws the menu's first frame if this run is the plain `netdojo` in a terminal, and arranges for
 * Ink to take the screen over without drawing it twice. Returns whether it drew.
 */
export async function showFirstFrame(options: Options): Promise<boolean> {
	const {stdout, stdin, env} = process;
	if (options.mode !== 'menu' || options.levelsDirs.length > 0 || !stdin.isTTY || !stdout.isTTY) return false;
	// TERM=dumb is refused by the game itself; a locale without UTF-8 gets the ASCII map from Ink.
	if (inCi(env) || env['INK_SCREEN_READER'] === 'true' || isDumbTerminal(env) || !localeIsUtf8(env) || !isBundle()) return false;
	let root: string;
	try {
		root = packageRoot();
	} catch {
		return false;
	}
	const data = readPrecompiled(root);
	const progress = data && readProgress();
	if (!data || !progress) return false;
	const lang = options.lang ?? detectLang();
	let n = 0;
	const packs: PackSummary[] = data.packs.map((pack) => ({
		id: pack.id,
		title: packHeading(localize(pack.title, lang), pack.hash),
		levels: pack.levels.map((level) => {
			const p = progress.levels[level.id];
			n++;
			return {id: level.id, title: localize(level.title, lang), par: level.par, solved: p?.solved ?? false, number: n, bestTimeMs: p?.bestTimeMs, bestCommands: p?.bestCommands};
		}),
	}));
	// Ink's chalk decides on styles from the arguments it sees, and interactive mode hides
	// --no-color from it; do the same while chalk looks, and put it back for the game's own parse.
	const argv = process.argv;
	process.argv = argv.filter((a) => a !== '--no-color');
	let supportsColor;
	try {
		({supportsColor} = await import('chalk'));
	} finally {
		process.argv = argv;
	}
	const styles = supportsColor !== false && supportsColor.level > 0;
	const frame = menuFrame({packs, lang, color: options.color, styles, columns: stdout.columns || 80, rows: stdout.rows || 24});
	if (frame === undefined) return false;
	const output = `${frame}\n`;
	stdout.write(HIDE_CURSOR + output);
	// Raw mode now: a key pressed before Ink is ready must not be echoed or have its CR turned into LF.
	stdin.setRawMode(true);
	handOver(output);
	return true;
}

/**
 * bin/netdojo.js runs this (its own small bundle, dist/first-frame.js) before the game's bundle:
 * draws the first frame when this run shows the level map. Never fails: at worst it draws nothing.
 */
export async function firstFrame(): Promise<void> {
	try {
		const parsed = parseArgs(process.argv.slice(2));
		if (parsed.ok) await showFirstFrame(parsed.options);
	} catch {
		// The game will start the slow way and report whatever is wrong.
	}
}

/** Until Ink writes its first frame: drop it if it is this one, else erase this one in front of it. */
function handOver(output: string): void {
	const {stdout} = process;
	const write = stdout.write;
	let active = true;
	const restore = () => {
		active = false;
		stdout.write = write;
		process.off('exit', onExit);
	};
	// If Ink never draws (an error on the way), give the terminal its cursor back.
	const onExit = () => {
		if (active) write.call(stdout, SHOW_CURSOR);
	};
	process.on('exit', onExit);
	stdout.write = function (this: typeof stdout, chunk: unknown, ...rest: unknown[]): boolean {
		const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : String(chunk);
		// Ink hides the cursor first (already hidden) and brackets frames with synchronized-output marks.
		if (text === HIDE_CURSOR) return done(rest);
		if (text === `${ESC}?2026h` || text === `${ESC}?2026l`) return write.call(stdout, chunk as string, ...(rest as []));
		restore();
		if (text === output) return done(rest);
		return write.call(stdout, eraseLines(output.split('\n').length) + text, ...(rest as []));
	} as typeof stdout.write;
}

/** A write that is skipped still calls its callback, as stream.write would. */
function done(rest: unknown[]): boolean {
	const callback = rest.find((r) => typeof r === 'function') as ((error?: Error | null) => void) | undefined;
	if (callback) process.nextTick(callback);
	return true;
}
