// `sudo CMD ...` on the host: the player is a sudoer who needs no password here (a game has none
// to ask for), so the command runs as root: files under /etc can be written, `systemctl restart
// docker` is allowed. Redirections stay the shell's, as the player's: `sudo echo x > /etc/f` is
// still refused, which is why people write `echo x | sudo tee /etc/f`. A root shell (`sudo -i`,
// `sudo -s`, `sudo su`) is not simulated and says so.
import type {CommandResult} from '../types.js';

const USAGE = `usage: sudo -h | -K | -k | -V
usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]
            [-u user] [command [arg ...]]
usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory]
            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
            [-u user] [VAR=value] [-i | -s] [command [arg ...]]
usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory]
            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
            [-u user] file ...
`;

/** Options that take no value and change nothing the simulation shows. */
const QUIET = new Set(['-E', '-H', '-n', '-S', '-k', '-A', '-B', '-N', '-P', '--preserve-env', '--set-home', '--non-interactive', '--stdin', '--reset-timestamp']);

const ROOT_SHELL = 'netdojo: a root shell is not simulated here; put sudo before each command instead (sudo tee FILE, sudo mkdir -p DIR, sudo systemctl restart docker)\n';

export type SudoCall = {argv: string[]} | {result: CommandResult};

/** The command sudo runs, or what sudo itself answers. */
export function parseSudo(argv: readonly string[]): SudoCall {
	let i = 1;
	while (i < argv.length) {
		const a = argv[i]!;
		if (a === '--') {
			i++;
			break;
		}
		if (!a.startsWith('-') || a === '-') break;
		if (QUIET.has(a) || /^--preserve-env=/.test(a)) {
			i++;
			continue;
		}
		if (a === '-u' || a === '--user') {
			const user = argv[i + 1];
			if (user === undefined) return {result: {stdout: '', stderr: `sudo: option requires an argument -- 'u'\n${USAGE}`, exitCode: 1}};
			if (user !== 'root' && user !== '#0') return {result: {stdout: '', stderr: `netdojo: sudo -u ${user} is not simulated: commands run as root or as you (player)\n`, exitCode: 1}};
			i += 2;
			continue;
		}
		if (a === '-i' || a === '-s' || a === '--login' || a === '--shell') return {result: {stdout: '', stderr: ROOT_SHELL, exitCode: 1}};
		if (a === '-h' || a === '--help') return {result: {stdout: `sudo - execute a command as another user\n\n${USAGE}`, stderr: '', exitCode: 0}};
		if (a === '-V' || a === '--version') return {result: {stdout: 'Sudo version 1.9.16p2\n', stderr: '', exitCode: 0}};
		if (a === '-v' || a === '-K') return {result: {stdout: '', stderr: '', exitCode: 0}};
		return {result: {stdout: '', stderr: `sudo: invalid option -- '${a.replace(/^-+/, '').charAt(0)}'\n${USAGE}`, exitCode: 1}};
	}
	const rest = argv.slice(i);
	if (rest.length === 0) return {result: {stdout: '', stderr: USAGE, exitCode: 1}};
	if (rest[0] === 'su' || rest[0] === 'bash' || rest[0] === 'sh') return {result: {stdout: '', stderr: ROOT_SHELL, exitCode: 1}};
	return {argv: rest};
}

/** What bash runs as a builtin but a file also provides, so sudo finds it in /usr/bin. */
export const SUDO_BINARIES = new Set(['echo', 'printf', 'test', '[', 'pwd', 'sleep', 'true', 'false', 'kill']);

/** Quotes a word for a shell line (single quotes). */
export function shellQuote(word: string): string {
	return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
