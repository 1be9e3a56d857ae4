import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import Scrollback, {type ScrollbackItem} from '../../src/ui/scrollback/Scrollback.js';
import {settle, stripAnsi} from './helpers.js';

vi.hoisted(() => {
	process.env['FORCE_COLOR'] = '1';
});

afterEach(() => {
	cleanup();
});

const ps: ScrollbackItem = {
	id: 1,
	prompt: '$ ',
	command: 'docker ps',
	stdout:
		'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                   NAMES\n' +
		'1a2b3c4d5e6f   nginx     "/docker-entrypoint.…"   3 seconds ago   Up 2 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web\n',
	stderr: '',
	exitCode: 0,
};

const failed: ScrollbackItem = {
	id: 2,
	prompt: '$ ',
	command: 'docker start nope',
	stdout: '',
	stderr: 'Error response from daemon: No such container: nope\n',
	exitCode: 1,
};

describe('Scrollback', () => {
	it('prints the command and its output as-is, without a trailing blank line', async () => {
		const {lastFrame} = render(<Scrollback items={[ps]} color />);
		await settle();
		const text = stripAnsi(lastFrame());
		expect(text).toContain('$ docker ps\nCONTAINER ID   IMAGE');
		// Wider than the 100-column test terminal: wrapped between words, never inside an address.
		expect(text).toContain('0.0.0.0:8080->80/tcp,');
		expect(text.trimEnd().endsWith('web')).toBe(true);
	});

	it('shows stderr in red when colour is on, plain when off', async () => {
		const colored = render(<Scrollback items={[failed]} color />);
		await settle();
		expect(colored.frames.join('')).toContain('\u001B[31mError response from daemon');
		cleanup();

		const plain = render(<Scrollback items={[failed]} color={false} />);
		await settle();
		const joined = plain.frames.join('');
		expect(joined).toContain('Error response from daemon: No such container: nope');
		expect(joined).not.toContain('\u001B[31m');
	});

	it('prints each item once, even when more are added later', async () => {
		const {lastFrame, rerender} = render(<Scrollback items={[ps]} color={false} />);
		await settle();
		rerender(<Scrollback items={[ps, failed]} color={false} />);
		await settle();
		// In debug mode Ink repeats the whole static log in every frame; the last one is the screen.
		const text = stripAnsi(lastFrame());
		expect(text.split('$ docker ps').length - 1).toBe(1);
		expect(text.split('$ docker start nope').length - 1).toBe(1);
	});

	it('shows interleaved stdout and stderr in the order written, stderr still red', async () => {
		const verbose: ScrollbackItem = {
			id: 3,
			prompt: '$ ',
			command: 'curl -v localhost',
			stdout: 'hello\n',
			stderr: '> GET / HTTP/1.1\n< HTTP/1.1 200 OK\n',
			exitCode: 0,
			output: [
				{fd: 2, text: '> GET / HTTP/1.1\n< HTTP/1.1 200 OK\n'},
				{fd: 1, text: 'hello\n'},
			],
		};
		const {lastFrame, frames} = render(<Scrollback items={[verbose]} color />);
		await settle();
		expect(stripAnsi(lastFrame())).toContain('$ curl -v localhost\n> GET / HTTP/1.1\n< HTTP/1.1 200 OK\nhello');
		expect(frames.join('')).toContain('\u001B[31m> GET');
	});
});
