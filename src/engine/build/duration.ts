// Go's time.ParseDuration, as HEALTHCHECK's --interval/--timeout/--start-period/--start-interval read
// their values ("30s", "1m30s", "500ms", "1.5h"), in milliseconds; undefined when Go would refuse it.
const UNITS: Record<string, number> = {ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000};

export function parseGoDuration(text: string): number | undefined {
	if (text === '0') return 0;
	const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
	if (!m) return undefined;
	let total = 0;
	for (const part of text.slice(m[1].length).matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * UNITS[part[2]];
	return m[1] === '-' ? -total : total;
}
