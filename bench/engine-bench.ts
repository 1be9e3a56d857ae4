// Engine figures for `npm run bench`: time per command through `netdojo script`'s code path,
// time to probe every pair of containers, and peak RSS, for several world sizes.
import {Session} from '../src/shell/session.js';
import {prepareSource, probeFrom} from '../src/engine/index.js';

export {worldBuilding} from './world-bench.js';
export {inputFigures} from './input-bench.js';

interface Figures {
	containers: number;
	networks: number;
	buildMs: number;
	medianMs: number;
	p99Ms: number;
	pairs: number;
	allPairsMs: number;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

/** A world of `containers` alpine containers spread over `networks` user networks. */
function buildWorld(containers: number, networks: number): Session {
	const session = new Session({seed: 7});
	for (let n = 0; n < networks; n++) {
		// Explicit subnets: the 31 predefined pools run out before 50 networks, as on a real daemon.
		const r = session.run(`docker network create --subnet 10.${n}.0.0/16 net${n}`);
		if (r.exitCode !== 0) throw new Error(`network setup failed: ${r.stderr}`);
	}
	for (let i = 0; i < containers; i++) {
		const r = session.run(`docker run -d --name c${i} --network net${i % networks} alpine sleep 1d`);
		if (r.exitCode !== 0) throw new Error(`setup failed at c${i}: ${r.stderr}`);
	}
	return session;
}

/** The commands a player types, cycled, against a world of the given size. */
function commandMix(containers: number): string[] {
	const last = containers - 1;
	return [
		'docker ps',
		'docker ps -a --format "{{.Names}} {{.Status}}"',
		`docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' c${last}`,
		'docker network ls',
		'docker network inspect net0',
		`docker exec c0 ping -c 1 c${Math.min(1, last)}`,
		`docker exec c0 wget -qO- -T 1 http://c${last}:80`,
		'curl -s localhost:8080',
		`docker run -d --name probe-x --network net0 alpine sleep 1d`,
		'docker rm -f probe-x',
		`docker network connect net0 c${last}`,
		`docker network disconnect net0 c${last}`,
		'docker ps -q | wc -l',
	];
}

export function run(sizes: [number, number][], rounds: number): Figures[] {
	const out: Figures[] = [];
	for (const [containers, networks] of sizes) {
		const t0 = performance.now();
		const session = buildWorld(containers, networks);
		const buildMs = performance.now() - t0;
		const mix = commandMix(containers);
		// Warm-up rounds, untimed: the figures are for a game that has been running a while,
		// not for the JIT's first look at each command.
		for (let r = 0; r < 5; r++) {
			for (const line of mix) session.run(line);
		}
		const times: number[] = [];
		for (let r = 0; r < rounds; r++) {
			for (const line of mix) {
				const s = performance.now();
				session.run(line);
				times.push(performance.now() - s);
			}
		}
		times.sort((a, b) => a - b);
		const world = session.world;
		const host = world.hostOrder[0];
		const all = world.hosts[host].containers.values();
		const targets = all.map((c) => Object.values(c.networks)[0]?.endpoint?.ip).filter((ip): ip is string => Boolean(ip));
		const p0 = performance.now();
		let pairs = 0;
		let reached = 0;
		for (const src of all) {
			// The source's sandbox is looked up once; each target then goes through the same probe.
			const from = prepareSource(world, {kind: 'container', host, id: src.id});
			for (const ip of targets) {
				pairs++;
				if (probeFrom(from, {target: ip, protocol: 'icmp'}, {explain: false}).outcome === 'ok') reached++;
			}
		}
		const allPairsMs = performance.now() - p0;
		void reached;
		out.push({containers, networks, buildMs, medianMs: percentile(times, 0.5), p99Ms: percentile(times, 0.99), pairs, allPairsMs});
	}
	return out;
}
