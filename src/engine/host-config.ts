// The parts of a container's HostConfig that `docker run` flags set and that change what happens
// inside it: its resolver (--dns*), restart policy, capabilities, --privileged, --mac-address.
// Validation texts are the daemon's (recorded in test/fidelity/recorded/60-run-flags.json).
import {EngineError} from './errors.js';

export interface RestartPolicy {
	/** As given; the daemon rejects a name other than no/always/on-failure/unless-stopped. */
	readonly name: string;
	readonly maximumRetryCount: number;
}

export interface ContainerHostConfig {
	readonly dns?: readonly string[];
	readonly dnsSearch?: readonly string[];
	readonly dnsOptions?: readonly string[];
	/** Absent: `--restart` not given (inspect shows the daemon's default, keys in another order). */
	readonly restartPolicy?: RestartPolicy;
	/** Normalised as the daemon stores them: `CAP_NET_ADMIN`. */
	readonly capAdd?: readonly string[];
	readonly capDrop?: readonly string[];
	readonly privileged?: boolean;
	readonly macAddress?: string;
	/** Resources (`docker update`): bytes, nano-CPUs, relative shares; absent means 0 (unlimited). */
	readonly memory?: number;
	readonly memorySwap?: number;
	readonly memoryReservation?: number;
	readonly nanoCpus?: number;
	readonly cpuShares?: number;
	readonly pidsLimit?: number;
}

/** The capabilities runc knows (moby's caps.GetAllCapabilities on Linux 6.x). */
const CAPABILITIES = new Set(
	`CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP LINUX_IMMUTABLE NET_BIND_SERVICE
	NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER SYS_MODULE SYS_RAWIO SYS_CHROOT SYS_PTRACE SYS_PACCT SYS_ADMIN
	SYS_BOOT SYS_NICE SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE AUDIT_WRITE AUDIT_CONTROL SETFCAP MAC_OVERRIDE
	MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ PERFMON BPF CHECKPOINT_RESTORE`.split(/\s+/),
);

/** caps.NormalizeLegacyCapabilities: upper case, `CAP_` prefix; `ALL` stays. */
export function normalizeCapability(cap: string): string {
	const up = cap.toUpperCase();
	return up === 'ALL' || up.startsWith('CAP_') ? up : `CAP_${up}`;
}

/** The daemon's checks at create time (errors are `invalid` → the CLI's exit 125 for run). */
export function validateHostConfig(config: ContainerHostConfig | undefined): void {
	if (!config) return;
	for (const [what, list] of [['CapAdd', config.capAdd], ['CapDrop', config.capDrop]] as const) {
		for (const cap of list ?? []) {
			if (cap !== 'ALL' && !CAPABILITIES.has(cap.slice('CAP_'.length))) throw new EngineError(`invalid ${what}: unknown capability: "${cap}"`, 'invalid');
		}
	}
	const policy = config.restartPolicy;
	if (policy && !['no', 'always', 'on-failure', 'unless-stopped'].includes(policy.name)) {
		throw new EngineError(`invalid restart policy: unknown policy '${policy.name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`, 'invalid');
	}
	if (policy && policy.maximumRetryCount !== 0 && policy.name !== 'on-failure') {
		throw new EngineError("invalid restart policy: maximum retry count can only be used with 'on-failure'", 'invalid');
	}
}

/** Whether a process in the container may change its network settings (ip link/addr/route, iptables). */
export function hasNetAdmin(config: ContainerHostConfig | undefined): boolean {
	if (!config) return false;
	if (config.privileged) return true;
	const add = config.capAdd ?? [];
	return (add.includes('CAP_NET_ADMIN') || add.includes('ALL')) && !(config.capDrop ?? []).includes('CAP_NET_ADMIN');
}

/** The resolv.conf lines the overrides replace, and the `# Overrides:` list Docker writes under them. */
export function dnsOverrides(config: ContainerHostConfig | undefined): string[] {
	const out: string[] = [];
	if (config?.dns && config.dns.length > 0) out.push('nameservers');
	if (config?.dnsSearch && config.dnsSearch.length > 0) out.push('search');
	if (config?.dnsOptions && config.dnsOptions.length > 0) out.push('options');
	return out;
}
