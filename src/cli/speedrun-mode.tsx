// `netdojo speedrun [PACK] [--level ID] [--category C] [--briefing] [--run-file PATH] [--seed N]`:
// every level of a pack in order (or one level: an individual-level run), timed from the first keystroke. A finished run writes its run file and, when it beats
// them, the personal bests; an abandoned run (Ctrl+D, `exit`) writes neither.
import path from 'node:path';
import React from 'react';
import type {Options} from './args.js';
import {loadCatalog} from './catalog.js';
import {VERSION} from './version.js';
import {sessionRecording, speedrunTranscriptPath} from './record-session.js';
import {endWhenTerminalCloses} from './terminal-gone.js';
import {DUMB_TERMINAL_MESSAGE, isDumbTerminal} from './terminal-caps.js';
import {detectLang, localize} from '../levels/index.js';
import {loadProgress, progressDir, recordResult} from '../progress/index.js';
import {GameSession} from '../game/game-session.js';
import {RunRecorder} from '../speedrun/recorder.js';
import {writeRunFile} from '../speedrun/run-file.js';
import {countAttempt, packBests, saveRun} from '../speedrun/personal-bests.js';
import {boardKey, formatClock, sumOfBest, type PackPersonalBests} from '../speedrun/splits.js';
import type {FinishResult} from '../ui/speedrun/SpeedrunApp.js';
import type {Lang} from '../ui/i18n.js';

const NO_TTY =
	'netdojo speedrun needs an interactive terminal. To check a run headlessly, use:\n' +
	'  netdojo verify-run FILE                 replay a run file and confirm its times\n';

export async function speedrunMode(options: Options): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stderr.write(NO_TTY);
		return 2;
	}
	if (isDumbTerminal(process.env)) {
		process.stderr.write(DUMB_TERMINAL_MESSAGE);
		return 2;
	}
	const lang: Lang = options.lang ?? detectLang();
	const catalog = loadCatalog(options);
	for (const e of catalog.errors) process.stderr.write(`${e}\n`);
	const wanted = options.positionals[0];
	const pack = wanted === undefined ? catalog.packs[0] : catalog.packs.find((p) => p.id === wanted);
	if (!pack || pack.levels.length === 0) {
		const known = catalog.packs.map((p) => p.id).join(', ') || 'none';
		process.stderr.write(wanted === undefined ? 'netdojo speedrun: no level packs loaded\n' : `netdojo speedrun: unknown pack "${wanted}" (packs: ${known})\n`);
		return 2;
	}
	if (options.positionals.length > 1) {
		process.stderr.write('netdojo speedrun: one pack at a time; usage: netdojo speedrun [PACK] [--briefing] [--run-file PATH]\n');
		return 2;
	}

	const only = options.level === undefined ? undefined : pack.levels.find((l) => l.id === options.level);
	if (options.level !== undefined && !only) {
		process.stderr.write(`netdojo speedrun: pack ${pack.id} has no level "${options.level}" (levels: ${pack.levels.map((l) => l.id).join(', ')})\n`);
		return 2;
	}
	const course = only ? [only] : pack.levels;
	const category = options.category ?? 'any%';
	const board = boardKey(pack.id, category, only?.id);

	const warnings: string[] = [];
	let bests: PackPersonalBests | undefined;
	try {
		const loaded = loadProgress();
		warnings.push(...(loaded.notices ?? []));
		bests = packBests(loaded.progress, board);
	} catch (e) {
		warnings.push(`could not read your progress: ${(e as Error).message}`);
	}
	for (const w of warnings.splice(0)) process.stderr.write(`netdojo: ${w}\n`);

	const seed = options.seed ?? 1;
	// Every speed-run keeps a transcript (finished or abandoned), for `netdojo grade` and for the player.
	const recording = sessionRecording(options, catalog, options.record ?? speedrunTranscriptPath(progressDir(), pack.id, new Date()));
	const recorder = new RunRecorder(
		pack.id,
		course.map((l) => l.id),
		seed,
		{packHash: pack.hash, category, ...(only ? {level: only.id} : {}), pauseBetweenLevels: options.briefing},
	);
	const levels = course.map((l) => ({id: l.id, title: localize(l.title, lang), par: l.par}));

	// A level result that could not be saved is shown on the summary screen, not only after exit.
	const levelSaveErrors: string[] = [];
	const finish = (r: RunRecorder): FinishResult => {
		const finishedAt = new Date();
		const problems: string[] = [...levelSaveErrors];
		let runFile: string | undefined;
		try {
			runFile = writeRunFile(r.runFile(VERSION, finishedAt), options.runFile ? {file: options.runFile} : {dir: path.join(progressDir(), 'runs')});
		} catch (e) {
			problems.push(`could not write the run file: ${(e as Error).message}`);
		}
		let update: FinishResult['update'];
		try {
			update = saveRun(board, r.record(finishedAt));
		} catch (e) {
			problems.push(`could not save your personal bests: ${(e as Error).message}`);
		}
		const segments = update?.next.bestSegments;
		const sob = sumOfBest(
			course.map((l) => l.id),
			segments,
		);
		return {...(update ? {update} : {}), ...(runFile ? {runFile} : {}), ...(sob !== undefined ? {sumOfBestMs: sob} : {}), warnings: problems};
	};

	const onLevelSolved = (index: number, result: {timeMs: number; commands: number; hintsUsed: number}) => {
		const r = recordResult(course[index]!.id, result);
		for (const notice of r.notices ?? []) if (!warnings.includes(notice)) warnings.push(notice);
		if (!r.saved && r.error && !levelSaveErrors.includes(r.error)) {
			levelSaveErrors.push(r.error);
			warnings.push(r.error);
		}
	};

	// Ink's colour library switches every style off when it sees --no-color; the components honour
	// options.color themselves (as interactive.tsx does).
	process.argv = process.argv.filter((a) => a !== '--no-color');
	const [{render}, {default: SpeedrunApp}] = await Promise.all([import('ink'), import('../ui/speedrun/SpeedrunApp.js')]);
	endWhenTerminalCloses();
	const instance = render(
		<SpeedrunApp
			packTitle={localize(pack.title, lang)}
			levels={levels}
			newGame={(index, currentLang) => recording!.attach(new GameSession(course[index], {seed, lang: currentLang, terminal: true}), pack.id)}
			recorder={recorder}
			bests={bests}
			finish={finish}
			onLevelSolved={onLevelSolved}
			briefing={options.briefing}
			lang={lang}
			color={options.color}
			attempt={Math.max(bests?.attempts ?? 0, bests?.runs ?? 0) + 1}
			onAttempt={() => {
				try {
					countAttempt(board);
				} catch (e) {
					warnings.push(`could not count the attempt: ${(e as Error).message}`);
				}
			}}
		/>,
		{exitOnCtrlC: false},
	);
	await instance.waitUntilExit();
	const transcriptError = recording?.save();
	if (transcriptError) warnings.push(transcriptError);
	for (const w of warnings) process.stderr.write(`netdojo: ${w}\n`);
	if (!recorder.finished) {
		const done = recorder.splits.length;
		process.stderr.write(`netdojo: speed-run abandoned after ${done} of ${course.length} level${course.length === 1 ? '' : 's'} (${formatClock(recorder.totalMs)}); no run file, no personal best\n`);
	}
	return 0;
}
