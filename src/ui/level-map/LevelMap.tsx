import React, {useMemo, useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import stringWidth from 'string-width';
import {t, type Lang} from '../i18n.js';
import {formatLevelLabel, type PackSummary} from './format-level.js';

export type {LevelSummary, PackSummary} from './format-level.js';

export interface LevelMapProps {
	packs: readonly PackSummary[];
	onSelect: (levelId: string) => void;
	onQuit: () => void;
	lang?: Lang;
	ascii?: boolean;
	color?: boolean;
	/** Level to highlight first, e.g. the one just played. */
	initialLevelId?: string;
	/** Rows of levels to show at once; the list scrolls past them. */
	limit?: number;
	isActive?: boolean;
}

/** What each select item carries: the level, and the pack heading if it opens a pack. */
interface LevelValue {
	levelId: string;
	heading?: string;
}

// Titles longer than this are not padded further, so one long title cannot push bests off screen.
const maxTitleColumn = 34;

export default function LevelMap({
	packs,
	onSelect,
	onQuit,
	lang = 'en',
	ascii = false,
	color = true,
	initialLevelId,
	limit,
	isActive = true,
}: LevelMapProps) {
	const items = useMemo(() => {
		const titleColumn = Math.min(
			maxTitleColumn,
			Math.max(0, ...packs.flatMap(pack => pack.levels.map(level => stringWidth(level.title)))),
		);
		let number = 0;
		return packs.flatMap(pack =>
			pack.levels.map((level, index) => {
				number++;
				const value: LevelValue = {levelId: level.id, heading: index === 0 ? pack.title : undefined};
				return {
					key: level.id,
					label: formatLevelLabel(level, {number, titleColumn, ascii, lang}),
					value,
				};
			}),
		);
	}, [packs, ascii, lang]);

	const initialIndex = Math.max(
		0,
		items.findIndex(item => item.value.levelId === initialLevelId),
	);
	// The pointer lives in a ref that each key updates at once, and the state only redraws it:
	// keys that arrive together (a held arrow key on a busy machine, Down then Enter) each act on
	// the pointer as the previous key left it, none on a stale value from the last render.
	const pointer = useRef(initialIndex);
	const [selected, setSelected] = useState(initialIndex);
	const move = (step: number) => {
		pointer.current = Math.max(0, Math.min(items.length - 1, pointer.current + step));
		setSelected(pointer.current);
	};

	useInput(
		(input, key) => {
			if (input === 'q' || key.escape) {
				onQuit();
			} else if (key.upArrow || input === 'k') {
				move(-1);
			} else if (key.downArrow || input === 'j') {
				move(1);
			} else if (key.pageUp) {
				move(-(limit ?? items.length));
			} else if (key.pageDown) {
				move(limit ?? items.length);
			} else if (key.return) {
				const item = items[pointer.current];
				if (item) {
					onSelect(item.value.levelId);
				}
			}
		},
		{isActive},
	);

	// The window of levels on screen scrolls to keep the pointer in view (it never wraps around).
	const windowSize = limit === undefined ? items.length : Math.max(1, Math.min(limit, items.length));
	const offset = useRef(0);
	offset.current = Math.min(Math.max(offset.current, selected - windowSize + 1), selected, Math.max(0, items.length - windowSize));
	const visible = items.slice(offset.current, offset.current + windowSize);

	return (
		<Box flexDirection="column">
			<Text bold>{t(lang, 'levelMap')}</Text>
			{visible.map((item, index) => {
				const isSelected = offset.current + index === selected;
				// The first row shows its pack's heading even when the pack starts above the window.
				const heading = item.value.heading ?? (index === 0 ? packOf(packs, item.value.levelId) : undefined);
				return (
					<Box key={item.key} flexDirection="column">
						{heading === undefined ? null : (
							<Text bold color={color ? 'yellow' : undefined}>
								{heading}
							</Text>
						)}
						<Text color={color && isSelected ? 'cyan' : undefined} wrap="truncate-end">
							{isSelected ? (ascii ? '> ' : '❯ ') : '  '}
							{item.label}
						</Text>
					</Box>
				);
			})}
			<Text dimColor>{ascii ? t(lang, 'levelMapHelp').replace('↑/↓', 'Up/Down') : t(lang, 'levelMapHelp')}</Text>
		</Box>
	);
}

function packOf(packs: readonly PackSummary[], levelId: string): string | undefined {
	return packs.find(pack => pack.levels.some(level => level.id === levelId))?.title;
}
