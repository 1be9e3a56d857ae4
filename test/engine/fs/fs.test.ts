// The pure file system: each operation against the errno Linux gives for the same case.
import {describe, expect, it} from 'vitest';
import {copy, dirName, baseName, linkCount, listDir, lookup, mkdir, mkdirParents, newDir, readFile, readFlat, remove, rename, rmdir, setMeta, sizeOf, strerror, touch, utf8Length, walk, writeFile, writeFlat, type DirNode, type FsResult} from '../../../src/engine/fs/index.js';

const T0 = 1_000;
const o = {now: 2_000};
const player = {uid: 1000, gid: 1000};

function get<T>(r: FsResult<T>): T {
	if (!r.ok) throw new Error(`expected ok, got ${r.errno}`);
	return r.value;
}
const errno = <T>(r: FsResult<T>): string => (r.ok ? 'ok' : r.errno);

/** / (root's), /tmp (sticky, world-writable), /home/player (the player's). */
function base(): DirNode {
	let root = newDir({now: T0});
	root = get(mkdir(root, '/tmp', {now: T0, mode: 0o1777}));
	root = get(mkdir(root, '/home', {now: T0}));
	root = get(mkdir(root, '/home/player', {now: T0}));
	root = get(setMeta(root, '/home/player', player));
	return root;
}

describe('paths', () => {
	it('names the last component and its directory as basename/dirname do', () => {
		expect(baseName('/a/b/')).toBe('b');
		expect(baseName('/')).toBe('/');
		expect(dirName('a')).toBe('.');
		expect(dirName('/a')).toBe('/');
		expect(dirName('a/b//')).toBe('a');
	});
	it('resolves `..` against the tree, so a missing directory before it fails', () => {
		const root = get(writeFile(base(), '/home/player/f', 'x', o));
		expect(get(readFile(root, '/home/player/../player/./f'))).toBe('x');
		expect(errno(readFile(root, '/home/player/nosuch/../f'))).toBe('ENOENT');
		expect(errno(readFile(root, '/home/player/f/'))).toBe('ENOTDIR');
		expect(errno(readFile(root, '/home/player/f/x'))).toBe('ENOTDIR');
		expect(get(walk(root, '/../..')).names).toEqual([]);
	});
	it('treats __proto__ and toString as ordinary names', () => {
		const root = get(writeFile(base(), '/tmp/__proto__', 'p', o));
		expect(get(readFile(root, '/tmp/__proto__'))).toBe('p');
		expect(errno(readFile(root, '/tmp/toString'))).toBe('ENOENT');
		expect(get(listDir(root, '/tmp')).map(([n]) => n)).toEqual(['__proto__']);
	});
});

describe('files', () => {
	it('creates, truncates and appends; a directory is EISDIR', () => {
		let root = get(writeFile(base(), '/tmp/a', 'one\n', o));
		root = get(writeFile(root, '/tmp/a', 'two\n', {...o, append: true}));
		expect(get(readFile(root, '/tmp/a'))).toBe('one\ntwo\n');
		root = get(writeFile(root, '/tmp/a', '', o));
		expect(get(readFile(root, '/tmp/a'))).toBe('');
		expect(errno(writeFile(root, '/tmp', 'x', o))).toBe('EISDIR');
		expect(errno(writeFile(root, '/tmp/new/', 'x', o))).toBe('EISDIR');
		expect(errno(writeFile(root, '/nosuch/a', 'x', o))).toBe('ENOENT');
		expect(errno(readFile(root, '/tmp'))).toBe('EISDIR');
	});
	it('never changes the tree it was given (structural sharing)', () => {
		const before = base();
		const after = get(writeFile(before, '/home/player/f', 'x', o));
		expect(errno(readFile(before, '/home/player/f'))).toBe('ENOENT');
		expect(after.entries.tmp).toBe(before.entries.tmp);
	});
	it('keeps mode, owner and mtime; size is UTF-8 bytes', () => {
		const root = get(writeFile(base(), '/home/player/é', 'héllo', {now: 5_000, cred: player}));
		const node = get(lookup(root, '/home/player/é'));
		expect(node).toMatchObject({kind: 'file', mode: 0o644, uid: 1000, gid: 1000, mtime: 5_000});
		expect(sizeOf(node)).toBe(6);
		expect(utf8Length('😀')).toBe(4);
		// Adding an entry moves the directory's mtime.
		expect(get(lookup(root, '/home/player')).mtime).toBe(5_000);
		expect(linkCount(get(lookup(root, '/home')))).toBe(3);
	});
	it('touch creates an empty file or moves the time of an existing one', () => {
		let root = get(touch(base(), '/tmp/t', {now: 3_000}));
		expect(get(readFile(root, '/tmp/t'))).toBe('');
		root = get(writeFile(root, '/tmp/t', 'keep', o));
		root = get(touch(root, '/tmp/t', {now: 9_000}));
		expect(get(lookup(root, '/tmp/t'))).toMatchObject({content: 'keep', mtime: 9_000});
		expect(errno(touch(root, '/tmp/no/t', o))).toBe('ENOENT');
	});
});

describe('permissions', () => {
	it('lets the player write at home and in /tmp but not in /', () => {
		const root = base();
		expect(errno(writeFile(root, '/etc', 'x', {...o, cred: player}))).toBe('EACCES');
		expect(errno(mkdir(root, '/opt', {...o, cred: player}))).toBe('EACCES');
		expect(errno(writeFile(root, '/home/player/f', 'x', {...o, cred: player}))).toBe('ok');
		expect(errno(writeFile(root, '/tmp/f', 'x', {...o, cred: player}))).toBe('ok');
	});
	it('honours the sticky bit of /tmp', () => {
		const root = get(writeFile(base(), '/tmp/roots', 'x', o));
		expect(errno(remove(root, '/tmp/roots', {...o, cred: player}))).toBe('EACCES');
		expect(errno(remove(root, '/tmp/roots', o))).toBe('ok');
	});
	it('refuses reading a file without the read bit', () => {
		const root = get(writeFile(base(), '/tmp/secret', 'x', {...o, mode: 0o600}));
		expect(errno(readFile(root, '/tmp/secret', player))).toBe('EACCES');
		expect(get(readFile(root, '/tmp/secret'))).toBe('x');
	});
});

describe('directories', () => {
	it('mkdir fails on an existing name or a missing parent', () => {
		const root = get(mkdir(base(), '/tmp/d', o));
		expect(errno(mkdir(root, '/tmp/d', o))).toBe('EEXIST');
		expect(errno(mkdir(root, '/tmp/x/y', o))).toBe('ENOENT');
		expect(get(lookup(root, '/tmp/d'))).toMatchObject({kind: 'dir', mode: 0o755});
	});
	it('mkdir -p makes each missing directory and names the one that failed', () => {
		let root = base();
		const made = mkdirParents(root, '/home/player', 'a/b/c', {...o, cred: player});
		expect(made.ok).toBe(true);
		if (made.ok) root = made.value;
		expect(get(lookup(root, '/home/player/a/b/c')).kind).toBe('dir');
		expect(mkdirParents(root, '/home/player', 'a/b', o).ok).toBe(true);
		root = get(writeFile(root, '/home/player/f', '', o));
		expect(mkdirParents(root, '/home/player', 'f/b/c', o)).toEqual({ok: false, errno: 'ENOTDIR', at: 'f'});
		expect(mkdirParents(root, '/home/player', 'f', o)).toEqual({ok: false, errno: 'EEXIST', at: 'f'});
		expect(mkdirParents(root, '/', '/etc/x', {...o, cred: player})).toEqual({ok: false, errno: 'EACCES', at: '/etc'});
	});
	it('lists entries in the order they were made', () => {
		let root = get(writeFile(base(), '/tmp/b', '', o));
		root = get(mkdir(root, '/tmp/a', o));
		expect(get(listDir(root, '/tmp')).map(([n, node]) => `${n}:${node.kind}`)).toEqual(['b:file', 'a:dir']);
		expect(errno(listDir(root, '/tmp/b'))).toBe('ENOTDIR');
		expect(errno(listDir(root, '/tmp/c'))).toBe('ENOENT');
	});
	it('rm needs -r for a directory; rmdir only takes empty ones', () => {
		let root = get(mkdir(base(), '/tmp/d', o));
		root = get(writeFile(root, '/tmp/d/f', 'x', o));
		expect(errno(remove(root, '/tmp/d', o))).toBe('EISDIR');
		expect(errno(rmdir(root, '/tmp/d', o))).toBe('ENOTEMPTY');
		expect(errno(rmdir(root, '/tmp/d/f', o))).toBe('ENOTDIR');
		expect(errno(remove(root, '/tmp/nosuch', o))).toBe('ENOENT');
		expect(errno(remove(root, '/', {...o, recursive: true}))).toBe('EBUSY');
		root = get(remove(root, '/tmp/d', {...o, recursive: true}));
		expect(errno(lookup(root, '/tmp/d'))).toBe('ENOENT');
		expect(get(lookup(root, '/tmp')).mtime).toBe(o.now);
	});
});

describe('rename and copy', () => {
	function tree(): DirNode {
		let root = get(mkdir(base(), '/tmp/d', o));
		root = get(writeFile(root, '/tmp/d/f', 'x', o));
		return get(writeFile(root, '/tmp/g', 'g', o));
	}
	it('rename moves a node with its metadata, and refuses a directory into itself', () => {
		let root = tree();
		root = get(rename(root, '/tmp/d', '/tmp/e', {now: 7_000}));
		expect(get(lookup(root, '/tmp/e/f'))).toMatchObject({content: 'x', mtime: o.now});
		expect(errno(lookup(root, '/tmp/d'))).toBe('ENOENT');
		expect(errno(rename(root, '/tmp/e', '/tmp/e/sub', o))).toBe('EINVAL');
		expect(errno(rename(root, '/tmp/g', '/tmp/e', o))).toBe('EISDIR');
		expect(errno(rename(root, '/tmp/e', '/tmp/g', o))).toBe('ENOTDIR');
		expect(errno(rename(root, '/tmp/nosuch', '/tmp/x', o))).toBe('ENOENT');
		root = get(rename(root, '/tmp/g', '/tmp/e/f', o));
		expect(get(readFile(root, '/tmp/e/f'))).toBe('g');
	});
	it('rename onto a non-empty directory is ENOTEMPTY', () => {
		let root = get(mkdir(tree(), '/tmp/e', o));
		expect(errno(rename(root, '/tmp/e', '/tmp/d', o))).toBe('ENOTEMPTY');
		root = get(rename(root, '/tmp/d', '/tmp/e', o));
		expect(get(readFile(root, '/tmp/e/f'))).toBe('x');
	});
	it('copy clones a tree owned by the copier and merges onto an existing directory', () => {
		let root = tree();
		root = get(copy(root, '/tmp/d', '/home/player/d', {now: 8_000, cred: player}));
		expect(get(lookup(root, '/home/player/d/f'))).toMatchObject({content: 'x', uid: 1000, mtime: 8_000});
		root = get(writeFile(root, '/tmp/d/h', 'h', o));
		root = get(copy(root, '/tmp/d', '/home/player/d', o));
		expect(Object.keys(readFlat(root, '/home/player/d')).sort()).toEqual(['f', 'h']);
		expect(errno(copy(root, '/tmp/d', '/tmp/d/inner', o))).toBe('EINVAL');
		expect(errno(copy(root, '/tmp/g', '/tmp/g', o))).toBe('EINVAL');
		expect(errno(copy(root, '/tmp/d', '/tmp/g', o))).toBe('ENOTDIR');
		expect(errno(copy(root, '/tmp/g', '/tmp/d', o))).toBe('EISDIR');
	});
});

describe('flat maps', () => {
	it('writes a level\'s files under a folder and reads them back', () => {
		const files = {'compose.yaml': 'services: {}\n', 'app/main.py': 'print(1)\n', '.env': 'A=1\n'};
		const root = get(writeFlat(base(), '/home/player/app', files, {now: 1, cred: player}));
		expect(readFlat(root, '/home/player/app')).toEqual(files);
		expect(get(lookup(root, '/home/player/app/app'))).toMatchObject({kind: 'dir', uid: 1000, mode: 0o755});
		expect(readFlat(root, '/nosuch')).toEqual({});
	});
	it('words errno as glibc does', () => {
		expect(strerror('ENOENT')).toBe('No such file or directory');
		expect(strerror('ENOTEMPTY')).toBe('Directory not empty');
	});
});
