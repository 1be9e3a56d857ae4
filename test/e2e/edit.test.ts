// `edit FILE` in a real terminal (tmux): the built-in editor when there is no $EDITOR, and the
// hand-over to an external editor (a script standing in for vi) with the file read back.
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {useTerminals} from './tmux.js';
import {externalEditorCommand, runExternalEditor} from '../../src/cli/external-editor.js';

const terminal = useTerminals();

let scratch = '';
beforeAll(() => {
	scratch = mkdtempSync(path.join(tmpdir(), 'netdojo-e2e-edit-'));
});

afterAll(() => {
	rmSync(scratch, {recursive: true, force: true});
});

const PROMPT = /^\$ ?$/m;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('edit', () => {
	test('the built-in editor when $EDITOR does not exist: type two lines, Ctrl+S, cat shows them', async () => {
		const t = terminal({args: ['sandbox'], env: {EDITOR: '/nonexistent', VISUAL: ''}});
		await t.waitFor(PROMPT);
		t.line('edit notes.txt');
		let screen = await t.waitFor('Ctrl+S save');
		expect(screen).toContain('edit notes.txt');
		expect(screen).toContain('[new file]');
		t.type('hello from netdojo');
		t.press('Enter');
		t.type('두 번째 줄');
		screen = await t.waitFor('두 번째 줄');
		expect(screen).toMatch(/^ 1 hello from netdojo$/m);
		await pause(100);
		t.tmux('send-keys', '-t', t.session, 'C-s');
		await t.waitFor('edit: saved notes.txt (2 lines)');
		await t.waitFor(PROMPT);
		t.line('cat notes.txt');
		screen = await t.waitFor(/\$ cat notes\.txt\nhello from netdojo\n두 번째 줄\n/);
		expect(screen).not.toContain('Ctrl+S save');
		// The line that opened the editor is in the scrollback above.
		expect(t.history()).toContain('$ edit notes.txt');
	});

	test('Esc leaves the built-in editor without saving (NETDOJO_EDITOR=builtin)', async () => {
		const t = terminal({args: ['sandbox'], env: {NETDOJO_EDITOR: 'builtin'}});
		await t.waitFor(PROMPT);
		t.line('edit draft.txt');
		await t.waitFor('Ctrl+S save');
		t.type('not kept');
		await t.waitFor('not kept');
		await pause(100);
		t.press('Escape');
		await t.waitFor('edit: draft.txt not saved');
		t.line('ls');
		const screen = await t.waitFor(/\$ ls\n/);
		expect(screen).not.toMatch(/\$ ls\n.*draft\.txt/);
	});

	test('an external editor gets the terminal and its file is read back', async () => {
		const editor = path.join(scratch, 'fake-editor.sh');
		// Stands in for vi: says which file it got, appends a line, exits.
		writeFileSync(editor, '#!/bin/sh\nprintf "editing %s\\n" "$(basename "$1")"\nprintf "appended by the editor\\n" >> "$1"\n');
		chmodSync(editor, 0o755);
		const t = terminal({args: ['sandbox'], env: {EDITOR: editor, VISUAL: ''}});
		await t.waitFor(PROMPT);
		t.line("printf 'first line\\n' > notes.txt");
		await t.waitFor(/> notes\.txt\nsandbox\n\$ ?$/m);
		t.line('edit notes.txt');
		await t.waitFor('edit: saved notes.txt (2 lines)');
		await t.waitFor(PROMPT);
		t.line('cat notes.txt');
		const screen = await t.waitFor(/\$ cat notes\.txt\nfirst line\nappended by the editor\n/);
		expect(screen).not.toContain('Ctrl+S save');
	});
});

describe('external-editor.ts', () => {
	test('picks $VISUAL, then $EDITOR, then vi, and never a set editor that does not exist', () => {
		const sh = '/bin/sh';
		expect(externalEditorCommand({PATH: '/usr/bin:/bin', VISUAL: sh, EDITOR: 'nano'})).toBe(sh);
		expect(externalEditorCommand({PATH: '/usr/bin:/bin', EDITOR: `${sh} -e`})).toBe(`${sh} -e`);
		expect(externalEditorCommand({PATH: '/usr/bin:/bin', EDITOR: '/nonexistent'})).toBeUndefined();
		expect(externalEditorCommand({PATH: '', EDITOR: ''})).toBeUndefined();
		expect(externalEditorCommand({PATH: '/usr/bin:/bin', EDITOR: sh, NETDOJO_EDITOR: 'builtin'})).toBeUndefined();
	});

	test('reads the file back, and reports an editor that cannot start or fails', () => {
		const quiet = {setRawMode: () => {}, isRaw: false};
		expect(runExternalEditor('a.txt', 'x\n', {...quiet, command: 'sed -i s/x/y/'})).toEqual({ok: true, content: 'y\n'});
		expect(runExternalEditor('a.txt', 'x\n', {...quiet, command: '/nonexistent/editor'})).toEqual({ok: false, unavailable: true});
		expect(runExternalEditor('a.txt', 'x\n', {...quiet, command: 'false'})).toEqual({ok: false, error: 'the editor exited with status 1'});
	});
});
