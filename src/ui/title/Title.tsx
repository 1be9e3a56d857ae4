import React from 'react';
import {Box, Text} from 'ink';
import {t, type Lang} from '../i18n.js';

// "netdojo" in figlet's standard font, 42 columns wide, so it fits 80 with room to spare.
export const titleArt = [
	'            _      _       _',
	' _ __   ___| |_ __| | ___ (_) ___',
	"| '_ \\ / _ \\ __/ _` |/ _ \\| |/ _ \\",
	'| | | |  __/ || (_| | (_) | | (_) |',
	'|_| |_|\\___|\\__\\__,_|\\___// |\\___/',
	'                        |__/',
];

export interface TitleProps {
	lang?: Lang;
	color?: boolean;
	/** Shown under the tagline, e.g. the version. */
	subtitle?: string;
}

export default function Title({lang = 'en', color = true, subtitle}: TitleProps) {
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text color={color ? 'cyan' : undefined}>{titleArt.join('\n')}</Text>
			<Text bold>{t(lang, 'tagline')}</Text>
			{subtitle === undefined ? null : <Text dimColor>{subtitle}</Text>}
		</Box>
	);
}
