// The Compose project model: what compose-go makes of a compose file (services, networks, names),
// reduced to what the simulation uses. Built by load.ts, acted on by project-ops.ts.

/** Compose's exit codes (compose:cmd/compose/compose.go, pkg/api/errors.go). */
export const EXIT_GENERIC = 1;
export const EXIT_FILE_NOT_FOUND = 14;
export const EXIT_INVALID_PROJECT = 15;
export const EXIT_COMMAND_NOT_FOUND = 16;

/** The Compose release the recordings were made with (test/fidelity/recorded/ENGINE.txt). */
export const COMPOSE_VERSION = '2.26.1';
export const COMPOSE_VERSION_FULL = '2.26.1-4';

/** An error Compose prints as is (no daemon prefix) and exits with `exitCode`. */
export class ComposeError extends Error {
	constructor(
		message: string,
		readonly exitCode: number = EXIT_GENERIC,
	) {
		super(message);
		this.name = 'ComposeError';
	}
}

export interface ServicePort {
	readonly target: number;
	/** '' when only the container port is given. */
	readonly published: string;
	readonly hostIp: string;
	readonly protocol: string;
}

export interface ServiceNetwork {
	/** The key under top-level `networks:` (`default` for the implicit one). */
	readonly key: string;
	readonly aliases: string[];
	readonly ipv4Address?: string;
	readonly priority: number;
}

export interface ServiceBuild {
	readonly context: string;
	readonly dockerfile: string;
}

/** depends_on's conditions (compose-spec): when a dependant may start. */
export type DependsCondition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

export interface ServiceDependency {
	readonly service: string;
	readonly condition: DependsCondition;
	readonly required: boolean;
}

/** `healthcheck:` with its durations in ms (durations as Go prints them for `config`). */
export interface ServiceHealthcheck {
	/** As Docker stores it: `CMD ...`, `CMD-SHELL line` or `NONE`; empty with only `disable`. */
	readonly test: readonly string[];
	readonly interval?: number;
	readonly timeout?: number;
	readonly startPeriod?: number;
	readonly startInterval?: number;
	readonly retries?: number;
	readonly disable?: boolean;
}

export interface ComposeService {
	readonly name: string;
	/** The image to run: `image:`, or `<project>-<service>` for a build without `image:`. */
	readonly image: string;
	readonly build?: ServiceBuild;
	readonly command?: string[];
	readonly entrypoint?: string[];
	readonly environment: string[];
	readonly ports: ServicePort[];
	readonly expose: string[];
	/** Networks to attach (empty when network_mode is set). */
	readonly networks: ServiceNetwork[];
	readonly networkMode?: string;
	readonly dependsOn: string[];
	/** depends_on with its conditions, in the file's order (the short list form: service_started). */
	readonly dependencies: ServiceDependency[];
	/** extra_hosts as the engine takes them (`host:ip`, `host-gateway` kept), in the file's order. */
	readonly extraHosts: string[];
	readonly healthcheck?: ServiceHealthcheck;
	readonly profiles: string[];
	readonly containerName?: string;
	readonly hostname?: string;
	readonly labels: Record<string, string>;
	/** The service as the file gave it (normalised), for the config hash. */
	readonly raw: unknown;
}

export interface ComposeNetwork {
	readonly key: string;
	/** The engine's network name (`<project>_<key>`, or `name:`, or the key when external). */
	readonly name: string;
	readonly driver: string;
	/** The file named the driver (`docker compose config` prints it only then). */
	readonly driverGiven: boolean;
	readonly internal: boolean;
	readonly attachable: boolean;
	readonly external: boolean;
	readonly ipam: {subnet: string; gateway?: string; ipRange?: string}[];
	readonly labels: Record<string, string>;
	readonly driverOpts: Record<string, string>;
	/** The key was declared under top-level `networks:` (false for the implicit default). */
	readonly declared: boolean;
}

export interface ComposeProject {
	readonly name: string;
	readonly workingDir: string;
	/** Absolute path of the compose file. */
	readonly configFile: string;
	/** Services in file order. */
	readonly services: ComposeService[];
	/** Networks the services use, by key. */
	readonly networks: Record<string, ComposeNetwork>;
	/** Every profile the file names, enabled or not (`config --profiles`), sorted. */
	readonly profiles: string[];
	/** Warnings compose-go logs while loading (the obsolete `version`). */
	readonly warnings: string[];
}
