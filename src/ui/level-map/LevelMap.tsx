import React, {useMemo} from 'react';
import {Box, Text, useInput} from 'ink';
import SelectInput from 'ink-select-input';
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

interface ItemProps {
	isSelected?: boolean;
	label: string;
	value?: LevelValue;
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

	// ink-select-input only knows flat items, so the pack heading is drawn by the item that opens
	// the pack, and the pointer is drawn by the item too so it sits on the level, not the heading.
	const Item = useMemo(
		() =>
			function LevelItem({isSelected = false, label, value}: ItemProps) {
				return (
					<Box flexDirection="column">
						{value?.heading === undefined ? null : (
							<Text bold color={color ? 'yellow' : undefined}>
								{value.heading}
							</Text>
						)}
						<Text color={color && isSelected ? 'cyan' : undefined} wrap="truncate-end">
							{isSelected ? (ascii ? '> ' : '❯ ') : '  '}
							{label}
						</Text>
					</Box>
				);
			},
		[ascii, color],
	);

	useInput(
		(input, key) => {
			if (input === 'q' || key.escape) {
				onQuit();
			}
		},
		{isActive},
	);

	const initialIndex = Math.max(
		0,
		items.findIndex(item => item.value.levelId === initialLevelId),
	);

	return (
		<Box flexDirection="column">
			<Text bold>{t(lang, 'levelMap')}</Text>
			<SelectInput<LevelValue>
				items={items}
				initialIndex={initialIndex}
				limit={limit}
				isFocused={isActive}
				indicatorComponent={NoIndicator}
				itemComponent={Item as React.FC<{isSelected?: boolean; label: string}>}
				onSelect={item => {
					onSelect(item.value.levelId);
				}}
			/>
			<Text dimColor>{t(lang, 'levelMapHelp')}</Text>
		</Box>
	);
}

function NoIndicator() {
	return null;
}
