// Go's time.ParseDuration, which pflag's DurationVar uses for `--health-interval 30s`: a sign, then
// one or more decimal numbers each with a unit (ns, us, µs, ms, s, m, h), or a bare "0". Errors
// are Go's texts. The value is returned in milliseconds (fractions kept: 500us is 0.5).

const UNITS: Record<string, number> = {ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000};

export class DurationError extends Error {}

/** Milliseconds, or throws DurationError with Go's message. */
export function parseGoDuration(text: string): number {
	const quoted = JSON.stringify(text);
	const invalid = () => new DurationError(`time: invalid duration ${quoted}`);
	let s = text;
	let sign = 1;
	if (s.startsWith('-') || s.startsWith('+')) {
		if (s[0] === '-') sign = -1;
		s = s.slice(1);
	}
	if (s === '0') return 0;
	if (s === '') throw invalid();
	let total = 0;
	// Each part: digits with an optional fraction, then a unit (letters up to the next digit or dot).
	const part = /^(\d*)(?:\.(\d*))?([^\d.]*)/;
	while (s !== '') {
		const m = part.exec(s);
		if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) throw invalid();
		const unit = m[3];
		if (unit === '') throw new DurationError(`time: missing unit in duration ${quoted}`);
		if (!Object.hasOwn(UNITS, unit)) throw new DurationError(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
		total += Number(`${m[1] || '0'}.${m[2] ?? '0'}`) * UNITS[unit];
		s = s.slice(m[0].length);
	}
	// Go's int64 nanoseconds overflow at about 292 years.
	if (total * 1e6 > 9.223372036854775807e18) throw invalid();
	return sign * total;
}
