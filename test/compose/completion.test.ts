// Completion after `docker compose` reads the same specs as the dispatcher and --help.
import {describe, expect, it} from 'vitest';
import {complete} from '../../src/game/completion.js';
import {Session} from '../../src/shell/session.js';

describe('docker compose completion', () => {
	const s = new Session({seed: 1});
	const at = (line: string) => complete(s.world, s.location, line, line.length).candidates;
	it('offers the subcommands, after global options too', () => {
		expect(at('docker compose r')).toEqual(['restart', 'rm', 'run']);
		expect(at('docker compose -p shop l')).toEqual(['logs', 'ls']);
	});
	it("offers a subcommand's own flags, and the global options before one", () => {
		expect(at('docker compose rm --f')).toEqual(['--force']);
		expect(at('docker compose --proj')).toEqual(['--project-directory', '--project-name']);
	});
});
