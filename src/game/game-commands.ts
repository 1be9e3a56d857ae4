// The commands the game itself answers (everything else goes to the simulated shell).
export type GameCommand = 'help' | 'hint' | 'goals' | 'briefing' | 'map' | 'trace' | 'reset' | 'undo' | 'solution' | 'answer' | 'levels' | 'clear' | 'lang' | 'exit';

export const GAME_COMMANDS: readonly GameCommand[] = ['help', 'hint', 'goals', 'briefing', 'map', 'trace', 'reset', 'undo', 'solution', 'answer', 'levels', 'clear', 'lang', 'exit'];
