import React from 'react';
import {Box, Static, Text} from 'ink';

export interface ScrollbackItem {
	/** Stable and unique: `<Static>` prints each id once and never again. */
	id: string | number;
	prompt: string;
	command: string;
	stdout: string;
	stderr: string;
	exitCode: number;
	/** stdout and stderr in the order written, when they are interleaved; shown instead of the two blocks. */
	output?: readonly {fd: 1 | 2; text: string}[];
}

export interface ScrollbackProps {
	items: readonly ScrollbackItem[];
	/** When false stderr is printed plain, like everything else. */
	color: boolean;
}

// Commands end their output with a newline; as a Text block that would print a blank line.
const withoutFinalNewline = (text: string) => text.replace(/\r?\n$/, '');

export interface ScrollbackEntryProps {
	item: ScrollbackItem;
	color: boolean;
}

/** One command and what it printed, exactly as a terminal would have shown it. */
export function ScrollbackEntry({item, color}: ScrollbackEntryProps) {
	const stdout = withoutFinalNewline(item.stdout);
	const stderr = withoutFinalNewline(item.stderr);
	if (item.output) return <OrderedEntry item={item} output={item.output} color={color} />;

	return (
		<Box flexDirection="column">
			<Text>
				{item.prompt}
				{item.command}
			</Text>
			{/* Docker's tables are already laid out; let long lines wrap instead of cutting IPs off. */}
			{stdout === '' ? null : <Text>{stdout}</Text>}
			{stderr === '' ? null : <Text color={color ? 'red' : undefined}>{stderr}</Text>}
		</Box>
	);
}

/** A command whose stdout and stderr interleave: one block of text, stderr parts in red. */
function OrderedEntry({item, output, color}: ScrollbackEntryProps & {output: readonly {fd: 1 | 2; text: string}[]}) {
	const last = output.length - 1;
	return (
		<Box flexDirection="column">
			<Text>
				{item.prompt}
				{item.command}
			</Text>
			<Text>
				{output.map((c, i) => {
					const text = i === last ? withoutFinalNewline(c.text) : c.text;
					return c.fd === 2 ? (
						<Text key={i} color={color ? 'red' : undefined}>
							{text}
						</Text>
					) : (
						text
					);
				})}
			</Text>
		</Box>
	);
}

/**
 * Past commands and their output. Printed through `<Static>` so a long session is written to
 * the terminal once and is not redrawn on every keystroke; the terminal scrolls it, not Ink.
 */
export default function Scrollback({items, color}: ScrollbackProps) {
	return (
		<Static items={[...items]}>
			{item => <ScrollbackEntry key={item.id} item={item} color={color} />}
		</Static>
	);
}
