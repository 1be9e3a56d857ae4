// Each broken level file must be explained exactly: the file, the line and column,
// and what was expected. These messages are what an instructor sees before class.
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatLevelError, loadLevelFile, parseLevel} from '../../../src/levels/index.js';
import {BROKEN, levelText} from './helpers.js';

/** The formatted errors of a broken fixture, with its path as the CLI would show it (relative). */
function errorsOf(name: string): string[] {
	const file = relative(process.cwd(), join(BROKEN, name));
	const result = loadLevelFile(file);
	if (result.ok) throw new Error(`${name} should not load`);
	for (const error of result.errors) expect(error.file).toBe(file);
	return result.errors.map(formatLevelError);
}

const B = 'test/levels/fixtures/broken';

describe('broken level files', () => {
	it('bad YAML: reports yaml\'s own line and column', () => {
		expect(errorsOf('bad-yaml.yaml')).toEqual([
			`${B}/bad-yaml.yaml:7:1: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }`,
			`${B}/bad-yaml.yaml:7:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`,
		]);
	});

	it('unknown key: names the key, where it is, and the key probably meant', () => {
		expect(errorsOf('unknown-key.yaml')).toEqual([`${B}/unknown-key.yaml:9:1: unknown key "hintz" in level (did you mean "hints"?)`]);
	});

	it('wrong type: says what was expected and what was found', () => {
		expect(errorsOf('wrong-type.yaml')).toEqual([`${B}/wrong-type.yaml:10:16: goals[0].container.running: expected true or false, got "yes"`]);
	});

	it('missing required key: points at the map it is missing from', () => {
		expect(errorsOf('missing-key.yaml')).toEqual([`${B}/missing-key.yaml:1:1: missing required key "briefing" in level`]);
	});

	it('bad id', () => {
		expect(errorsOf('bad-id.yaml')).toEqual([
			`${B}/bad-id.yaml:1:5: id: expected an id of lowercase letters, digits and "-" (like "first-contact"), got "Bad_ID"`,
		]);
	});

	it('duplicate goal ids: points at the second and names the first', () => {
		expect(errorsOf('duplicate-goal-ids.yaml')).toEqual([`${B}/duplicate-goal-ids.yaml:9:9: goals[1].id: duplicate goal id "web-runs" (also goals[0])`]);
	});

	it('a goal naming a container that can never exist', () => {
		expect(errorsOf('unknown-container.yaml')).toEqual([
			`${B}/unknown-container.yaml:15:40: goal "web-cannot-reach-db" names container "databse", which no setup or solution command creates (did you mean "database"?)`,
		]);
	});

	it('bad probe target: a port that is not a number', () => {
		expect(errorsOf('bad-probe-target.yaml')).toEqual([`${B}/bad-probe-target.yaml:10:11: goals[0].probe.to: port "http" is not a number from 1 to 65535`]);
	});

	it('bad probe expectation', () => {
		expect(errorsOf('bad-expect.yaml')).toEqual([`${B}/bad-expect.yaml:8:63: goals[0].probe.expect: expected "reachable" or "unreachable", got "reachble"`]);
	});

	it('keeps the structured fields of an error', () => {
		const result = loadLevelFile(join(BROKEN, 'wrong-type.yaml'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({line: 10, column: 16, path: 'goals[0].container.running'});
	});

	it('a file that does not exist', () => {
		const result = loadLevelFile('no/such/level.yaml');
		expect(result.ok ? [] : result.errors.map(formatLevelError)).toEqual(['no/such/level.yaml: no such file']);
	});
});

/** The formatted errors of level text (a valid level with `replace` applied). */
function errorsFor(text: string): string[] {
	const result = parseLevel(text, 'l.yaml');
	return result.ok ? [] : result.errors.map(formatLevelError);
}
const edited = (from: string, to: string) => {
	const text = levelText('edited');
	if (!text.includes(from)) throw new Error(`template has no ${from}`);
	return text.replace(from, to);
};
const goalWith = (goal: string) => edited('    container: {name: web, running: true}', goal);

describe('every mistake is explained', () => {
	it.each([
		['an empty file', '', 'l.yaml:1:1: a level is a map with id, title, briefing, par, goals, hints and solution, but this file is empty'],
		['a list', '- a\n', 'l.yaml:1:1: a level is a map with id, title, briefing, par, goals, hints and solution, but this file is a list'],
		['an alias before its anchor', 'id: *name\n', 'l.yaml:1:5: YAML: Unresolved alias (the anchor must be set before the alias): name'],
		['two documents', `${levelText('a')}---\nid: b\n`, 'l.yaml:13:1: YAML syntax: a level file holds one YAML document, but this one has a second "---"'],
	])('%s', (_name, text, message) => {
		expect(errorsFor(text)).toEqual([message]);
	});

	it.each([
		['par 0', edited('par: 1', 'par: 0'), 'l.yaml:4:6: par: expected a positive whole number (the fewest commands that solve the level), got 0'],
		['par 1.5', edited('par: 1', 'par: 1.5'), 'l.yaml:4:6: par: expected a positive whole number (the fewest commands that solve the level), got 1.5'],
		['empty briefing', edited('briefing: Run web.', 'briefing:'), 'l.yaml:3:1: briefing: expected text: a string or a map of languages like {en: "...", ko: "..."}, got nothing'],
		['text without English', edited('briefing: Run web.', 'briefing: {ko: 웹}'), 'l.yaml:3:11: missing required key "en" in briefing'],
		['no goals', edited('goals:\n  - id: web-runs\n    text: web is running\n    container: {name: web, running: true}', 'goals: []'), 'l.yaml:5:8: goals: a level needs at least one goal'],
		['no hints', edited('hints:\n  - Run it.', 'hints: []'), 'l.yaml:9:8: hints: a level needs 1 to 5 hints'],
		['six hints', edited('hints:\n  - Run it.', 'hints: [a, b, c, d, e, f]'), 'l.yaml:9:8: hints: a level has at most 5 hints, got 6'],
		['empty solution', edited('solution:\n  - docker run -d --name web nginx', 'solution: []'), 'l.yaml:11:11: solution: the reference solution needs at least one command'],
		['goal without a kind', goalWith('    contaner: {name: web, running: true}'), 'l.yaml:8:5: unknown key "contaner" in goals[0] (did you mean "container"?)'],
		['goal with two kinds', goalWith('    container: {name: web}\n    network: {name: bridge}'), 'l.yaml:6:5: goals[0]: a goal checks one thing, but this one has "container" and "network"; split it into several goals'],
		['typo in a goal key', goalWith('    container: {name: web, not_on: [bridge]}'), 'l.yaml:8:28: unknown key "not_on" in goals[0].container (did you mean "not-on"?)'],
		['unknown key with no close match', goalWith('    container: {name: web, colour: red}'), 'l.yaml:8:28: unknown key "colour" in goals[0].container (expected one of: name, running, recreated, on, not-on, network-mode, published)'],
		['unquoted published port', goalWith('    container: {name: web, published: [8080]}'), 'l.yaml:8:40: goals[0].container.published[0]: expected "[ip:]hostPort:containerPort[/proto]" like "8080:80" (quote it), got 8080'],
		['unknown driver', goalWith('    network: {name: bridge, driver: bridg}'), 'l.yaml:8:37: goals[0].network.driver: expected one of "bridge", "host", "null", "overlay", "macvlan" or "ipvlan", got "bridg"'],
		['bad subnet', goalWith('    network: {name: bridge, subnet: 172.18.0.0/33}'), 'l.yaml:8:37: goals[0].network.subnet: expected a subnet like 172.18.0.0/16, got "172.18.0.0/33"'],
		['answer with neither form', goalWith('    answer: {}'), 'l.yaml:8:13: goals[0].answer: needs "equals: [...]" or "of: {...}"'],
		['network answer asking for an ip', goalWith('    answer: {of: {network: bridge, field: ip}}'), 'l.yaml:8:43: goals[0].answer.of.field: a network\'s field is subnet or gateway, got "ip" (add "container" to ask about a container)'],
		['probe from a bad source', goalWith('    probe: {from: "web@", to: web, expect: reachable}'), 'l.yaml:8:19: goals[0].probe.from: "" after "@" is not a host name; expected host, external, a container name or CONTAINER@HOST'],
		['probe to an ftp URL', goalWith('    probe: {from: host, to: "ftp://web/", expect: reachable}'), 'l.yaml:8:29: goals[0].probe.to: only http://, https:// and udp:// targets can be probed, got "ftp://"'],
		['probe to a map of the wrong shape', goalWith('    probe: {from: host, to: {host: web}, expect: reachable}'), 'l.yaml:8:29: goals[0].probe.to: expected a URL, udp://HOST:PORT, "name:port", a name or IP, internet, {container: NAME, port: N[, protocol: udp]} or {internet: true, port: N}, got a map'],
		['probe to a container with a typo', goalWith('    probe: {from: host, to: {container: web, prot: 80}, expect: reachable}'), 'l.yaml:8:46: unknown key "prot" in goals[0].probe.to (did you mean "port"?)'],
		['probe to a port out of range', goalWith('    probe: {from: host, to: {container: web, port: 70000}, expect: reachable}'), 'l.yaml:8:52: goals[0].probe.to.port: expected a port number from 1 to 65535, got 70000'],
		['probe without expect', goalWith('    probe: {from: host, to: web}'), 'l.yaml:8:12: missing required key "expect" in goals[0].probe'],
		['a bad image name', edited('par: 1', 'par: 1\nworld:\n  images:\n    My App: {cmd: x}'), 'l.yaml:7:5: world.images: expected an image name like my-app or my-app:1.0, got "My App"'],
		['duplicate YAML keys', edited('par: 1', 'par: 1\npar: 2'), 'l.yaml:5:1: YAML syntax: Map keys must be unique'],
	])('%s', (_name, text, message) => {
		expect(errorsFor(text)).toEqual([message]);
	});

	it('reports every mistake in a file at once, in file order', () => {
		const text = edited('id: edited', 'id: Edited').replace('par: 1', 'par: none').replace('hints:', 'hintz:');
		expect(errorsFor(text)).toEqual([
			'l.yaml:1:5: id: expected an id of lowercase letters, digits and "-" (like "first-contact"), got "Edited"',
			'l.yaml:4:6: par: expected a positive whole number (the fewest commands that solve the level), got "none"',
			'l.yaml:9:1: unknown key "hintz" in level (did you mean "hints"?)',
		]);
	});
});
