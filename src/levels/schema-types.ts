// The level file format's types: the contract the rest of the game reads (schema.ts checks that
// the zod schema's output fits them).
import type {ProbeTo} from './probe-endpoints.js';


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
	/** The main LAN address (the first one the file lists). */
	'lan-ip': string;
	/** v1.1: more addresses on the same eth0 (`lan-ip: [main, more...]`). */
	'secondary-ips'?: string[];
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
	/** v1.1: judge the probe as it would be after dockerd restarts (every host's, on a copy of the world). */
	after?: 'daemon-restart';
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
	/** v1.1: an invariant. It must hold after setup and after every line; once broken, the level fails until `reset`. */
	always?: boolean;
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
/** v1.1: whether a container port is published on the host (as `docker port` would list it). */
export interface PublishedSpec {
	container: string;
	/** The container's port. */
	port: number;
	protocol: 'tcp' | 'udp';
	/** Only bindings that listen on this host address count (0.0.0.0 listens on every address). */
	'host-ip'?: string;
	expect: 'published' | 'not-published';
}
export interface PublishedGoal extends GoalBase {
	published: PublishedSpec;
}
/** Exactly one of probe/container/network/answer/published is present; test with `'probe' in goal`. */
export type Goal = ProbeGoal | ContainerGoal | NetworkGoal | AnswerGoal | PublishedGoal;

export const GOAL_KINDS = ['probe', 'container', 'network', 'answer', 'published'] as const;
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
	/** v1.1: one paragraph the solved screen shows: what this level taught. */
	takeaway?: LocalText;
	/** v1.1: seconds of play before the level is failed (until `reset`). */
	'time-limit'?: number;
	/** v1.1: the Docker daemon version whose behaviour the level relies on. */
	engine?: EngineVersion;
	/** Seeded variants (variables.ts): the level's variables, and its data with the placeholders left in. */
	variables?: Readonly<Record<string, {readonly kind: 'name' | 'subnet' | 'port'; readonly default: string | number}>>;
	template?: unknown;
}

/** Daemon versions the simulation can behave as. */
export const ENGINE_VERSIONS = ['26', '28'] as const;
export type EngineVersion = (typeof ENGINE_VERSIONS)[number];

export interface PackFile {
	id?: string;
	title?: LocalText;
	order?: number;
}

