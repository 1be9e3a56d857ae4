// CREATED / STATUS / COMMAND columns of docker ps (docker.md §1.2).
import {describe, expect, it} from 'vitest';
import {commandColumn, ellipsis, humanDuration, runningFor, statusText} from '../../../src/shell/format/index.js';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration (go-units)', () => {
	const cases: [number, string][] = [
		[0, 'Less than a second'],
		[999, 'Less than a second'],
		[1 * s, '1 second'],
		[59 * s, '59 seconds'],
		[60 * s, 'About a minute'],
		[119 * s, 'About a minute'],
		[2 * m, '2 minutes'],
		[59 * m, '59 minutes'],
		[60 * m, 'About an hour'],
		[89 * m, 'About an hour'],
		[90 * m, '2 hours'],
		[47 * h, '47 hours'],
		[48 * h, '2 days'],
		[13 * d, '13 days'],
		[14 * d, '2 weeks'],
		[59 * d, '8 weeks'],
		[60 * d, '2 months'],
		[729 * d, '24 months'],
		[730 * d, '2 years'],
	];
	for (const [ms, text] of cases) it(`${ms} ms → ${text}`, () => expect(humanDuration(ms)).toBe(text));
});

describe('ps columns', () => {
	const now = Date.UTC(2025, 0, 1, 12, 0, 0);
	it('CREATED', () => {
		expect(runningFor(now - 5 * s, now)).toBe('5 seconds ago');
		expect(runningFor(now - 2 * m, now)).toBe('2 minutes ago');
	});
	it('STATUS', () => {
		expect(statusText({running: true, exitCode: 0, startedAt: now - 4 * s, finishedAt: null}, now)).toBe('Up 4 seconds');
		expect(statusText({running: true, paused: true, exitCode: 0, startedAt: now - 2 * m, finishedAt: null}, now)).toBe('Up 2 minutes (Paused)');
		expect(statusText({running: true, health: 'healthy', exitCode: 0, startedAt: now - h, finishedAt: null}, now)).toBe('Up About an hour (healthy)');
		expect(statusText({running: false, exitCode: 0, startedAt: null, finishedAt: null}, now)).toBe('Created');
		expect(statusText({running: false, exitCode: 137, startedAt: now - h, finishedAt: now - 3 * m}, now)).toBe('Exited (137) 3 minutes ago');
	});
	it('COMMAND is ellipsized to 20 columns and Go-quoted', () => {
		expect(commandColumn('/docker-entrypoint.sh nginx -g daemon off;')).toBe('"/docker-entrypoint.…"');
		expect(commandColumn('sleep infinity')).toBe('"sleep infinity"');
		expect(commandColumn('12345678901234567890')).toBe('"12345678901234567890"');
		expect(commandColumn('123456789012345678901')).toBe('"1234567890123456789…"');
		expect(commandColumn('sh -c "echo hi"')).toBe('"sh -c \\"echo hi\\""');
		expect(commandColumn('a\tb', false)).toBe('"a\\tb"');
		expect(ellipsis('日本語日本語日本語日本語', 10)).toBe('日本語日…');
	});
});
