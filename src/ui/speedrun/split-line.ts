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
	/** This split minus the level's best segment before the run; undefined without one. */
	segmentDelta?: number;
	/** Faster than every earlier split of the level. */
	gold?: boolean;
}

export interface SplitParts {
	head: string;
	times: string;
	delta: string;
	tone: DeltaTone;
	/** `seg -0:00.3` against the best segment; '' without one. */
	segment: string;
	segmentTone: DeltaTone;
	gold: boolean;
}

export function splitParts(info: SplitInfo): SplitParts {
	return {
		head: `✓ ${info.index + 1}/${info.count} ${info.title}`,
		times: `split ${formatClock(info.splitMs)}   total ${formatClock(info.cumulativeMs)}`,
		delta: formatDelta(info.delta),
		tone: deltaTone(info.delta),
		segment: info.segmentDelta === undefined ? '' : `seg ${formatDelta(info.segmentDelta)}`,
		segmentTone: deltaTone(info.segmentDelta),
		gold: info.gold === true,
	};
}

/** The gold mark speed-runners use for a best-ever segment. */
export const GOLD = '★ gold';

/** Ink colour for a delta: green ahead, red behind, none otherwise. */
export const toneColor = (tone: DeltaTone): string | undefined => (tone === 'ahead' ? 'green' : tone === 'behind' ? 'red' : undefined);

const ANSI: Record<string, [string, string]> = {green: ['\u001b[32m', '\u001b[39m'], red: ['\u001b[31m', '\u001b[39m'], yellow: ['\u001b[33m', '\u001b[39m']};
const paint = (text: string, c: string | undefined) => (c ? `${ANSI[c]![0]}${text}${ANSI[c]![1]}` : text);

/**
 * `✓ 1/8 First contact   split 0:04.2   total 0:04.2   -0:01.2   seg -0:00.3 ★ gold`: the delta
 * to the personal best, to the level's best segment, and the gold mark (coloured when `color`).
 */
export function splitLineText(info: SplitInfo, color: boolean): string {
	const p = splitParts(info);
	const delta = p.delta === '' ? '' : `   ${paint(p.delta, color ? toneColor(p.tone) : undefined)}`;
	const segment = p.segment === '' ? '' : `   ${paint(p.segment, color ? toneColor(p.segmentTone) : undefined)}`;
	const gold = p.gold ? ` ${paint(GOLD, color ? 'yellow' : undefined)}` : '';
	return `${p.head}   ${p.times}${delta}${segment}${gold}`;
}
