import React from 'react';
import {Box, Text} from 'ink';
import {t, type Lang} from '../i18n.js';
import type {TopologyModel} from './topology.js';
import {layoutTopology, type MapLine, type MapTone} from './layout-topology.js';

export interface TopologyMapProps {
	model: TopologyModel;
	/** Columns to fit in; the layout never produces a wider line. */
	width?: number;
	color?: boolean;
	ascii?: boolean;
	lang?: Lang;
	/** Rows the map may take; a longer map is cut and ends with a `… N more lines` row. */
	maxLines?: number;
}

const toneStyle: Record<MapTone, {color?: string; bold?: boolean; dimColor?: boolean}> = {
	host: {bold: true},
	network: {color: 'cyan'},
	endpoint: {},
	stopped: {dimColor: true},
	section: {color: 'magenta'},
	muted: {dimColor: true},
};

/** The hosts, bridges and containers of the simulated machine as a text tree. */
export default function TopologyMap({model, width = 80, color = true, ascii = false, lang = 'en', maxLines}: TopologyMapProps) {
	let lines = layoutTopology(model, {width, ascii, lang});
	if (maxLines !== undefined && lines.length > maxLines) {
		const kept = Math.max(0, maxLines - 1);
		const more: MapLine = {text: t(lang, 'moreLines', {n: lines.length - kept}), tone: 'muted'};
		lines = maxLines <= 0 ? [] : [...lines.slice(0, kept), more];
	}

	return (
		<Box flexDirection="column" width={width}>
			{lines.map((line, index) => (
				// Lines are already fitted; truncate (never wrap) so an address cannot break across rows.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate" {...(color ? toneStyle[line.tone] : {})}>
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
