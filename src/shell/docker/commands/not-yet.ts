// Placeholder for a command whose implementation has not landed yet.
import type {DockerCommand} from '../command.js';

export function notYet(path: string, usage: string): DockerCommand {
	return {
		spec: {path, usage, description: 'not implemented yet', flags: []},
		run: () => ({stdout: '', stderr: `${path}: not implemented yet\n`, exitCode: 1}),
	};
}
