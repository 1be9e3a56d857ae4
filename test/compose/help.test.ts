// The specs print Compose 2.26's own --help, byte for byte, for the root and every subcommand.
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {composeHelp, composeRootHelp} from '../../src/shell/docker/commands/compose/help.js';
import {catalogNames, composeSpec} from '../../src/shell/docker/commands/compose/spec.js';

const text = readFileSync(join(import.meta.dirname, 'help-2.26.txt'), 'utf8');
const sections = new Map(text.split(/^=== ?/m).slice(1).map((p) => [p.slice(0, p.indexOf('\n')).trim(), p.slice(p.indexOf('\n') + 1)]));

describe('compose --help from the specs', () => {
	it('has every subcommand of the recording', () => {
		expect(catalogNames().sort()).toEqual([...sections.keys()].filter((k) => k !== '').sort());
	});
	it('docker compose --help', () => {
		expect(composeRootHelp(composeSpec(''), catalogNames().map((n) => composeSpec(n)))).toBe(sections.get(''));
	});
	for (const name of [...sections.keys()].filter((k) => k !== '')) {
		it(`docker compose ${name} --help`, () => {
			expect(composeHelp(composeSpec(name))).toBe(sections.get(name));
		});
	}
});
