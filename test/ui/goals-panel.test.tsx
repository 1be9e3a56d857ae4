import React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import GoalsPanel, {type Goal} from '../../src/ui/goals/GoalsPanel.js';
import {settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

const goals: Goal[] = [
	{id: 'g1', text: 'curl http://localhost:8080 from the host answers with the nginx welcome page', met: true},
	{id: 'g2', text: 'web reaches db by name', met: false},
];

const koGoals: Goal[] = [
	{id: 'g1', text: '호스트에서 curl http://localhost:8080 을 실행하면 nginx 환영 페이지가 보입니다', met: true},
	{id: 'g2', text: 'web 컨테이너가 이름으로 db 에 연결됩니다', met: false},
];

async function frameOf(element: React.ReactElement) {
	const {lastFrame} = render(element);
	await settle();
	return stripAnsi(lastFrame());
}

describe('GoalsPanel', () => {
	it('draws a box with ✔ and ✘ marks when colour is on', async () => {
		const frame = await frameOf(<GoalsPanel title="Goals" goals={goals} color width={40} />);
		expect(frame).toContain('Goals 1/2');
		expect(frame).toContain('✔ curl');
		expect(frame).toContain('✘ web reaches db by name');
		expect(frame.split('\n')[0]!.startsWith('╭')).toBe(true);
	});

	it('uses [x] and [ ] without colour', async () => {
		const frame = await frameOf(<GoalsPanel title="Goals" goals={goals} color={false} width={40} />);
		expect(frame).toContain('[x] curl');
		expect(frame).toContain('[ ] web reaches db');
		expect(frame).not.toContain('✔');
	});

	it('uses an ASCII border and marks on request', async () => {
		const frame = await frameOf(<GoalsPanel ascii title="Goals" goals={goals} color width={40} />);
		expect(frame.split('\n')[0]).toMatch(/^\+-+\+$/);
		expect(frame).toContain('[x] curl');
	});

	it('wraps long goals inside the box, every line the same width', async () => {
		const frame = await frameOf(<GoalsPanel title="Goals" goals={goals} color width={40} />);
		const lines = frame.split('\n');
		expect(lines.length).toBeGreaterThan(5);
		for (const line of lines) {
			expect(stringWidth(line)).toBe(40);
		}

		// The continuation is indented under the text, not under the mark.
		const second = lines.findIndex(line => line.includes('✔')) + 1;
		expect(lines[second]).toMatch(/^│ {3}\S/);
	});

	it('keeps Korean lines aligned with the border', async () => {
		const frame = await frameOf(<GoalsPanel title="목표" goals={koGoals} color width={36} />);
		const lines = frame.split('\n');
		expect(frame).toContain('목표 1/2');
		for (const line of lines) {
			expect(stringWidth(line)).toBe(36);
			expect(line.endsWith('│') || line.endsWith('╮') || line.endsWith('╯')).toBe(true);
		}
	});
});
