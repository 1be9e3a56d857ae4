// Issue 12: what simulated programs print reaches the terminal only as text. A level's setup line
// writes an OSC title and an OSC 52 clipboard sequence to a file; `cat` of it shows the caret
// forms and sends no escape sequence to the player's terminal.
import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import PlayScreen from '../../src/ui/play/PlayScreen.js';
import Editor from '../../src/ui/editor/Editor.js';
import {GameSession} from '../../src/game/game-session.js';
import {parseLevel} from '../../src/levels/index.js';
import {showControlChars, stripControlChars} from '../../src/levels/control-chars.js';
import {keys, settle} from './helpers.js';

afterEach(() => {
	cleanup();
});

const LEVEL = `id: hostile-output
title: {en: "Hostile output"}
briefing: {en: "A file with escape sequences."}
par: 1
goals:
  - id: g
    text: {en: "Never met."}
    network: {name: nothing-here}
hints: [{en: "none"}]
solution: [docker network create nothing-here]
world:
  setup:
    - printf '\\033]0;title\\007\\033]52;c;Zm9v\\007' > evil.txt
    - printf 'a\\033[2Jb\\007c\\r\\ne\\tf\\n' > more.txt
`;

describe('showControlChars', () => {
	it('shows control characters in caret form, keeps newlines and tabs, drops bidi controls', () => {
		expect(showControlChars('\u001b]0;title\u0007\u001b]52;c;Zm9v\u0007')).toBe('^[]0;title^G^[]52;c;Zm9v^G');
		expect(showControlChars('a\u0000b\u007fc\u009bd\u0008e')).toBe('a^@b^?cM-^[d^He');
		expect(showControlChars('x\ty\nz')).toBe('x\ty\nz');
		expect(showControlChars('abc\u202edef\u2066g\u2069')).toBe('abcdefg');
	});

	it('leaves what a terminal shows as nothing: the CR of CRLF and Compose’s erase-line at a line start', () => {
		expect(showControlChars('HTTP/1.1 200 OK\r\nServer: nginx\r\n\r\n')).toBe('HTTP/1.1 200 OK\nServer: nginx\n\n');
		expect(showControlChars('\u001b[2Kweb-1  | up\n\u001b[2Kdb-1   | up\n')).toBe('web-1  | up\ndb-1   | up\n');
		// A lone CR would move the cursor: shown, not obeyed.
		expect(showControlChars('50%\r100%')).toBe('50%^M100%');
	});

	it('treats the same characters as unsafe as the level-text cleaner does', () => {
		for (let code = 0; code < 0xa0; code++) {
			const char = String.fromCharCode(code);
			const unsafe = stripControlChars(`x${char}`) === 'x';
			expect(showControlChars(char) !== char, `U+${code.toString(16)}`).toBe(unsafe);
		}
	});
});

describe('the play screen', () => {
	it('cat of a file holding OSC title and clipboard sequences shows them as text, and writes no ESC', async () => {
		const parsed = parseLevel(LEVEL, 'hostile.yaml');
		expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
		if (!parsed.ok) return;
		const game = new GameSession(parsed.level, {terminal: true});
		const view = render(<PlayScreen game={game} lang="en" color={false} heading="hostile" onSolved={() => {}} onLeave={() => {}} />);
		await settle();
		for (const line of ['cat evil.txt', 'cat more.txt']) {
			view.stdin.write(line);
			await settle();
			view.stdin.write(keys.enter);
			await settle();
		}
		const frame = view.lastFrame() ?? '';
		expect(frame).toContain('^[]0;title^G^[]52;c;Zm9v^G');
		expect(frame).toContain('a^[[2Jb^Gc\ne\tf');
		const written = view.frames.join('');
		// color is off: nothing in the frames may be an escape sequence or a BEL.
		expect(written).not.toMatch(/[\u0007\u001b\u009b\u202e]/);
	});
});

describe('the built-in editor', () => {
	it('shows a file’s escape sequences as symbols and keeps the text as it is', async () => {
		let saved: string | undefined;
		const content = 'a\u001b]0;title\u0007b\n';
		const view = render(<Editor fileName="evil.txt" content={content} onSave={(text) => (saved = text)} onCancel={() => {}} width={60} height={5} lang="en" color={false} />);
		await settle();
		expect(view.lastFrame()).toContain('a\u241b]0;title\u2407b');
		expect(view.frames.join("")).not.toMatch(/\u0007|\u001b\]/);
		view.stdin.write('\u0013');
		await settle();
		expect(saved).toBe(content);
	});
});
