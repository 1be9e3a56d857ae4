// The game's notes for what docker CLI 28 has and the simulation does not do: said as a note from
// netdojo (never as Docker's "unknown command"/"unknown flag", which would teach that it does not exist).
import type {CommandResult} from '../../types.js';

const note = (text: string): CommandResult => ({stdout: '', stderr: `netdojo: ${text}\n`, exitCode: 1});

/** `docker login`, `docker volume ls`: a real command this game does not simulate. */
export function commandNotSimulated(path: string): CommandResult {
	return note(`\`${path}\` is a docker command this game does not simulate (yet); nothing was done.`);
}

/** `docker run --gpus all ...`: real flags of a simulated command that the game does not simulate. */
export function flagsNotSimulated(path: string, flags: readonly string[]): CommandResult {
	const list = flags.map((f) => `--${f}`).join(', ');
	const one = flags.length === 1;
	return note(`${list} ${one ? 'is a' : 'are'} real \`${path}\` flag${one ? '' : 's'} this game does not simulate (yet); nothing was done. Run the command without ${one ? 'it' : 'them'}.`);
}

/** `docker -H tcp://... ps`: the CLI's global options; the game has one local daemon. */
export function globalNotSimulated(flag: string): CommandResult {
	return note(`the global option ${flag} is real docker, but this game has one local daemon and does not simulate it; run the command without it.`);
}
