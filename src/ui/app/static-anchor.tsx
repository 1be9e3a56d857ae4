import React from 'react';
import {Static} from 'ink';

const none: never[] = [];

/**
 * An empty <Static> for a screen that has no scrollback of its own (the level map, the solved
 * screen, the speed-run summary, the blank frame while quitting).
 *
 * Why: Ink 6 remembers the last <Static> it created (`rootNode.staticNode`) and lays it out on
 * every frame, but never forgets it when it is unmounted, while React frees its Yoga node. After
 * the play screen is gone, each frame then reads the height of freed WebAssembly memory; where
 * that memory holds a large number, Ink allocates a frame of millions of rows in one synchronous
 * call: the map stays, no key or signal is handled, and memory grows by gigabytes (issue 12,
 * `play connect-second-network`, solve, `m`, `q`). Mounting a fresh empty <Static> with every such
 * screen makes Ink point at a live node again: React creates the new one while rendering, before
 * it removes the old one in the commit, and an empty <Static> takes no rows and prints nothing.
 * Give it a key per screen, so a screen change always creates a new one.
 */
export function StaticAnchor() {
	return <Static items={none}>{() => null}</Static>;
}
