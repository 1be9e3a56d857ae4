import stringWidth from 'string-width';
import {formatDuration} from '../format-time.js';
import {t, type Lang} from '../i18n.js';

export interface LevelSummary {
	id: string;
	title: string;
	/** Fewest commands that solve the level. */
	par: number;
	solved: boolean;
	/** The number shown (`03`); defaults to the level's position across all packs. */
	number?: number;
	bestTimeMs?: number;
	bestCommands?: number;
}

export interface PackSummary {
	id: string;
	title: string;
	levels: LevelSummary[];
}

export interface FormatLevelOptions {
	/** 1-based position across all packs, shown as `03`. */
	number: number;
	/** Pad titles to this many columns so the best times line up. */
	titleColumn: number;
	ascii: boolean;
	lang: Lang;
}

function padEnd(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

/** `✔ 03 Connection reset  best 0:42  4/3 cmds` — solved mark, number, title, bests vs par. */
export function formatLevelLabel(level: LevelSummary, {number, titleColumn, ascii, lang}: FormatLevelOptions): string {
	const mark = level.solved ? (ascii ? '*' : '✔') : ' ';
	const parts = [`${mark} ${String(level.number ?? number).padStart(2, '0')} ${padEnd(level.title, titleColumn)}`];
	if (level.bestTimeMs !== undefined) {
		parts.push(`${t(lang, 'best')} ${formatDuration(level.bestTimeMs)}`);
	}

	if (level.bestCommands !== undefined) {
		parts.push(`${level.bestCommands}/${level.par} ${t(lang, 'cmds')}`);
	}

	return parts.join('  ').trimEnd();
}
