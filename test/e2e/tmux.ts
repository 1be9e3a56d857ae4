// A small harness that plays netdojo in a real terminal: a private tmux server (its own socket),
// one detached session per game, keys sent with send-keys, the screen read with capture-pane.
// Ink prints only its final frame when CI is set, so the game always runs with `env -u CI`.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll} from 'vitest';

/** The checkout: the nearest folder up from this file that has bin/netdojo.js (also when bundled). */
export const ROOT = ((): string => {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	while (!existsSync(path.join(dir, 'bin', 'netdojo.js'))) {
		const up = path.dirname(dir);
		if (up === dir) throw new Error('cannot find bin/netdojo.js above test/e2e');
		dir = up;
	}
	return dir;
})();

/** Throws a clear error when tmux is missing: the e2e suite never skips silently. */
export function requireTmux(): void {
	const r = spawnSync('tmux', ['-V'], {encoding: 'utf8'});
	if (r.error || r.status !== 0) {
		throw new Error(
			'The e2e tests need tmux (a real terminal to drive the game in), but `tmux -V` failed' +
				` (${r.error?.message ?? r.stderr.trim()}). Install it, e.g. \`apt-get install tmux\`; .ci/run does this in CI.`,
		);
	}
}

let built = false;
/**
 * Bundles the CLI once per test process (dist/netdojo.js, which bin/netdojo.js loads).
 * NETDOJO_E2E_SKIP_BUILD=1 uses the dist/ that is already there (while iterating on a test).
 */
export function buildOnce(): void {
	if (built || process.env['NETDOJO_E2E_SKIP_BUILD'] === '1') return;
	execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: ROOT, stdio: 'pipe'});
	built = true;
}

export type Key = 'Enter' | 'Up' | 'Down' | 'Left' | 'Right' | 'Tab' | 'C-c' | 'C-d' | 'C-u' | 'Escape' | 'BSpace';

export interface TerminalOptions {
	/** Arguments after `node bin/netdojo.js`. */
	args?: string[];
	cols?: number;
	rows?: number;
	/** NETDOJO_HOME; a fresh temporary folder by default (removed by close()). */
	home?: string;
	/** Extra environment, e.g. {NO_COLOR: '1'}. */
	env?: Record<string, string>;
	/** Send the game's stderr to this file instead of the terminal. */
	stderrFile?: string;
	/** A command the game runs under, e.g. ['setsid'] (it must exec the game, not fork it). */
	launcher?: string[];
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

let serial = 0;

/** One game in one tmux session on the harness's own server. */
export class Terminal {
	readonly socket: string;
	readonly session: string;
	readonly home: string;
	private readonly ownHome: boolean;
	/** The shell around the game writes its exit status here (tmux does not always report it). */
	private readonly statusFile: string;

	constructor(options: TerminalOptions = {}) {
		this.socket = `netdojo-e2e-${process.pid}`;
		this.session = `t${++serial}`;
		this.ownHome = options.home === undefined;
		this.home = options.home ?? mkdtempSync(path.join(tmpdir(), 'netdojo-e2e-home-'));
		// LC_ALL and LC_CTYPE would override LANG (a non-UTF-8 one makes the game draw in ASCII).
		const env = Object.entries({NETDOJO_HOME: this.home, LANG: 'C.UTF-8', LC_ALL: '', LC_CTYPE: '', TERM: 'xterm-256color', ...options.env})
			.map(([k, v]) => `${k}=${quote(v)}`)
			.join(' ');
		const args = (options.args ?? []).map(quote).join(' ');
		// After the game ends the pane stays (remain-on-exit) so its last screen and exit code can be read.
		this.statusFile = path.join(tmpdir(), `netdojo-e2e-${process.pid}-${this.session}.status`);
		rmSync(this.statusFile, {force: true});
		const stderr = options.stderrFile === undefined ? '' : ` 2>${quote(options.stderrFile)}`;
		const game = `env -u CI -u FORCE_COLOR ${env} ${(options.launcher ?? []).map((a) => `${quote(a)} `).join('')}${quote(process.execPath)} bin/netdojo.js ${args}${stderr}`;
		const command = `sh -c ${quote(`${game}; echo $? > ${quote(this.statusFile)}`)}`;
		this.tmux('new-session', '-d', '-s', this.session, '-x', String(options.cols ?? 100), '-y', String(options.rows ?? 30), '-c', ROOT, command);
		this.tmux('set-option', '-t', this.session, 'remain-on-exit', 'on');
	}

	tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	}

	/** Types text literally (no key names interpreted). */
	type(text: string): void {
		this.tmux('send-keys', '-t', this.session, '-l', text);
	}

	press(...keys: Key[]): void {
		for (const key of keys) this.tmux('send-keys', '-t', this.session, key);
	}

	/**
	 * Presses keys the way a person does: each one its own read. Keys sent back to back can reach
	 * the program in one read, which is a paste (a Tab in a paste is a space, not a completion).
	 */
	async pressApart(...keys: Key[]): Promise<void> {
		for (const key of keys) {
			this.tmux('send-keys', '-t', this.session, key);
			await new Promise((r) => setTimeout(r, 150));
		}
	}

	/** Types a line and presses Enter. */
	line(text: string): void {
		this.type(text);
		this.press('Enter');
	}

	/** The visible screen as plain text (trailing blanks trimmed). */
	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', this.session)
			.split('\n')
			.map((l) => l.trimEnd())
			.join('\n')
			.replace(/\n+$/, '');
	}

	/** The visible screen with its escape sequences (colours, bold, inverse). */
	screenWithEscapes(): string {
		return this.tmux('capture-pane', '-p', '-e', '-t', this.session);
	}

	/** Everything written so far, scrollback included. */
	history(): string {
		return this.tmux('capture-pane', '-p', '-S', '-', '-E', '-', '-t', this.session)
			.split('\n')
			.map((l) => l.trimEnd())
			.join('\n')
			.replace(/\n+$/, '');
	}

	/** The cursor's row in the pane and the pane's height. */
	cursor(): {x: number; y: number; rows: number} {
		const [x, y, rows] = this.tmux('display-message', '-p', '-t', this.session, '#{cursor_x} #{cursor_y} #{pane_height}').trim().split(' ').map(Number);
		return {x: x!, y: y!, rows: rows!};
	}

	/** The game's process id: the one child of the shell in the pane. */
	gamePid(): number {
		const shell = this.tmux('display-message', '-p', '-t', this.session, '#{pane_pid}').trim();
		const child = execFileSync('ps', ['-o', 'pid=', '--ppid', shell], {encoding: 'utf8'}).trim().split(/\s+/)[0];
		if (!child) throw new Error(`no process under the pane's shell ${shell}`);
		return Number(child);
	}

	/** Whether the program has ended, and its exit status. */
	status(): {dead: boolean; exitCode?: number} {
		let text: string;
		try {
			text = readFileSync(this.statusFile, 'utf8');
		} catch {
			return {dead: false};
		}
		return text.endsWith('\n') ? {dead: true, exitCode: Number(text.trim())} : {dead: false};
	}

	/** Polls the screen every 50 ms until it matches; fails with the last screen after timeoutMs. */
	async waitFor(what: string | RegExp | ((screen: string) => boolean), timeoutMs = 10_000, source: 'screen' | 'history' = 'screen'): Promise<string> {
		const test = typeof what === 'function' ? what : typeof what === 'string' ? (s: string) => s.includes(what) : (s: string) => what.test(s);
		const deadline = Date.now() + timeoutMs;
		let last = '';
		for (;;) {
			last = source === 'screen' ? this.screen() : this.history();
			if (test(last)) return last;
			if (Date.now() > deadline) {
				throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(what)}; the ${source} was:\n${last}`);
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	/** Waits until the program has exited; returns its exit code. */
	async waitForExit(timeoutMs = 10_000): Promise<number> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const s = this.status();
			if (s.dead) return s.exitCode ?? -1;
			if (Date.now() > deadline) {
				const pane = this.tmux('display-message', '-p', '-t', this.session, 'pane dead=#{pane_dead}').trim();
				throw new Error(`the program did not exit within ${timeoutMs} ms (${pane}); the screen was:\n${this.screen()}`);
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	close(): void {
		try {
			this.tmux('kill-session', '-t', this.session);
		} catch {
			// already gone
		}
		rmSync(this.statusFile, {force: true});
		if (this.ownHome) rmSync(this.home, {recursive: true, force: true});
	}
}

/** Stops this process's tmux server (afterAll). */
export function killServer(): void {
	const name = `netdojo-e2e-${process.pid}`;
	spawnSync('tmux', ['-L', name, 'kill-server'], {stdio: 'ignore'});
	// tmux leaves the socket file behind; remove it so /tmp does not collect one per test run.
	const uid = process.getuid?.();
	if (uid !== undefined) rmSync(path.join(process.env['TMUX_TMPDIR'] || '/tmp', `tmux-${uid}`, name), {force: true});
}

/**
 * Sets up a test file's terminals: tmux checked and the app built before the tests, every
 * terminal closed after each test, the tmux server gone after the file. Returns the factory.
 */
export function useTerminals(): (options?: TerminalOptions) => Terminal {
	const open: Terminal[] = [];
	beforeAll(() => {
		requireTmux();
		buildOnce();
	}, 120_000);
	afterEach(() => {
		for (const t of open.splice(0)) t.close();
	});
	afterAll(() => {
		killServer();
	});
	return (options = {}) => {
		const t = new Terminal(options);
		open.push(t);
		return t;
	};
}
