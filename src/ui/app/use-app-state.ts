import {useReducer} from 'react';

export type Screen =
	| {readonly name: 'menu'; readonly focus?: string}
	| {readonly name: 'play'; readonly levelId?: string; readonly startedAt: number; readonly round: number}
	| {readonly name: 'solved'; readonly levelId: string; readonly commands: number; readonly hintsUsed: number; readonly timeMs: number};

export type AppAction =
	| {type: 'play'; levelId?: string; now: number}
	| {type: 'solved'; levelId: string; commands: number; hintsUsed: number; now: number}
	| {type: 'menu'; focus?: string};

let round = 0;

export function appReducer(state: Screen, action: AppAction): Screen {
	switch (action.type) {
		case 'play':
			return {name: 'play', levelId: action.levelId, startedAt: action.now, round: ++round};
		case 'solved':
			return state.name === 'play'
				? {name: 'solved', levelId: action.levelId, commands: action.commands, hintsUsed: action.hintsUsed, timeMs: action.now - state.startedAt}
				: state;
		case 'menu':
			return {name: 'menu', focus: action.focus};
	}
}

/** Which screen is up: the level map, a level being played, or the solved screen. */
export function useAppState(initial: Screen) {
	return useReducer(appReducer, initial);
}
