// The modes that need a terminal: the level map, play, sandbox (and speedrun). Ink is loaded here
// only, so headless modes never pay for it.
import React from 'react';
import type {Options} from './args.js';
import {loadCatalog} from './catalog.js';
import {detectLang, localize, type Level} from '../levels/index.js';
import {loadProgress, recordResult} from '../progress/index.js';
import {GameSession} from '../game/game-session.js';
import {sessionRecording} from './record-session.js';
import {builtLevelSaver} from './save-built-level.js';
import {packHeading} from '../levels/pack-heading.js';
import {endWhenTerminalCloses} from './terminal-gone.js';
import {DUMB_TERMINAL_MESSAGE, isDumbTerminal, localeIsUtf8} from './terminal-caps.js';
import type {PackSummary} from '../ui/level-map/LevelMap.js';
import type {StartedGame} from '../ui/app/App.js';
import type {Lang} from '../ui/i18n.js';
import type {OpenEditor} from '../ui/editor/types.js';

/** One line, no stack trace: what to do instead when there is no terminal (a pipe, CI, cron). */
export const NO_TTY_MESSAGE =
	"netdojo: the game needs an interactive terminal; run it in one, or use a headless mode: 'netdojo script FILE|-' runs commands, 'netdojo check LEVEL --solution FILE' grades a solution (see 'netdojo --help').\n";

export async function interactiveMode(options: Options): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stderr.write(NO_TTY_MESSAGE);
		return 2;
	}
	if (isDumbTerminal(process.env)) {
		process.stderr.write(DUMB_TERMINAL_MESSAGE);
		return 2;
	}
	const ascii = !localeIsUtf8(process.env);
	const lang: Lang = options.lang ?? detectLang();
	const catalog = loadCatalog(options);
	const recording = sessionRecording(options, catalog);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	const levels: {level: Level; pack: string; number: number}[] = [];
	for (const pack of catalog.packs) for (const level of pack.levels) levels.push({level, pack: pack.id, number: levels.length + 1});
	const warnings: string[] = [];

	let initial: {screen: 'menu'} | {screen: 'play'; levelId?: string} = {screen: 'menu'};
	if (options.mode === 'sandbox') initial = {screen: 'play'};
	else if (options.mode === 'play') {
		const id = options.positionals[0] ?? levels.find((l) => !readProgress().levels[l.level.id]?.solved)?.level.id ?? levels[0]?.level.id;
		if (!id || !levels.some((l) => l.level.id === id)) {
			process.stderr.write(`netdojo: unknown level "${options.positionals[0]}" (netdojo levels lists them)\n`);
			return 2;
		}
		initial = {screen: 'play', levelId: id};
	}

	function readProgress() {
		try {
			const loaded = loadProgress();
			for (const notice of loaded.notices ?? []) if (!warnings.includes(notice)) warnings.push(notice);
			return loaded.progress;
		} catch (e) {
			const w = `could not read your progress: ${(e as Error).message}`;
			if (!warnings.includes(w)) warnings.push(w);
			return {version: 1 as const, levels: {}};
		}
	}

	const packs = (): PackSummary[] => {
		const progress = readProgress();
		let n = 0;
		return catalog.packs.map((pack) => ({
			id: pack.id,
			title: packHeading(localize(pack.title, lang), pack.hash),
			levels: pack.levels.map((level) => {
				const p = progress.levels[level.id];
				n++;
				return {id: level.id, title: localize(level.title, lang), par: level.par, solved: p?.solved ?? false, number: n, bestTimeMs: p?.bestTimeMs, bestCommands: p?.bestCommands};
			}),
		}));
	};

	const start = (levelId: string | undefined, currentLang: Lang): StartedGame => {
		const index = levels.findIndex((l) => l.level.id === levelId);
		const entry = levels[index];
		const game = new GameSession(entry?.level, {lang: currentLang, terminal: true, ...(options.docker ? {engine: options.docker} : {}), ...(entry ? {} : {saveLevel: builtLevelSaver(process.cwd())})});
		recording?.attach(game, entry?.pack);
		if (!entry) return {game, heading: 'sandbox', title: 'sandbox', par: 0};
		const next = levels[index + 1];
		return {
			game,
			heading: `${entry.pack} ${String(entry.number).padStart(2, '0')} ${ascii ? '-' : '·'} ${localize(entry.level.title, currentLang)}`,
			title: localize(entry.level.title, currentLang),
			par: entry.level.par,
			nextLevelId: next?.level.id,
			nextLevelTitle: next ? localize(next.level.title, currentLang) : undefined,
			takeaway: entry.level.takeaway === undefined ? undefined : localize(entry.level.takeaway, currentLang),
		};
	};

	// A failed save is shown on the solved screen at once (and again after exit), never only later.
	const record = (levelId: string, result: {timeMs: number; commands: number; hintsUsed: number}): string | undefined => {
		const transcriptError = recording?.save();
		if (transcriptError && !warnings.includes(transcriptError)) warnings.push(transcriptError);
		const r = recordResult(levelId, result);
		for (const notice of r.notices ?? []) if (!warnings.includes(notice)) warnings.push(notice);
		if (r.saved) return undefined;
		const error = r.error ?? 'Could not save your progress.';
		warnings.push(error);
		return error;
	};

	readProgress();
	for (const w of warnings.splice(0)) process.stderr.write(`netdojo: ${w}\n`);
	// Ink's colour library switches off every style, the prompt's inverse cursor included, when it
	// sees --no-color; the components already honour options.color themselves.
	process.argv = process.argv.filter((a) => a !== '--no-color');
	const [{render}, {default: App}, {externalEditorCommand, runExternalEditor}] = await Promise.all([import('ink'), import('../ui/app/App.js'), import('./external-editor.js')]);
	// `edit FILE`: the player's editor when there is one (NETDOJO_EDITOR=builtin: never).
	const editorCommand = externalEditorCommand(process.env);
	const openEditor: OpenEditor | undefined = editorCommand
		? (fileName, content) =>
				runExternalEditor(fileName, content, {
					command: editorCommand,
					isRaw: process.stdin.isRaw,
					setRawMode: (raw) => {
						if (process.stdin.isTTY) process.stdin.setRawMode(raw);
					},
					// Editors show the cursor when they leave; Ink draws its own.
					afterwards: (write) => write('\u001b[?25l'),
				})
		: undefined;
	// Raw mode before the first frame: Ink enables it only in an effect after rendering, and a key
	// pressed in between would be echoed by the terminal and turned from CR into LF (a lost Enter).
	process.stdin.setRawMode(true);
	endWhenTerminalCloses();
	const instance = render(<App packs={packs} start={start} record={record} initial={initial} lang={lang} color={options.color} openEditor={openEditor} ascii={ascii} />, {exitOnCtrlC: false});
	try {
		await instance.waitUntilExit();
		const transcriptError = recording?.save();
		if (transcriptError) warnings.push(transcriptError);
	} finally {
		if (process.stdin.isTTY) process.stdin.setRawMode(false);
	}
	for (const w of warnings) process.stderr.write(`netdojo: ${w}\n`);
	return 0;
}
