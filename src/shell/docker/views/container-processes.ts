// The processes inside a running container, as `docker top` and `docker stats` see them. The
// simulation keeps one main process per container; this derives what ps would show for it:
// what the engine's execedArgv says the main process runs, and nginx has forked one worker per CPU.
import {execedArgv, type Container} from '../../../engine/index.js';

export interface ContainerProcess {
	/** What ps prints as CMD/args. */
	readonly args: string;
	/** The program name (ps's comm). */
	readonly comm: string;
	/** Resident memory in KiB, a typical figure for that program. */
	readonly rssKiB: number;
	/** Index among the container's processes: 0 is the main one, PID 1 inside. */
	readonly index: number;
}

/** CPUs of the simulated host (docker info says the same). */
export const HOST_CPUS = 2;

const RSS_KIB: Readonly<Record<string, number>> = {
	sleep: 324, sh: 412, ash: 412, bash: 3_200, nginx: 2_700, httpd: 4_100, 'redis-server': 3_900, postgres: 22_000, python: 19_800, python3: 19_800,
	uvicorn: 38_500, gunicorn: 24_000, flask: 27_000, node: 41_000, npm: 52_000, mysqld: 180_000, cat: 300, tail: 320,
};

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

export function containerProcesses(c: Container): ContainerProcess[] {
	const found = execedArgv([...(c.entrypoint ?? []), ...c.cmd]);
	const argv = found.length > 0 ? found : ['sh'];
	const comm = base(argv[0]).slice(0, 15);
	const args = argv.join(' ');
	if (comm === 'nginx') {
		const workers = Array.from({length: HOST_CPUS}, (_, i) => ({args: 'nginx: worker process', comm: 'nginx', rssKiB: 2_900, index: i + 1}));
		return [{args: `nginx: master process ${args}`, comm: 'nginx', rssKiB: RSS_KIB.nginx, index: 0}, ...workers];
	}
	return [{args, comm, rssKiB: Object.hasOwn(RSS_KIB, comm) ? RSS_KIB[comm] : 1_024, index: 0}];
}
