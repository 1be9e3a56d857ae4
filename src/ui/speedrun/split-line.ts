// One split as text, for the scrollback (a plain string with optional ANSI colour) and the
// components (parts they colour themselves). Both say the same thing the same way.
import {deltaTone, formatClock, formatDelta, type DeltaTone} from '../../speedrun/splits.js';

export interface SplitInfo {
	/** 0-based level index in the run, and how many levels the run has. */
	index: number;
	count: number;
	title: string;
	splitMs: number;
	cumulativeMs: number;
	/** Cumulative time minus the personal best's at the same level; undefined without a PB. */
	delta?: number;
}

export interface SplitParts {
	head: string;
	times: string;
	delta: string;
	tone: DeltaTone;
}

export function splitParts(info: SplitInfo): SplitParts {
	return {
		head: `✓ ${info.index + 1}/${info.count} ${info.title}`,
		times: `split ${formatClock(info.splitMs)}   total ${formatClock(info.cumulativeMs)}`,
		delta: formatDelta(info.delta),
		tone: deltaTone(info.delta),
	};
}

/** Ink colour for a delta: green ahead, red behind, none otherwise. */
export const toneColor = (tone: DeltaTone): string | undefined => (tone === 'ahead' ? 'green' : tone === 'behind' ? 'red' : undefined);

const ANSI: Record<string, [string, string]> = {green: ['\u001b[32m', '\u001b[39m'], red: ['\u001b[31m', '\u001b[39m']};

/** `✓ 1/8 First contact   split 0:04.2   total 0:04.2   -0:01.2` (the delta coloured when `color`). */
export function splitLineText(info: SplitInfo, color: boolean): string {
	const p = splitParts(info);
	const c = color ? toneColor(p.tone) : undefined;
	const delta = p.delta === '' ? '' : `   ${c ? `${ANSI[c]![0]}${p.delta}${ANSI[c]![1]}` : p.delta}`;
	return `${p.head}   ${p.times}${delta}`;
}
