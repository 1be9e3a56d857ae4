// Table layout of docker's tabwriter(minwidth 10, tabwidth 1, padding 3, ' ', 0); the
// expected tables are docker.md §1.2 and §1.4.
import {describe, expect, it} from 'vitest';
import {formatTable, tabwriterFormat} from '../../../src/shell/format/index.js';

describe('formatTable', () => {
	it('lays out docker ps (docker.md §1.2)', () => {
		const rows = [
			['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
			['3f1c2d4e5a6b', 'nginx', '"/docker-entrypoint.…"', '5 seconds ago', 'Up 4 seconds', '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp', 'web'],
			['9a8b7c6d5e4f', 'alpine', '"sleep infinity"', '2 minutes ago', 'Up 2 minutes', '', 'client'],
		];
		expect(formatTable(rows)).toBe(
			[
				'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                     NAMES',
				'3f1c2d4e5a6b   nginx     "/docker-entrypoint.…"   5 seconds ago   Up 4 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web',
				'9a8b7c6d5e4f   alpine    "sleep infinity"         2 minutes ago   Up 2 minutes                                             client',
				'',
			].join('\n'),
		);
	});
	it('lays out docker network ls (docker.md §1.4)', () => {
		const rows = [
			['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
			['0f3e5c2b1a9d', 'bridge', 'bridge', 'local'],
			['8b7a6c5d4e3f', 'host', 'host', 'local'],
			['1a2b3c4d5e6f', 'mynet', 'bridge', 'local'],
			['9e8d7c6b5a4f', 'none', 'null', 'local'],
		];
		expect(formatTable(rows)).toBe(
			'NETWORK ID     NAME      DRIVER    SCOPE\n' +
				'0f3e5c2b1a9d   bridge    bridge    local\n' +
				'8b7a6c5d4e3f   host      host      local\n' +
				'1a2b3c4d5e6f   mynet     bridge    local\n' +
				'9e8d7c6b5a4f   none      null      local\n',
		);
	});
	it('an empty list prints the header only', () => {
		expect(formatTable([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE']])).toBe('NETWORK ID   NAME      DRIVER    SCOPE\n');
	});
	it('a line with fewer cells ends the column block', () => {
		// Column 1 of the first block is sized by "bb...", the block after the short line on its own.
		expect(tabwriterFormat('a\tbbbbbbbbbbbb\tc\nshort\nx\ty\tz\n')).toBe(
			'a         bbbbbbbbbbbb   c\nshort\nx         y         z\n',
		);
		expect(tabwriterFormat('a\tb\tc\nd\te\nf\tg\th\n')).toBe('a         b         c\nd         e\nf         g         h\n');
	});
	it('measures display width: wide characters take two columns', () => {
		expect(tabwriterFormat('名前\tx\nab\ty\n')).toBe('名前      x\nab        y\n');
	});
	it('writes an unterminated last line without a newline', () => {
		expect(tabwriterFormat('a\tb\nc\td')).toBe('a         b\nc         d');
	});
});
