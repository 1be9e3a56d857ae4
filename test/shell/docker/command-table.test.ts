// README.md's table of docker commands is the one the code produces (issue 15, "Done when").
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {commandTable, support} from '../../../src/shell/docker/command-table.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('README docker command table', () => {
	it('is the table the code produces (regenerate it from commandTable() when it differs)', () => {
		const m = /<!-- docker-commands:begin -->\n([\s\S]*?)<!-- docker-commands:end -->/.exec(readme);
		expect(m?.[1]).toBe(commandTable());
	});

	it('rates commands by what the simulation does', () => {
		expect(support('docker container ls')).toBe('simulated');
		expect(support('docker ps')).toBe('simulated');
		expect(support('docker volume ls')).toBe('not simulated');
		expect(support('docker container run')).toBe('partly');
	});
});
