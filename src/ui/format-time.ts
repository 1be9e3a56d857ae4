// Durations are formatted by the game layer (speed-run splits use it too); the screens import it from here.
export {formatDuration} from '../game/format-time.js';
