// The host's service manager for the one service a game host has: docker. `systemctl
// restart|start|stop|status|is-active docker` (and `service docker restart`) as root; without
// sudo, systemd refuses to manage units for the player. What a restart does to containers and
// docker0 is the engine's (engine/daemon.ts); a daemon.json dockerd refuses leaves it down,
// and `systemctl status docker` shows dockerd's last words, as journalctl would.
import {daemonState, getHost, profileOf, restartDaemon, startDaemon, stopDaemon, validateDaemonConfig} from '../../engine/index.js';
import type {Tool, ToolContext} from '../context.js';
import type {CommandResult} from '../types.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** systemd's timestamp: `Mon 2026-11-23 09:00:00 UTC`. */
function formatClock(ms: number): string {
	const d = new Date(ms);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${DAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function journalTime(ms: number): string {
	const d = new Date(ms);
	const p = (n: number) => String(n).padStart(2, '0');
	return `${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

/** systemd's time span: `5s`, `3min 2s`, `1h 5min`. */
function ago(ms: number): string {
	const sec = Math.max(0, Math.floor(ms / 1000));
	if (sec < 60) return `${sec}s`;
	const min = Math.floor(sec / 60);
	if (min < 60) return `${min}min ${sec % 60}s`;
	return `${Math.floor(min / 60)}h ${min % 60}min`;
}

const out = (stdout: string, exitCode = 0): CommandResult => ({stdout, stderr: '', exitCode});
const err = (stderr: string, exitCode: number): CommandResult => ({stdout: '', stderr, exitCode});

/** `docker`, `docker.service`: the unit a name means, or undefined for any other. */
function unitOf(name: string | undefined): 'docker.service' | 'docker.socket' | undefined {
	if (name === 'docker' || name === 'docker.service') return 'docker.service';
	if (name === 'docker.socket') return 'docker.socket';
	return undefined;
}

const FAILED_JOB = 'Job for docker.service failed because the control process exited with error code.\nSee "systemctl status docker.service" and "journalctl -xeu docker.service" for details.\n';

function status(ctx: ToolContext): CommandResult {
	const host = getHost(ctx.world, ctx.location.kind === 'host' ? ctx.location.host : undefined);
	const d = daemonState(host);
	const at = d.state === 'running' ? d.startedAt || ctx.world.clock - 3600_000 : ctx.world.clock;
	const since = `${formatClock(at)}; ${ago(ctx.world.clock - at)} ago`;
	const active = d.state === 'running' ? `active (running) since ${since}` : d.state === 'failed' ? `failed (Result: exit-code) since ${since}` : `inactive (dead) since ${since}`;
	const lines = [
		'● docker.service - Docker Application Container Engine',
		'     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)',
		`     Active: ${active}`,
		'TriggeredBy: ● docker.socket',
		'       Docs: https://docs.docker.com',
		...(d.state === 'running' ? ['   Main PID: 812 (dockerd)'] : []),
	];
	// journalctl's line for dockerd's last words: `Nov 23 09:00:00 host dockerd[812]: ...`.
	if (d.state === 'failed' && d.error) lines.push('', `${journalTime(ctx.world.clock)} ${host.name} dockerd[812]: ${d.error}`);
	return out(`${lines.join('\n')}\n`, d.state === 'running' ? 0 : 3);
}

export const systemctl: Tool = (argv, _io, ctx) => {
	if (ctx.location.kind !== 'host') return err('System has not been booted with systemd as init system (PID 1). Can\'t operate.\nFailed to connect to system scope bus via local transport: Host is down\n', 1);
	const [verb, name, ...more] = argv.slice(1).filter((a) => a !== '--no-pager' && a !== '-q' && a !== '--quiet');
	if (verb === undefined) return err('netdojo: systemctl here manages the docker service only: systemctl restart|start|stop|status|is-active docker\n', 1);
	const unit = unitOf(name);
	if (name === undefined) return err(`Too few arguments.\n`, 1);
	if (more.length > 0) return err('netdojo: one unit at a time here (systemctl restart docker)\n', 1);
	if (verb === 'status') return unit === 'docker.service' ? status(ctx) : err(`Unit ${name}${name.includes('.') ? '' : '.service'} could not be found.\n`, 4);
	const host = ctx.location.host;
	const d = daemonState(getHost(ctx.world, host));
	if (verb === 'is-active') return unit === 'docker.service' ? out(`${d.state === 'running' ? 'active' : d.state === 'failed' ? 'failed' : 'inactive'}\n`, d.state === 'running' ? 0 : 3) : out('inactive\n', 4);
	if (!['restart', 'start', 'stop', 'reload', 'try-restart'].includes(verb)) return err(`netdojo: systemctl ${verb} is not simulated (restart, start, stop, status and is-active are)\n`, 1);
	const what = `${verb === 'try-restart' ? 'restart' : verb} ${unit ?? `${name}.service`}`;
	if (!unit) return err(`Failed to ${what}: Unit ${name}${name.includes('.') ? '' : '.service'} not found.\n`, 5);
	if (!ctx.asRoot) return err(`Failed to ${what}: Interactive authentication required.\nSee system logs and 'systemctl status ${unit}' for details.\n`, 1);
	if (verb === 'reload') {
		// dockerd reloads only some options on SIGHUP; pools and bip need a restart.
		const check = validateDaemonConfig(ctx.world, host);
		return check.ok ? out('') : err(FAILED_JOB, 1);
	}
	if (verb === 'stop') {
		ctx.setWorld(stopDaemon(ctx.world, host));
		return err(`Stopping 'docker.service', but its triggering units are still active:\ndocker.socket\n`, 0);
	}
	const r = verb === 'start' ? startDaemon(ctx.world, host) : restartDaemon(ctx.world, host);
	ctx.setWorld(r.world);
	return r.error ? err(FAILED_JOB, 1) : out('');
};

/** `service docker restart`: the SysV-style front door to the same systemctl verbs. */
export const service: Tool = (argv, io, ctx) => {
	const [name, verb] = argv.slice(1);
	if (name === undefined || verb === undefined) return err('Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n', 1);
	return systemctl(['systemctl', verb, name], io, ctx);
};

/** `dockerd --validate` checks daemon.json as the next start would; the daemon itself already runs. */
export const dockerd: Tool = (argv, _io, ctx) => {
	if (ctx.location.kind !== 'host') return err('netdojo: dockerd runs on the host, not in a container\n', 127);
	if (argv.includes('--validate')) {
		const r = validateDaemonConfig(ctx.world, ctx.location.host);
		return r.ok ? out('configuration OK\n') : err(`${r.error}\n`, 1);
	}
	if (argv.includes('--version') || argv.includes('-v')) return out(`Docker version ${profileOf(ctx.world).daemonVersion}\n`);
	if (!ctx.asRoot) return err('dockerd needs to be started with root privileges. To run dockerd in rootless mode as an unprivileged user, see https://docs.docker.com/go/rootless/\n', 1);
	return err('netdojo: dockerd already runs as the docker service: restart it with sudo systemctl restart docker\n', 1);
};

/**
 * `journalctl -u docker` (`-xeu docker.service`, what systemctl's failure text suggests): dockerd's
 * line that says why it stopped. Its ordinary chatter is not simulated, and a note says so.
 */
export const journalctl: Tool = (argv, _io, ctx) => {
	if (ctx.location.kind !== 'host') return err('netdojo: journalctl runs on the host, not in a container\n', 127);
	const args = argv.slice(1);
	const unitAt = args.findIndex((a) => a === '-u' || a === '--unit' || /^-[a-z]*u$/.test(a));
	const name = unitAt >= 0 ? args[unitAt + 1] : args.find((a) => a.startsWith('--unit='))?.slice('--unit='.length);
	if (unitOf(name) !== 'docker.service') return err('netdojo: journalctl here shows the docker service only: journalctl -u docker\n', 1);
	const host = getHost(ctx.world, ctx.location.host);
	const d = daemonState(host);
	if (d.state === 'failed' && d.error) return out(`${journalTime(ctx.world.clock)} ${host.name} dockerd[812]: ${d.error}\n${journalTime(ctx.world.clock)} ${host.name} systemd[1]: docker.service: Failed with result 'exit-code'.\n`);
	return err("netdojo: dockerd's log is not simulated; it only keeps the reason when dockerd fails to start\n", 0);
};
