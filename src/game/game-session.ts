// One level being played (or the sandbox): the shell session, the in-game commands (hint, goals,
// trace, undo, answer, ...) and the goal checker after every line. The UI, `check` and the
// speed-run verifier all drive levels through this class, so they cannot disagree.
import type {Level} from '../levels/schema.js';
import {localize} from '../levels/text.js';
import {SETUP_LINE, containerBaseline, evaluateGoals, newlyBroken, type GoalStatus} from '../levels/checker.js';
import {levelBaseWorld} from '../levels/level-world.js';
import {levelForSeed} from '../levels/variants.js';
import {vfs, type EngineId} from '../engine/index.js';
import {Session} from '../shell/session.js';
import type {OutputChunk} from '../shell/types.js';
import {commandWords, needsMoreInput} from '../shell/syntax/index.js';
import {msg, type Lang} from './messages.js';
import {topologyOf} from './topology.js';
import type {TopologyModel} from './topology-model.js';
import {complete as completeLine} from './completion.js';
import {History} from './history.js';
import {whyText} from './trace/why.js';
import {commandHelp, findGameCommand, text, type CommandOutcome, type GameCommandHost} from './game-commands.js';
import {BuildLevelDialog, type LevelSaver} from './build-level-dialog.js';
import {builtLine, editLine} from './built-lines.js';

export {GAME_COMMANDS} from './game-commands.js';

export interface LineOutcome {
	readonly command: string;
	readonly prompt: string;
	readonly stdout: string;
	readonly stderr: string;
	readonly exitCode: number;
	/** stdout and stderr in the order the line wrote them (a shell line's; absent for the game's own text). */
	readonly output?: readonly OutputChunk[];
	/** Whether the line counts towards "commands vs par" (shell lines and answers do; help does not). */
	readonly counted: boolean;
	readonly effect?: 'clear' | 'map' | 'levels' | 'leave' | 'lang' | 'edit';
	/** A game command answered in prose (help, hints, the briefing): the UI wraps it at spaces. */
	readonly prose?: boolean;
	/** With effect 'edit': the file to open (a name in the working directory) and its text now. */
	readonly edit?: EditRequest;
	readonly goals: GoalStatus[];
	/** Every goal is met after this line (and was not before). */
	readonly solvedNow: boolean;
}

export interface EditRequest {
	readonly file: string;
	readonly content: string;
	/** The file does not exist yet (saving creates it). */
	readonly isNew: boolean;
}

export interface GameOptions {
	readonly seed?: number;
	readonly lang?: Lang;
	/** The game runs in a real terminal (programs that check for one behave so). */
	readonly terminal?: boolean;
	/** The Docker daemon version to behave as when the level does not pin one (`--docker`). */
	readonly engine?: EngineId;
	/** Where `build level` writes the level file (the terminal's working folder); without it the file is printed. */
	readonly saveLevel?: LevelSaver;
}

export class GameSession {
	readonly level: Level | undefined;
	session!: Session;
	lang: Lang;
	private readonly seed: number;
	private readonly engine: EngineId | undefined;
	private readonly terminal: boolean;
	private baseline: Record<string, string> = {};
	private answers: string[] = [];
	/** `always` goals a line has broken, with that line: unmet until reset (undo does not mend them). */
	private broken: ReadonlyMap<string, string> = new Map();
	/** What `undo` can take back: one entry per change (world, answers and line before it). */
	private readonly history = new History();
	/** The lines that changed the sandbox, in order (what `build level` makes a level of); undo takes them back too. */
	private built: string[] = [];
	/** `build level`'s questions, while they are being answered: typed lines answer them. */
	private dialog: BuildLevelDialog | undefined;
	private readonly saveLevel: LevelSaver | undefined;
	/** Files opened with `sudo edit|nano|vi`: saved as root. */
	private readonly rootEdits = new Set<string>();
	hintsShown = 0;
	commands = 0;
	/** 1-based count of counted lines after which every goal was first met. */
	solvedAt: number | null = null;
	private lastGoals: GoalStatus[] = [];
	setupProblems: {line: string; stderr: string}[] = [];
	/**
	 * Whether something can show an editor for `edit FILE`. Off by default: `check`, `script` and
	 * the run verifier drive this class where nothing can open one. The play screen turns it on.
	 */
	editorAvailable = false;

	constructor(level: Level | undefined, options: GameOptions = {}) {
		// A level with variables is played as the student's seed draws them (grade replays with each student's seed).
		this.level = level ? levelForSeed(level, options.seed ?? 1) : undefined;
		this.seed = options.seed ?? 1;
		this.engine = options.engine;
		this.lang = options.lang ?? 'en';
		this.terminal = options.terminal ?? false;
		this.saveLevel = options.saveLevel;
		this.start();
	}

	private start(): void {
		if (this.level) {
			this.session = new Session(levelBaseWorld(this.level, this.seed, this.engine), {terminal: this.terminal});
			this.setupProblems = [];
			for (const line of this.level.world.setup) {
				const r = this.session.run(line);
				if (r.exitCode !== 0) this.setupProblems.push({line, stderr: r.stderr});
			}
		} else {
			this.session = new Session({seed: this.seed, ...(this.engine ? {engine: this.engine} : {})}, {terminal: this.terminal});
		}
		this.baseline = containerBaseline(this.session.world);
		this.answers = [];
		this.broken = new Map();
		this.expired = false;
		this.round++;
		this.history.clear();
		this.built = [];
		this.dialog = undefined;
		this.commands = 0;
		this.solvedAt = null;
		// An invariant that fails right after setup is the level's fault; `validate` reports it.
		this.lastGoals = this.evaluate(SETUP_LINE);
	}

	get solved(): boolean {
		return this.level !== undefined && !this.expired && this.lastGoals.length > 0 && this.lastGoals.every((g) => g.met);
	}

	/** The level's `time-limit` in milliseconds, if it has one. */
	get timeLimitMs(): number | undefined {
		const seconds = this.level?.['time-limit'];
		return seconds === undefined ? undefined : seconds * 1000;
	}

	/** The play clock ran out (`expire`): the level cannot be solved until `reset`. */
	expired = false;
	/** Counts starts: `reset` makes a new round, so a clock knows to start again. */
	round = 0;

	/** The play screen's clock passed the time limit before the level was solved. */
	expire(): void {
		if (this.solvedAt === null) this.expired = true;
	}

	goals(): GoalStatus[] {
		return this.lastGoals;
	}

	/** Goal texts in the current language, with their marks and, for an unmet goal, why. */
	goalLines(): {id: string; text: string; met: boolean; why?: string}[] {
		if (!this.level) return [];
		return this.level.goals.map((g, i) => {
			const text = localize(g.text, this.lang);
			const status = this.lastGoals[i];
			const brokenBy = status?.brokenBy;
			if (brokenBy === undefined) return {id: g.id, text, met: status?.met ?? false, ...(status?.why ? {why: whyText(status.why, this.lang)} : {})};
			return {id: g.id, text: msg(this.lang, brokenBy === SETUP_LINE ? 'goalBrokenAtSetup' : 'goalBroken', {text, line: brokenBy}), met: false};
		});
	}

	briefing(): string {
		return this.level ? localize(this.level.briefing, this.lang) : msg(this.lang, 'sandboxBriefing');
	}

	title(): string {
		return this.level ? localize(this.level.title, this.lang) : 'sandbox';
	}

	prompt(): string {
		return this.dialog ? this.dialog.prompt() : this.session.prompt();
	}

	/**
	 * Ctrl+C at the prompt: stops `build level`'s questions. Returns what to say, or undefined when
	 * nothing was being asked (the prompt then only drops the line, as bash does).
	 */
	cancelInput(): string | undefined {
		if (!this.dialog) return undefined;
		const said = this.dialog.cancel();
		this.dialog = undefined;
		return said;
	}

	/** Tab completion for the prompt (an arrow function, so the UI can pass it around). */
	/** Whether bash would ask for another line (`> `) before running this text. */
	needsMoreInput(text: string): boolean {
		// An answer to the builder is one line, apostrophes and all.
		return this.dialog === undefined && needsMoreInput(text);
	}

	complete = (line: string, cursor: number): {replaceFrom: number; candidates: string[]} => completeLine(this.session.world, this.session.location, line, cursor, this.session.cwd);

	topology(): TopologyModel {
		return topologyOf(this.session.world);
	}

	/** The play screen can open an editor: `edit FILE` then answers with effect 'edit'. */
	enableEditor(): void {
		this.editorAvailable = true;
	}

	/**
	 * Writes a file of the working directory (what `edit FILE` saved): one step for `undo`, one
	 * command towards par, and the goals checked again. Returns what to print, like a typed line.
	 */
	saveFile(name: string, content: string): LineOutcome {
		const prompt = this.prompt();
		const wasSolved = this.solved;
		const file = this.editTarget(name);
		const command = `edit ${name}`;
		const before = this.session.world;
		const error = 'error' in file ? file.error : this.session.writeHostFile(name, content, false, this.rootEdits.has(name));
		if (error !== undefined || 'error' in file) {
			return {command, prompt, stdout: '', stderr: `edit: ${name}: ${error}\n`, exitCode: 1, counted: false, goals: this.lastGoals, solvedNow: false};
		}
		this.history.push({world: before, answers: [...this.answers], line: command, built: this.built.length});
		this.built.push(editLine(file.name, content, this.rootEdits.has(name)));
		this.commands++;
		this.lastGoals = this.evaluate(command);
		const solvedNow = !wasSolved && this.solved;
		if (solvedNow && this.solvedAt === null) this.solvedAt = this.commands;
		const lines = content === '' ? 0 : content.split('\n').length - (content.endsWith('\n') ? 1 : 0);
		const stdout = `${msg(this.lang, lines === 1 ? 'editSavedOne' : 'editSaved', {file: file.name, n: lines})}\n`;
		return {command, prompt, stdout, stderr: '', exitCode: 0, counted: true, goals: this.lastGoals, solvedNow};
	}

	/**
	 * A file for the editor, named relative to the working directory when it is inside it (as the
	 * editor's title shows it): its text (undefined for a new file) or why it cannot be edited.
	 */
	private editTarget(path: string, asRoot = this.rootEdits.has(path)): {name: string; text: string | undefined} | {error: string} {
		const read = this.session.readHostFile(path, asRoot);
		if ('error' in read) return read;
		const cwd = this.session.cwd;
		const abs = vfs.normalize(vfs.absolute(cwd, path));
		const name = abs.startsWith(`${cwd}/`) ? abs.slice(cwd.length + 1) : path;
		return {name, text: read.text};
	}

	/** The goals now; `line` is what ran, so that an `always` goal it broke stays broken by it. */
	private evaluate(line: string): GoalStatus[] {
		if (!this.level) return [];
		const statuses = evaluateGoals(this.session.world, this.level, {baseline: this.baseline, answers: this.answers, broken: this.broken});
		const broken = newlyBroken(this.level, statuses, this.broken, line);
		if (broken.size === this.broken.size) return statuses;
		this.broken = broken;
		return evaluateGoals(this.session.world, this.level, {baseline: this.baseline, answers: this.answers, broken});
	}

	/** Runs a typed line: an in-game command, or a shell line on the simulated machine. */
	run(line: string): LineOutcome {
		const prompt = this.prompt();
		if (this.dialog) return this.answerDialog(line, prompt);
		const wasSolved = this.solved;
		const words = commandWords(line)[0] ?? [];
		const game = this.gameCommand(words, line);
		let out: CommandOutcome;
		if (game) {
			out = game;
		} else {
			const before = this.session.world;
			const r = this.session.run(line);
			out = {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(r.output ? {output: r.output} : {}), counted: line.trim().length > 0, ...(r.left ? {effect: 'leave' as const} : {})};
			if (this.session.lastLineChanged) this.history.push({world: before, answers: [...this.answers], line, built: this.built.length});
			if (builtLine(line, this.session.lastLineChanged, prompt !== this.session.prompt())) this.built.push(line);
		}
		if (out.counted) this.commands++;
		this.lastGoals = this.evaluate(line);
		const solvedNow = !wasSolved && this.solved;
		if (solvedNow && this.solvedAt === null) this.solvedAt = this.commands;
		return {command: line, prompt, ...out, goals: this.lastGoals, solvedNow};
	}

	/** A line typed while `build level` asks: an answer, never a command; the world stays as it is. */
	private answerDialog(line: string, prompt: string): LineOutcome {
		const a = this.dialog!.answer(line);
		if (a.done) this.dialog = undefined;
		return {command: line, prompt, stdout: a.stdout, stderr: a.stderr, exitCode: a.stderr !== '' && a.done ? 1 : 0, counted: false, prose: true, goals: this.lastGoals, solvedNow: false};
	}

	/** `build level`: starts the questions, or says why it cannot. */
	private startBuild(): string {
		if (this.level) return msg(this.lang, 'buildOnlySandbox');
		if (this.built.length === 0) return msg(this.lang, 'buildNothing');
		this.dialog = new BuildLevelDialog([...this.built], this.lang, this.seed, (level) => verifyLevel(level, this.seed), this.saveLevel);
		return this.dialog.intro();
	}

	/** In-game commands (the registry in game-commands.ts); undefined when the line is for the shell. */
	private gameCommand(words: string[], line: string): CommandOutcome | undefined {
		// `sudo nano /etc/docker/daemon.json`: the game's editor, saving as root.
		const sudoEdit = words[0] === 'sudo' && findGameCommand(words[1])?.name === 'edit';
		const [name, ...args] = sudoEdit ? words.slice(1) : words;
		if (sudoEdit && this.session.location.kind === 'host') {
			const out = findGameCommand(name)!.run!(this.commandHost(true), {name: name!, args, line, onHost: true});
			if (out.edit) this.rootEdits.add(out.edit.file);
			return out;
		}
		const onHost = this.session.location.kind === 'host';
		const command = findGameCommand(name);
		if (!command?.run || (command.hostOnly && !onHost)) return undefined;
		// `trace --help`, `hint -h`: the game command's own help, not a run of it.
		const out = args[0] === '--help' || args[0] === '-h' ? text(commandHelp(command, this.lang)) : command.run(this.commandHost(), {name, args, line, onHost});
		return command.prose ? {...out, prose: true} : out;
	}

	/** What the game's commands may read and do here. */
	private commandHost(asRoot = false): GameCommandHost {
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		const game = this;
		return {
			get lang() {
				return game.lang;
			},
			setLang: (lang) => {
				this.lang = lang;
			},
			level: this.level,
			session: this.session,
			get hintsShown() {
				return game.hintsShown;
			},
			set hintsShown(n: number) {
				game.hintsShown = n;
			},
			editorAvailable: this.editorAvailable,
			goalLines: () => this.goalLines(),
			briefing: () => this.briefing(),
			reset: () => this.start(),
			undo: () => {
				const last = this.history.pop();
				if (!last) return undefined;
				this.session.restore(last.world);
				this.answers = [...last.answers];
				if (last.built !== undefined) this.built.length = last.built;
				return last.line;
			},
			startBuild: () => this.startBuild(),
			answer: (value, line) => {
				this.history.push({world: this.session.world, answers: [...this.answers], line, built: this.built.length});
				this.answers.push(value);
			},
			editTarget: (path) => this.editTarget(path, asRoot),
		};
	}
}

/** Plays a made level's reference solution on a fresh game, as `validate` does. */
function verifyLevel(level: Level, seed: number): {solved: boolean; unmet: string[]; solvedAtStart: boolean} {
	const game = new GameSession(level, {seed});
	if (game.solved) return {solved: true, unmet: [], solvedAtStart: true};
	for (const line of level.solution) game.run(line);
	return {solved: game.solved, unmet: game.goals().filter((g) => !g.met).map((g) => g.id), solvedAtStart: false};
}
