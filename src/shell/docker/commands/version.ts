// `docker version`: the client and server of the recorded engine (test/fidelity/recorded/ENGINE.txt).
import type {DockerCommand} from '../command.js';

export const VERSION_TEXT = `Client:
 Version:           28.2.2
 API version:       1.45 (downgraded from 1.50)
 Go version:        go1.24.3
 Git commit:        e6534b4
 Built:             Fri May 30 12:07:14 2025
 OS/Arch:           linux/amd64
 Context:           default

Server:
 Engine:
  Version:          26.1.5+dfsg1
  API version:      1.45 (minimum version 1.24)
  Go version:       go1.24.4
  Git commit:       411e817
  Built:            Thu Aug 13 05:35:48 2026
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          1.7.24~ds1
  GitCommit:        1.7.24~ds1-6+deb13u1
 runc:
  Version:          1.1.15+ds1
  GitCommit:        1.1.15+ds1-2+b4
 docker-init:
  Version:          0.19.0
  GitCommit:        
`;

export const versionCommand: DockerCommand = {
	spec: {
		path: 'docker version',
		usage: 'docker version [OPTIONS]',
		description: 'Show the Docker version information',
		flags: [{long: 'format', short: 'f', type: 'string', description: 'Format output using a custom template'}],
		args: {kind: 'none'},
	},
	run(parsed) {
		const format = parsed.flags.format;
		if (typeof format === 'string') {
			const known: Record<string, string> = {
				'{{.Client.Version}}': '28.2.2',
				'{{.Server.Version}}': '26.1.5+dfsg1',
				'{{.Client.APIVersion}}': '1.45',
				'{{.Server.APIVersion}}': '1.45',
			};
			const out = format.replace(/\{\{\s*\.(Client|Server)\.(Version|APIVersion)\s*\}\}/g, (m) => known[m.replace(/\s+/g, '')] ?? m);
			return {stdout: `${out}\n`, stderr: '', exitCode: 0};
		}
		return {stdout: VERSION_TEXT, stderr: '', exitCode: 0};
	},
};
