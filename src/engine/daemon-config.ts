// /etc/docker/daemon.json as dockerd reads it when it starts: JSON syntax errors in Go's
// encoding/json words, keys it does not know refused, and the settings the simulation acts on
// (`default-address-pools`, `bip`). Texts measured on daemon 26.1.5 (`dockerd --validate`,
// test/fidelity/NOTES.md); every other known key is accepted and changes nothing here.
export const DAEMON_JSON = '/etc/docker/daemon.json';

export interface AddressPool {
	readonly base: string;
	readonly size: number;
}

export interface DaemonConfig {
	/** `default-address-pools`: where networks without --subnet (and docker0, without bip) get subnets. */
	readonly addressPools?: readonly AddressPool[];
	/** `bip`: docker0's address and prefix (`192.168.200.1/24`). */
	readonly bip?: string;
}

export type ConfigResult = {ok: true; config: DaemonConfig} | {ok: false; error: string};

/** dockerd's options that daemon.json may set (moby v26 daemon/config, the JSON names). */
const KNOWN_KEYS = new Set(
	`allow-nondistributable-artifacts api-cors-header authorization-plugins bip bip6 bridge builder cdi-spec-dirs cgroup-parent
	containerd containerd-namespace containerd-plugins-namespace data-root debug default-address-pools default-cgroupns-mode
	default-gateway default-gateway-v6 default-ipc-mode default-network-opts default-runtime default-shm-size default-ulimits dns
	dns-opts dns-search exec-opts exec-root experimental features fixed-cidr fixed-cidr-v6 group host-gateway-ip hosts http-proxy
	https-proxy icc init init-path insecure-registries ip ip-forward ip-forward-no-drop ip-masq ip6tables iptables ipv6 labels
	live-restore log-driver log-format log-level log-opts max-concurrent-downloads max-concurrent-uploads max-download-attempts mtu
	no-new-privileges no-proxy node-generic-resources oom-score-adjust pidfile raw-logs registry-mirrors runtimes seccomp-profile
	selinux-enabled shutdown-timeout storage-driver storage-opts swarm-default-advertise-addr tls tlscacert tlscert tlskey tlsverify
	userland-proxy userland-proxy-path userns-remap`.split(/\s+/),
);

const PREFIX = `unable to configure the Docker daemon with file ${DAEMON_JSON}: `;

/** Reads daemon.json's text (undefined: no file, the defaults). */
export function parseDaemonConfig(text: string | undefined): ConfigResult {
	if (text === undefined || text.trim() === '') return {ok: true, config: {}};
	const syntax = goJsonSyntaxError(text);
	if (syntax) return {ok: false, error: PREFIX + syntax};
	const value: unknown = JSON.parse(text);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return {ok: false, error: `${PREFIX}json: cannot unmarshal ${goKind(value)} into Go value of type map[string]interface {}`};
	}
	const unknown = Object.keys(value).filter((k) => !KNOWN_KEYS.has(k));
	if (unknown.length > 0) return {ok: false, error: `${PREFIX}the following directives don't match any configuration option: ${unknown.join(', ')}`};
	const raw = value as Record<string, unknown>;
	const config: {addressPools?: AddressPool[]; bip?: string} = {};
	if (raw['default-address-pools'] !== undefined) {
		const pools = raw['default-address-pools'];
		if (!Array.isArray(pools)) return {ok: false, error: `${PREFIX}json: cannot unmarshal ${goKind(pools)} into Go struct field Config.CommonConfig.NetworkConfig.default-address-pools of type []*ipamutils.NetworkToSplit`};
		config.addressPools = [];
		for (const p of pools) {
			const base = (p as {base?: unknown})?.base;
			const size = (p as {size?: unknown})?.size;
			if (base !== undefined && typeof base !== 'string') return {ok: false, error: `${PREFIX}json: cannot unmarshal ${goKind(base)} into Go struct field Config.CommonConfig.NetworkConfig.default-address-pools.base of type string`};
			if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size))) return {ok: false, error: `${PREFIX}json: cannot unmarshal ${goKind(size)} into Go struct field Config.CommonConfig.NetworkConfig.default-address-pools.size of type int`};
			// `dockerd --validate` accepts a base that is no CIDR (measured); such a pool hands out nothing here.
			if (typeof base !== 'string' || !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(base)) continue;
			config.addressPools.push({base, size: (size as number | undefined) ?? 0});
		}
	}
	if (raw['bip'] !== undefined) {
		if (typeof raw['bip'] !== 'string') return {ok: false, error: `${PREFIX}json: cannot unmarshal ${goKind(raw['bip'])} into Go struct field Config.CommonConfig.BridgeConfig.DefaultBridgeConfig.bip of type string`};
		config.bip = raw['bip'];
	}
	return {ok: true, config};
}

function goKind(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	if (typeof v === 'object') return 'object';
	return typeof v === 'boolean' ? 'bool' : typeof v;
}

const MAX_DEPTH = 10_000;

/** The deepest nesting of [ and { outside strings. */
function nestingDepth(text: string): number {
	let depth = 0;
	let max = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '[' || c === '{') max = Math.max(max, ++depth);
		else if (c === ']' || c === '}') depth--;
	}
	return max;
}

/** Go's quoteChar: the offending byte as encoding/json names it. */
function quoteChar(c: string): string {
	if (c === "'") return `'\\''`;
	if (c === '"') return `'"'`;
	const q = JSON.stringify(c);
	return `'${q.slice(1, -1)}'`;
}

/**
 * The first syntax error encoding/json's scanner reports, in its words, or undefined for valid
 * JSON. Iterative, with its own stack of open objects and arrays, so depth costs no call stack.
 */
export function goJsonSyntaxError(text: string): string | undefined {
	// Go's decoder stops at 10,000 levels.
	if (nestingDepth(text) > MAX_DEPTH) return 'exceeded max depth';
	let i = 0;
	const n = text.length;
	const ws = () => {
		while (i < n && ' \t\r\n'.includes(text[i]!)) i++;
	};
	const bad = (context: string) => `invalid character ${quoteChar(text[i]!)} ${context}`;
	const END = 'unexpected end of JSON input';
	const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
	const string = (): string | undefined => {
		i++;
		for (;;) {
			if (i >= n) return END;
			const c = text[i]!;
			if (c === '"') return void i++;
			if (c < ' ') return bad('in string literal');
			if (c === '\\') {
				i++;
				if (i >= n) return END;
				if (text[i] === 'u') {
					for (let k = 0; k < 4; k++) {
						i++;
						if (i >= n) return END;
						if (!/[0-9a-fA-F]/.test(text[i]!)) return bad('in \\u hexadecimal character escape');
					}
				} else if (!'"\\/bfnrt'.includes(text[i]!)) return bad('in string escape code');
			}
			i++;
		}
	};
	const number = (): string | undefined => {
		if (text[i] === '-') {
			i++;
			if (i >= n) return END;
			if (!isDigit(text[i])) return bad('in numeric literal');
		}
		if (text[i] === '0') i++;
		else while (isDigit(text[i])) i++;
		if (text[i] === '.') {
			i++;
			if (i >= n) return END;
			if (!isDigit(text[i])) return bad('after decimal point in numeric literal');
			while (isDigit(text[i])) i++;
		}
		if (text[i] === 'e' || text[i] === 'E') {
			i++;
			if (text[i] === '+' || text[i] === '-') i++;
			if (i >= n) return END;
			if (!isDigit(text[i])) return bad('in exponent of numeric literal');
			while (isDigit(text[i])) i++;
		}
		return undefined;
	};
	const literal = (word: string): string | undefined => {
		for (let k = 1; k < word.length; k++) {
			i++;
			if (i >= n) return END;
			if (text[i] !== word[k]) return bad(`in literal ${word} (expecting ${quoteChar(word[k]!)})`);
		}
		i++;
		return undefined;
	};
	const stack: ('object' | 'array')[] = [];
	let want: 'value' | 'key' | 'after' = 'value';
	for (;;) {
		ws();
		if (want === 'after' && stack.length === 0) return i < n ? bad('after top-level value') : undefined;
		if (i >= n) return END;
		const c = text[i]!;
		if (want === 'key') {
			if (c !== '"') return bad('looking for beginning of object key string');
			const e = string();
			if (e) return e;
			ws();
			if (i >= n) return END;
			if (text[i] !== ':') return bad('after object key');
			i++;
			want = 'value';
			continue;
		}
		if (want === 'after') {
			const top = stack.at(-1)!;
			if (c === (top === 'object' ? '}' : ']')) {
				stack.pop();
				i++;
			} else if (c === ',') {
				i++;
				want = top === 'object' ? 'key' : 'value';
			} else return bad(top === 'object' ? 'after object key:value pair' : 'after array element');
			continue;
		}
		if (c === '{' || c === '[') {
			i++;
			ws();
			if (text[i] === (c === '{' ? '}' : ']')) {
				i++;
				want = 'after';
			} else {
				stack.push(c === '{' ? 'object' : 'array');
				want = c === '{' ? 'key' : 'value';
			}
			continue;
		}
		let e: string | undefined;
		if (c === '"') e = string();
		else if (c === '-' || isDigit(c)) e = number();
		else if (c === 't' || c === 'f' || c === 'n') e = literal(c === 't' ? 'true' : c === 'f' ? 'false' : 'null');
		else return bad('looking for beginning of value');
		if (e) return e;
		want = 'after';
	}
}

/** The subnets a pool list hands out, in order: each base split into /size blocks (a pool without size gives its base). */
export function* poolSubnets(pools: readonly AddressPool[]): Generator<string> {
	for (const pool of pools) {
		const [ip, bitsText] = pool.base.split('/') as [string, string];
		const bits = Number(bitsText);
		const size = pool.size > 0 ? pool.size : bits;
		const parts = ip.split('.').map(Number);
		const base = (((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0) & (bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0);
		if (size < bits || size > 32) continue;
		const count = 2 ** (size - bits);
		const step = 2 ** (32 - size);
		for (let k = 0; k < count; k++) {
			const n = (base + k * step) >>> 0;
			yield `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${size}`;
		}
	}
}
