// GNU ls's long format (`ls -l`): mode string, link count, owner, group, size, time, name, with
// the numeric columns right-aligned across the listing, and the `total` of 1K blocks.
import {vfs, type FsNode} from '../../../engine/index.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ls shows the year instead of the time for files older than six months (or in the future). */
const SIX_MONTHS = (365.2425 / 2) * 24 * 3600 * 1000;

/** User names for the uids this game uses (/etc/passwd). */
const USERS: Record<number, string> = {0: 'root', 1000: 'player'};
const userName = (id: number): string => USERS[id] ?? String(id);

export function modeString(node: FsNode): string {
	const m = node.mode;
	const bit = (mask: number, c: string) => ((m & mask) !== 0 ? c : '-');
	const exec = (mask: number, special: number, on: string, off: string) => ((m & special) !== 0 ? ((m & mask) !== 0 ? on : off) : bit(mask, 'x'));
	return (
		(node.kind === 'dir' ? 'd' : '-') +
		bit(0o400, 'r') + bit(0o200, 'w') + exec(0o100, 0o4000, 's', 'S') +
		bit(0o040, 'r') + bit(0o020, 'w') + exec(0o010, 0o2000, 's', 'S') +
		bit(0o004, 'r') + bit(0o002, 'w') + exec(0o001, 0o1000, 't', 'T')
	);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `Dec  3 08:39`, or `Dec  3  2025` when far from now. */
export function lsTime(mtime: number, now: number): string {
	const d = new Date(mtime);
	const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')}`;
	const recent = mtime <= now + 60_000 && now - mtime < SIX_MONTHS;
	return recent ? `${day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}` : `${day}  ${d.getUTCFullYear()}`;
}

/** 1K blocks a node takes on ext4 (4K blocks). */
export const blocks = (node: FsNode): number => Math.ceil(vfs.sizeOf(node) / 4096) * 4;

/** The rows of `ls -l` for named nodes, aligned as GNU ls aligns them. */
export function longRows(entries: readonly [string, FsNode][], now: number): string[] {
	const cols = entries.map(([name, node]) => ({
		mode: modeString(node),
		links: String(vfs.linkCount(node)),
		user: userName(node.uid),
		group: userName(node.gid),
		size: String(vfs.sizeOf(node)),
		time: lsTime(node.mtime, now),
		name,
	}));
	const w = (k: 'links' | 'user' | 'group' | 'size') => Math.max(0, ...cols.map((c) => c[k].length));
	const [wl, wu, wg, ws] = [w('links'), w('user'), w('group'), w('size')];
	return cols.map((c) => `${c.mode} ${c.links.padStart(wl)} ${c.user.padEnd(wu)} ${c.group.padEnd(wg)} ${c.size.padStart(ws)} ${c.time} ${c.name}`);
}
