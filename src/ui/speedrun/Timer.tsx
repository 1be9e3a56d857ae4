import React from 'react';
import {Text} from 'ink';
import {formatClock} from '../../speedrun/splits.js';
import {splitParts, toneColor, type SplitInfo} from './split-line.js';
import {useTimer} from './use-timer.js';
import {s} from './strings.js';
import type {Lang} from '../i18n.js';

export interface TimerViewProps {
	ms: number;
	/** False before the first keystroke: the timer says it is waiting. */
	started: boolean;
	/** Shown after the time, e.g. `level 2/8`. */
	label?: string;
	/** The last solved level, shown compactly after the label. */
	last?: SplitInfo;
	lang: Lang;
	color: boolean;
}

/** The stateless view, one line: `⏱ 1:05.3   level 2/8   PB 4:12.3   SoB 4:01.0   attempt #5   ✓ 1/8 0:12.3 -0:01.2`. */
export function TimerView({ms, started, label, last, lang, color}: TimerViewProps) {
	const p = last ? splitParts(last) : undefined;
	return (
		<Text wrap="truncate-end">
			<Text color={color ? 'yellow' : undefined}>⏱ </Text>
			<Text bold>{formatClock(ms)}</Text>
			{/* The waiting note first: on a narrow terminal the end of the line is cut. */}
			{started ? null : <Text dimColor>{`   (${s(lang, 'timerWaiting')})`}</Text>}
			{label ? <Text>{`   ${label}`}</Text> : null}
			{last && p ? <Text dimColor>{`   ✓ ${last.index + 1}/${last.count} ${formatClock(last.splitMs)}`}</Text> : null}
			{p && p.delta !== '' ? <Text color={color ? toneColor(p.tone) : undefined}>{` ${p.delta}`}</Text> : null}
		</Text>
	);
}

export interface TimerProps extends Omit<TimerViewProps, 'ms'> {
	/** The time on the clock now (ms). */
	read: () => number;
	running: boolean;
}

/** A live timer (m:ss.t, about ten updates a second while running). */
export default function Timer({read, running, ...view}: TimerProps) {
	const ms = useTimer(read, running);
	return <TimerView ms={ms} {...view} />;
}
