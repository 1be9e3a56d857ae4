// sudo on the host: root for the command, not for the shell's redirections; a root shell is a game note.
import {describe, expect, it} from 'vitest';
import {runScript} from '../../../src/shell/script.js';
import {GameSession} from '../../../src/game/game-session.js';

const run = (...lines: string[]) => runScript(lines).transcript;

describe('sudo', () => {
	it('runs the command as root; the redirection stays the player\'s', () => {
		const t = run('echo x > /etc/docker/daemon.json', 'sudo echo x > /etc/docker/daemon.json', 'echo \'{}\' | sudo tee /etc/docker/daemon.json', 'ls -l /etc/docker', 'sudo mkdir -p /etc/netdojo-test', 'mkdir /etc/other');
		expect(t[0]!.stderr).toBe('bash: /etc/docker/daemon.json: Permission denied\n');
		expect(t[1]!.stderr).toBe('bash: /etc/docker/daemon.json: Permission denied\n');
		expect(t[2]).toMatchObject({stdout: '{}\n', exitCode: 0});
		expect(t[3]!.stdout).toMatch(/-rw-r--r-- 1 root root 3 .* daemon\.json/);
		expect(t[4]!.exitCode).toBe(0);
		expect(t[5]!.stderr).toContain('Permission denied');
	});
	it('knows builtins that are files too, refuses the ones that are not, and has no root shell', () => {
		const t = run('sudo echo hi', 'sudo cd /tmp', 'sudo frobnicate', 'sudo -i', 'sudo', 'sudo -u nobody ls', 'sudo docker ps --format x');
		expect(t[0]!.stdout).toBe('hi\n');
		expect(t[1]).toMatchObject({stderr: 'sudo: cd: command not found\n', exitCode: 1});
		expect(t[2]).toMatchObject({stderr: 'sudo: frobnicate: command not found\n', exitCode: 1});
		expect(t[3]!.stderr).toContain('a root shell is not simulated');
		expect(t[4]!.stderr).toMatch(/^usage: sudo -h \| -K \| -k \| -V\n/);
		expect(t[4]!.exitCode).toBe(1);
		expect(t[5]!.stderr).toContain('sudo -u nobody is not simulated');
		expect(t[6]).toMatchObject({stdout: '', exitCode: 0});
	});
	it('opens the game\'s editor as root with sudo nano, and build level keeps the save as sudo tee', () => {
		const game = new GameSession(undefined);
		game.enableEditor();
		expect(game.run('nano /etc/docker/daemon.json').stderr).toBe('nano: /etc/docker/daemon.json: Permission denied\n');
		const open = game.run('sudo nano /etc/docker/daemon.json');
		expect(open.effect).toBe('edit');
		expect(open.edit).toMatchObject({file: '/etc/docker/daemon.json', isNew: true});
		expect(game.saveFile('/etc/docker/daemon.json', '{"bip": "192.168.200.1/24"}\n').exitCode).toBe(0);
		expect(game.run('sudo dockerd --validate').stdout).toBe('configuration OK\n');
		game.run('sudo systemctl restart docker');
		expect(game.run("docker network inspect -f '{{range .IPAM.Config}}{{.Gateway}}{{end}}' bridge").stdout).toBe('192.168.200.1\n');
		const answers = ['build level', 'Move docker0', 'Give docker0 another subnet', '', 'all', 'bip moves docker0.', '', ''];
		const saved = new Map<string, string>();
		const builder = new GameSession(undefined, {saveLevel: (n, t) => (saved.set(n, t), {path: n})});
		builder.enableEditor();
		builder.run('sudo nano /etc/docker/daemon.json');
		builder.saveFile('/etc/docker/daemon.json', '{"bip": "192.168.200.1/24"}\n');
		builder.run('sudo systemctl restart docker');
		builder.run('docker network create appnet');
		for (const a of answers) builder.run(a);
		expect(saved.get('move-docker0.yaml')).toContain("sudo tee '/etc/docker/daemon.json' > /dev/null <<'EOF'");
	});
});
