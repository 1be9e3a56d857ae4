import {describe, expect, it} from 'vitest';
import {
	beatsCommands,
	beatsTime,
	cumulative,
	deltaAt,
	deltaTone,
	formatCountDelta,
	formatDelta,
	splitDelta,
	sumOfBest,
	updateBests,
	type SpeedrunRecord,
} from '../../src/speedrun/splits.js';

const run = (splits: number[], commands: number[] = splits.map(() => 1), ids = splits.map((_, i) => `l${i + 1}`)): SpeedrunRecord => ({
	totalMs: splits.reduce((a, b) => a + b, 0),
	totalCommands: commands.reduce((a, b) => a + b, 0),
	levels: splits.map((splitMs, i) => ({id: ids[i]!, splitMs, commands: commands[i]!})),
	seed: 1,
	finishedAt: '2025-01-01T00:00:00.000Z',
});

describe('split arithmetic', () => {
	it('accumulates splits into the times the timer showed', () => {
		expect(cumulative([1000, 2500, 500])).toEqual([1000, 3500, 4000]);
		expect(cumulative([])).toEqual([]);
	});

	it('differences are current minus best: negative is ahead', () => {
		expect(splitDelta(10_000, 11_200)).toBe(-1200);
		expect(splitDelta(12_000, 11_200)).toBe(800);
		expect(splitDelta(5000, undefined)).toBeUndefined();
		expect(deltaTone(-1)).toBe('ahead');
		expect(deltaTone(1)).toBe('behind');
		expect(deltaTone(0)).toBe('even');
		expect(deltaTone(undefined)).toBe('none');
	});

	it('formats differences as -m:ss.t / +m:ss.t, truncating like the timer', () => {
		expect(formatDelta(-1200)).toBe('-0:01.2');
		expect(formatDelta(800)).toBe('+0:00.8');
		expect(formatDelta(0)).toBe('±0:00.0');
		expect(formatDelta(-61_290)).toBe('-1:01.2');
		expect(formatDelta(99)).toBe('+0:00.0');
		expect(formatDelta(undefined)).toBe('');
		expect(formatCountDelta(-2)).toBe('-2');
		expect(formatCountDelta(3)).toBe('+3');
		expect(formatCountDelta(0)).toBe('±0');
	});

	it('compares the cumulative time at each split with the personal best run', () => {
		const best = run([10_000, 20_000, 5000]);
		const now = run([9000, 22_000]).levels;
		expect(deltaAt(now, 0, best)).toBe(-1000); // 9.0 vs 10.0
		expect(deltaAt(now, 1, best)).toBe(1000); // 31.0 vs 30.0
		expect(deltaAt(now, 2, best)).toBeUndefined();
		expect(deltaAt(now, 0, undefined)).toBeUndefined();
		// Another level at that position: nothing to compare with.
		expect(deltaAt(run([9000], [1], ['other']).levels, 0, best)).toBeUndefined();
	});

	it('sums best segments only when every level has one', () => {
		expect(sumOfBest(['a', 'b'], {a: 1000, b: 2500, c: 1})).toBe(3500);
		expect(sumOfBest(['a', 'b'], {a: 1000})).toBeUndefined();
		expect(sumOfBest(['a'], undefined)).toBeUndefined();
		expect(sumOfBest([], {})).toBeUndefined();
	});
});

describe('personal bests', () => {
	it('the first finished run takes both boards and sets every segment', () => {
		const u = updateBests(undefined, run([3000, 4000], [2, 3]));
		expect(u.newTimeBest).toBe(true);
		expect(u.newCommandsBest).toBe(true);
		expect(u.next.time?.totalMs).toBe(7000);
		expect(u.next.commands?.totalCommands).toBe(5);
		expect(u.next.bestSegments).toEqual({l1: 3000, l2: 4000});
		expect(u.next.runs).toBe(1);
		expect(u.newBestSegments).toEqual(['l1', 'l2']);
	});

	it('the time board changes only when faster, the commands board only when fewer', () => {
		const first = updateBests(undefined, run([3000, 4000], [2, 3])).next;
		// Faster but more commands: time board only.
		const faster = updateBests(first, run([2000, 4500], [3, 3]));
		expect(faster.newTimeBest).toBe(true);
		expect(faster.newCommandsBest).toBe(false);
		expect(faster.next.time?.totalMs).toBe(6500);
		expect(faster.next.commands?.totalCommands).toBe(5);
		expect(faster.previousTime?.totalMs).toBe(7000);
		// Segments: l1 improved, l2 did not.
		expect(faster.next.bestSegments).toEqual({l1: 2000, l2: 4000});
		expect(faster.newBestSegments).toEqual(['l1']);
		expect(sumOfBest(['l1', 'l2'], faster.next.bestSegments)).toBe(6000);
		// Slower but fewer commands: commands board only.
		const fewer = updateBests(faster.next, run([5000, 5000], [1, 3]));
		expect(fewer.newTimeBest).toBe(false);
		expect(fewer.newCommandsBest).toBe(true);
		expect(fewer.next.time?.totalMs).toBe(6500);
		expect(fewer.next.commands?.totalCommands).toBe(4);
		expect(fewer.next.runs).toBe(3);
	});

	it('ties keep the older record on both boards', () => {
		const first = updateBests(undefined, {...run([3000, 4000], [2, 3]), finishedAt: 'first'}).next;
		const tie = updateBests(first, {...run([3500, 3500], [3, 2]), finishedAt: 'second'});
		expect(tie.newTimeBest).toBe(false);
		expect(tie.newCommandsBest).toBe(false);
		expect(tie.next.time?.finishedAt).toBe('first');
		expect(tie.next.commands?.finishedAt).toBe('first');
		// A tied commands count is not a record even when faster.
		expect(beatsCommands(run([1, 1], [2, 3]), first.commands)).toBe(false);
		expect(beatsTime(run([3000, 3999]), first.time)).toBe(true);
		expect(beatsTime(run([3000, 4000]), first.time)).toBe(false);
	});

	it('a best from another course (the pack changed) is replaced', () => {
		const old = run([1000], [1], ['gone']);
		expect(beatsTime(run([99_000]), old)).toBe(true);
		expect(beatsCommands(run([99_000], [50]), old)).toBe(true);
	});
});
