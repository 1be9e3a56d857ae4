import React from 'react';
import {Box, Text} from 'ink';
import {formatDuration} from '../format-time.js';
import {t, type Lang} from '../i18n.js';
import {useSolvedInput} from './use-solved-input.js';

export interface SolvedScreenProps {
	levelTitle: string;
	commands: number;
	par: number;
	timeMs: number;
	hintsUsed: number;
	/** Absent after the last level of a pack: Enter then goes back to the map. */
	nextLevelTitle?: string;
	/** What the level taught, in one paragraph (the level's `takeaway`), already in the player's language. */
	takeaway?: string;
	/** Why this result could not be saved (full disk, no permission): shown now, not after exit. */
	saveError?: string;
	onNext: () => void;
	onMenu: () => void;
	/** q: leave the game (the result is already saved). */
	onQuit?: () => void;
	lang?: Lang;
	color?: boolean;
	ascii?: boolean;
	isActive?: boolean;
}

/** The reward after the last goal is met: commands vs par, time, hints, what comes next. */
export default function SolvedScreen({
	levelTitle,
	commands,
	par,
	timeMs,
	hintsUsed,
	nextLevelTitle,
	saveError,
	takeaway,
	onNext,
	onMenu,
	onQuit,
	lang = 'en',
	color = true,
	ascii = false,
	isActive = true,
}: SolvedScreenProps) {
	const atPar = commands <= par;
	const star = ascii ? '*' : '★';

	const input = useSolvedInput({onNext: nextLevelTitle === undefined ? onMenu : onNext, onMenu, onQuit}, isActive);

	return (
		<Box
			flexDirection="column"
			borderStyle={ascii ? 'classic' : 'double'}
			borderColor={color ? 'green' : undefined}
			paddingX={2}
			paddingY={1}
			width={60}
		>
			<Text bold color={color ? 'green' : undefined}>
				{t(lang, 'levelSolved')}
			</Text>
			<Text wrap="truncate-end">{levelTitle}</Text>
			<Text> </Text>
			<Text>
				{t(lang, 'commands')}: {commands} / {t(lang, 'par')} {par}
				{atPar ? (
					<Text color={color ? 'yellow' : undefined}>
						{'  '}
						{star} {t(lang, 'underPar')}
					</Text>
				) : null}
			</Text>
			<Text>
				{t(lang, 'time')}: {formatDuration(timeMs, {tenths: true})}
			</Text>
			<Text>
				{t(lang, 'hintsUsed')}: {hintsUsed}
			</Text>
			{takeaway === undefined ? null : (
				<>
					<Text> </Text>
					<Text wrap="wrap">{takeaway}</Text>
				</>
			)}
			{saveError === undefined ? null : (
				<Text color={color ? 'red' : undefined} wrap="wrap">
					{saveError}
				</Text>
			)}
			<Text> </Text>
			{nextLevelTitle === undefined ? (
				<Text>{t(lang, 'noNextLevel')}</Text>
			) : (
				<Text wrap="truncate-end">
					{t(lang, 'nextLevel')}: {nextLevelTitle}
				</Text>
			)}
			{input.notRun === undefined ? null : (
				<Text color={color ? 'yellow' : undefined} wrap="truncate-end">
					{t(lang, 'notRun', {line: input.notRun})}
				</Text>
			)}
			<Text dimColor>
				{nextLevelTitle === undefined ? t(lang, 'pressEnterMenu') : t(lang, 'pressEnterNext')}
				{onQuit ? `   ${t(lang, 'pressQuit')}` : ''}
			</Text>
		</Box>
	);
}
