// `docker events --filter` (daemon/events/filter.go) and `--since`/`--until` (the CLI's
// timetypes.GetTimestamp): which logged events a request gets.
import type {DaemonEvent} from '../../../engine/index.js';
import {DurationError, parseGoDuration} from '../duration.js';

/** Filter values by key, as the CLI sends them. */
export type EventFilters = ReadonlyMap<string, readonly string[]>;

/** filters.Args.ExactMatch: no value for the key matches everything. */
function exact(filters: EventFilters, key: string, value: string): boolean {
	const values = filters.get(key);
	return !values || values.includes(value);
}

/** filters.Args.FuzzyMatch: a value may also be a prefix (`container=ev` finds ev-a). */
function fuzzy(filters: EventFilters, key: string, source: string): boolean {
	const values = filters.get(key);
	return !values || values.some((v) => source.startsWith(v));
}

/** fuzzyMatchName: the actor's id or its name attribute, for filters of that object type. */
function byName(filters: EventFilters, key: string, e: DaemonEvent): boolean {
	return fuzzy(filters, key, e.actor) || fuzzy(filters, key, e.attributes.name ?? '');
}

/** filters.Args.MatchKVList on the attributes: `label=k` or `label=k=v`. */
function labels(filters: EventFilters, attrs: Readonly<Record<string, string>>): boolean {
	const values = filters.get('label');
	if (!values) return true;
	return values.every((v) => {
		const eq = v.indexOf('=');
		const key = eq === -1 ? v : v.slice(0, eq);
		if (!Object.hasOwn(attrs, key)) return false;
		return eq === -1 || attrs[key] === v.slice(eq + 1);
	});
}

const stripTag = (ref: string) => ref.replace(/:[^:/]*$/, '');

/** Filter.Include. Keys the daemon does not know are ignored (recorded: `--filter nosuch=1` lists everything). */
export function eventMatches(filters: EventFilters, e: DaemonEvent): boolean {
	// health_status, exec_create and exec_start are matched as prefixes (moby #25798).
	const fuzzyEvent = (filters.get('event') ?? []).some((v) => ['health_status', 'exec_create', 'exec_start'].includes(v));
	if (!(fuzzyEvent ? fuzzy(filters, 'event', e.action) : exact(filters, 'event', e.action))) return false;
	if (!exact(filters, 'type', e.type) || !exact(filters, 'scope', 'local')) return false;
	if (!byName(filters, 'container', e) || !byName(filters, 'network', e)) return false;
	// Objects the simulation never logs events for: a filter on one of them finds nothing.
	for (const key of ['daemon', 'plugin', 'volume', 'node', 'service', 'secret', 'config']) if (filters.has(key)) return false;
	const image = e.attributes.image ?? '';
	if (filters.has('image') && ![e.actor, image, stripTag(e.actor), stripTag(image)].some((v) => filters.get('image')!.includes(v))) return false;
	return labels(filters, e.attributes);
}

export class TimeValueError extends Error {}

/**
 * GetTimestamp: a Go duration before now (sent as whole seconds, so "0s" is now rounded down, as
 * measured), a Unix time (`1700000000.5`), or an RFC 3339 date/time (the simulated host runs in UTC).
 * Returns ms since the epoch.
 */
export function eventTime(value: string, now: number): number {
	if (value !== '0') {
		try {
			return Math.floor((now - parseGoDuration(value)) / 1000) * 1000;
		} catch (e) {
			if (!(e instanceof DurationError)) throw e;
		}
	}
	const date = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d{2}:\d{2})?$/i.exec(value);
	if (date) {
		const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = date;
		const offset = /^z$/i.test(zone) ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
		const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
		if (Number.isFinite(t) && Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31) return t - offset;
	}
	if (value.includes('-')) throw new TimeValueError(`parsing time ${JSON.stringify(value)}: not a date and time the simulation reads (YYYY-MM-DD[THH[:MM[:SS[.frac]]]][Z|±hh:mm])`);
	if (/^\d+(?:\.\d{1,9})?$/.test(value)) return Math.floor(Number(value) * 1000);
	throw new TimeValueError(`failed to parse value as time or duration: ${JSON.stringify(value)}`);
}
