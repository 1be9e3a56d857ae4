// The simulated world, in Docker's own vocabulary (libnetwork's Container Network Model:
// Network, Endpoint, Sandbox). Everything a player can observe is derived from this one state,
// which is only ever replaced, never mutated (immer produces the next state).
import type {ContainerHostConfig} from './host-config.js';
import type {DaemonConfig} from './daemon-config.js';
import type {AppSpec} from './apps/types.js';
import type {DirNode} from './fs/types.js';
import type {ContainerTable} from './container-table.js';
import type {NeighbourTables} from './neighbours.js';
import type {EventLog} from './events.js';
import type {EngineId} from './profile/types.js';
import type {UserFirewall} from './netfilter/user-rules.js';

export type DriverName = 'bridge' | 'host' | 'null' | 'overlay' | 'macvlan' | 'ipvlan';
export type Protocol = 'tcp' | 'udp';

export interface World {
	readonly seed: number;
	/** The Docker daemon version the world behaves as (profile/); absent = 26, worlds made before profiles. */
	readonly engine?: EngineId;
	/** PRNG state; every id, MAC-free random name and veth name comes from it, so runs repeat. */
	readonly rng: number;
	/** Simulated wall clock, ms since the epoch. */
	readonly clock: number;
	readonly hosts: Record<string, Host>;
	readonly hostOrder: string[];
	/** Images known to every host (a level may add its own). Keyed by `repo:tag`. */
	readonly images: Record<string, Image>;
	/**
	 * Images a level lets the player build: `docker build -t NAME` produces `recipes[NAME]`
	 * (its listeners, response, tools) instead of deriving everything from the Dockerfile.
	 */
	readonly recipes: Record<string, Image>;
	/** Counter for interface indexes is per host; this one numbers docker-proxy pids etc. */
	readonly pidNext: number;
	/**
	 * Ids to use, in order, for the next containers or networks created instead of drawing them.
	 * Replaying a real engine's transcript uses the ids it printed, so everything Docker sorts by
	 * id (inspect's Containers map) comes out in the same order.
	 */
	readonly nextIds?: string[];
	/** BuildKit's cache on this host: build steps already done -> when (a rebuild prints CACHED). */
	readonly buildCache?: Record<string, number>;
	/** Each namespace's ARP cache (see neighbours.ts); filled by the traffic tools send. */
	readonly neighbours?: NeighbourTables;
	/** Each host's daemon event log (`docker events`), written after each docker command (events.ts). */
	readonly events?: Readonly<Record<string, EventLog>>;
}

export interface Host {
	readonly name: string;
	readonly lanIp: string;
	/** More LAN addresses on eth0 after the main one (secondary, as `ip addr` lists them). */
	readonly secondaryLanIps?: readonly string[];
	readonly networks: Record<string, Network>;
	/** By id, in creation order, with the lookups commands need (see container-table.ts). */
	readonly containers: ContainerTable;
	/** v26's predefined-pool allocator keeps a rotating start index in memory (not reused at once). */
	readonly poolIndex: number;
	/** Next free Linux interface index on this host (lo=1, eth0=2, docker0=3). */
	readonly ifindexNext: number;
	/** Ports published by containers that were taken by docker-proxy, keyed `ip:port/proto`. */
	readonly swarm?: SwarmState;
	/** The machine's own files (see host-files.ts): the player's home, the level's files in ~/app. */
	readonly fs: DirNode;
	/** Rules the learner added to or deleted from the netfilter tables with iptables (netfilter/user-rules.ts). */
	readonly firewall?: UserFirewall;
	/** The daemon version this host runs, the world's (profile/): hosts are read where the world is not at hand. */
	readonly engine?: EngineId;
	/** dockerd on this host; absent: running since the world began, with no daemon.json (see daemon.ts). */
	readonly daemon?: DaemonState;
}

/** dockerd's state: `failed` when it would not start (a bad daemon.json), `stopped` by systemctl stop. */
export interface DaemonState {
	readonly state: 'running' | 'stopped' | 'failed';
	/** The configuration it runs with (the last good one while it is down). */
	readonly config: DaemonConfig;
	/** Why it failed to start, as dockerd logs it. */
	readonly error?: string;
	/** When it last started (ms, the world's clock). */
	readonly startedAt: number;
}

export interface SwarmState {
	readonly nodeId: string;
	/** Join tokens (`SWMTKN-1-<50 base36 CA digest>-<25 base36 secret>`); a worker keeps its manager's. */
	readonly workerToken: string;
	readonly managerToken: string;
	/** Next index into the swarm pool 10.0.0.0/8 in /24s (the manager's allocator). */
	readonly poolIndex: number;
	readonly role: 'manager' | 'worker';
	/** Shared by every node of one swarm. */
	readonly clusterId: string;
	/** Address this node advertises (`<ip>`; the join command adds `:2377`). */
	readonly advertiseAddr: string;
	/** networkdb node name shown in an overlay network's `Peers` (`<hostname>-<12 hex>`). */
	readonly peerName: string;
	/** Next VXLAN id for an overlay network (ingress takes 4096). */
	readonly vxlanNext: number;
	/** When the swarm was created (ms). */
	readonly created: number;
}

/** An endpoint that belongs to no container (swarm's `ingress-sbox`), listed in network inspect. */
export interface ExtraEndpoint {
	readonly name: string;
	readonly endpointId: string;
	readonly mac: string;
	readonly ip: string;
	readonly prefixLen: number;
}

export interface IpamConfig {
	readonly subnet: string;
	readonly gateway?: string;
	readonly ipRange?: string;
}

export interface Network {
	readonly id: string;
	readonly name: string;
	readonly driver: DriverName;
	readonly scope: 'local' | 'swarm';
	readonly created: number;
	readonly internal: boolean;
	readonly attachable: boolean;
	readonly ingress: boolean;
	readonly enableIPv6: boolean;
	/** `default` for everything made here. */
	readonly ipamDriver: string;
	/** null for the default bridge and for host/none, {} for networks made with the CLI. */
	readonly ipamOptions: Record<string, string> | null;
	/** null for host/none. */
	readonly ipamConfig: IpamConfig[] | null;
	/** Whether the user gave --subnet (affects `--ip` rules on v26). */
	readonly userSubnet: boolean;
	readonly options: Record<string, string>;
	readonly labels: Record<string, string>;
	/** bridge, host and none: the pre-defined networks. */
	readonly predefined: boolean;
	/** Linux bridge device (docker0, br-<id12>) and its interface index. */
	readonly device?: string;
	readonly ifindex?: number;
	/** Endpoints of daemon-owned sandboxes, keyed as `Containers` keys them (`ingress-sbox`). */
	readonly extraEndpoints?: Record<string, ExtraEndpoint>;
}

/** A container's attachment to one network (libnetwork's Endpoint plus the settings that outlive it). */
export interface EndpointSettings {
	readonly networkId: string;
	/** Aliases the user gave (--network-alias, --alias). */
	readonly aliases: string[];
	/** --ip asked for on run/connect. */
	readonly ipv4Address?: string;
	readonly links: string[];
	/** Present while the container runs: the live endpoint. */
	readonly endpoint?: Endpoint;
}

export interface Endpoint {
	readonly id: string;
	readonly ip: string;
	readonly prefixLen: number;
	readonly gateway: string;
	readonly mac: string;
	/** Host side of the veth pair (`veth1a2b3c4`) and both interface indexes. */
	readonly vethName: string;
	readonly vethIndex: number;
	/** Index of the container side (eth0, eth1, ...). */
	readonly peerIndex: number;
	/** Interface name inside the container. */
	readonly ifname: string;
}

export interface PortBinding {
	readonly hostIp: string;
	readonly hostPort: string;
}

/** A socket a process in a sandbox listens on. */
export interface Listener {
	readonly port: number;
	/** 0.0.0.0, ::, 127.0.0.1, or a specific address. */
	readonly address: string;
	readonly protocol: Protocol;
	/** Program name, for `ss -p` and `trace`. */
	readonly program: string;
	/** `http`: answers HTTP with the body; `raw`: accepts and closes on an HTTP request. */
	readonly kind: 'http' | 'raw';
	readonly body?: string;
	/** The learner's own app behind this socket (Flask, FastAPI, Express, nginx...): it answers requests. */
	readonly app?: AppSpec;
}

export type ContainerStatus = 'created' | 'running' | 'exited' | 'dead';

export interface LogLine {
	readonly stream: 'stdout' | 'stderr';
	readonly text: string;
}

export interface Container {
	readonly id: string;
	readonly name: string;
	/** The image as typed (`nginx`, `nginx:latest`), and the resolved catalog key. */
	readonly image: string;
	readonly imageKey: string;
	readonly created: number;
	readonly entrypoint: string[] | null;
	readonly cmd: string[];
	readonly hostname: string;
	readonly env: string[];
	readonly exposedPorts: string[];
	readonly tty: boolean;
	readonly openStdin: boolean;
	readonly workingDir: string;
	/** bridge | host | none | container:<id> | <network name> */
	readonly networkMode: string;
	readonly portBindings: Record<string, PortBinding[]>;
	readonly publishAll: boolean;
	readonly autoRemove: boolean;
	readonly extraHosts: string[];
	readonly status: ContainerStatus;
	readonly exitCode: number;
	readonly startedAt: number;
	readonly finishedAt: number;
	readonly pid: number;
	readonly restartCount: number;
	/** Network attachments in the order they were made; key order is connection order. */
	readonly networks: Record<string, EndpointSettings>;
	/** Host ports really bound while running (after ephemeral ports were chosen). */
	readonly ports: Record<string, PortBinding[]>;
	readonly listeners: Listener[];
	readonly logs: LogLine[];
	/** ms after start when the main process ends by itself (a `sleep 5`), or undefined for never. */
	readonly exitsAfter?: number;
	readonly exitCodeOnFinish?: number;
	/** Config.Labels (`--label`, Compose's com.docker.compose.*); absent means none. */
	readonly labels?: Record<string, string>;
	/** Game notes from the last start: what netdojo could not simulate of the learner's code. */
	readonly notes?: string[];
	/** The container's own healthcheck (run --health-*), over the image's; see health.ts. */
	readonly healthcheck?: HealthConfig;
	/** `docker pause`: its processes are frozen (cgroup freezer); it still counts as running. */
	readonly paused?: boolean;
	/**
	 * The container's own file system once something wrote to it (docker cp, `>` in docker exec):
	 * its image's tree with the container's changes; absent means exactly the image's (container-fs.ts).
	 */
	readonly fs?: DirNode;
	/** HostConfig set by run flags (--dns*, --restart, --cap-add, --privileged, --mac-address); absent: none given. */
	readonly hostConfig?: ContainerHostConfig;
	/** Stopped by `docker stop`/`kill` (moby's HasBeenManuallyStopped): unless-stopped does not bring it back. */
	readonly manuallyStopped?: boolean;
}

/** One entry of an image's history (the image config's history array, with the layer's size). */
export interface ImageHistory {
	readonly createdBy: string;
	/** Bytes of the layer the step made; 0 for a config-only step. */
	readonly size: number;
	readonly comment: string;
	/** ms since the epoch. */
	readonly created: number;
	readonly emptyLayer: boolean;
	/** The id of the image whose top entry this is, when that image is here (the others show <missing>). */
	readonly imageId?: string;
}

/** A healthcheck: Test as Docker stores it (`CMD ...`, `CMD-SHELL line`, `NONE`) and its timings in ms. */
export interface HealthConfig {
	readonly test: readonly string[];
	readonly interval?: number;
	readonly timeout?: number;
	readonly startPeriod?: number;
	readonly startInterval?: number;
	readonly retries?: number;
}

export interface Image {
	/** `repo:tag` */
	readonly name: string;
	readonly id: string;
	readonly entrypoint: string[] | null;
	readonly cmd: string[];
	readonly exposedPorts: string[];
	readonly env: string[];
	readonly workingDir: string;
	/** Programs that exist inside (docker exec of anything else fails as in Docker). */
	readonly tools: string[];
	/** Explicit listeners overriding what the engine reads from the command line. */
	readonly listens?: {port: number; address: string; protocol: Protocol}[];
	/** What an HTTP request to the image's server returns. */
	readonly response?: string;
	/** Files the build put in the image (COPY/ADD, RUN), absolute path -> content. */
	readonly files?: Readonly<Record<string, string>>;
	/** Directories the build made (WORKDIR, mkdir), absolute paths; parents of files are implied. */
	readonly dirs?: string[];
	/** Config.User, Config.Labels, Config.Healthcheck.Test as the Dockerfile set them. */
	readonly user?: string;
	readonly labels?: Record<string, string>;
	readonly healthcheck?: string[];
	/** HEALTHCHECK's --interval/--timeout/--start-period/--start-interval/--retries, when given. */
	readonly healthOptions?: Omit<HealthConfig, 'test'>;
	/** Packages RUN installed (apt-get, apk, pip, npm), for what later RUN lines and the apps read. */
	readonly packages?: string[];
	/** Made here by `docker build` (no registry digest; Comment `buildkit.dockerfile.v0`). */
	readonly built?: boolean;
	/** `docker history` of a built image, oldest first, its base image's entries included (build/history.ts). */
	readonly history?: readonly ImageHistory[];
	/** Config.ArgsEscaped: BuildKit sets it when the Dockerfile has CMD or ENTRYPOINT. */
	readonly argsEscaped?: boolean;
	/** Size shown by `docker images`. */
	readonly size: string;
	readonly created: number;
	/** Userland: BusyBox applets (alpine, busybox) or Debian's GNU tools; decides tool wording. */
	readonly flavour: 'busybox' | 'debian';
	/** C library: musl (alpine) words errno texts differently from glibc (strerror, getopt). */
	readonly libc?: 'musl' | 'glibc';
}
