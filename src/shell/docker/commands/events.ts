// `docker events` / `docker system events` (CLI 28 system/events.go): the daemon's event log,
// bounded by --since/--until, filtered, one line per event or --format per event. Real docker
// streams until --until or Ctrl-C; the game's commands end, so without --until it prints what
// happened up to now and says, as a game note, that a real stream would go on waiting.
import {updatedEventLog, type DaemonEvent} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {flagList, flagString} from '../flags.js';
import {hostOf} from '../views/container-common.js';
import {eventMatches, eventTime, TimeValueError} from '../views/event-filters.js';
import {TemplateError} from '../../template/errors.js';
import {execute, parse} from '../../template/render.js';

const USAGE = 'docker events [OPTIONS]';

/** time.Unix(0, TimeNano).Format(RFC3339NanoFixed) in UTC. */
function timestamp(e: DaemonEvent): string {
	const iso = new Date(e.time).toISOString();
	return `${iso.slice(0, 19)}.${iso.slice(20, 23)}${String(e.seq % 1_000_000).padStart(6, '0')}Z`;
}

/** prettyPrintEvent: time, type, action, actor id, then the attributes sorted by key. */
function prettyLine(e: DaemonEvent): string {
	const keys = Object.keys(e.attributes).sort();
	const attrs = keys.length > 0 ? ` (${keys.map((k) => `${k}=${e.attributes[k]}`).join(', ')})` : '';
	return `${timestamp(e)} ${e.type} ${e.action} ${e.actor}${attrs}\n`;
}

/** events.Message as a template sees it; the daemon fills the deprecated Status/ID/From for containers. */
function message(e: DaemonEvent | undefined, maps: WeakSet<object>, actors: WeakSet<object>): object {
	const attributes = {...(e?.attributes ?? {})};
	maps.add(attributes);
	const actor = {ID: e?.actor ?? '', Attributes: attributes};
	actors.add(actor);
	const container = e?.type === 'container';
	return {
		Status: container ? e.action : '',
		ID: container ? e.actor : '',
		From: container ? (e.attributes.image ?? '') : '',
		Type: e?.type ?? '',
		Action: e?.action ?? '',
		Actor: actor,
		Scope: e ? 'local' : '',
		Time: e ? Math.floor(e.time / 1000) : 0,
		TimeNano: e ? e.time * 1_000_000 + (e.seq % 1_000_000) : 0,
	};
}

function render(format: string, events: readonly DaemonEvent[]): {text: string} | {error: string} {
	const source = format.replaceAll('\\t', '\t').replaceAll('\\n', '\n');
	const maps = new WeakSet<object>();
	const actors = new WeakSet<object>();
	const model = {
		isMap: (o: object) => maps.has(o),
		jsonSortsKeys: (o: object) => maps.has(o),
		structTypeName: (o: object) => (actors.has(o) ? 'events.Actor' : '*events.Message'),
	};
	try {
		const parsed = parse(source);
		// The template is tried on an empty message first: a field that does not exist fails at once.
		execute(parsed, source, message(undefined, maps, actors), {missingKey: 'default', model});
		let text = '';
		for (const e of events) text += `${execute(parsed, source, message(e, maps, actors), {missingKey: 'default', model})}\n`;
		return {text};
	} catch (e) {
		if (e instanceof TemplateError) return {error: e.message};
		throw e;
	}
}

export const eventsCommand: DockerCommand = {
	spec: {
		path: 'docker events',
		usage: USAGE,
		description: 'Get real time events from the server',
		flags: [
			{long: 'filter', short: 'f', type: 'list', valueName: 'filter', description: 'Filter output based on conditions provided'},
			{
				long: 'format',
				type: 'string',
				description: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
			},
			{long: 'since', type: 'string', description: 'Show all events created since timestamp'},
			{long: 'until', type: 'string', description: 'Stream events until this timestamp'},
		],
		args: {kind: 'none'},
	},
	run(parsed, _io, ctx) {
		const filters = new Map<string, string[]>();
		for (const raw of flagList(parsed.flags, 'filter')) {
			const eq = raw.indexOf('=');
			if (eq === -1) return {stdout: '', stderr: `invalid argument "${raw}" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  ${USAGE}\n\nRun 'docker events --help' for more information\n`, exitCode: 125};
			const key = raw.slice(0, eq).trim().toLowerCase();
			filters.set(key, [...(filters.get(key) ?? []), raw.slice(eq + 1)]);
		}
		const now = ctx.world.clock;
		let since: number | undefined;
		let until: number | undefined;
		try {
			const s = flagString(parsed.flags, 'since');
			const u = flagString(parsed.flags, 'until');
			if (s !== undefined && s !== '') since = eventTime(s, now);
			if (u !== undefined && u !== '') until = eventTime(u, now);
		} catch (e) {
			if (e instanceof TimeValueError) return {stdout: '', stderr: `${e.message}\n`, exitCode: 1};
			throw e;
		}
		// The daemon replays its log only when since or until is given; otherwise it sends only new events.
		const log = updatedEventLog(ctx.world, hostOf(ctx)).events;
		const past = since === undefined && until === undefined ? [] : log.filter((e) => (since === undefined || e.time >= since) && (until === undefined || e.time <= until));
		const events = past.filter((e) => eventMatches(filters, e));
		const format = flagString(parsed.flags, 'format');
		let stdout = '';
		if (format === undefined || format === '') stdout = events.map(prettyLine).join('');
		else {
			const r = render(format === 'json' ? '{{json .}}' : format, events);
			if ('error' in r) return {stdout: '', stderr: `Error parsing format: ${r.error}\n`, exitCode: 64};
			stdout = r.text;
		}
		// An --until in the future would wait for it; the game cannot wait either.
		const waits = until === undefined || until > now;
		const note = waits
			? 'netdojo: a real `docker events` would now wait for new events (until --until, or Ctrl-C); the game prints what happened up to now and stops here.\n'
			: '';
		return {stdout, stderr: note, exitCode: 0};
	},
};
