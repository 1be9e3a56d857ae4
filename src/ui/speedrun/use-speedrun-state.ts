import {useReducer} from 'react';

export type SpeedrunPhase = 'briefing' | 'playing' | 'summary' | 'abandoned';

export interface SpeedrunState {
	readonly phase: SpeedrunPhase;
	/** The level being played (or briefed). */
	readonly index: number;
	/** Whether the first keystroke has started the clock. */
	readonly started: boolean;
}

export type SpeedrunAction =
	| {type: 'start-clock'}
	| {type: 'begin-level'}
	| {type: 'level-solved'; levelCount: number; briefing: boolean}
	| {type: 'abandon'};

export function speedrunReducer(state: SpeedrunState, action: SpeedrunAction): SpeedrunState {
	switch (action.type) {
		case 'start-clock':
			return state.started ? state : {...state, started: true};
		case 'begin-level':
			return state.phase === 'briefing' ? {...state, phase: 'playing'} : state;
		case 'level-solved': {
			if (state.phase !== 'playing') return state;
			const next = state.index + 1;
			if (next >= action.levelCount) return {...state, phase: 'summary'};
			return {...state, index: next, phase: action.briefing ? 'briefing' : 'playing'};
		}
		case 'abandon':
			return state.phase === 'summary' ? state : {...state, phase: 'abandoned'};
	}
}

export function initialSpeedrunState(briefing: boolean): SpeedrunState {
	return {phase: briefing ? 'briefing' : 'playing', index: 0, started: false};
}

/** Where the run is: briefing or playing level N, the summary, or abandoned. */
export function useSpeedrunState(briefing: boolean) {
	return useReducer(speedrunReducer, briefing, initialSpeedrunState);
}
