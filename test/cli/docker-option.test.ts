// `--docker 26|28` picks the daemon version the simulation behaves as (issue 16).
import {describe, expect, it} from 'vitest';
import {parseArgs} from '../../src/cli/args.js';
import {GameSession} from '../../src/game/game-session.js';
import {profileOf} from '../../src/engine/index.js';
import {levelBaseWorld} from '../../src/levels/level-world.js';
import type {Level} from '../../src/levels/schema.js';

describe('--docker', () => {
	it('takes 26 or 28, as a separate word or with =', () => {
		const a = parseArgs(['script', '--docker', '28', 'x.sh']);
		expect(a.ok && a.options.docker).toBe('28');
		const b = parseArgs(['play', '--docker=26']);
		expect(b.ok && b.options.docker).toBe('26');
		const none = parseArgs(['script', 'x.sh']);
		expect(none.ok && none.options.docker).toBe(undefined);
	});

	it('refuses another version', () => {
		expect(parseArgs(['script', '--docker', '27'])).toEqual({ok: false, error: '--docker must be 26 or 28, got "27"'});
		expect(parseArgs(['script', '--docker'])).toEqual({ok: false, error: 'option --docker needs a value'});
	});

	it('reaches the sandbox world, and a level that pins a version keeps it', () => {
		expect(profileOf(new GameSession(undefined, {engine: '28'}).session.world).id).toBe('28');
		expect(profileOf(new GameSession(undefined, {}).session.world).id).toBe('26');
		const level = (engine?: '26' | '28') => ({world: {images: {}, hosts: [{name: 'host', 'lan-ip': '192.168.0.10'}], files: {}, setup: []}, solution: [], ...(engine ? {engine} : {})}) as unknown as Level;
		expect(profileOf(levelBaseWorld(level('26'), 1, '28')).id).toBe('26');
		expect(profileOf(levelBaseWorld(level(), 1, '28')).id).toBe('28');
		expect(profileOf(levelBaseWorld(level(), 1)).id).toBe('26');
	});
});
