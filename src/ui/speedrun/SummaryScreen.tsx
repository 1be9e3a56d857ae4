import React from 'react';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {deltaTone, formatClock, formatDelta, formatCountDelta} from '../../speedrun/splits.js';
import type {SpeedrunRecord} from '../../progress/schema.js';
import {toneColor} from './split-line.js';
import {useSummaryInput} from './use-speedrun-input.js';
import {s} from './strings.js';
import type {Lang} from '../i18n.js';

export interface SummaryRow {
	title: string;
	splitMs: number;
	cumulativeMs: number;
	/** vs the personal best's cumulative time at this level; undefined without one. */
	delta?: number;
	commands: number;
	par: number;
}

export interface SummaryOutcome {
	newTimeBest: boolean;
	newCommandsBest: boolean;
	newKeystrokesBest?: boolean;
	previousTime?: SpeedrunRecord;
	previousCommands?: SpeedrunRecord;
	previousKeystrokes?: SpeedrunRecord;
	/** Levels whose split is a new best segment. */
	newBestSegments?: string[];
}

export interface SummaryScreenProps {
	packTitle: string;
	rows: SummaryRow[];
	totalMs: number;
	totalCommands: number;
	totalKeystrokes?: number;
	/** Wall-clock time, briefings included; shown when it differs from the game time. */
	realMs?: number;
	/** Gold splits in this run (faster than every earlier split of the level). */
	golds?: number;
	attempt?: number;
	/** Undefined when the bests could not be saved (see warnings). */
	outcome?: SummaryOutcome;
	sumOfBestMs?: number;
	runFile?: string;
	warnings?: string[];
	lang: Lang;
	color: boolean;
	onDone: () => void;
	isActive?: boolean;
}

function pad(text: string, width: number, right = false): string {
	const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
	return right ? fill + text : text + fill;
}

function cut(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	let out = '';
	for (const ch of text) {
		if (stringWidth(`${out}${ch}…`) > width) break;
		out += ch;
	}
	return `${out}…`;
}

/** The end of a run: every split and its commands vs par, the totals, and the personal bests. */
export default function SummaryScreen({packTitle, rows, totalMs, totalCommands, totalKeystrokes, realMs, golds, attempt, outcome, sumOfBestMs, runFile, warnings = [], lang, color, onDone, isActive = true}: SummaryScreenProps) {
	useSummaryInput(onDone, isActive);
	const titleWidth = Math.min(32, Math.max(5, ...rows.map((r) => stringWidth(r.title))));
	const totalPar = rows.reduce((n, r) => n + r.par, 0);
	const header = `${pad('#', 3)}${pad(s(lang, 'level').toUpperCase(), titleWidth + 2)}${pad(s(lang, 'split').toUpperCase(), 9, true)}${pad(s(lang, 'total').toUpperCase(), 9, true)}${pad(s(lang, 'vsPb').toUpperCase(), 10, true)}  ${s(lang, 'commands').toUpperCase()}`;
	const totalDelta = outcome?.previousTime ? totalMs - outcome.previousTime.totalMs : undefined;
	const green = color ? 'green' : undefined;
	return (
		<Box flexDirection="column" borderStyle="double" borderColor={green} paddingX={2}>
			<Text bold color={green}>
				{s(lang, 'runComplete')} · {packTitle}
			</Text>
			<Text> </Text>
			<Text bold>{header}</Text>
			{rows.map((r, i) => {
				const tone = deltaTone(r.delta);
				return (
					<Text key={i}>
						{pad(String(i + 1), 3)}
						{pad(cut(r.title, titleWidth), titleWidth + 2)}
						{pad(formatClock(r.splitMs), 9, true)}
						{pad(formatClock(r.cumulativeMs), 9, true)}
						<Text color={color ? toneColor(tone) : undefined}>{pad(formatDelta(r.delta), 10, true)}</Text>
						{`  ${r.commands} / ${s(lang, 'par')} ${r.par}`}
					</Text>
				);
			})}
			<Text> </Text>
			<Text>
				<Text bold>{`${s(lang, 'time')}: ${formatClock(totalMs)}`}</Text>
				{totalDelta !== undefined ? <Text color={color ? toneColor(deltaTone(totalDelta)) : undefined}>{`  (${formatDelta(totalDelta)})`}</Text> : null}
				<Text bold>{`   ${s(lang, 'commands')}: ${totalCommands} / ${s(lang, 'par')} ${totalPar}`}</Text>
				{totalKeystrokes !== undefined ? <Text bold>{`   ${s(lang, 'keystrokes')}: ${totalKeystrokes}`}</Text> : null}
			</Text>
			{realMs !== undefined && realMs !== totalMs ? <Text dimColor>{`${s(lang, 'realTime')}: ${formatClock(realMs)}`}</Text> : null}
			{golds !== undefined && golds > 0 ? <Text color={color ? 'yellow' : undefined}>{`★ ${s(lang, 'gold')}: ${golds}`}</Text> : null}
			{attempt !== undefined ? <Text dimColor>{`${s(lang, 'attempt')} #${attempt}`}</Text> : null}
			{outcome ? <BoardLines outcome={outcome} totalMs={totalMs} totalCommands={totalCommands} totalKeystrokes={totalKeystrokes} lang={lang} color={color} /> : null}
			{sumOfBestMs !== undefined ? <Text dimColor>{`${s(lang, 'sumOfBest')}: ${formatClock(sumOfBestMs)}`}</Text> : null}
			{runFile ? (
				<>
					<Text> </Text>
					<Text wrap="truncate-middle">{`${s(lang, 'runFile')}: ${runFile}`}</Text>
					<Text dimColor wrap="truncate-middle">{`${s(lang, 'verifyWith')}: netdojo verify-run ${runFile}`}</Text>
				</>
			) : null}
			{warnings.map((w, i) => (
				<Text key={`w${i}`} color={color ? 'red' : undefined}>
					{w}
				</Text>
			))}
			<Text> </Text>
			<Text dimColor>{s(lang, 'pressEnter')}</Text>
		</Box>
	);
}

function BoardLines({outcome, totalMs, totalCommands, totalKeystrokes, lang, color}: {outcome: SummaryOutcome; totalMs: number; totalCommands: number; totalKeystrokes?: number; lang: Lang; color: boolean}) {
	const yellow = color ? 'yellow' : undefined;
	const prevT = outcome.previousTime;
	const prevC = outcome.previousCommands;
	const timeLine = outcome.newTimeBest
		? prevT
			? `★ ${s(lang, 'newTimePb')} ${formatClock(totalMs)} (${s(lang, 'was')} ${formatClock(prevT.totalMs)}, ${formatDelta(totalMs - prevT.totalMs)})`
			: `★ ${s(lang, 'newTimePb')} ${formatClock(totalMs)} (${s(lang, 'firstRun')})`
		: prevT && prevT.totalMs === totalMs
			? `${s(lang, 'timePb')}: ${formatClock(prevT.totalMs)} — ${s(lang, 'tiedPb')}`
			: `${s(lang, 'timePb')}: ${formatClock(prevT?.totalMs ?? 0)} — ${formatDelta(totalMs - (prevT?.totalMs ?? 0))} ${s(lang, 'behindPb')}`;
	const commandsLine = outcome.newCommandsBest
		? prevC
			? `★ ${s(lang, 'newCommandsPb')} ${totalCommands} (${s(lang, 'was')} ${prevC.totalCommands}, ${formatCountDelta(totalCommands - prevC.totalCommands)})`
			: `★ ${s(lang, 'newCommandsPb')} ${totalCommands}`
		: `${s(lang, 'commandsPb')}: ${prevC?.totalCommands ?? 0} (${formatCountDelta(totalCommands - (prevC?.totalCommands ?? 0))})`;
	return (
		<>
			<Text color={outcome.newTimeBest ? yellow : undefined} bold={outcome.newTimeBest}>
				{timeLine}
			</Text>
			<Text color={outcome.newCommandsBest ? yellow : undefined} bold={outcome.newCommandsBest}>
				{commandsLine}
			</Text>
			{totalKeystrokes !== undefined ? (
				<Text color={outcome.newKeystrokesBest ? yellow : undefined} bold={outcome.newKeystrokesBest}>
					{keystrokesLine(outcome, totalKeystrokes, lang)}
				</Text>
			) : null}
		</>
	);
}

/** The golf board: `★ New fewest-keystrokes record! 212 (was 230, -18)` or `fewest keystrokes: 212 (+4)`. */
function keystrokesLine(outcome: SummaryOutcome, total: number, lang: Lang): string {
	const prev = outcome.previousKeystrokes?.totalKeystrokes;
	if (outcome.newKeystrokesBest) return prev !== undefined ? `★ ${s(lang, 'newKeystrokesPb')} ${total} (${s(lang, 'was')} ${prev}, ${formatCountDelta(total - prev)})` : `★ ${s(lang, 'newKeystrokesPb')} ${total}`;
	return `${s(lang, 'keystrokesPb')}: ${prev ?? total} (${formatCountDelta(total - (prev ?? total))})`;
}
