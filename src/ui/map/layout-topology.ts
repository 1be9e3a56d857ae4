import stringWidth from 'string-width';
import {t, type Lang} from '../i18n.js';
import type {TopologyBridge, TopologyHost, TopologyModel} from './topology.js';

/** How a line should be styled; the view maps tones to colours (or ignores them). */
export type MapTone = 'host' | 'network' | 'endpoint' | 'stopped' | 'section' | 'muted';

export interface MapLine {
	text: string;
	tone: MapTone;
}

export interface TopologyLayoutOptions {
	/** Columns available; no line is wider. 80 is the smallest the layout is designed for. */
	width: number;
	ascii?: boolean;
	lang?: Lang;
}

/**
 * A piece of a line. Atomic tokens (addresses, subnets, port mappings) are moved to the next
 * line whole rather than cut; only names may be shortened with an ellipsis.
 */
interface Token {
	text: string;
	atomic: boolean;
	/** Pad to this many columns so the same column lines up across rows. */
	pad?: number;
	/** What goes before the token when it follows another on the same line. */
	sep?: string;
}

interface Glyphs {
	branch: string;
	lastBranch: string;
	item: string;
	lastItem: string;
	pipe: string;
	link: string;
	arrow: string;
	ellipsis: string;
}

const unicodeGlyphs: Glyphs = {
	branch: '├─┬ ',
	lastBranch: '└─┬ ',
	item: '├─ ',
	lastItem: '└─ ',
	pipe: '│',
	link: '──',
	arrow: '─>',
	ellipsis: '…',
};

const asciiGlyphs: Glyphs = {
	branch: '|-+ ',
	lastBranch: '`-+ ',
	item: '|- ',
	lastItem: '`- ',
	pipe: '|',
	link: '--',
	arrow: '->',
	ellipsis: '~',
};

const width = (text: string) => stringWidth(text);

function padEnd(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** Cuts `text` to at most `columns` columns, counting wide (Korean) characters as two. */
export function truncate(text: string, columns: number, ellipsis = '…'): string {
	if (width(text) <= columns) {
		return text;
	}

	if (columns <= 0) {
		return '';
	}

	let out = '';
	for (const char of text) {
		if (width(out + char) > columns - width(ellipsis)) {
			break;
		}

		out += char;
	}

	return out + ellipsis;
}

/**
 * Fills tokens into lines no wider than `maxWidth`: the first line starts with `first`,
 * the following ones with `continuation`.
 */
function flow(first: string, continuation: string, tokens: Token[], maxWidth: number, ellipsis: string): string[] {
	const lines: string[] = [];
	let current = first;
	let fresh = true;

	for (const token of tokens) {
		const text = token.pad === undefined ? token.text : padEnd(token.text, token.pad);
		const sep = fresh ? '' : (token.sep ?? ' ');
		if (width((current + sep + text).trimEnd()) <= maxWidth) {
			current += sep + text;
			fresh = false;
			continue;
		}

		if (!fresh) {
			lines.push(current.trimEnd());
			current = continuation;
		}

		const room = maxWidth - width(current);
		current += token.atomic ? text : truncate(text.trimEnd(), room, ellipsis);
		fresh = false;
	}

	lines.push(current.trimEnd());
	return lines;
}

interface Section {
	header: {tokens: Token[]; tone: MapTone};
	rows: Array<{tokens: Token[]; tone: MapTone; indent?: number}>;
}

function bridgeSection(bridge: TopologyBridge, options: Required<TopologyLayoutOptions>, glyphs: Glyphs): Section {
	const {lang} = options;
	const header: Token[] = [
		{text: bridge.network, atomic: false},
		{text: bridge.device, atomic: true, sep: '  '},
	];
	if (bridge.driver) {
		header.push({text: `[${bridge.driver}]`, atomic: true});
	}

	header.push({text: bridge.subnet, atomic: true, sep: '  '});
	header.push({text: `${t(lang, 'gateway')} ${bridge.gateway}`, atomic: true, sep: '  '});
	if (bridge.internal) {
		header.push({text: `(${t(lang, 'internal')})`, atomic: true, sep: '  '});
	}

	if (!bridge.icc) {
		header.push({text: `(${t(lang, 'iccOff')})`, atomic: true, sep: '  '});
	}

	if (bridge.endpoints.length === 0) {
		return {
			header: {tokens: header, tone: 'network'},
			rows: [{tokens: [{text: `(${t(lang, 'noContainers')})`, atomic: true}], tone: 'muted'}],
		};
	}

	// Columns shared by every row of this bridge, so IPs and ports line up like `docker ps`.
	const nameCap = Math.max(8, Math.floor(options.width / 4));
	const vethColumn = Math.max(...bridge.endpoints.map(endpoint => width(endpoint.veth)));
	const nameColumn = Math.min(nameCap, Math.max(...bridge.endpoints.map(endpoint => width(endpoint.container))));
	const stoppedLabel = `(${t(lang, 'stopped')})`;
	const ipColumn = Math.max(
		...bridge.endpoints.map(endpoint => width(endpoint.ip === '' ? stoppedLabel : endpoint.ip)),
	);

	const rows = bridge.endpoints.map(endpoint => {
		const tokens: Token[] = [
			{text: endpoint.veth, atomic: true, pad: vethColumn},
			{text: glyphs.link, atomic: true},
			{text: truncate(endpoint.container, nameColumn, glyphs.ellipsis), atomic: false, pad: nameColumn},
			{text: endpoint.ip === '' ? stoppedLabel : endpoint.ip, atomic: true, pad: ipColumn},
			...endpoint.ports.map(port => ({text: port, atomic: true, sep: '  '})),
		];
		if (!endpoint.running && endpoint.ip !== '') {
			tokens.push({text: stoppedLabel, atomic: true, sep: '  '});
		}

		// Wrapped ports continue under the container name.
		return {tokens, tone: (endpoint.running ? 'endpoint' : 'stopped') as MapTone, indent: vethColumn + 1 + width(glyphs.link) + 1};
	});

	return {header: {tokens: header, tone: 'network'}, rows};
}

function hostSections(host: TopologyHost, options: Required<TopologyLayoutOptions>, glyphs: Glyphs): Section[] {
	const {lang} = options;
	const stopped = (running: boolean): Token[] =>
		running ? [] : [{text: `(${t(lang, 'stopped')})`, atomic: true, sep: '  '}];
	const sections = host.bridges.map(bridge => bridgeSection(bridge, options, glyphs));

	if (host.hostMode.length > 0) {
		sections.push({
			header: {tokens: [{text: t(lang, 'hostMode'), atomic: false}, {text: host.lanIp, atomic: true, sep: '  '}], tone: 'section'},
			rows: host.hostMode.map(container => ({
				tokens: [
					{text: container.name, atomic: false},
					...container.ports.map(port => ({text: port, atomic: true, sep: '  '})),
					...stopped(container.running),
				],
				tone: container.running ? 'endpoint' : 'stopped',
				indent: 2,
			})),
		});
	}

	if (host.noneMode.length > 0) {
		sections.push({
			header: {tokens: [{text: t(lang, 'noNetwork'), atomic: false}], tone: 'section'},
			rows: host.noneMode.map(container => ({
				tokens: [{text: container.name, atomic: false}, ...stopped(container.running)],
				tone: container.running ? 'endpoint' : 'stopped',
				indent: 2,
			})),
		});
	}

	if (host.shared.length > 0) {
		sections.push({
			header: {tokens: [{text: t(lang, 'sharedNetwork'), atomic: false}], tone: 'section'},
			rows: host.shared.map(container => ({
				tokens: [
					{text: container.name, atomic: false},
					{text: glyphs.arrow, atomic: true},
					{text: container.of, atomic: false},
				],
				tone: 'endpoint',
				indent: 2,
			})),
		});
	}

	return sections;
}

/**
 * Lays the topology out as text lines, a tree per host:
 *
 *     host  192.168.0.10
 *     ├─┬ bridge  docker0  172.17.0.0/16  gw 172.17.0.1
 *     │ └─ veth1a2b3c4 ── web 172.17.0.2  0.0.0.0:8080->80/tcp
 *     └─┬ host mode  192.168.0.10
 *       └─ app  8000/tcp
 *
 * Pure, so it can be tested without Ink and reused by non-interactive output.
 */
export function layoutTopology(model: TopologyModel, options: TopologyLayoutOptions): MapLine[] {
	const resolved: Required<TopologyLayoutOptions> = {ascii: false, lang: 'en', ...options};
	const glyphs = resolved.ascii ? asciiGlyphs : unicodeGlyphs;
	const maxWidth = Math.max(20, resolved.width);
	const lines: MapLine[] = [];

	model.hosts.forEach((host, hostIndex) => {
		if (hostIndex > 0) {
			lines.push({text: '', tone: 'muted'});
		}

		for (const text of flow('', '  ', [{text: host.name, atomic: false}, {text: host.lanIp, atomic: true, sep: '  '}], maxWidth, glyphs.ellipsis)) {
			lines.push({text, tone: 'host'});
		}

		const sections = hostSections(host, resolved, glyphs);
		sections.forEach((section, sectionIndex) => {
			const lastSection = sectionIndex === sections.length - 1;
			const outer = lastSection ? '  ' : `${glyphs.pipe} `;
			const headerFirst = lastSection ? glyphs.lastBranch : glyphs.branch;
			for (const text of flow(headerFirst, `${outer}${glyphs.pipe} `, section.header.tokens, maxWidth, glyphs.ellipsis)) {
				lines.push({text, tone: section.header.tone});
			}

			section.rows.forEach((row, rowIndex) => {
				const lastRow = rowIndex === section.rows.length - 1;
				const first = outer + (lastRow ? glyphs.lastItem : glyphs.item);
				const base = outer + (lastRow ? '   ' : `${glyphs.pipe}  `);
				// Indent continuations under the row's text, unless that leaves too little room.
				const indent = row.indent ?? 0;
				const continuation = width(base) + indent <= maxWidth - 24 ? base + ' '.repeat(indent) : base + '  ';
				for (const text of flow(first, continuation, row.tokens, maxWidth, glyphs.ellipsis)) {
					lines.push({text, tone: row.tone});
				}
			});
		});
	});

	return lines;
}
