import React, {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import PlayScreen from '../play/PlayScreen.js';
import type {PlayGame} from '../play/use-play-state.js';
import type {Lang} from '../i18n.js';
import type {RunRecorder} from '../../speedrun/recorder.js';
import {cumulative, deltaAt, formatClock, isGoldSplit, segmentDelta, sumOfBest, type BestsUpdate, type LevelSplit, type PackPersonalBests} from '../../speedrun/splits.js';
import Timer from './Timer.js';
import {RecordingGame} from '../../speedrun/recording-game.js';
import SummaryScreen from './SummaryScreen.js';
import {splitLineText, type SplitInfo} from './split-line.js';
import {useSpeedrunState} from './use-speedrun-state.js';
import {useBriefingInput, useFirstKeystroke, useKeyCapture} from './use-speedrun-input.js';
import {s} from './strings.js';
import {StaticAnchor} from '../app/static-anchor.js';

export interface SpeedrunLevelInfo {
	readonly id: string;
	readonly title: string;
	readonly par: number;
}

/** What finishing a run produced: the bests update (if saved), the run file (if written), problems. */
export interface FinishResult {
	readonly update?: BestsUpdate;
	readonly runFile?: string;
	readonly sumOfBestMs?: number;
	readonly warnings: string[];
}

export interface SpeedrunAppProps {
	packTitle: string;
	levels: readonly SpeedrunLevelInfo[];
	/** A fresh game for level `index` (all game logic lives behind PlayGame). */
	newGame: (index: number, lang: Lang) => PlayGame;
	recorder: RunRecorder;
	/** The pack's bests before this run (splits are compared with the time board's run). */
	bests?: PackPersonalBests;
	/** Called once, when the last level is solved: writes the run file and the bests. */
	finish: (recorder: RunRecorder) => FinishResult;
	/** A level was solved (to mark it solved on the level map too). */
	onLevelSolved?: (index: number, result: {timeMs: number; commands: number; hintsUsed: number}) => void;
	/** Show each level's briefing and wait for Enter before it. */
	briefing: boolean;
	lang: Lang;
	color: boolean;
	/** Monotonic clock in ms (tests and the run verifier inject one). */
	now?: () => number;
	/** The first keystroke started an attempt (the attempt counter is saved there). */
	onAttempt?: () => void;
	/** Which attempt this is (shown beside the timer); undefined hides it. */
	attempt?: number;
	/** The screen now waits for input at level `index` (the run verifier types the next key then). */
	onReady?: (index: number, phase: string) => void;
}

const defaultNow = () => performance.now();

/** A speed-run: every level of a pack in order on the play screen, timed, then the summary. */
export default function SpeedrunApp({packTitle, levels, newGame, recorder, bests, finish, onLevelSolved, briefing, lang: initialLang, color, now = defaultNow, onAttempt, attempt, onReady}: SpeedrunAppProps) {
	const {exit} = useApp();
	const [lang, setLang] = useState<Lang>(initialLang);
	const [state, dispatch] = useSpeedrunState(briefing);
	const [finished, setFinished] = useState<FinishResult | undefined>(undefined);
	const langRef = useRef(lang);
	langRef.current = lang;

	const splitInfo = useCallback(
		(index: number, splits: readonly LevelSplit[]): SplitInfo => ({
			index,
			count: levels.length,
			title: levels[index]?.title ?? splits[index]!.id,
			splitMs: splits[index]!.splitMs,
			cumulativeMs: cumulative(splits.map((x) => x.splitMs))[index]!,
			delta: deltaAt(splits, index, bests?.time),
			segmentDelta: segmentDelta(splits[index]!, bests?.bestSegments),
			gold: isGoldSplit(splits[index]!, bests?.bestSegments),
		}),
		[levels, bests],
	);

	// Every time the run records is the time of the key being handled (keyNow), so a replay of the
	// keys at their recorded times gives the same figures.
	recorder.open(now());
	const keyNow = useRef<number | undefined>(undefined);
	const clock = useCallback(() => keyNow.current ?? now(), [now]);
	const game = useMemo(
		() => new RecordingGame(newGame(state.index, langRef.current), recorder, clock, () => splitLineText(splitInfo(recorder.splits.length - 1, recorder.splits), color)),
		// One game per level.
		// eslint-disable-next-line react-hooks/exhaustive-deps
		[state.index],
	);

	const readClock = useCallback(() => recorder.elapsed(now()), [recorder, now]);
	const phaseRef = useRef(state.phase);
	phaseRef.current = state.phase;
	const gameRef = useRef(game);
	gameRef.current = game;
	useKeyCapture((data) => {
		const t = now();
		keyNow.current = t;
		const phase = phaseRef.current;
		// Keys after a level's solving line and before the next level shows go nowhere: not kept.
		if (phase === 'briefing') recorder.key(data, t, false);
		else if (phase === 'playing' && !gameRef.current.isSolved) recorder.key(data, t, true);
	});
	// Two keys can arrive before the re-render that turns this handler off: one attempt all the same.
	const attempted = useRef(false);
	useFirstKeystroke(() => {
		recorder.start(clock());
		dispatch({type: 'start-clock'});
		if (!attempted.current) onAttempt?.();
		attempted.current = true;
	}, state.phase === 'playing' && !state.started);
	useBriefingInput(() => {
		recorder.resume(clock());
		dispatch({type: 'begin-level'});
	}, state.phase === 'briefing');

	useEffect(() => {
		if (state.phase === 'abandoned') exit();
	}, [state.phase, exit]);
	useEffect(() => {
		onReady?.(state.index, state.phase);
	}, [state.index, state.phase, onReady]);

	const onSolved = useCallback(
		(commands: number, hintsUsed: number) => {
			const index = recorder.splits.length - 1;
			const split = recorder.splits[index];
			if (split) onLevelSolved?.(index, {timeMs: split.splitMs, commands, hintsUsed});
			if (recorder.finished) setFinished(finish(recorder));
			// PlayScreen calls this only after the solving line (and its split line) is in the scrollback.
			dispatch({type: 'level-solved', levelCount: levels.length, briefing});
		},
		[recorder, onLevelSolved, finish, dispatch, levels.length, briefing],
	);
	const onLeave = useCallback(() => dispatch({type: 'abandon'}), [dispatch]);

	if (state.phase === 'summary') {
		const splits = recorder.splits;
		const totals = cumulative(splits.map((x) => x.splitMs));
		return (
			<>
				<StaticAnchor key="summary" />
				<SummaryScreen
					packTitle={packTitle}
					rows={splits.map((x, i) => ({title: levels[i]?.title ?? x.id, splitMs: x.splitMs, cumulativeMs: totals[i]!, delta: deltaAt(splits, i, bests?.time), commands: x.commands, par: levels[i]?.par ?? 0}))}
					totalMs={recorder.totalMs}
					totalCommands={recorder.totalCommands}
					totalKeystrokes={recorder.totalKeystrokes}
					realMs={recorder.realElapsed(0)}
					golds={splits.filter((x) => isGoldSplit(x, bests?.bestSegments)).length}
					{...(attempt !== undefined ? {attempt} : {})}
					outcome={finished?.update}
					sumOfBestMs={finished?.sumOfBestMs}
					runFile={finished?.runFile}
					warnings={finished?.warnings}
					lang={lang}
					color={color}
					onDone={exit}
				/>
			</>
		);
	}
	// Screens without a scrollback mount their own empty <Static> (see static-anchor.tsx).
	if (state.phase === 'abandoned') return <StaticAnchor key="abandoned" />;

	const level = levels[state.index]!;
	const count = levels.length;
	const sob = sumOfBest(
		levels.map((l) => l.id),
		bests?.bestSegments,
	);
	const label = [
		`${s(lang, 'level')} ${state.index + 1}/${count}`,
		...(bests?.time ? [`PB ${formatClock(bests.time.totalMs)}`] : []),
		...(sob !== undefined ? [`SoB ${formatClock(sob)}`] : []),
		...(attempt !== undefined ? [`${s(lang, 'attempt')} #${attempt}`] : []),
		...(recorder.category !== 'any%' ? [s(lang, 'noHints')] : []),
	].join('   ');
	const last = recorder.splits.length > 0 ? splitInfo(recorder.splits.length - 1, recorder.splits) : undefined;
	// One line (PlayScreen budgets one row for it): the clock, where the run is, the last split.
	const status = <Timer read={readClock} running={state.started && state.phase === 'playing'} started={state.started} label={label} lang={lang} color={color} last={last} />;

	if (state.phase === 'briefing') {
		return (
			<Box flexDirection="column">
				<StaticAnchor key={`briefing-${state.index}`} />
				<Text bold color={color ? 'cyan' : undefined}>{`${packTitle} ${state.index + 1}/${count} · ${level.title}`}</Text>
				{status}
				<Text> </Text>
				<Text>{game.briefing()}</Text>
				<Text> </Text>
				<Text dimColor>{s(lang, 'briefingStart')}</Text>
			</Box>
		);
	}

	return (
		<PlayScreen
			key={state.index}
			game={game}
			lang={lang}
			color={color}
			heading={`${packTitle} ${state.index + 1}/${count} · ${level.title}`}
			status={status}
			onLang={setLang}
			onLeave={onLeave}
			onSolved={onSolved}
			now={now}
		/>
	);
}
