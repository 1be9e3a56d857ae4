// The `goals:` part of a level: probe, container, network and answer goals.
import {z} from 'zod';
import {parseProbeSource, parseProbeTargetString} from './probe-endpoints.js';
import {GOAL_KINDS, type AnswerOf, type AnswerSpec, type Goal} from './schema-types.js';
import {ALWAYS, bool, expected, id, ipv4, isMap, localText, name, port, stringList, subnet} from './schema-parts.js';


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
		z
			.strictObject({container: name, port: port.optional(), protocol: z.enum(['tcp', 'udp']).optional()})
			.refine((t) => !isMap(t) || t.protocol === undefined || t.port !== undefined, {...ALWAYS, path: ['protocol'], error: 'a protocol needs a port: {container: NAME, port: N, protocol: udp}'}),
		z.strictObject({internet: z.literal(true, {error: expected('true')}), port: port.optional()}),
	],
	{error: expected('a URL, udp://HOST:PORT, "name:port", a name or IP, internet, {container: NAME, port: N[, protocol: udp]} or {internet: true, port: N}')},
);

const probe = z.strictObject({
	from: probeFrom,
	to: probeTo,
	expect: z.enum(['reachable', 'unreachable']),
	body: z.string({error: expected('text the response must contain')}).optional(),
	after: z.enum(['daemon-restart'], {error: expected('"daemon-restart" (the probe is judged as after sudo systemctl restart docker)')}).optional(),
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

// v1.1: `{container, port, protocol, host-ip, expect}`; the port is the container's.
const published = z.strictObject({
	container: name,
	port,
	protocol: z.enum(['tcp', 'udp']).default('tcp'),
	'host-ip': ipv4.optional(),
	expect: z.enum(['published', 'not-published']),
});

const goal = z
	.strictObject({
		id,
		text: localText,
		probe: probe.optional(),
		container: container.optional(),
		network: network.optional(),
		answer: answer.optional(),
		published: published.optional(),
		always: bool.optional(),
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
				? 'a goal needs one of "probe", "container", "network", "answer" or "published"'
				: `a goal checks one thing, but this one has ${present.map((k) => `"${k}"`).join(' and ')}; split it into several goals`;
		},
	})
	.transform((g) => g as Goal);

export const goals = z
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

