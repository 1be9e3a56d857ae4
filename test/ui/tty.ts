// A fake terminal for Ink: unlike ink-testing-library (debug mode, no rows), it has a size and
// isTTY, so Ink takes its real path (throttled frames, <Static> written once, log-update).
import {EventEmitter} from 'node:events';
import {render, type Instance} from 'ink';
import type React from 'react';
// Ink's map from stdout to its instance: the only way to look at the node tree Ink renders from.
import inkInstances from '../../node_modules/ink/build/instances.js';

export class FakeStdout extends EventEmitter {
	isTTY = true;
	readonly frames: string[] = [];
	constructor(
		public columns = 100,
		public rows = 30,
	) {
		super();
	}

	write = (chunk: string, callback?: () => void): boolean => {
		this.frames.push(chunk);
		callback?.();
		return true;
	};

	/** Everything written so far, in one string. */
	text(): string {
		return this.frames.join('');
	}
}

export class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string): void => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = (): string | null => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

interface InkNode {
	parentNode?: InkNode;
}

/**
 * Whether the <Static> Ink renders its static output from (it keeps the last one created) is
 * still in the tree. A detached one has a freed Yoga node: Ink reads garbage sizes from it.
 */
export function staticNodeIsLive(stdout: FakeStdout): boolean {
	const ink = (inkInstances as unknown as WeakMap<object, {rootNode: InkNode & {staticNode?: InkNode}}>).get(stdout);
	if (!ink) return true;
	let node = ink.rootNode.staticNode;
	if (!node) return true;
	while (node.parentNode) node = node.parentNode;
	return node === ink.rootNode;
}

export interface TtyRender {
	stdout: FakeStdout;
	stdin: FakeStdin;
	instance: Instance;
	/** Renders in which Ink's static node was detached (must stay 0). */
	detachedRenders: () => number;
}

/** Renders `tree` on a fake terminal; every frame checks that Ink's <Static> is still mounted. */
export function renderTty(tree: React.ReactElement, columns = 100, rows = 30): TtyRender {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	let detached = 0;
	const instance = render(tree, {
		stdout: stdout as never,
		stdin: stdin as never,
		exitOnCtrlC: false,
		patchConsole: false,
		onRender: () => {
			if (!staticNodeIsLive(stdout)) detached++;
		},
	});
	return {stdout, stdin, instance, detachedRenders: () => detached};
}
