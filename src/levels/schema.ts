// The level file format (shared/design/LEVEL-FORMAT.md) as a zod schema, and the
// TypeScript types the rest of the game reads. The types are written out by hand
// because they are the contract; a compile-time check at the bottom keeps the
// schema's output in step with them.
//
// Error wording: a schema gives its own message only where the generic one
// (issue-messages.ts) would be vague ("expected a positive whole number" beats
// "expected a number > 0"). A message function returns undefined for a missing
// key so that the loader reports it as "missing required key".
import {z} from 'zod';
import {describeValue} from './describe-value.js';
import {CONTAINER_NAME, parseProbeSource, parseProbeTargetString, type ProbeTo} from './probe-endpoints.js';

// ---------------------------------------------------------------- types

/** Player-visible text: a plain string, or one per language with English required. */
export type LocalText = string | {en: string; ko?: string; [lang: string]: string | undefined};

export interface Listen {
	port: number;
	address: string;
	protocol: 'tcp' | 'udp';
}

export interface ImageSpec {
	/** `EXPOSE`: ports as numbers, or "8000/udp". */
	expose: Array<number | string>;
	/** Default command; absent means the base image's (`from`) or none. */
	cmd?: string;
	entrypoint?: string;
	/** What an HTTP request to its server returns; absent means the engine's default for that server. */
	response?: string;
	/** Programs inside; absent means the base image's (`from`) set. */
	tools?: string[];
	/** Overrides what the engine reads from the command line; absent means "read it from cmd". */
	listens?: Listen[];
	/** Base image in the built-in catalog it inherits from. */
	from?: string;
	workdir?: string;
	env?: Record<string, string>;
}

export interface HostSpec {
	name: string;
	'lan-ip': string;
}

export interface WorldSpec {
	hosts: HostSpec[];
	images: Record<string, ImageSpec>;
	files: Record<string, string>;
	setup: string[];
}

export interface ProbeSpec {
	/** host | external | <container> | <container>@<host>; see probeSource(). */
	from: string;
	/** See probeTarget(). */
	to: ProbeTo;
	expect: 'reachable' | 'unreachable';
	body?: string;
}

export interface ContainerSpec {
	name: string;
	running?: boolean;
	recreated?: boolean;
	on?: string[];
	'not-on'?: string[];
	'network-mode'?: string;
	published?: string[];
}

export type NetworkDriver = 'bridge' | 'host' | 'null' | 'overlay' | 'macvlan' | 'ipvlan';

export interface NetworkSpec {
	name: string;
	exists?: boolean;
	driver?: NetworkDriver;
	internal?: boolean;
	subnet?: string;
	attachable?: boolean;
}

export type AnswerOf =
	| {network: string; field: 'subnet' | 'gateway'}
	| {container: string; network?: string; field: 'ip' | 'gateway' | 'mac' | 'veth'};

/** Fixed answers (numbers in the file become strings), or a fact read from the live state. */
export type AnswerSpec = {equals: string[]} | {of: AnswerOf};

interface GoalBase {
	id: string;
	text: LocalText;
}
export interface ProbeGoal extends GoalBase {
	probe: ProbeSpec;
}
export interface ContainerGoal extends GoalBase {
	container: ContainerSpec;
}
export interface NetworkGoal extends GoalBase {
	network: NetworkSpec;
}
export interface AnswerGoal extends GoalBase {
	answer: AnswerSpec;
}
/** Exactly one of probe/container/network/answer is present; test with `'probe' in goal`. */
export type Goal = ProbeGoal | ContainerGoal | NetworkGoal | AnswerGoal;

export const GOAL_KINDS = ['probe', 'container', 'network', 'answer'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export interface Level {
	id: string;
	title: LocalText;
	briefing: LocalText;
	par: number;
	world: WorldSpec;
	goals: Goal[];
	hints: LocalText[];
	solution: string[];
}

export interface PackFile {
	id?: string;
	title?: LocalText;
	order?: number;
}

// ---------------------------------------------------------------- building blocks

// Cross-entry checks (duplicate ids) run even when an entry has errors of its own:
// `validate` should list every mistake in one go, not one per run.
const ALWAYS = {when: () => true};
// A check that one of some keys is present says so in `params: {oneOf}`, so that the
// loader can leave it out when a misspelt key already explains it (issue-messages.ts).
// With ALWAYS, a check may see a value that is not even a map (a goal written as a string).
const isMap = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A message function: "expected WHAT, got VALUE", or the generic "missing" when there is no value. */
const expected =
	(what: string) =>
	(issue: {input?: unknown}): string | undefined =>
		issue.input === undefined ? undefined : `expected ${what}, got ${describeValue(issue.input)}`;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ID_WORDS = 'an id of lowercase letters, digits and "-" (like "first-contact")';
const id = z.string({error: expected(ID_WORDS)}).regex(ID_PATTERN, {error: expected(ID_WORDS)});

const text = z.string().min(1, {error: 'must not be empty'});

const LANG_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
const localText = z.union(
	[
		text,
		z
			.object({en: text})
			.catchall(z.string())
			.superRefine((map, ctx) => {
				for (const key of Object.keys(map)) {
					if (!LANG_CODE.test(key)) {
						ctx.addIssue({code: 'custom', path: [key], message: `"${key}" is not a language code (like "en" or "ko")`});
					}
				}
			}),
	],
	{error: expected('text: a string or a map of languages like {en: "...", ko: "..."}')},
);

const bool = z.boolean({error: expected('true or false')});
const stringList = (what: string) => z.array(z.string({error: expected(what)}), {error: expected(`a list of ${what}s`)});

const PORT_WORDS = 'a port number from 1 to 65535';
const port = z.int({error: expected(PORT_WORDS)}).min(1, {error: expected(PORT_WORDS)}).max(65535, {error: expected(PORT_WORDS)});

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const ipv4 = z.string({error: expected('an IPv4 address')}).regex(IPV4, {error: expected('an IPv4 address like 192.168.0.10')});
const CIDR_WORDS = 'a subnet like 172.18.0.0/16';
const subnet = z
	.string({error: expected(CIDR_WORDS)})
	.refine((value) => {
		const [address, bits, ...rest] = value.split('/');
		return rest.length === 0 && IPV4.test(address ?? '') && /^\d{1,2}$/.test(bits ?? '') && Number(bits) <= 32;
	}, {error: expected(CIDR_WORDS)});

const NAME_WORDS = 'a name of letters, digits, "_", "." and "-"';
const name = z.string({error: expected(NAME_WORDS)}).regex(CONTAINER_NAME, {error: expected(NAME_WORDS)});

// Docker's image reference, loosely: repo[/path][:tag]. Exactness is the engine's job; this catches typos like spaces.
const IMAGE_NAME = /^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/;

// ---------------------------------------------------------------- world

const listen = z.strictObject({
	port,
	address: ipv4.default('0.0.0.0'),
	protocol: z.enum(['tcp', 'udp']).default('tcp'),
});

const exposedPort = z.union([port, z.string().regex(/^\d{1,5}(?:\/(?:tcp|udp|sctp))?$/)], {
	error: expected('a port number or "PORT/PROTO" like "8000/tcp"'),
});

const image = z.strictObject({
	expose: z.array(exposedPort, {error: expected('a list of ports')}).default([]),
	cmd: z.string({error: expected('a command line')}).optional(),
	entrypoint: z.string({error: expected('a command line')}).optional(),
	response: z.string({error: expected('the text a request returns (quote it if it looks like YAML)')}).optional(),
	tools: stringList('program name').optional(),
	listens: z.array(listen, {error: expected('a list like [{port: 8000, address: 0.0.0.0}]')}).optional(),
	from: z.string({error: expected('an image name')}).regex(IMAGE_NAME, {error: expected('an image name')}).optional(),
	workdir: z.string({error: expected('a path')}).optional(),
	env: z.record(z.string(), z.string({error: expected('a string (quote numbers)')}), {error: expected('a map of NAME: value')}).optional(),
});

const host = z.strictObject({
	name: z.string({error: expected('a host name')}).regex(/^[a-zA-Z0-9][a-zA-Z0-9-]*$/, {error: expected('a host name of letters, digits and "-"')}),
	'lan-ip': ipv4,
});

export const DEFAULT_HOSTS: readonly HostSpec[] = [{name: 'host', 'lan-ip': '192.168.0.10'}];

const hosts = z
	.array(host, {error: expected('a list of hosts like [{name: host, lan-ip: 192.168.0.10}]')})
	.min(1, {error: 'needs at least one host (leave "hosts" out for the default one)'})
	.superRefine((list, ctx) => {
		if (!Array.isArray(list)) return;
		for (const key of ['name', 'lan-ip'] as const) {
			const seen = new Map<string, number>();
			list.forEach((entry, index) => {
				if (typeof entry?.[key] !== 'string') return;
				const first = seen.get(entry[key]);
				if (first === undefined) seen.set(entry[key], index);
				else ctx.addIssue({code: 'custom', path: [index, key], message: `duplicate host ${key} "${entry[key]}" (also hosts[${first}])`});
			});
		}
	}, ALWAYS);

const world = z.strictObject({
	hosts: hosts.default(() => DEFAULT_HOSTS.map((h) => ({...h}))),
	images: z
		.record(z.string().regex(IMAGE_NAME, {error: expected('an image name like my-app or my-app:1.0')}), image, {error: expected('a map of image name: {expose, cmd, ...}')})
		.default(() => ({})),
	files: z.record(z.string(), z.string({error: expected('the file\'s text (use "|" for several lines)')}), {error: expected('a map of file name: content')}).default(() => ({})),
	setup: stringList('command').default(() => []),
});

// ---------------------------------------------------------------- goals

const probeFrom = z.string({error: expected('host, external, a container name or CONTAINER@HOST')}).superRefine((from, ctx) => {
	const parsed = parseProbeSource(from);
	if (!parsed.ok) ctx.addIssue({code: 'custom', message: `${parsed.reason}; expected host, external, a container name or CONTAINER@HOST`});
});

const probeTo = z.union(
	[
		z.string().superRefine((to, ctx) => {
			const parsed = parseProbeTargetString(to);
			if (!parsed.ok) ctx.addIssue({code: 'custom', message: parsed.reason});
		}),
		z.strictObject({container: name, port: port.optional()}),
		z.strictObject({internet: z.literal(true, {error: expected('true')}), port: port.optional()}),
	],
	{error: expected('a URL, "name:port", a name or IP, internet, {container: NAME, port: N} or {internet: true, port: N}')},
);

const probe = z.strictObject({
	from: probeFrom,
	to: probeTo,
	expect: z.enum(['reachable', 'unreachable']),
	body: z.string({error: expected('text the response must contain')}).optional(),
});

const PUBLISHED = /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?\d{1,5}:\d{1,5}(?:\/(?:tcp|udp|sctp))?$/;
const PUBLISHED_WORDS = '"[ip:]hostPort:containerPort[/proto]" like "8080:80" (quote it)';

const networkMode = z
	.string({error: expected('bridge, host, none, container:NAME or a network name')})
	.regex(/^(?:container:)?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, {error: expected('bridge, host, none, container:NAME or a network name')});

const container = z.strictObject({
	name,
	running: bool.optional(),
	recreated: bool.optional(),
	on: stringList('network name').optional(),
	'not-on': stringList('network name').optional(),
	'network-mode': networkMode.optional(),
	published: z
		.array(z.string({error: expected(PUBLISHED_WORDS)}).regex(PUBLISHED, {error: expected(PUBLISHED_WORDS)}), {error: expected(`a list of ${PUBLISHED_WORDS}`)})
		.optional(),
});

const network = z.strictObject({
	name,
	exists: bool.optional(),
	driver: z.enum(['bridge', 'host', 'null', 'overlay', 'macvlan', 'ipvlan']).optional(),
	internal: bool.optional(),
	subnet: subnet.optional(),
	attachable: bool.optional(),
});

const NETWORK_FIELDS = ['subnet', 'gateway'];
const CONTAINER_FIELDS = ['ip', 'gateway', 'mac', 'veth'];

const answerOf = z
	.strictObject({
		network: name.optional(),
		container: name.optional(),
		field: z.enum(['subnet', 'gateway', 'ip', 'mac', 'veth']),
	})
	.superRefine((of, ctx) => {
		if (!isMap(of)) return;
		if (of.container === undefined && of.network === undefined) {
			ctx.addIssue({code: 'custom', params: {oneOf: ['network', 'container']}, message: 'needs "network" or "container": {network: NAME, field: subnet} or {container: NAME, field: ip}'});
		} else if (of.field === undefined) {
			// The enum has reported it.
		} else if (of.container !== undefined && !CONTAINER_FIELDS.includes(of.field)) {
			ctx.addIssue({code: 'custom', path: ['field'], message: `a container's field is ip, gateway, mac or veth, got "${of.field}"`});
		} else if (of.container === undefined && !NETWORK_FIELDS.includes(of.field)) {
			ctx.addIssue({code: 'custom', path: ['field'], message: `a network's field is subnet or gateway, got "${of.field}" (add "container" to ask about a container)`});
		}
	})
	.transform((of) => of as AnswerOf);

const answer = z
	.strictObject({
		equals: z
			.array(z.union([z.string(), z.number()], {error: expected('an answer as text or a number')}).transform(String), {error: expected('a list of accepted answers')})
			.min(1, {error: 'needs at least one accepted answer'})
			.optional(),
		of: answerOf.optional(),
	})
	.refine((spec) => !isMap(spec) || (spec.equals === undefined) !== (spec.of === undefined), {
		...ALWAYS,
		params: {oneOf: ['equals', 'of']},
		error: (issue) => {
			const given = issue.input as {equals?: unknown; of?: unknown} | undefined;
			return given?.equals !== undefined && given?.of !== undefined
				? 'has both "equals" and "of"; use one'
				: 'needs "equals: [...]" or "of: {...}"';
		},
	})
	.transform((spec) => spec as AnswerSpec);

const goal = z
	.strictObject({
		id,
		text: localText,
		probe: probe.optional(),
		container: container.optional(),
		network: network.optional(),
		answer: answer.optional(),
	})
	// Not a union: a union's error for a goal with a typo deep inside would say
	// "matches none of four shapes"; checking "exactly one kind" apart keeps the
	// inner errors precise. `when` makes it run even if the goal has other errors.
	.refine((g) => !isMap(g) || GOAL_KINDS.filter((kind) => g[kind] !== undefined).length === 1, {
		...ALWAYS,
		params: {oneOf: [...GOAL_KINDS]},
		error: (issue) => {
			const given = (issue.input ?? {}) as Record<string, unknown>;
			const present = GOAL_KINDS.filter((kind) => given[kind] !== undefined);
			return present.length === 0
				? 'a goal needs one of "probe", "container", "network" or "answer"'
				: `a goal checks one thing, but this one has ${present.map((k) => `"${k}"`).join(' and ')}; split it into several goals`;
		},
	})
	.transform((g) => g as Goal);

const goals = z
	.array(goal, {error: expected('a list of goals')})
	.min(1, {error: 'a level needs at least one goal'})
	.superRefine((list, ctx) => {
		if (!Array.isArray(list)) return;
		const seen = new Map<string, number>();
		list.forEach((g, index) => {
			if (typeof g?.id !== 'string') return;
			const first = seen.get(g.id);
			if (first === undefined) seen.set(g.id, index);
			else ctx.addIssue({code: 'custom', path: [index, 'id'], message: `duplicate goal id "${g.id}" (also goals[${first}])`});
		});
	}, ALWAYS);

// ---------------------------------------------------------------- level and pack

export const levelSchema = z.strictObject({
	id,
	title: localText,
	briefing: localText,
	par: z.int({error: expected('a positive whole number (the fewest commands that solve the level)')}).min(1, {
		error: expected('a positive whole number (the fewest commands that solve the level)'),
	}),
	world: world.default(() => world.parse({})),
	goals,
	hints: z
		.array(localText, {error: expected('a list of hints')})
		.min(1, {error: 'a level needs 1 to 5 hints'})
		.max(5, {error: (issue) => `a level has at most 5 hints, got ${(issue.input as unknown[]).length}`}),
	solution: z
		.array(z.string({error: expected('a command line')}).min(1, {error: 'must not be empty'}), {error: expected('a list of commands')})
		.min(1, {error: 'the reference solution needs at least one command'}),
});

export const packFileSchema = z.strictObject({
	id: id.optional(),
	title: localText.optional(),
	order: z.number({error: expected('a number')}).optional(),
});

// The schema's output must fit the hand-written contract above. One way only: the
// schema's LocalText map is `{en: string; [lang]: string}`, which fits the contract's
// looser `ko?: string` but not the reverse.
type Fits<A, B> = [A] extends [B] ? true : false;
const levelFits: Fits<z.output<typeof levelSchema>, Level> = true;
const packFits: Fits<z.output<typeof packFileSchema>, PackFile> = true;
void levelFits;
void packFits;
