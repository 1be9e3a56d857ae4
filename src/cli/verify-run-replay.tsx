// The second half of `verify-run`: the run file's keystrokes are typed again, at their recorded
// times, into the speed-run screen itself (SpeedrunApp on a headless Ink, the same input parser,
// prompt and games as a live run), and the run that comes out must be the run the file holds:
// the same lines at the same times, the same splits and counts. Keys edited, added or dropped
// without the rest of the file changing with them give another run, and the file is refused.
import {EventEmitter} from 'node:events';
import React from 'react';
import type {Level} from '../levels/schema.js';
import {localize} from '../levels/index.js';
import {GameSession} from '../game/game-session.js';
import {RunRecorder} from '../speedrun/recorder.js';
import type {RunFile} from '../speedrun/run-file.js';
import {HANDOVER_DELAY_MS} from '../ui/play/use-play-state.js';

class ReplayStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string): void {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}
	read = (): string | null => {
		const d = this.data;
		this.data = null;
		return d;
	};
	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

class NullStdout extends EventEmitter {
	columns = 100;
	rows = 40;
	write = (): boolean => true;
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Replays the keys; undefined when they give exactly the recorded run, else why not. */
export async function replayKeys(run: RunFile, levels: readonly Level[]): Promise<string | undefined> {
	const keys = run.keys ?? [];
	const byId = new Map(levels.map((l) => [l.id, l]));
	const course = run.levels.map((l) => byId.get(l.id)!);
	const recorder = new RunRecorder(
		run.pack,
		course.map((l) => l.id),
		run.seed,
		{...(run.packHash ? {packHash: run.packHash} : {}), category: run.category ?? 'any%', ...(run.level !== undefined ? {level: run.level} : {}), pauseBetweenLevels: run.briefings === true},
	);
	let clock = 0;
	let ready = {index: -1, phase: ''};
	const [{render}, {default: SpeedrunApp}] = await Promise.all([import('ink'), import('../ui/speedrun/SpeedrunApp.js')]);
	const stdin = new ReplayStdin();
	const stdout = new NullStdout();
	const instance = render(
		<SpeedrunApp
			packTitle={run.pack}
			levels={course.map((l) => ({id: l.id, title: localize(l.title, 'en'), par: l.par}))}
			newGame={(index) => new GameSession(course[index], {seed: run.seed, terminal: true})}
			recorder={recorder}
			finish={() => ({warnings: []})}
			briefing={run.briefings === true}
			lang="en"
			color={false}
			now={() => clock}
			onReady={(index, phase) => (ready = {index, phase})}
		/>,
		{stdin: stdin as never, stdout: stdout as never, stderr: new NullStdout() as never, debug: true, exitOnCtrlC: false, patchConsole: false},
	);
	try {
		await tick();
		for (const [i, key] of keys.entries()) {
			if (recorder.finished) return `key ${i + 1} of ${keys.length} comes after the run was finished by the keys before it`;
			clock = key.atMs;
			const solvedBefore = recorder.splits.length;
			stdin.write(key.data);
			for (let n = 0; n < 4; n++) await tick();
			// A solved level hands over to the next after a short delay; wait for it as a player would have.
			if (recorder.splits.length > solvedBefore && !recorder.finished) {
				const want = recorder.splits.length;
				await sleep(HANDOVER_DELAY_MS);
				for (let waited = 0; ready.index !== want && waited < 5000; waited += 10) await sleep(10);
				for (let n = 0; n < 4; n++) await tick();
			}
		}
	} finally {
		instance.unmount();
		instance.cleanup();
	}
	const difference = differences(run, recorder);
	if (difference !== undefined) return difference;
	if (!recorder.finished) return `the keystrokes do not finish the run: they solve ${recorder.splits.length} of its ${run.levels.length} level(s)`;
	const realMs = recorder.realElapsed(0);
	if (run.realMs !== realMs) return `realMs is ${run.realMs}, but the keys give ${realMs}`;
	return undefined;
}

/** The first figure where the replayed run differs from the recorded one. */
function differences(recorded: RunFile, replay: RunRecorder): string | undefined {
	const replayed = replay.levelsSoFar();
	for (const [i, level] of recorded.levels.entries()) {
		const other = replayed[i] ?? {id: level.id, commands: [], keystrokes: 0, commandCount: 0};
		const lines = level.commands;
		for (let j = 0; j < Math.max(lines.length, other.commands.length); j++) {
			const a = lines[j];
			const b = other.commands[j];
			if (a?.line !== b?.line) return `the keystrokes type ${b ? `"${b.line}"` : 'no line'} as line ${j + 1} of level ${level.id}, but the run file has ${a ? `"${a.line}"` : 'no line'} there`;
			if (a!.atMs !== b!.atMs) return `the keystrokes enter line ${j + 1} of level ${level.id} ("${a!.line}") at ${b!.atMs} ms, but the run file says ${a!.atMs} ms`;
		}
		if (level.keystrokes !== other.keystrokes) return `level ${level.id} records ${level.keystrokes} keystrokes, but its keys are ${other.keystrokes}`;
		if (level.commandCount !== other.commandCount) return `level ${level.id} records ${level.commandCount} commands, but typing its keys counts ${other.commandCount}`;
		if (other.splitMs !== undefined && level.splitMs !== other.splitMs) return `level ${level.id}: split ${level.splitMs} ms, but typing its keys gives ${other.splitMs} ms`;
	}
	return undefined;
}
