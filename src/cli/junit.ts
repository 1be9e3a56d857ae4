// JUnit XML for CI systems: `check` writes one <testsuite> per level, one <testcase> per solution
// file; `grade` one <testsuite> per student, one <testcase> per level, with real times.
import {basename} from 'node:path';
import type {GoalStatus} from '../levels/checker.js';
import type {ClassReport} from '../grade/class-report.js';
import {flagText} from '../grade/tables.js';

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'})[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** `check --junit`: a testcase's time is how long its replay took. */
export function junitXml(levelId: string, reports: readonly {file: string; report: {solved: boolean; goals: readonly GoalStatus[]; replayMs: number}}[]): string {
	const failures = reports.filter((r) => !r.report.solved).length;
	const total = reports.reduce((n, r) => n + r.report.replayMs, 0);
	const cases = reports.map(({file, report}) => {
		const head = `    <testcase classname="netdojo.${escape(levelId)}" name="${escape(basename(file))}" time="${seconds(report.replayMs)}">`;
		if (report.solved) return `${head}</testcase>`;
		const unmet = report.goals.filter((g) => !g.met);
		const message = `not solved: ${unmet.map((g) => g.id).join(', ')}`;
		const body = unmet.map((g) => `${g.id}: ${g.detail}`).join('\n');
		return `${head}\n      <failure message="${escape(message)}" type="NotSolved">${escape(body)}</failure>\n    </testcase>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<testsuites name="netdojo" tests="${reports.length}" failures="${failures}" errors="0">`,
		`  <testsuite name="${escape(levelId)}" tests="${reports.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(total)}">`,
		...cases,
		'  </testsuite>',
		'</testsuites>',
		'',
	].join('\n');
}


/** `grade --junit`: a testcase's time is the student's own on the level when the source has it, else the replay's. */
export function classJunitXml(report: ClassReport): string {
	let tests = 0;
	let failures = 0;
	let totalMs = 0;
	const suites = report.students.map((student) => {
		const failed = student.levels.filter((l) => !l.solved).length;
		const ms = student.levels.reduce((n, l) => n + (l.timeMs ?? l.replayMs), 0);
		tests += student.levels.length;
		failures += failed;
		totalMs += ms;
		const cases = student.levels.map((l) => {
			const head = `    <testcase classname="netdojo.${escape(student.name)}" name="${escape(l.id)}" time="${seconds(l.timeMs ?? l.replayMs)}">`;
			const props = `\n      <system-out>${escape(`commands ${l.commands}/${l.par}, hints ${l.hintsUsed}, solution ${l.solutionShown ? 'shown' : 'not shown'}${l.flags.length ? `, flags: ${l.flags.join(', ')}` : ''}`)}</system-out>`;
			if (l.solved) return `${head}${props}\n    </testcase>`;
			const unmet = l.goals.filter((g) => !g.met);
			const message = !l.attempted ? 'not attempted' : l.garbage ? `garbage: ${l.garbage}` : `not solved: ${unmet.map((g) => g.id).join(', ')}`;
			const body = unmet.map((g) => `${g.id}: ${g.detail}`).join('\n');
			return `${head}\n      <failure message="${escape(message)}" type="${l.attempted ? 'NotSolved' : 'NotAttempted'}">${escape(body)}</failure>${props}\n    </testcase>`;
		});
		const flags = flagText(student);
		return [
			`  <testsuite name="${escape(student.name)}" tests="${student.levels.length}" failures="${failed}" errors="0" skipped="0" time="${seconds(ms)}">`,
			`    <properties><property name="source" value="${escape(student.source)}"/><property name="seed" value="${student.seed}"/><property name="flags" value="${escape(flags)}"/></properties>`,
			...cases,
			'  </testsuite>',
		].join('\n');
	});
	return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="netdojo grade" tests="${tests}" failures="${failures}" errors="0" time="${seconds(totalMs)}">`, ...suites, '</testsuites>', ''].join('\n');
}
