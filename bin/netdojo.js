#!/usr/bin/env -S node --max-semi-space-size=1
// dist/first-frame.js is small and draws the level map at once when that is what this run shows
// (src/cli/first-frame.ts); dist/netdojo.js is the game, which takes the screen over from it.
import {firstFrame} from '../dist/first-frame.js';

await firstFrame();
await import('../dist/netdojo.js');
