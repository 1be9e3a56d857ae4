import React from 'react';
import {Box, Text} from 'ink';

export interface Goal {
	id: string;
	text: string;
	met: boolean;
}

export interface GoalsPanelProps {
	/** Already translated, e.g. t(lang, 'goals'). */
	title: string;
	goals: readonly Goal[];
	color: boolean;
	/** Plain ASCII border and [x]/[ ] marks, for terminals without Unicode. */
	ascii?: boolean;
	/** Outer width including the border; by default the panel takes the width it is given. */
	width?: number;
}

// With colour the ✔/✘ glyph is backed up by green/red; without it, [x]/[ ] reads unambiguously.
function marks(color: boolean, ascii: boolean) {
	return color && !ascii ? {met: '✔', unmet: '✘', width: 2} : {met: '[x]', unmet: '[ ]', width: 4};
}

/** The level's goals, each with a met / not met mark; text wraps inside the border. */
export default function GoalsPanel({title, goals, color, ascii = false, width}: GoalsPanelProps) {
	const mark = marks(color, ascii);
	const metCount = goals.filter(goal => goal.met).length;

	return (
		<Box
			flexDirection="column"
			borderStyle={ascii ? 'classic' : 'round'}
			borderColor={color ? (metCount === goals.length && goals.length > 0 ? 'green' : 'cyan') : undefined}
			paddingX={1}
			width={width}
		>
			<Text bold wrap="truncate-end">
				{title} {metCount}/{goals.length}
			</Text>
			{goals.map(goal => (
				<Box key={goal.id} flexDirection="row">
					{/* A fixed-width mark column keeps wrapped lines indented under the text. */}
					<Box width={mark.width} flexShrink={0}>
						<Text color={color ? (goal.met ? 'green' : 'red') : undefined}>{goal.met ? mark.met : mark.unmet}</Text>
					</Box>
					<Box flexGrow={1} flexShrink={1}>
						<Text wrap="wrap" dimColor={color && goal.met}>
							{goal.text}
						</Text>
					</Box>
				</Box>
			))}
		</Box>
	);
}
