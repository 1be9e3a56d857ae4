// Issue 12: escape sequences that simulated programs print reach a person's terminal only as text;
// a pipe gets the transcript as it is. See src/cli/script-mode.ts.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {ROOT, useTerminals} from './tmux.js';

const terminal = useTerminals();
const scratch = mkdtempSync(path.join(tmpdir(), 'netdojo-e2e-safe-'));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));
const script = path.join(scratch, 'evil.sh');
writeFileSync(script, "printf '\\033]0;pwned\\007\\033]52;c;Zm9v\\007' > evil.txt\ncat evil.txt\necho done\n");

describe('netdojo script', () => {
	test('on a terminal: escape sequences shown as ^[ forms; the window title stays', async () => {
		const t = terminal({args: ['script', script]});
		expect(await t.waitForExit(20_000)).toBe(0);
		const screen = t.screen();
		expect(screen).toContain('^[]0;pwned^G^[]52;c;Zm9v^G');
		expect(screen).toContain('done');
		expect(t.tmux('display-message', '-p', '-t', t.session, '#{pane_title}')).not.toContain('pwned');
	}, 60_000);

	test('piped: the transcript as the programs wrote it', () => {
		const r = spawnSync(process.execPath, ['bin/netdojo.js', 'script', script], {cwd: ROOT, encoding: 'utf8', env: {...process.env, CI: ''}});
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('$ cat evil.txt\n\u001b]0;pwned\u0007\u001b]52;c;Zm9v\u0007');
	});
});
