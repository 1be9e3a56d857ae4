// What the docker CLI says when dockerd is not running (a daemon.json it refused, `systemctl stop
// docker`): flags and arguments are still checked first, then the API call fails. `docker run`
// and `create` frame it as their other errors; `version` still prints the client's half.
import {daemonRunning, getHost} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';

export const CANNOT_CONNECT = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

/** Commands that need no daemon. */
const CLIENT_ONLY = new Set(['docker version']);

export function daemonDown(path: string, ctx: ToolContext): CommandResult | undefined {
	if (ctx.location.kind !== 'host' || CLIENT_ONLY.has(path)) return undefined;
	if (daemonRunning(getHost(ctx.world, ctx.location.host))) return undefined;
	if (path === 'docker run' || path === 'docker create' || path === 'docker container run' || path === 'docker container create') {
		return {stdout: '', stderr: `docker: ${CANNOT_CONNECT}\n\nRun '${path} --help' for more information\n`, exitCode: 125};
	}
	return {stdout: '', stderr: `${CANNOT_CONNECT}\n`, exitCode: 1};
}
