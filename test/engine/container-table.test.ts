// The persistent structures behind a host's containers (issue 12, linear cost): each checked
// against a plain Map/Set model, the table's indexes against a recomputation from its containers,
// and building a world checked to look at no container list per `docker run` (counted, not timed).
import fc from 'fast-check';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {PMap} from '../../src/engine/pmap.js';
import {IntSet} from '../../src/engine/int-set.js';
import {ContainerTable} from '../../src/engine/container-table.js';
import {ipToInt} from '../../src/engine/ip.js';
import {Session} from '../../src/shell/session.js';
import type {Container, Host} from '../../src/engine/index.js';

describe('PMap', () => {
	it('behaves as a Map, insertion order included, and never changes an old version', () => {
		const op = fc.oneof(
			fc.tuple(fc.constant('set' as const), fc.integer({min: 0, max: 60}), fc.integer()),
			fc.tuple(fc.constant('delete' as const), fc.integer({min: 0, max: 60}), fc.constant(0)),
		);
		fc.assert(
			fc.property(fc.array(op, {maxLength: 300}), (ops) => {
				let map = PMap.empty<number>();
				const model = new Map<string, number>();
				const versions: [PMap<number>, [string, number][]][] = [];
				for (const [kind, k, v] of ops) {
					// Short keys collide in the low hash bits often; `__proto__` is a key like any other.
					const key = k === 0 ? '__proto__' : `k${k}`;
					if (kind === 'set') {
						map = map.set(key, v);
						model.set(key, v);
					} else {
						map = map.delete(key);
						model.delete(key);
					}
					versions.push([map, [...model.entries()]]);
				}
				for (const [version, entries] of versions) {
					expect(version.entries()).toEqual(entries);
					expect(version.size).toBe(entries.length);
					for (const [key, value] of entries) expect(version.get(key)).toBe(value);
				}
				expect(map.has('nope')).toBe(false);
			}),
			{numRuns: 200},
		);
	});

	it('keeps keys whose hashes are equal (a bucket)', () => {
		// FNV-1a 32-bit collision pair.
		const map = PMap.empty<number>().set('costarring', 1).set('liquid', 2);
		expect(map.get('costarring')).toBe(1);
		expect(map.get('liquid')).toBe(2);
		expect(map.delete('liquid').entries()).toEqual([['costarring', 1]]);
	});
});

describe('IntSet', () => {
	it('behaves as a Set and finds the lowest absent number from any start', () => {
		const num = fc.oneof(fc.integer({min: 0, max: 300}), fc.integer({min: 2 ** 32 - 70, max: 2 ** 32 - 1}), fc.integer({min: 0, max: 2 ** 32 - 1}));
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.boolean(), num), {maxLength: 400}), fc.array(num, {maxLength: 20}), (ops, starts) => {
				let set = IntSet.empty;
				const model = new Set<number>();
				for (const [add, n] of ops) {
					set = add ? set.add(n) : set.delete(n);
					if (add) model.add(n);
					else model.delete(n);
				}
				expect(set.size).toBe(model.size);
				for (const n of model) expect(set.has(n)).toBe(true);
				for (const from of [0, ...starts]) {
					let want: number | undefined = from;
					while (want !== undefined && model.has(want)) want = want === 2 ** 32 - 1 ? undefined : want + 1;
					expect(set.lowestAbsentFrom(from)).toBe(want);
				}
			}),
			{numRuns: 200},
		);
	});

	it('skips a full stretch at once', () => {
		let set = IntSet.empty;
		for (let n = 100; n < 5000; n++) set = set.add(n);
		expect(set.lowestAbsentFrom(100)).toBe(5000);
		expect(set.delete(4321).lowestAbsentFrom(101)).toBe(4321);
	});
});

/** What the table's indexes must say, recomputed from its containers. */
function checkIndexes(table: ContainerTable): void {
	const all = table.values();
	expect(table.size).toBe(all.length);
	for (const c of all) {
		expect(table.get(c.id)).toBe(c);
		expect(table.byName(c.name)).toBe(c);
	}
	const ids = (list: Container[]) => list.map((c) => c.id).sort();
	expect(ids(table.timed())).toEqual(ids(all.filter((c) => c.status === 'running' && c.exitsAfter !== undefined)));
	expect(ids(table.socketHolders())).toEqual(ids(all.filter((c) => c.status === 'running' && (Object.keys(c.ports).length > 0 || (c.networkMode === 'host' && c.listeners.length > 0)))));
	const networks = new Set(all.flatMap((c) => Object.keys(c.networks)));
	for (const net of networks) {
		const live = all.flatMap((c) => (c.networks[net]?.endpoint ? [ipToInt(c.networks[net].endpoint!.ip)] : []));
		expect(table.liveAddresses(net).size).toBe(new Set(live).size);
		for (const ip of live) expect(table.liveAddresses(net).has(ip)).toBe(true);
		const asked = all.flatMap((c) => (c.networks[net]?.ipv4Address ? [[c.id, c.networks[net].ipv4Address!]] : []));
		expect([...table.askedAddresses(net)].sort()).toEqual(asked.sort());
	}
}

describe('ContainerTable', () => {
	it('keeps its indexes right through runs, stops, removals, --ip, connects and one-shot containers', () => {
		const s = new Session({seed: 3});
		const lines = [
			'docker network create --subnet 10.9.0.0/24 fixed',
			'docker network create back',
			'docker run -d --name ca --network fixed --ip 10.9.0.7 alpine sleep 1d',
			'docker run -d --name cb --network fixed alpine sleep 1d',
			'docker run -d --name cc -p 8080:80 nginx',
			'docker run -d --name cd --network host nginx',
			'docker run -d --name ce alpine sleep 5',
			'docker run --rm alpine echo hi',
			'docker network connect back cb',
			'docker stop ca',
			'docker run -d --name cf --network fixed alpine sleep 1d',
			'docker network disconnect fixed cb',
			'docker rm -f cc',
			'docker run -d --name cg --network container:cb alpine sleep 1d',
			'sleep 6',
			'docker start ca',
			'docker restart cf',
			'docker rm -f cd',
		];
		for (const line of lines) {
			s.run(line);
			for (const name of s.world.hostOrder) checkIndexes(s.world.hosts[name].containers);
		}
		const host = s.world.hosts[s.world.hostOrder[0]];
		expect(host.containers.byName('cf')?.networks[Object.keys(host.containers.byName('cf')!.networks)[0]].endpoint?.ip).toBe('10.9.0.2');
		expect(host.containers.byName('ce')?.status).toBe('exited');
	});

	it('looks at no list of all containers while `docker run` builds a world', () => {
		const s = new Session({seed: 5});
		for (let n = 0; n < 4; n++) s.run(`docker network create net${n}`);
		const values = vi.spyOn(ContainerTable.prototype, 'values');
		for (let k = 0; k < 200; k++) {
			const r = s.run(`docker run -d --network net${k % 4} --name c${k} nginx`);
			expect(r.exitCode).toBe(0);
		}
		s.run('docker run -d --name one-shot alpine sleep 3');
		s.run('docker run -d -p 8080:80 --name published nginx');
		s.run('sleep 5');
		// A full list would make each line cost the world's size (quadratic building, issue 12).
		expect(values).not.toHaveBeenCalled();
		const host: Host = s.world.hosts[s.world.hostOrder[0]];
		expect(host.containers.size).toBe(202);
	});
});

afterEach(() => {
	vi.restoreAllMocks();
});
