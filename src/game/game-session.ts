// One level being played (or the sandbox): the shell session, the in-game commands (hint, goals,
// trace, undo, answer, ...) and the goal checker after every line. The UI, `check` and the
// speed-run verifier all drive levels through this class, so they cannot disagree.
import type {Level} from '../levels/schema.js';
import {localize} from '../levels/text.js';
import {SETUP_LINE, containerBaseline, evaluateGoals, newlyBroken, type GoalStatus} from '../levels/checker.js';
import {levelBaseWorld} from '../levels/level-world.js';
import {vfs} from '../engine/index.js';
import {Session} from '../shell/session.js';
import type {OutputChunk} from '../shell/types.js';
import {needsMoreInput} from '../shell/syntax/index.js';
import {splitCommands} from '../levels/command-words.js';
import {msg, type Lang, type MessageKey} from './messages.js';
import {topologyOf} from './topology.js';
import {traceLine} from './trace/render.js';
import type {TopologyModel} from './topology-model.js';
import {complete as completeLine} from './completion.js';
import {History} from './history.js';
import {programsHelp, toolsLine} from './program-help.js';

export {GAME_COMMANDS, type GameCommand} from './game-commands.js';

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
}

export class GameSession {
	readonly level: Level | undefined;
	session!: Session;
	lang: Lang;
	private readonly seed: number;
	private readonly terminal: boolean;
	private baseline: Record<string, string> = {};
	private answers: string[] = [];
	/** `always` goals a line has broken, with that line: unmet until reset (undo does not mend them). */
	private broken: ReadonlyMap<string, string> = new Map();
	/** What `undo` can take back: one entry per change (world, answers and line before it). */
	private readonly history = new History();
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
		this.level = level;
		this.seed = options.seed ?? 1;
		this.lang = options.lang ?? 'en';
		this.terminal = options.terminal ?? false;
		this.start();
	}

	private start(): void {
		if (this.level) {
			this.session = new Session(levelBaseWorld(this.level, this.seed), {terminal: this.terminal});
			this.setupProblems = [];
			for (const line of this.level.world.setup) {
				const r = this.session.run(line);
				if (r.exitCode !== 0) this.setupProblems.push({line, stderr: r.stderr});
			}
		} else {
			this.session = new Session({seed: this.seed}, {terminal: this.terminal});
		}
		this.baseline = containerBaseline(this.session.world);
		this.answers = [];
		this.broken = new Map();
		this.expired = false;
		this.round++;
		this.history.clear();
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

	/** Goal texts in the current language, with their marks. */
	goalLines(): {id: string; text: string; met: boolean}[] {
		if (!this.level) return [];
		return this.level.goals.map((g, i) => {
			const text = localize(g.text, this.lang);
			const brokenBy = this.lastGoals[i]?.brokenBy;
			if (brokenBy === undefined) return {id: g.id, text, met: this.lastGoals[i]?.met ?? false};
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
		return this.session.prompt();
	}

	/** Tab completion for the prompt (an arrow function, so the UI can pass it around). */
	/** Whether bash would ask for another line (`> `) before running this text. */
	needsMoreInput(text: string): boolean {
		return needsMoreInput(text);
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
		const error = 'error' in file ? file.error : this.session.writeHostFile(name, content);
		if (error !== undefined || 'error' in file) {
			return {command, prompt, stdout: '', stderr: `edit: ${name}: ${error}\n`, exitCode: 1, counted: false, goals: this.lastGoals, solvedNow: false};
		}
		this.history.push({world: before, answers: [...this.answers], line: command});
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
	private editTarget(path: string): {name: string; text: string | undefined} | {error: string} {
		const read = this.session.readHostFile(path);
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
		const wasSolved = this.solved;
		const words = splitCommands(line)[0] ?? [];
		const game = this.gameCommand(words, line);
		let out: Omit<LineOutcome, 'goals' | 'solvedNow' | 'prompt' | 'command'>;
		if (game) {
			out = game;
		} else {
			const before = this.session.world;
			const r = this.session.run(line);
			out = {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, ...(r.output ? {output: r.output} : {}), counted: line.trim().length > 0, ...(r.left ? {effect: 'leave' as const} : {})};
			if (this.session.lastLineChanged) this.history.push({world: before, answers: [...this.answers], line});
		}
		if (out.counted) this.commands++;
		this.lastGoals = this.evaluate(line);
		const solvedNow = !wasSolved && this.solved;
		if (solvedNow && this.solvedAt === null) this.solvedAt = this.commands;
		return {command: line, prompt, ...out, goals: this.lastGoals, solvedNow};
	}

	private text(stdout: string): Omit<LineOutcome, 'goals' | 'solvedNow' | 'prompt' | 'command'> {
		return {stdout: stdout.endsWith('\n') || stdout === '' ? stdout : `${stdout}\n`, stderr: '', exitCode: 0, counted: false};
	}

	/** In-game commands; undefined when the line is for the shell. */
	private gameCommand(words: string[], line: string): Omit<LineOutcome, 'goals' | 'solvedNow' | 'prompt' | 'command'> | undefined {
		const [name, ...args] = words;
		const onHost = this.session.location.kind === 'host';
		const L = this.lang;
		// `trace --help`, `hint -h`: the game command's own help (exit is the shell's, which has its own).
		if ((args[0] === '--help' || args[0] === '-h') && name !== 'exit' && name !== 'edit' && GAME_HELP[name] && (onHost || name !== 'answer')) return this.text(`  ${msg(L, GAME_HELP[name])}`);
		switch (name) {
			case 'help': {
				if (args[0] === 'edit') return this.text(`${msg(L, 'editUsage')}\n  ${msg(L, 'helpEdit')}`);
				// The game's own commands have their own help; `exit` is also the shell's, and its line says both.
				const own = args[0] ? GAME_HELP[args[0]] : undefined;
				if (own) return this.text(`  ${msg(L, own)}`);
				if (args[0] === 'programs' && args.length === 1) return this.text(programsHelp(L));
				if (args[0] && args[0] !== 'game') {
					const r = this.session.peek(`${args.join(' ')} --help`);
					return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, counted: false};
				}
				const keys = ['helpHelp', 'helpHint', 'helpGoals', 'helpBriefing', 'helpMap', 'helpTrace', 'helpReset', 'helpUndo', 'helpSolution', 'helpAnswer', 'helpLevels', 'helpEdit', 'helpClear', 'helpLang', 'helpExit'] as const;
				return this.text([msg(L, 'helpIntro'), ...keys.map((k) => `  ${msg(L, k)}`), '', toolsLine(L)].join('\n'));
			}
			case 'hint': {
				const hints = this.level?.hints ?? [];
				if (hints.length === 0) return this.text(msg(L, 'noHints'));
				if (this.hintsShown >= hints.length) return this.text(msg(L, 'noMoreHints'));
				this.hintsShown++;
				return this.text(msg(L, 'hintN', {n: this.hintsShown, total: hints.length, text: localize(hints[this.hintsShown - 1], L)}));
			}
			case 'goals': {
				if (!this.level) return this.text(msg(L, 'noGoals'));
				return this.text([`${msg(L, 'goalsTitle')}:`, ...this.goalLines().map((g) => `  ${g.met ? '[x]' : '[ ]'} ${g.text}`)].join('\n'));
			}
			case 'briefing':
				return this.text(this.briefing());
			case 'map':
				return {...this.text(''), effect: 'map'};
			case 'clear':
				return {...this.text(''), effect: 'clear'};
			case 'levels':
				return {...this.text(''), effect: 'levels'};
			case 'lang': {
				if (args[0] !== 'en' && args[0] !== 'ko') return {stdout: '', stderr: `${msg(L, 'langUsage')}\n`, exitCode: 2, counted: false};
				this.lang = args[0];
				return {...this.text(msg(this.lang, 'langSet')), effect: 'lang'};
			}
			case 'trace': {
				if (args.length === 0) return {stdout: '', stderr: `${msg(L, 'traceUsage')}\n`, exitCode: 2, counted: false};
				const argv = splitCommands(line.replace(/^\s*trace\s+/, ''))[0] ?? [];
				const r = this.session.trace(argv, (a, ctx) => traceLine(a, ctx, L));
				return {...r, counted: false};
			}
			case 'reset':
				this.start();
				return this.text(msg(L, 'resetDone'));
			case 'undo': {
				const last = this.history.pop();
				if (!last) return this.text(msg(L, 'undoNothing'));
				this.session.restore(last.world);
				this.answers = [...last.answers];
				return this.text(msg(L, 'undoDone', {line: last.line}));
			}
			case 'solution': {
				if (!this.level) return this.text(msg(L, 'noGoals'));
				const left = this.level.hints.length - this.hintsShown;
				if (left > 0) return this.text(msg(L, 'solutionLocked', {left}));
				return this.text([msg(L, 'solutionIntro'), ...this.level.solution.map((s) => `  ${s}`)].join('\n'));
			}
			case 'vi':
			case 'vim':
			case 'nano':
			case 'edit': {
				if (!onHost) return undefined;
				if (args[0] === '--help' || args[0] === '-h') return this.text(`${msg(L, 'editUsage')}\n  ${msg(L, 'helpEdit')}`);
				// vi and nano open the same editor; their options (`+10`, `-w`) change nothing here.
				const files = name === 'edit' ? args : args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
				if (files.length !== 1 || files[0] === '' || files[0].startsWith('-')) return {stdout: '', stderr: `${msg(L, 'editUsage')}\n`, exitCode: 2, counted: false};
				if (!this.editorAvailable) return {stdout: '', stderr: `${msg(L, 'editHeadless')}\n`, exitCode: 1, counted: false};
				const file = this.editTarget(files[0]);
				if ('error' in file) return {stdout: '', stderr: `${name}: ${files[0]}: ${file.error}\n`, exitCode: 1, counted: false};
				return {...this.text(''), effect: 'edit', edit: {file: file.name, content: file.text ?? '', isNew: file.text === undefined}};
			}
			case 'answer': {
				if (!onHost) return undefined;
				const value = line.replace(/^\s*answer\s*/, '').trim().replace(/^["']|["']$/g, '');
				if (!value) return {stdout: '', stderr: `${msg(L, 'answerUsage')}\n`, exitCode: 2, counted: false};
				this.history.push({world: this.session.world, answers: [...this.answers], line});
				this.answers.push(value);
				return {...this.text(msg(L, 'answerTaken', {value})), counted: true};
			}
			default:
				return undefined;
		}
	}
}

/** `help NAME` for each game command: the line of the command list that describes it. */
const GAME_HELP: Readonly<Record<string, MessageKey>> = Object.assign(Object.create(null) as Record<string, MessageKey>, {
	help: 'helpHelp', hint: 'helpHint', goals: 'helpGoals', briefing: 'helpBriefing', map: 'helpMap', trace: 'helpTrace', reset: 'helpReset',
	undo: 'helpUndo', solution: 'helpSolution', answer: 'helpAnswer', levels: 'helpLevels', clear: 'helpClear', lang: 'helpLang', exit: 'helpExit',
});
