// Takes the README's screenshots from real runs in tmux and prints them as Markdown.
// Node 20 cannot run TypeScript directly, so bundle it first (from the repository root):
//
//   node scripts/build.mjs
//   npx esbuild test/e2e/screenshots.ts --bundle --platform=node --format=esm --packages=external \
//     --outfile=node_modules/.cache/netdojo/screenshots.mjs --log-level=warning
//   node node_modules/.cache/netdojo/screenshots.mjs > /tmp/screenshots.md
import path from 'node:path';
import {readdirSync} from 'node:fs';
import {loadLevelFile, type Level} from '../../src/levels/index.js';
import {ROOT, Terminal, killServer, requireTmux} from './tmux.js';

const COLS = 80;
const ROWS = 30;

function level(pack: string, number: string): Level {
	const dir = path.join(ROOT, 'levels', pack);
	const file = readdirSync(dir).find((f) => f.startsWith(`${number}-`));
	const loaded = loadLevelFile(path.join(dir, file!));
	if (!loaded.ok) throw new Error(`cannot load ${file}`);
	return loaded.level;
}

const block = (title: string, screen: string) => `${title}\n\n\`\`\`text\n${screen}\n\`\`\`\n`;

async function main(): Promise<void> {
	requireTmux();
	const shots: string[] = [];
	const first = level('01-basics', '01');
	const bridge = level('03-isolation', '01');
	const t = new Terminal({cols: COLS, rows: ROWS});
	try {
		// Solve the first level so the map shows a mark and a best time.
		await t.waitFor('Enter play');
		t.press('Enter');
		await t.waitFor('Goals 0/');
		for (const line of first.solution) t.line(line);
		await t.waitFor('Level solved!');
		t.type('m');
		await t.waitFor(/❯ ✔ 01/);
		t.press('C-c');
		await t.waitForExit();

		const menu = new Terminal({cols: COLS, rows: ROWS, home: t.home});
		try {
			shots.push(block('The level map (`netdojo`):', await menu.waitFor(/❯ ✔ 01.*best/)));
		} finally {
			menu.close();
		}

		const play = new Terminal({cols: COLS, rows: ROWS, home: t.home, args: ['play', bridge.id]});
		try {
			await play.waitFor('Goals 0/');
			const [create, alpha, beta, ...rest] = bridge.solution;
			play.line(create!);
			play.line(alpha!);
			play.line(beta!);
			play.line('map');
			shots.push(block(`Playing a level with the map shown (\`netdojo play ${bridge.id}\`, then \`map\`):`, await play.waitFor(/beta +172\.\d+\.0\.3/)));
			for (const line of rest) play.line(line);
			shots.push(block('The solved screen:', await play.waitFor('Level solved!')));
		} finally {
			play.close();
		}
	} finally {
		t.close();
		killServer();
	}
	process.stdout.write(`${shots.join('\n')}`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
	process.exitCode = 1;
});
