import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup, render} from 'ink-testing-library';
import stringWidth from 'string-width';
import SolvedScreen from '../../src/ui/solved/SolvedScreen.js';
import Title, {titleArt} from '../../src/ui/title/Title.js';
import {t, messages} from '../../src/ui/i18n.js';
import {keys, settle, stripAnsi} from './helpers.js';

afterEach(() => {
	cleanup();
});

async function solved(props: Partial<React.ComponentProps<typeof SolvedScreen>> = {}) {
	const onNext = vi.fn();
	const onMenu = vi.fn();
	const view = render(
		<SolvedScreen
			levelTitle="Connection reset"
			commands={3}
			par={3}
			timeMs={65_300}
			hintsUsed={1}
			nextLevelTitle="Wrong port order"
			onNext={onNext}
			onMenu={onMenu}
			color={false}
			{...props}
		/>,
	);
	await settle();
	const press = async (chunk: string) => {
		view.stdin.write(chunk);
		await settle();
	};

	return {...view, onNext, onMenu, press, frame: () => stripAnsi(view.lastFrame())};
}

describe('SolvedScreen', () => {
	it('shows commands vs par with a star, time with tenths, hints and the next level', async () => {
		const {frame} = await solved();
		expect(frame()).toContain('Level solved!');
		expect(frame()).toContain('commands: 3 / par 3  ★');
		expect(frame()).toContain('time: 1:05.3');
		expect(frame()).toContain('hints used: 1');
		expect(frame()).toContain('Next level: Wrong port order');
		for (const line of frame().split('\n')) {
			expect(stringWidth(line)).toBe(60);
		}
	});

	it('has no star over par', async () => {
		const {frame} = await solved({commands: 5});
		expect(frame()).toContain('commands: 5 / par 3');
		expect(frame()).not.toContain('★');
	});

	it('Enter goes to the next level, m and Esc to the menu', async () => {
		const {press, onNext, onMenu} = await solved();
		await press(keys.enter);
		expect(onNext).toHaveBeenCalledTimes(1);
		await press('m');
		await press(keys.escape);
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(onMenu).toHaveBeenCalledTimes(2);
	});

	it('a line typed after the solve does not act on the screen: its Enter says it was not run', async () => {
		const {press, onNext, onMenu, frame} = await solved();
		for (const ch of 'docker rm -f mq') await press(ch);
		await press(keys.enter);
		expect(onNext).not.toHaveBeenCalled();
		expect(onMenu).not.toHaveBeenCalled();
		expect(frame()).toContain('Not run: docker rm -f mq (the level is solved)');
		await press(keys.enter);
		expect(onNext).toHaveBeenCalledTimes(1);
	});

	it('a pasted line with its Enter in one chunk is stray typing too', async () => {
		const {press, onNext, frame} = await solved();
		await press('curl localhost:8080\r');
		expect(onNext).not.toHaveBeenCalled();
		expect(frame()).toContain('Not run: curl localhost:8080');
	});

	it('Space alone goes on; Esc drops a half-typed line before it goes to the map', async () => {
		const first = await solved();
		await first.press(' ');
		expect(first.onNext).toHaveBeenCalledTimes(1);
		cleanup();
		const second = await solved();
		await second.press('x');
		await second.press(keys.escape);
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(second.onMenu).not.toHaveBeenCalled();
		await second.press('m');
		expect(second.onMenu).toHaveBeenCalledTimes(1);
	});

	it("shows the level's takeaway", async () => {
		const {frame} = await solved({takeaway: 'EXPOSE only documents a port; -p publishes it.'});
		expect(frame()).toContain('EXPOSE only documents a port; -p publishes it.');
	});

	it('Enter goes to the menu after the last level', async () => {
		const {press, onNext, onMenu, frame} = await solved({nextLevelTitle: undefined});
		expect(frame()).toContain('That was the last level');
		await press(keys.enter);
		expect(onNext).not.toHaveBeenCalled();
		expect(onMenu).toHaveBeenCalledTimes(1);
	});

	it('speaks Korean and keeps the box aligned', async () => {
		const {frame} = await solved({lang: 'ko', levelTitle: '연결이 재설정됨'});
		expect(frame()).toContain('레벨 클리어!');
		expect(frame()).toContain('명령: 3 / 기준 3');
		for (const line of frame().split('\n')) {
			expect(stringWidth(line)).toBe(60);
		}
	});
});

describe('Title', () => {
	it('fits 80 columns and shows the tagline', async () => {
		const {lastFrame} = render(<Title color={false} subtitle="v0.1.0" />);
		await settle();
		const lines = stripAnsi(lastFrame()).split('\n');
		for (const line of lines) {
			expect(stringWidth(line)).toBeLessThanOrEqual(80);
		}

		expect(lines.join('\n')).toContain('Learn Docker networking by doing it.');
		expect(lines.join('\n')).toContain('v0.1.0');
		expect(Math.max(...titleArt.map(line => line.length))).toBeLessThanOrEqual(40);
	});
});

describe('i18n', () => {
	it('has every key in Korean and fills placeholders', () => {
		expect(Object.keys(messages.ko).sort()).toEqual(Object.keys(messages.en).sort());
		for (const value of Object.values(messages.ko)) {
			expect(value.length).toBeGreaterThan(0);
		}

		expect(t('en', 'goals')).toBe('Goals');
		expect(t('ko', 'goals')).toBe('목표');
		expect(t('en', 'hostMode')).toBe('host mode');
		expect(t('en', 'noNetwork')).toBe('no network');
	});
});
