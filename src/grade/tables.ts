// The class report as text: one row per student, then the goals students failed, most failed
// first. Names and reasons come from students' files and are cleaned of control characters.
import {stripControlChars} from '../levels/index.js';
import type {ClassReport} from './class-report.js';
import type {Flag, StudentGrade} from './grade-student.js';

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)) + 2);
	const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('').trimEnd();
	return [line(header), ...rows.map(line)].join('\n');
}

const FLAG_ORDER: Flag[] = ['solved-then-broken', 'used-reset', 'empty', 'garbage', 'other-pack'];

/** `solved-then-broken: port-taken; used-reset: user-bridge, icc-off` (not-attempted is the SOLVED column's job). */
export function flagText(student: StudentGrade): string {
	const parts = FLAG_ORDER.flatMap((flag) => {
		const ids = student.levels.filter((l) => l.flags.includes(flag)).map((l) => l.id);
		return ids.length > 0 ? [`${flag}: ${ids.join(', ')}`] : [];
	});
	if (student.source === 'unreadable') parts.unshift('unreadable');
	return parts.join('; ') || '-';
}

export function studentTotals(student: StudentGrade) {
	const attempted = student.levels.filter((l) => l.attempted);
	return {
		solved: student.levels.filter((l) => l.solved).length,
		levels: student.levels.length,
		commands: attempted.reduce((n, l) => n + l.commands, 0),
		par: attempted.reduce((n, l) => n + l.par, 0),
		hints: student.levels.reduce((n, l) => n + l.hintsUsed, 0),
		solutions: student.levels.filter((l) => l.solutionShown).length,
	};
}

export function reportText(report: ClassReport): string {
	const rows = report.students.map((s) => {
		const t = studentTotals(s);
		return [stripControlChars(s.name), s.source, `${t.solved}/${t.levels}`, `${t.commands}/${t.par}`, String(t.hints), String(t.solutions), flagText(s)];
	});
	const out = [table(['STUDENT', 'SOURCE', 'SOLVED', 'COMMANDS/PAR', 'HINTS', 'SOLUTIONS', 'FLAGS'], rows)];
	const failing = report.goals.filter((g) => g.failed > 0).sort((a, b) => b.failed - a.failed);
	out.push('');
	if (failing.length === 0) out.push('Every goal was met by every student who attempted its level.');
	else {
		const goalRows = failing.map((g) => [`${g.level}/${g.goal}`, `${g.failed} of ${g.attempted}`, g.why !== undefined ? `${stripControlChars(g.why)} (${g.whyCount})` : '']);
		out.push(table(['GOAL', 'FAILED', 'MOST COMMON WHY'], goalRows));
	}
	const notes = report.students.flatMap((s) => s.notes.map((n) => `  ${stripControlChars(s.name)}: ${stripControlChars(n)}`));
	if (notes.length > 0) out.push('', 'Notes:', ...notes);
	const all = report.students.filter((s) => s.levels.every((l) => l.solved)).length;
	out.push('', `${all} of ${report.students.length} student${report.students.length === 1 ? '' : 's'} solved every level (${report.levels.length} level${report.levels.length === 1 ? '' : 's'})`);
	return `${out.join('\n')}\n`;
}
