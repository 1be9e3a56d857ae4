// RUN during a build: the image's own shell runs the line, so a program the image lacks fails with
// that shell's words (BusyBox ash `/bin/sh: curl: not found`, Debian dash `/bin/sh: 1: curl: not found`)
// and exit 127, and the package managers people use add their programs and packages to the image.
import {packageManager, pipPrograms, programsOf, versionOf} from './packages.js';
import {absPath, dirOf} from './paths.js';
import {splitWords} from './words.js';

/** The image as a build stage has made it so far. */
export interface StageState {
	readonly tools: string[];
	readonly files: Record<string, string>;
	readonly dirs: string[];
	readonly packages: string[];
	readonly env: string[];
	readonly workingDir: string;
	readonly flavour: 'busybox' | 'debian';
	readonly libc?: 'musl' | 'glibc';
	/** `apt-get update` ran in an earlier or this RUN (Debian images ship with empty package lists). */
	readonly aptLists?: boolean;
}

export interface RunOutcome {
	readonly output: string[];
	readonly exitCode: number;
	readonly state: StageState;
}

const BUILTINS = new Set(['cd', 'echo', 'printf', 'export', 'set', 'true', 'false', ':', 'exit', 'test', '[', 'unset', 'umask', 'source', '.', 'if', 'then', 'else', 'elif', 'fi', 'for', 'do', 'done', 'while']);

/** Splits a shell line at top-level `&&`, `||`, `;`, `|` and newlines (quotes respected). */
function segments(line: string): {text: string; op: string}[] {
	const out: {text: string; op: string}[] = [];
	let cur = '';
	let quote = '';
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quote) {
			if (c === quote) quote = '';
			else if (c === '\\' && quote === '"') {
				cur += c + (line[i + 1] ?? '');
				i++;
				continue;
			}
			cur += c;
			continue;
		}
		if (c === '"' || c === "'") {
			quote = c;
			cur += c;
			continue;
		}
		if (c === '\\') {
			cur += c + (line[i + 1] ?? '');
			i++;
			continue;
		}
		const two = line.slice(i, i + 2);
		if (two === '&&' || two === '||') {
			out.push({text: cur, op: two});
			cur = '';
			i++;
			continue;
		}
		if (c === ';' || c === '\n' || (c === '|' && line[i - 1] !== '>')) {
			out.push({text: cur, op: c === '|' ? '|' : ';'});
			cur = '';
			continue;
		}
		cur += c;
	}
	out.push({text: cur, op: ';'});
	return out.filter((s) => s.text.trim() !== '' || s.op !== ';');
}

function envMap(env: readonly string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of env) {
		const eq = e.indexOf('=');
		if (eq > 0) out[e.slice(0, eq)] = e.slice(eq + 1);
	}
	return out;
}

class Runner {
	output: string[] = [];
	state: StageState;
	cwd: string;
	vars: Record<string, string>;

	constructor(state: StageState, buildArgs: Readonly<Record<string, string>>) {
		this.state = state;
		this.cwd = state.workingDir || '/';
		this.vars = {...buildArgs, ...envMap(state.env)};
	}

	private say(text: string): void {
		for (const l of text.replace(/\n$/, '').split('\n')) this.output.push(l);
	}

	private notFound(name: string): number {
		this.say(this.state.flavour === 'busybox' ? `/bin/sh: ${name}: not found` : `/bin/sh: 1: ${name}: not found`);
		return 127;
	}

	/** The stage's state is copied the first time this RUN changes it (most RUN lines change nothing). */
	private owned = false;

	private own(): StageState {
		if (!this.owned) {
			this.state = {...this.state, tools: [...this.state.tools], files: {...this.state.files}, dirs: [...this.state.dirs], packages: [...this.state.packages]};
			this.owned = true;
		}
		return this.state;
	}

	private addTools(names: string[]): void {
		for (const n of names) if (!this.state.tools.includes(n)) this.own().tools.push(n);
	}

	private addPackage(p: string): void {
		if (!this.state.packages.includes(p)) this.own().packages.push(p);
	}

	private write(path: string, text: string, append: boolean): void {
		const p = absPath(this.cwd, path);
		this.own().files[p] = append && Object.hasOwn(this.state.files, p) ? this.state.files[p] + text : text;
	}

	private exists(p: string): boolean {
		return Object.hasOwn(this.state.files, p) || this.state.dirs.includes(p) || Object.keys(this.state.files).some((f) => f.startsWith(`${p}/`));
	}

	/** One simple command; returns its exit status. */
	run(text: string): number {
		let words = splitWords(text, this.vars);
		const redirects: {path: string; append: boolean}[] = [];
		const kept: string[] = [];
		for (let i = 0; i < words.length; i++) {
			const m = /^(\d?)(>>?)(&?)(.*)$/.exec(words[i]);
			if (!m) {
				kept.push(words[i]);
				continue;
			}
			let target = m[4];
			if (target === '' && !m[3]) target = words[++i] ?? '';
			if (m[3] || m[1] === '2' || target === '/dev/null') continue;
			redirects.push({path: target, append: m[2] === '>>'});
		}
		words = kept;
		while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words = words.slice(1);
		if (words.length === 0) return 0;
		const before = this.output.length;
		const code = this.command(words);
		if (redirects.length > 0) {
			const printed = this.output.splice(before).map((l) => `${l}\n`).join('');
			for (const r of redirects) this.write(r.path, printed, r.append);
		}
		return code;
	}

	private command(words: string[]): number {
		const [name, ...args] = words;
		const prog = name.slice(name.lastIndexOf('/') + 1);
		if (BUILTINS.has(prog)) return this.builtin(prog, args);
		if (!this.state.tools.includes(prog) && !this.hasManager(prog)) return this.notFound(name);
		switch (prog) {
			case 'apt-get':
			case 'apt':
				return this.apt(args);
			case 'apk':
				return this.apk(args);
			case 'pip':
			case 'pip3':
				return this.pip(args);
			case 'python':
			case 'python3':
				return args[0] === '-m' && args[1] === 'pip' ? this.pip(args.slice(2)) : 0;
			case 'npm':
				return this.npm(args);
			case 'mkdir':
				for (const d of args.filter((a) => !a.startsWith('-'))) this.mkdir(absPath(this.cwd, d));
				return 0;
			case 'touch':
				for (const f of args.filter((a) => !a.startsWith('-'))) if (!Object.hasOwn(this.state.files, absPath(this.cwd, f))) this.write(f, '', false);
				return 0;
			case 'rm':
				for (const f of args.filter((a) => !a.startsWith('-'))) this.remove(absPath(this.cwd, f));
				return 0;
			case 'cat':
				return this.cat(args);
			default:
				return 0;
		}
	}

	private hasManager(prog: string): boolean {
		const pm = packageManager(this.state);
		return (pm === 'apt' && (prog === 'apt-get' || prog === 'apt')) || (pm === 'apk' && prog === 'apk');
	}

	private builtin(prog: string, args: string[]): number {
		switch (prog) {
			case 'cd':
				this.cwd = absPath(this.cwd, args[0] ?? '/root');
				return 0;
			case 'echo':
				this.say(args.filter((a, i) => !(i === 0 && a === '-n')).join(' '));
				return 0;
			case 'printf':
				this.say((args[0] ?? '').replace(/%s/g, () => args.splice(1, 1)[0] ?? '').replace(/\\n/g, '\n').replace(/\\t/g, '\t'));
				return 0;
			case 'export':
				for (const a of args) {
					const eq = a.indexOf('=');
					if (eq > 0) this.vars[a.slice(0, eq)] = a.slice(eq + 1);
				}
				return 0;
			case 'false':
				return 1;
			case 'exit':
				return Number(args[0] ?? 0) || 0;
			default:
				return 0;
		}
	}

	private mkdir(p: string): void {
		for (let d = p; d !== '/' && !this.state.dirs.includes(d); d = dirOf(d)) this.own().dirs.push(d);
	}

	private remove(p: string): void {
		const st = this.own();
		delete st.files[p];
		for (const f of Object.keys(st.files)) if (f.startsWith(`${p}/`)) delete st.files[f];
		st.dirs.splice(0, st.dirs.length, ...st.dirs.filter((d) => d !== p && !d.startsWith(`${p}/`)));
	}

	private cat(args: string[]): number {
		let code = 0;
		for (const f of args.filter((a) => !a.startsWith('-'))) {
			const p = absPath(this.cwd, f);
			if (Object.hasOwn(this.state.files, p)) this.say(this.state.files[p]);
			else {
				this.say(this.state.flavour === 'busybox' ? `cat: can't open '${f}': No such file or directory` : `cat: ${f}: No such file or directory`);
				code = 1;
			}
		}
		return code;
	}

	private apt(args: string[]): number {
		const sub = args.find((a) => !a.startsWith('-'));
		const pkgs = args.filter((a) => !a.startsWith('-') && a !== sub);
		if (sub === 'update') {
			this.say('Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\n' +
				'Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]\n' +
				'Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]\n' +
				'Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]\n' +
				'Fetched 9047 kB in 1s (6458 kB/s)\nReading package lists...');
			this.state = {...this.state, aptLists: true};
			return 0;
		}
		if (sub !== 'install') return 0;
		this.say('Reading package lists...\nBuilding dependency tree...\nReading state information...');
		const missing = pkgs.find(() => !this.state.aptLists);
		if (missing !== undefined) {
			this.say(`E: Unable to locate package ${missing}`);
			return 100;
		}
		if (!args.some((a) => /^-[a-z]*y|^--yes$|^--assume-yes$/.test(a))) {
			this.say(`The following NEW packages will be installed:\n  ${pkgs.join(' ')}\nDo you want to continue? [Y/n] Abort.`);
			return 1;
		}
		this.say(`The following NEW packages will be installed:\n  ${pkgs.join(' ')}\n0 upgraded, ${pkgs.length} newly installed, 0 to remove and 0 not upgraded.`);
		for (const p of pkgs) {
			this.say(`Setting up ${p.replace(/=.*$/, '')} ...`);
			this.addTools(programsOf('apt', p));
			this.addPackage(p.replace(/=.*$/, ''));
		}
		return 0;
	}

	private apk(args: string[]): number {
		const sub = args.find((a) => !a.startsWith('-'));
		if (sub !== 'add') return 0;
		const pkgs = args.filter((a) => !a.startsWith('-') && a !== sub);
		this.say('fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/x86_64/APKINDEX.tar.gz');
		pkgs.forEach((p, i) => {
			this.say(`(${i + 1}/${pkgs.length}) Installing ${p} (${versionOf(p)}-r0)`);
			this.addTools(programsOf('apk', p));
			this.addPackage(p);
		});
		this.say(`OK: ${12 + pkgs.length * 3} MiB in ${15 + pkgs.length} packages`);
		return 0;
	}

	private pip(args: string[]): number {
		if (args[0] !== 'install') return 0;
		const pkgs: string[] = [];
		for (let i = 1; i < args.length; i++) {
			const a = args[i];
			if (a === '-r' || a === '--requirement' || a.startsWith('-r')) {
				const file = a === '-r' || a === '--requirement' ? args[++i] ?? '' : a.slice(2);
				const text = this.state.files[absPath(this.cwd, file)];
				if (text === undefined) {
					this.say(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`);
					return 1;
				}
				for (const l of text.split('\n')) {
					const t = l.replace(/#.*$/, '').trim();
					if (t !== '' && !t.startsWith('-')) pkgs.push(t);
				}
			} else if (!a.startsWith('-')) pkgs.push(a);
		}
		if (pkgs.length === 0) {
			this.say('ERROR: You must give at least one requirement to install (see "pip help install")');
			return 1;
		}
		for (const p of pkgs) this.say(`Collecting ${p}`);
		const names = pkgs.map((p) => p.replace(/\[.*\]/, '').replace(/(?:==|>=|<=|~=|<|>).*$/, ''));
		this.say(`Installing collected packages: ${names.join(', ')}\nSuccessfully installed ${names.map((n, i) => `${n}-${versionOf(pkgs[i])}`).join(' ')}`);
		for (const p of pkgs) this.addTools(pipPrograms(p.replace(/(?:==|>=|<=|~=|<|>).*$/, '')));
		for (const n of names) this.addPackage(n.toLowerCase());
		return 0;
	}

	private npm(args: string[]): number {
		const sub = args[0];
		if (sub !== 'install' && sub !== 'i' && sub !== 'ci') return 0;
		const named = args.slice(1).filter((a) => !a.startsWith('-'));
		if (args.includes('-g') || args.includes('--global')) {
			this.addTools(named.map((n) => n.replace(/@[^@]*$/, '') || n));
			this.say(`\nadded ${named.length} packages in 2s`);
			return 0;
		}
		const pkgPath = absPath(this.cwd, 'package.json');
		const pkg = this.state.files[pkgPath];
		if (pkg === undefined && named.length === 0) {
			this.say(`npm error code ENOENT\nnpm error syscall open\nnpm error path ${pkgPath}\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${pkgPath}'`);
			return 254;
		}
		const deps = pkg ? [...(/"dependencies"\s*:\s*\{([^}]*)\}/.exec(pkg)?.[1] ?? '').matchAll(/"([^"]+)"\s*:/g)].map((m) => m[1]) : [];
		const all = [...new Set([...deps, ...named])];
		this.mkdir(absPath(this.cwd, 'node_modules'));
		for (const d of all) {
			this.mkdir(absPath(this.cwd, `node_modules/${d}`));
			this.addPackage(d);
		}
		this.say(`\nadded ${all.length} packages, and audited ${all.length + 1} packages in 2s\n\nfound 0 vulnerabilities`);
		return 0;
	}
}

/** Runs a RUN instruction's command (`/bin/sh -c LINE`, or an exec-form argv) on the stage. */
export function runStep(argv: readonly string[], state: StageState, buildArgs: Readonly<Record<string, string>>): RunOutcome {
	const runner = new Runner(state, buildArgs);
	const line = argv.length >= 3 && /(^|\/)(ba)?sh$/.test(argv[0]) && argv[1] === '-c' ? argv[2] : argv.map((a) => (/[\s"'$]/.test(a) ? `'${a}'` : a)).join(' ');
	// An and-or list: `&&` runs on success, `||` on failure, a skipped command keeps the status.
	let code = 0;
	let op = ';';
	for (const seg of segments(line)) {
		if (op === ';' || op === '|' || (op === '&&' && code === 0) || (op === '||' && code !== 0)) code = runner.run(seg.text);
		op = seg.op;
	}
	return {output: runner.output, exitCode: code, state: runner.state};
}
