// `grade --html FILE`: one self-contained page (no scripts, no links out) an instructor opens in a
// browser: the class overview, the goals students failed with the most common reason, and each
// student's replayed transcript per level. Every text from a student's file is escaped and
// cleaned of control characters.
import {stripControlChars} from '../levels/index.js';
import type {ClassReport} from './class-report.js';
import type {LevelGrade, StudentGrade} from './grade-student.js';
import {flagText, studentTotals} from './tables.js';

const esc = (text: string) =>
	stripControlChars(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}.ok{color:#13722b}.bad{color:#b3261e}
pre{background:#111;color:#eee;padding:.6rem;overflow-x:auto;white-space:pre-wrap;font:13px/1.35 ui-monospace,monospace}
.cmd{color:#9fe870}.err{color:#ff9d8a}details{margin:.3rem 0}summary{cursor:pointer}code{font-family:ui-monospace,monospace}`;

function overview(report: ClassReport): string {
	const rows = report.students.map((s) => {
		const t = studentTotals(s);
		const cls = t.solved === t.levels ? 'ok' : 'bad';
		return `<tr><td><a href="#student-${anchor(s.name)}">${esc(s.name)}</a></td><td>${esc(s.source)}</td><td class="num ${cls}">${t.solved}/${t.levels}</td><td class="num">${t.commands}/${t.par}</td><td class="num">${t.hints}</td><td class="num">${t.solutions}</td><td>${esc(flagText(s))}</td></tr>`;
	});
	return `<table id="class"><thead><tr><th>Student</th><th>Source</th><th>Solved</th><th>Commands/par</th><th>Hints</th><th>Solutions</th><th>Flags</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function goals(report: ClassReport): string {
	const failing = report.goals.filter((g) => g.failed > 0).sort((a, b) => b.failed - a.failed);
	if (failing.length === 0) return '<p>Every goal was met by every student who attempted its level.</p>';
	const rows = failing.map((g) => `<tr><td><code>${esc(g.level)}/${esc(g.goal)}</code></td><td class="num">${g.failed} of ${g.attempted}</td><td>${g.why !== undefined ? `${esc(g.why)} (${g.whyCount})` : ''}</td></tr>`);
	return `<table id="goals"><thead><tr><th>Goal</th><th>Failed</th><th>Most common why</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

const anchor = (name: string) => stripControlChars(name).replace(/[^A-Za-z0-9_-]/g, '_');

function levelSection(level: LevelGrade): string {
	const state = !level.attempted ? 'not attempted' : level.solved ? 'solved' : 'not solved';
	const extras = `${level.solutionShown ? ', solution shown' : ''}${level.flags.length ? `, ${esc(level.flags.join(', '))}` : ''}`;
	const head = `<summary><code>${esc(level.id)}</code>: <span class="${level.solved ? 'ok' : 'bad'}">${state}</span>, ${level.commands}/${level.par} commands, ${level.hintsUsed} hints${extras}</summary>`;
	if (!level.attempted) return `<details>${head}</details>`;
	const goalList = `<ul>${level.goals.map((g) => `<li class="${g.met ? 'ok' : 'bad'}">${g.met ? '✔' : '✘'} <code>${esc(g.id)}</code>: ${esc(g.detail)}</li>`).join('')}</ul>`;
	const lines = level.garbage
		? `<p class="bad">${esc(level.garbage)}</p>`
		: `<pre>${level.transcript.map((l) => `<span class="cmd">$ ${esc(l.command)}</span>\n${esc(l.stdout)}${l.stderr ? `<span class="err">${esc(l.stderr)}</span>` : ''}`).join('')}</pre>`;
	return `<details>${head}${goalList}${lines}</details>`;
}

function student(s: StudentGrade): string {
	const notes = s.notes.length ? `<ul>${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
	return `<section id="student-${anchor(s.name)}"><h3>${esc(s.name)}</h3><p>${esc(s.source)}, seed ${s.seed}</p>${notes}${s.levels.map(levelSection).join('\n')}</section>`;
}

export function reportHtml(report: ClassReport, title = 'netdojo class report'): string {
	const packs = report.packs.map((p) => `<code>${esc(p.id)}</code> <small>${esc(p.hash)}</small>`).join(', ');
	const solvedAll = report.students.filter((s) => s.levels.every((l) => l.solved)).length;
	return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(title)}</h1>
<p>Packs: ${packs}. ${report.levels.length} levels, ${report.students.length} students; ${solvedAll} solved every level.</p>
<h2>Class</h2>
${overview(report)}
<h2>Goals students failed</h2>
${goals(report)}
<h2>Students</h2>
${report.students.map(student).join('\n')}
<footer><p><small>Graded in ${(report.gradingMs / 1000).toFixed(1)} s.</small></p></footer>
</body></html>
`;
}
