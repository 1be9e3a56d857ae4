// A level pack with hostile content of every kind issue 12 lists, written into a temp folder (the
// 10 MB and 2 MB files are made at test time, not committed). Each entry says what the loader
// must do with it: load it (cleaned) or refuse it naming the file and the line.
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export function level(id: string, extra = '', title = `Level ${id}`): string {
	return [
		`id: ${id}`,
		`title: ${JSON.stringify(title)}`,
		'briefing: Run web.',
		'par: 1',
		'goals:',
		'  - id: web-runs',
		'    text: web is running',
		'    container: {name: web, running: true}',
		'hints:',
		'  - Run it.',
		'solution:',
		'  - docker run -d --name web nginx',
		extra,
	].join('\n');
}

export interface HostileFile {
	name: string;
	/** 'load': a level comes out (cleaned); 'refuse': an error naming this file (line > 0 when `line`). */
	expect: 'load' | 'refuse';
	/** The line the refusal must name, when there is one. */
	line?: number;
	/** A word the refusal's message must hold. */
	says?: RegExp;
}

const LEVEL_LINES = level('x').split('\n').length;

/** 2,000 levels of block nesting: `a0:` / ` a1:` / `  a2:` ... (quadratic indentation: 2 MB). */
function blockNesting(depth: number): string {
	let out = 'extra:\n';
	for (let i = 0; i < depth; i++) out += `${' '.repeat(i + 1)}a${i}:\n`;
	return out;
}

function billionLaughs(): string {
	let out = 'lol0: &a0 [x, x, x, x, x, x, x, x, x]\n';
	for (let i = 1; i < 10; i++) out += `lol${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
	return out;
}

export function makeHostilePack(): {root: string; files: HostileFile[]; remove: () => void} {
	const root = mkdtempSync(join(tmpdir(), 'netdojo-hostile-'));
	const files: HostileFile[] = [];
	const write = (name: string, text: string | Buffer, expectation: Omit<HostileFile, 'name'>) => {
		writeFileSync(join(root, name), text);
		files.push({name, ...expectation});
	};
	write('01-good.yaml', level('hostile-good'), {expect: 'load'});
	write('02-dashes.yaml', level('hostile-dashes', `extra:\n${'- '.repeat(3000)}x\n`), {expect: 'refuse', line: LEVEL_LINES + 1, says: /nested more than 64/});
	write('03-flow.yaml', level('hostile-flow', `extra: ${'['.repeat(3000)}${']'.repeat(3000)}\n`), {expect: 'refuse', line: LEVEL_LINES, says: /nested more than 64/});
	write('04-nest-300.yaml', level('hostile-nest', blockNesting(300)), {expect: 'refuse', line: LEVEL_LINES + 64, says: /nested more than 64/});
	write('05-nest-2000.yaml', level('hostile-nest-big', blockNesting(2000)), {expect: 'refuse', says: /at most/});
	write('06-laughs.yaml', level('hostile-laughs', billionLaughs()), {expect: 'refuse', line: LEVEL_LINES + 1, says: /alias/});
	write('07-briefing.yaml', level('hostile-briefing').replace('briefing: Run web.', `briefing: "${'x'.repeat(10_000_000)}"`), {expect: 'refuse', line: 3, says: /at most/});
	write('08-nul.yaml', level('hostile-nul', '', 'a\u0000b'), {expect: 'load'});
	const latin1 = level('hostile-utf8');
	const cut = latin1.indexOf('Run web.') + 4;
	write('09-bad-utf8.yaml', Buffer.concat([Buffer.from(latin1.slice(0, cut)), Buffer.from([0xff, 0xfe]), Buffer.from(latin1.slice(cut))]), {expect: 'refuse', line: 3, says: /UTF-8/});
	write('10-bidi.yaml', level('hostile-bidi', '', 'evil\u202Etxt.exe\u2066x\u2069'), {expect: 'load'});
	write('11-many-aliases.yaml', level('hostile-aliases', `anchor: &a x\nlist: [${Array(150).fill('*a').join(', ')}]\n`), {expect: 'refuse', line: LEVEL_LINES + 1, says: /aliases/});
	// A long flat list under the size limit: yaml would take seconds to build it; refused after counting.
	write('16-long-list.yaml', level('hostile-list', `extra:\n${'- x\n'.repeat(60_000)}`), {expect: 'refuse', says: /more than 50000 YAML elements/});
	// A map of 1,001 keys (yaml's unique-key check is quadratic): refused at the 1,001st key.
	write('17-many-keys.yaml', level('hostile-keys', `extra:\n${Array.from({length: 1001}, (_, i) => `  k${i}: 1\n`).join('')}`), {expect: 'refuse', line: LEVEL_LINES + 1001, says: /more than 1000 keys/});
	symlinkSync(join(root, '01-good.yaml'), join(root, '12-link.yaml'));
	files.push({name: '12-link.yaml', expect: 'refuse', line: 1, says: /already used/}); // followed: the same level again, so its id clashes
	symlinkSync(join(root, 'nowhere.yaml'), join(root, '13-dangling.yaml'));
	files.push({name: '13-dangling.yaml', expect: 'refuse', says: /symlink to .*does not exist/});
	symlinkSync('/dev/zero', join(root, '14-zero.yaml'));
	files.push({name: '14-zero.yaml', expect: 'refuse', says: /not a regular file/});
	try {
		execFileSync('mkfifo', [join(root, '15-fifo.yaml')]);
		files.push({name: '15-fifo.yaml', expect: 'refuse', says: /not a regular file/});
	} catch {
		// No mkfifo here: the other cases still run.
	}
	mkdirSync(join(root, 'sub'));
	return {root, files, remove: () => rmSync(root, {recursive: true, force: true})};
}
