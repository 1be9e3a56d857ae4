// `build level` in the sandbox (issue 18 item 4): the questions the builder asks, one typed line
// per answer, and the level file they make. The lines that changed the sandbox are the level's
// reference solution (the world is the goal) or its setup (the world is the start, and the builder
// types a solution). The probes offered are what the simulation answers now (build-level.ts).
// Pure: the file is handed to a saver the terminal gives, or printed when there is none.
import {parseLevel, formatLevelError} from '../levels/index.js';
import type {Level} from '../levels/schema.js';
import {localize} from '../levels/text.js';
import {buildLevel, buildWorld, defaultProbes, levelYaml, type Built, type ProbeOffer} from './build-level.js';
import {msg, type Lang} from './messages.js';

/** Writes the level file where the player runs netdojo: the path written, or why it could not be. */
export type LevelSaver = (fileName: string, text: string) => {path: string} | {error: string};

/** Plays a made level's reference solution (GameSession does it, to keep this file pure of it). */
export type LevelVerifier = (level: Level) => {solved: boolean; unmet: string[]; solvedAtStart: boolean};

type Step = 'title' | 'briefing' | 'mode' | 'solution' | 'probes' | 'hints' | 'file';

export interface DialogAnswer {
	readonly stdout: string;
	readonly stderr: string;
	/** The dialog is over (written, printed or given up): lines go to the shell again. */
	readonly done: boolean;
}

const MAX_HINTS = 5;
const MAX_SOLUTION_LINES = 200;
/** A typed answer longer than this is cut: a title is a line, not a file. */
const MAX_ANSWER = 2000;

export const idOf = (title: string): string =>
	title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 48)
		.replace(/-+$/, '') || 'my-level';

/** One run of the builder's questions. */
export class BuildLevelDialog {
	private step: Step = 'title';
	private title = '';
	private briefing = '';
	private asStart = false;
	private readonly solution: string[] = [];
	private readonly hints: string[] = [];
	private built: Built | undefined;
	private chosen: ProbeOffer[] = [];

	constructor(
		private readonly lines: readonly string[],
		private readonly lang: Lang,
		private readonly seed: number,
		private readonly verify: LevelVerifier,
		private readonly save: LevelSaver | undefined,
	) {}

	/** What the builder says first. */
	intro(): string {
		return `${msg(this.lang, 'buildIntro', {n: this.lines.length})}\n${msg(this.lang, 'buildAskTitle')}\n`;
	}

	/** The prompt for the question being asked. */
	prompt(): string {
		if (this.step === 'hints') return `hint ${this.hints.length + 1}> `;
		if (this.step === 'mode') return 'goal/start> ';
		return `${this.step}> `;
	}

	cancel(): string {
		return msg(this.lang, 'buildCancelled');
	}

	/** Takes one answer; says what comes next. */
	answer(typed: string): DialogAnswer {
		const text = typed.slice(0, MAX_ANSWER).trim();
		if (text === '.cancel') return {stdout: `${this.cancel()}\n`, stderr: '', done: true};
		const say = (key: Parameters<typeof msg>[1], vars: Record<string, string | number> = {}) => ({stdout: `${msg(this.lang, key, vars)}\n`, stderr: '', done: false});
		switch (this.step) {
			case 'title':
				if (text === '') return {stdout: `${this.cancel()}\n`, stderr: '', done: true};
				this.title = text;
				this.step = 'briefing';
				return say('buildAskBriefing');
			case 'briefing':
				if (text === '') return say('buildAskBriefing');
				this.briefing = text;
				this.step = 'mode';
				return say('buildAskMode');
			case 'mode':
				if (text !== '' && text !== 'goal' && text !== 'start') return say('buildAskMode');
				this.asStart = text === 'start';
				if (this.asStart) {
					this.step = 'solution';
					return say('buildAskSolution');
				}
				return this.offer();
			case 'solution':
				if (text !== '') {
					if (this.solution.length < MAX_SOLUTION_LINES) this.solution.push(typed.trim());
					return {stdout: '', stderr: '', done: false};
				}
				if (this.solution.length === 0) return say('buildAskSolution');
				return this.offer();
			case 'probes':
				return this.pick(text);
			case 'hints':
				if (text !== '') {
					this.hints.push(text);
					if (this.hints.length < MAX_HINTS) return {stdout: '', stderr: '', done: false};
				}
				if (this.hints.length === 0) return say('buildAskHints');
				this.step = 'file';
				return say('buildAskFile', {file: `${idOf(this.title)}.yaml`});
			case 'file':
				return this.finish(text === '' ? `${idOf(this.title)}.yaml` : text);
		}
	}

	/** Builds the world again from the lines and lists the probes it offers. */
	private offer(): DialogAnswer {
		this.built = buildWorld(this.lines, {seed: this.seed, ...(this.asStart ? {asStart: {solution: this.solution}} : {})});
		const warnings = this.built.failures.map((f) => msg(this.lang, 'buildLineFailed', {line: f.line, error: f.stderr.trim().split('\n')[0] ?? ''}));
		this.chosen = defaultProbes(this.built.offers);
		if (this.built.offers.length === 0) {
			this.step = 'hints';
			return {stdout: `${msg(this.lang, 'buildNoProbes')}\n${msg(this.lang, 'buildAskHints')}\n`, stderr: warnings.map((w) => `${w}\n`).join(''), done: false};
		}
		this.step = 'probes';
		const list = this.built.offers.map((o, i) => `  ${String(i + 1).padStart(2)} ${this.chosen.includes(o) ? '[x]' : '[ ]'} ${localize(o.goal.text, this.lang)}${o.reachable !== o.reachableBefore ? msg(this.lang, 'buildChanged') : ''}`);
		return {stdout: `${msg(this.lang, 'buildOffers')}\n${list.join('\n')}\n${msg(this.lang, 'buildAskProbes')}\n`, stderr: warnings.map((w) => `${w}\n`).join(''), done: false};
	}

	private pick(text: string): DialogAnswer {
		const offers = this.built?.offers ?? [];
		if (text === 'none') this.chosen = [];
		else if (text === 'all') this.chosen = [...offers];
		else if (text !== '') {
			const picked: ProbeOffer[] = [];
			for (const word of text.split(/[\s,]+/).filter((w) => w !== '')) {
				const n = /^\d{1,4}$/.test(word) ? Number(word) : NaN;
				const offer = offers[n - 1];
				if (!offer) return {stdout: '', stderr: `${msg(this.lang, 'buildBadPick', {word, max: offers.length})}\n`, done: false};
				if (!picked.includes(offer)) picked.push(offer);
			}
			this.chosen = picked;
		}
		this.step = 'hints';
		return {stdout: `${msg(this.lang, 'buildPicked', {n: this.chosen.length})}\n${msg(this.lang, 'buildAskHints')}\n`, stderr: '', done: false};
	}

	/** The level as a file: checked as `validate` checks it, then saved (or printed). */
	private finish(fileName: string): DialogAnswer {
		const built = this.built ?? buildWorld(this.lines, {seed: this.seed});
		const id = idOf(this.title);
		const level = buildLevel(this.lines, built, this.chosen, {id, title: this.title, briefing: this.briefing, hints: this.hints, seed: this.seed, ...(this.asStart ? {asStart: {solution: this.solution}} : {})});
		const fail = (stderr: string): DialogAnswer => ({stdout: '', stderr: `${stderr}\n`, done: true});
		if (level.goals.length === 0) return fail(msg(this.lang, 'buildNoGoals'));
		const text = levelYaml(level);
		const parsed = parseLevel(text, fileName);
		if (!parsed.ok) return fail([msg(this.lang, 'buildInvalid'), ...parsed.errors.map((e) => formatLevelError(e))].join('\n'));
		const played = this.verify(parsed.level);
		if (played.solvedAtStart) return fail(msg(this.lang, 'buildSolvedAtStart'));
		if (!played.solved) return fail(msg(this.lang, 'buildNotSolved', {goals: played.unmet.join(', ')}));
		const summary = {id, n: level.goals.length, par: level.par};
		if (!this.save) return {stdout: `${text}${text.endsWith('\n') ? '' : '\n'}${msg(this.lang, 'buildPrinted', summary)}\n`, stderr: '', done: true};
		const saved = this.save(fileName, text);
		// Nothing built is lost to a bad name: the question is asked again.
		if ('error' in saved) return {stdout: `${msg(this.lang, 'buildAskFileAgain')}\n`, stderr: `${msg(this.lang, 'buildSaveFailed', {file: fileName, error: saved.error})}\n`, done: false};
		return {stdout: `${msg(this.lang, 'buildWritten', {...summary, file: saved.path})}\n`, stderr: '', done: true};
	}
}
