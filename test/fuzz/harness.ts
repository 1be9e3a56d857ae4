// Runs fuzz lines through the `netdojo script` code path (Session.run, line by line) and records
// what must never happen: a throw, a line over the time bound, internal JS error text in the
// output, a broken world invariant.
import {Session} from '../../src/shell/session.js';
import type {World} from '../../src/engine/index.js';

/** Texts that only ever come from a JS error or a JS value printed as is. */
export const LEAKS = ['Maximum call stack', 'Invalid string length', 'undefined', 'NaN', '[object Object]', 'is not a function', 'is not iterable', 'Cannot read prop', 'internal error', 'RangeError', 'TypeError', 'SyntaxError: ', 'Invalid array length', 'RegExpCompiler', 'out of memory'];

export interface Finding {
	kind: 'crash' | 'hang' | 'leak' | 'invariant' | 'shape';
	line: string;
	detail: string;
}

export interface FuzzStats {
	lines: number;
	findings: Finding[];
	slowestMs: number;
	slowestLine: string;
	peakRss: number;
}

export const newStats = (): FuzzStats => ({lines: 0, findings: [], slowestMs: 0, slowestLine: '', peakRss: 0});

/** World invariants that must hold after any line, valid or not. */
export function invariantProblems(world: World): string[] {
	const problems: string[] = [];
	for (const hostName of world.hostOrder) {
		const host = world.hosts[hostName];
		if (!host) {
			problems.push(`host ${hostName} in hostOrder but missing`);
			continue;
		}
		const names = new Set<string>();
		for (const c of host.containers.values()) {
			if (names.has(c.name)) problems.push(`two containers named ${c.name}`);
			names.add(c.name);
			for (const netId of Object.keys(c.networks)) {
				if (!Object.hasOwn(host.networks, netId)) problems.push(`${c.name} is attached to missing network ${netId}`);
			}
		}
	}
	return problems;
}

/** Leak words each session's lines have contained so far. */
const typedWords = new WeakMap<Session, Set<string>>();

const short = (s: string): string => (s.length > 300 ? `${s.slice(0, 300)}... (${s.length} chars)` : s);

/** Runs one line in the session, checking everything; `timeLimitMs` is the hang bound. */
export function checkLine(session: Session, line: string, stats: FuzzStats, timeLimitMs: number): void {
	stats.lines++;
	const t = performance.now();
	let r;
	try {
		r = session.run(line);
	} catch (e) {
		stats.findings.push({kind: 'crash', line: short(line), detail: short(e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e))});
		return;
	}
	const ms = performance.now() - t;
	if (ms > stats.slowestMs) {
		stats.slowestMs = ms;
		stats.slowestLine = short(line);
	}
	if (ms > timeLimitMs) stats.findings.push({kind: 'hang', line: short(line), detail: `${Math.round(ms)} ms`});
	if (typeof r.stdout !== 'string' || typeof r.stderr !== 'string' || !Number.isInteger(r.exitCode) || r.exitCode < 0 || r.exitCode > 255) {
		stats.findings.push({kind: 'shape', line: short(line), detail: `exit ${String(r.exitCode)}`});
		return;
	}
	const out = r.stdout + r.stderr;
	// The player may type the word themselves (`echo NaN`, `x=NaN`, a file holding it): only text
	// that no line of this session contained counts.
	const typed = typedWords.get(session) ?? new Set<string>();
	typedWords.set(session, typed);
	for (const leak of LEAKS) if (line.includes(leak)) typed.add(leak);
	for (const leak of LEAKS) {
		if (out.includes(leak) && !typed.has(leak)) {
			const at = out.indexOf(leak);
			stats.findings.push({kind: 'leak', line: short(line), detail: `${leak}: ...${out.slice(Math.max(0, at - 120), at + 80)}...`});
			break;
		}
	}
	for (const p of invariantProblems(session.world)) stats.findings.push({kind: 'invariant', line: short(line), detail: p});
}

/** Runs a sequence of lines in a fresh session (what `netdojo script FILE` does). */
export function checkSequence(lines: readonly string[], seed: number, stats: FuzzStats, timeLimitMs: number): void {
	const session = new Session({seed});
	for (const line of lines) checkLine(session, line, stats, timeLimitMs);
	const rss = process.memoryUsage().rss;
	if (rss > stats.peakRss) stats.peakRss = rss;
}

/** Findings grouped by kind and first words, for a readable report. */
export function summarize(findings: readonly Finding[]): string {
	const groups = new Map<string, Finding[]>();
	for (const f of findings) {
		const key = `${f.kind} | ${f.kind === 'leak' ? f.detail.split(':')[0] : ''} | ${f.line.split(/\s+/).slice(0, 2).join(' ')}`;
		groups.set(key, [...(groups.get(key) ?? []), f]);
	}
	return [...groups.entries()].map(([key, fs]) => `${fs.length}x ${key}\n  e.g. ${fs[0].line}\n  -> ${fs[0].detail.split('\n').slice(0, 4).join('\n     ')}`).join('\n');
}
