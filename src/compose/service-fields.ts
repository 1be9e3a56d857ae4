// The service keys that feed the engine beyond the basics: depends_on conditions, extra_hosts,
// healthcheck, profiles, with compose-go v2's normalisation and error texts (measured on 2.26.1,
// test/fidelity/NOTES.md "62-compose-cli").
import {ComposeError, EXIT_INVALID_PROJECT, type DependsCondition, type ServiceDependency, type ServiceHealthcheck} from './model.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const CONDITIONS: readonly DependsCondition[] = ['service_started', 'service_healthy', 'service_completed_successfully'];

export function dependenciesOf(file: string, service: string, v: unknown): ServiceDependency[] {
	if (Array.isArray(v)) return v.map((d) => ({service: String(d), condition: 'service_started', required: true}));
	if (!isObj(v)) return [];
	return Object.entries(v).map(([dep, cfg]) => {
		const c = isObj(cfg) ? cfg : {};
		const condition = c.condition === undefined ? 'service_started' : String(c.condition);
		if (!(CONDITIONS as readonly string[]).includes(condition)) {
			const where = `services.${service}.depends_on.${dep}.condition`;
			throw new ComposeError(`validating ${file}: ${where} ${where} must be one of the following: ${CONDITIONS.map((x) => `"${x}"`).join(', ')}`, EXIT_INVALID_PROJECT);
		}
		return {service: dep, condition: condition as DependsCondition, required: c.required !== false};
	});
}

/** `- "host:ip"`, `- "host=ip"` or a map `host: ip`; stored as the engine takes --add-host. */
export function extraHostsOf(service: string, v: unknown): string[] {
	const entries: [string, string][] = [];
	if (Array.isArray(v)) {
		for (const e of v.map(String)) {
			const eq = e.indexOf('=');
			const cut = eq !== -1 ? eq : e.indexOf(':');
			if (cut <= 0) throw new ComposeError(`decoding failed due to the following error(s):\n\nerror decoding 'services[${service}].extra_hosts': invalid additional host, missing IP: ${e}`, EXIT_INVALID_PROJECT);
			entries.push([e.slice(0, cut), e.slice(cut + 1)]);
		}
	} else if (isObj(v)) {
		for (const [host, ip] of Object.entries(v)) entries.push([host, String(ip)]);
	}
	return entries.map(([host, ip]) => `${host}:${ip.replace(/^\[(.*)\]$/, '$1')}`);
}

const UNITS: Readonly<Record<string, number>> = {ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000};

/** A Go duration (`1m30s`, `500ms`) in ms. */
export function parseDuration(field: string, v: unknown): number {
	const text = String(v);
	const parts = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(text) ? text.match(/\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h)/g) ?? [] : undefined;
	if (!parts) throw new ComposeError(`${field}: time: invalid duration "${text}"`, EXIT_INVALID_PROJECT);
	return parts.reduce((ms, p) => {
		const m = /^(\d+(?:\.\d+)?)(.*)$/.exec(p)!;
		return ms + Number(m[1]) * UNITS[m[2]];
	}, 0);
}

/** time.Duration.String() for whole milliseconds: 1s, 1.5s, 1m30s, 500ms. */
export function goDuration(ms: number): string {
	if (ms === 0) return '0s';
	if (ms < 1000) return `${ms}ms`;
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor((ms % 3_600_000) / 60_000);
	const s = (ms % 60_000) / 1000;
	return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${Number(s.toFixed(3))}s`;
}

export function healthcheckOf(service: string, v: unknown): ServiceHealthcheck | undefined {
	if (!isObj(v)) return undefined;
	const field = (k: string) => `services.${service}.healthcheck.${k}`;
	let test: string[] = [];
	if (typeof v.test === 'string') test = ['CMD-SHELL', v.test];
	else if (Array.isArray(v.test)) test = v.test.map(String);
	const d = (k: string) => (v[k] === undefined ? undefined : parseDuration(field(k), v[k]));
	const interval = d('interval');
	const timeout = d('timeout');
	const startPeriod = d('start_period');
	const startInterval = d('start_interval');
	return {
		test,
		...(interval !== undefined ? {interval} : {}),
		...(timeout !== undefined ? {timeout} : {}),
		...(startPeriod !== undefined ? {startPeriod} : {}),
		...(startInterval !== undefined ? {startInterval} : {}),
		...(typeof v.retries === 'number' ? {retries: v.retries} : {}),
		...(v.disable === true ? {disable: true} : {}),
	};
}

export function profilesOf(v: unknown): string[] {
	return Array.isArray(v) ? v.map(String) : [];
}
