// JUnit XML for CI systems: one <testsuite> per level, one <testcase> per solution file.
import {basename} from 'node:path';
import type {SolutionReport} from '../game/play-solution.js';

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;'})[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function junitXml(levelId: string, reports: readonly {file: string; report: SolutionReport}[]): string {
	const failures = reports.filter((r) => !r.report.solved).length;
	const cases = reports.map(({file, report}) => {
		const head = `    <testcase classname="netdojo.${escape(levelId)}" name="${escape(basename(file))}" time="0">`;
		if (report.solved) return `${head}</testcase>`;
		const unmet = report.goals.filter((g) => !g.met);
		const message = `not solved: ${unmet.map((g) => g.id).join(', ')}`;
		const body = unmet.map((g) => `${g.id}: ${g.detail}`).join('\n');
		return `${head}\n      <failure message="${escape(message)}" type="NotSolved">${escape(body)}</failure>\n    </testcase>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<testsuites name="netdojo" tests="${reports.length}" failures="${failures}" errors="0">`,
		`  <testsuite name="${escape(levelId)}" tests="${reports.length}" failures="${failures}" errors="0" skipped="0" time="0">`,
		...cases,
		'  </testsuite>',
		'</testsuites>',
		'',
	].join('\n');
}
