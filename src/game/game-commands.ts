// The one registry of the game's own commands (everything else goes to the simulated shell):
// each command's name, aliases, help line in English and Korean, whether its answer is prose
// (the UI wraps it at spaces), whether it exists only at the host prompt, and its handler.
// GameSession routes a line here, `help` lists this table, completion offers its names.
import type {Level} from '../levels/schema.js';
import {localize} from '../levels/text.js';
import type {Session} from '../shell/session.js';
import {traceLine} from './trace/render.js';
import {goalsList, whyAnswer} from './trace/why-command.js';
import type {EditRequest, LineOutcome} from './game-session.js';
import {isLang} from '../shell/lang.js';
import {msg, type Lang, type MessageKey} from './messages.js';
import {programsHelp, toolsLine} from './program-help.js';

/** What a command answers: the line's outcome before goals are checked. */
export type CommandOutcome = Omit<LineOutcome, 'goals' | 'solvedNow' | 'prompt' | 'command'>;

/** What a game command may read and do in the level being played. */
export interface GameCommandHost {
	readonly lang: Lang;
	setLang(lang: Lang): void;
	readonly level: Level | undefined;
	readonly session: Session;
	hintsShown: number;
	readonly editorAvailable: boolean;
	/** The goals in the player's language; an unmet one says why (src/game/trace/why.ts). */
	goalLines(): {id: string; text: string; met: boolean; why?: string}[];
	briefing(): string;
	/** Starts the level over. */
	reset(): void;
	/** Takes back the last change: the line it was, or undefined when there is none. */
	undo(): string | undefined;
	/** Notes an answer to a question goal (one undo step, one command towards par). */
	answer(value: string, line: string): void;
	editTarget(path: string): {name: string; text: string | undefined} | {error: string};
	/** `build level` (sandbox): starts its questions; what to say first. */
	startBuild(): string;
}

export interface CommandCall {
	/** The name typed (an alias, for `vi`). */
	readonly name: string;
	readonly args: string[];
	readonly line: string;
	readonly onHost: boolean;
}

export interface GameCommandSpec {
	readonly name: string;
	readonly aliases?: readonly string[];
	/** Its line in `help` (also `help NAME` and `NAME --help`). */
	readonly help: {readonly en: string; readonly ko: string};
	/** A usage line shown above the help line by `help NAME` (also its answer to bad arguments). */
	readonly usage?: MessageKey;
	/** Its answer is prose: the UI wraps it at spaces. */
	readonly prose: boolean;
	/** Only at the host prompt: inside a container the line is the shell's. */
	readonly hostOnly?: boolean;
	/** Undefined: the shell runs it (`exit`), the game only describes it. */
	readonly run?: (game: GameCommandHost, call: CommandCall) => CommandOutcome;
}

/** Output that counts for nothing: what most game commands answer. */
export function text(stdout: string): CommandOutcome {
	return {stdout: stdout.endsWith('\n') || stdout === '' ? stdout : `${stdout}\n`, stderr: '', exitCode: 0, counted: false};
}

const fail = (stderr: string, exitCode: number): CommandOutcome => ({stdout: '', stderr: `${stderr}\n`, exitCode, counted: false});
const h = (en: string, ko: string) => ({en, ko});

function help(game: GameCommandHost, {args}: CommandCall): CommandOutcome {
	const L = game.lang;
	// The game's own commands have their own help; `exit` is also the shell's, and its line says both.
	const own = findGameCommand(args[0]);
	if (own) return text(commandHelp(own, L));
	if (args[0] === 'programs' && args.length === 1) return text(programsHelp(L));
	if (args[0] && args[0] !== 'game') {
		const r = game.session.peek(`${args.join(' ')} --help`);
		return {stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, counted: false};
	}
	return text([msg(L, 'helpIntro'), ...GAME_COMMAND_TABLE.map((c) => `  ${c.help[L]}`), '', toolsLine(L)].join('\n'));
}

function hint(game: GameCommandHost): CommandOutcome {
	const L = game.lang;
	const hints = game.level?.hints ?? [];
	if (hints.length === 0) return text(msg(L, 'noHints'));
	if (game.hintsShown >= hints.length) return text(msg(L, 'noMoreHints'));
	game.hintsShown++;
	return text(msg(L, 'hintN', {n: game.hintsShown, total: hints.length, text: localize(hints[game.hintsShown - 1], L)}));
}

function edit(game: GameCommandHost, {name, args}: CommandCall): CommandOutcome {
	const L = game.lang;
	// vi and nano open the same editor; their options (`+10`, `-w`) change nothing here.
	const files = name === 'edit' ? args : args.filter((a) => !a.startsWith('-') && !a.startsWith('+'));
	if (files.length !== 1 || files[0] === '' || files[0].startsWith('-')) return fail(msg(L, 'editUsage'), 2);
	if (!game.editorAvailable) return fail(msg(L, 'editHeadless'), 1);
	const file = game.editTarget(files[0]);
	if ('error' in file) return fail(`${name}: ${files[0]}: ${file.error}`, 1);
	const request: EditRequest = {file: file.name, content: file.text ?? '', isNew: file.text === undefined};
	return {...text(''), effect: 'edit', edit: request};
}

/** Every game command, in the order `help` lists them. */
export const GAME_COMMAND_TABLE: readonly GameCommandSpec[] = [
	{name: 'help', prose: true, help: h('help [CMD]      this list, or help for one command (also CMD --help)', 'help [명령]     이 목록, 또는 명령 하나의 도움말 (명령 --help 도 돼요)'), run: help},
	{name: 'hint', prose: true, help: h('hint            the next hint (they come in steps)', 'hint            다음 힌트 (단계별로 나와요)'), run: hint},
	{
		name: 'goals', prose: true, help: h('goals           the goals and whether each is met', 'goals           목표와 달성 여부'),
		run: (game) => (game.level ? text(goalsList(game.goalLines(), `${msg(game.lang, 'goalsTitle')}:`, game.lang)) : text(msg(game.lang, 'noGoals'))),
	},
	{
		name: 'why', prose: true, help: h('why [GOAL]      why the unmet goals are unmet (or one: why web-to-db)', 'why [목표]      달성 못 한 목표가 왜 안 되는지 (하나만: why web-to-db)'),
		run: (game, {args}) => {
			if (!game.level) return text(msg(game.lang, 'noGoals'));
			const r = whyAnswer(game.goalLines(), args, game.lang);
			return 'error' in r ? fail(r.error, 2) : text(r.text);
		},
	},
	{name: 'briefing', prose: true, help: h('briefing        the level briefing again', 'briefing        레벨 설명 다시 보기'), run: (game) => text(game.briefing())},
	{name: 'map', prose: false, help: h('map             show or hide the network map', 'map             네트워크 지도 보이기/숨기기'), run: () => ({...text(''), effect: 'map'})},
	{
		name: 'trace', prose: true, help: h('trace CMD       explain a curl/wget/ping/nc hop by hop (trace curl localhost:8080)', 'trace 명령      curl/wget/ping/nc 가 어디를 거치는지 설명 (trace curl localhost:8080)'),
		run: (game, {args}) => (args.length === 0 ? fail(msg(game.lang, 'traceUsage'), 2) : {...game.session.trace(args, (a, ctx) => traceLine(a, ctx, game.lang)), counted: false}),
	},
	{
		name: 'reset', prose: true, help: h('reset           start the level over', 'reset           레벨을 처음부터 다시'),
		run: (game) => {
			game.reset();
			return text(msg(game.lang, 'resetDone'));
		},
	},
	{
		name: 'undo', prose: true, help: h('undo            take back the last command that changed something', 'undo            무언가를 바꾼 마지막 명령 되돌리기'),
		run: (game) => {
			const line = game.undo();
			return text(line === undefined ? msg(game.lang, 'undoNothing') : msg(game.lang, 'undoDone', {line}));
		},
	},
	{
		name: 'solution', prose: true, help: h('solution        the reference solution (after all hints)', 'solution        모범 답안 (힌트를 모두 본 뒤)'),
		run: (game) => {
			if (!game.level) return text(msg(game.lang, 'noGoals'));
			const left = game.level.hints.length - game.hintsShown;
			if (left > 0) return text(msg(game.lang, 'solutionLocked', {left}));
			return text([msg(game.lang, 'solutionIntro'), ...game.level.solution.map((s) => `  ${s}`)].join('\n'));
		},
	},
	{
		name: 'answer', prose: true, hostOnly: true, help: h('answer VALUE    answer a question goal', 'answer 값       질문 목표에 답하기'),
		run: (game, {line}) => {
			const value = line.replace(/^\s*answer\s*/, '').trim().replace(/^["']|["']$/g, '');
			if (!value) return fail(msg(game.lang, 'answerUsage'), 2);
			game.answer(value, line);
			return {...text(msg(game.lang, 'answerTaken', {value})), counted: true};
		},
	},
	{name: 'levels', prose: true, help: h('levels          back to the level map', 'levels          레벨 목록으로'), run: () => ({...text(''), effect: 'levels'})},
	{
		name: 'edit', aliases: ['vi', 'vim', 'nano'], prose: false, hostOnly: true, usage: 'editUsage',
		help: h('edit FILE       edit a file of the working directory (cat FILE, ls show them)', 'edit 파일       작업 디렉터리의 파일 편집 (cat 파일, ls 로 확인)'), run: edit,
	},
	{
		name: 'build', prose: true, hostOnly: true,
		help: h('build level     turn what you built in the sandbox into a level file', 'build level     샌드박스에서 만든 것을 레벨 파일로 만들기'),
		run: (game, {args}) => (args.length !== 1 || args[0] !== 'level' ? fail(msg(game.lang, 'buildUsage'), 2) : text(game.startBuild())),
	},
	{name: 'clear', prose: false, help: h('clear           clear the screen', 'clear           화면 지우기'), run: () => ({...text(''), effect: 'clear'})},
	{
		name: 'lang', prose: true, help: h('lang en|ko      switch language', 'lang en|ko      언어 바꾸기'),
		run: (game, {args}) => {
			if (!isLang(args[0])) return fail(msg(game.lang, 'langUsage'), 2);
			game.setLang(args[0]);
			return {...text(msg(args[0], 'langSet')), effect: 'lang'};
		},
	},
	// The shell's own `exit` leaves a container shell or the level; the game only describes it.
	{name: 'exit', prose: false, help: h('exit            leave a container shell, or the level', 'exit            컨테이너 셸에서 나가기, 또는 레벨 나가기')},
];

const byName = new Map<string, GameCommandSpec>(GAME_COMMAND_TABLE.flatMap((c) => [[c.name, c] as const, ...(c.aliases ?? []).map((a) => [a, c] as const)]));

/** The command a name (or alias) calls, if it is the game's. */
export function findGameCommand(name: string | undefined): GameCommandSpec | undefined {
	return name === undefined ? undefined : byName.get(name);
}

/** The game commands' names, in `help` order. */
export const GAME_COMMANDS: readonly string[] = GAME_COMMAND_TABLE.map((c) => c.name);

/** Names and aliases a prompt can complete: inside a container only the commands that exist there. */
export function gameCommandNames(onHost: boolean): string[] {
	return GAME_COMMAND_TABLE.filter((c) => onHost || !c.hostOnly).flatMap((c) => [c.name, ...(c.aliases ?? [])]);
}

/** Whether the game answers a line whose first word is `name` (the same rule GameSession routes by). */
export function isGameCommand(name: string | undefined, onHost: boolean): boolean {
	const c = findGameCommand(name);
	return c !== undefined && c.run !== undefined && (onHost || !c.hostOnly);
}

/** `help NAME` / `NAME --help`: the usage line if it has one, then its help line. */
export function commandHelp(c: GameCommandSpec, lang: Lang): string {
	return [...(c.usage ? [msg(lang, c.usage)] : []), `  ${c.help[lang]}`].join('\n');
}
