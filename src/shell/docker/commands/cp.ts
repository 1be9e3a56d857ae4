// `docker cp CONTAINER:SRC DEST` and `docker cp SRC CONTAINER:DEST`: copies a file or a folder between
// the host and a container's own file system (running or not), with the CLI's and daemon's errors
// (measured on CLI 28 / daemon 26: nothing is printed on success when stderr is not a terminal).
import {containerFs, getHost, requireContainer, vfs, withContainerFs, type DirNode, type FsNode, type World} from '../../../engine/index.js';
import type {DockerCommand} from '../command.js';
import {cliError} from '../errors.js';
import {hostOf} from '../views/container-common.js';
import {HOST_CRED, hostTree, saveHostTree} from '../host-tree.js';
import type {CommandResult} from '../../types.js';

/** docker's splitCpArg: an absolute local path has no container; otherwise `NAME:PATH` names one. */
function split(arg: string): {container?: string; path: string} {
	if (arg.startsWith('/') || arg.startsWith('.')) return {path: arg};
	const i = arg.indexOf(':');
	return i > 0 ? {container: arg.slice(0, i), path: arg.slice(i + 1)} : {path: arg};
}

const fail = (text: string): CommandResult => ({stdout: '', stderr: `${text}\n`, exitCode: 1});

/** Where a copy lands: into an existing folder under the source's name, else at the path itself. */
function target(root: DirNode, dest: string, src: FsNode, srcName: string): {path: string} | {error: 'not-dir' | 'no-parent' | 'no-dir' | 'dir-onto-file'; at: string} {
	const clean = vfs.normalize(dest);
	const found = vfs.lookup(root, clean);
	if (found.ok) {
		if (found.value.kind === 'dir') return {path: clean === '/' ? `/${srcName}` : `${clean}/${srcName}`};
		return src.kind === 'dir' ? {error: 'dir-onto-file', at: clean} : {path: clean};
	}
	if (dest.endsWith('/')) return {error: 'no-dir', at: clean};
	const parent = vfs.dirName(clean);
	const p = vfs.lookup(root, parent);
	if (!p.ok) return {error: found.errno === 'ENOTDIR' ? 'not-dir' : 'no-parent', at: parent};
	if (p.value.kind !== 'dir') return {error: 'not-dir', at: parent};
	return {path: clean};
}

function toContainer(world: World, hostName: string, srcPath: string, ref: string, destPath: string, cwd: string, setWorld: (w: World) => void): CommandResult {
	const host = getHost(world, hostName);
	let c;
	try {
		c = requireContainer(host, ref);
	} catch (e) {
		// The CLI stats the destination first: a folder path in an unknown container is "no such directory".
		return destPath.endsWith('/') ? fail('no such directory') : cliError(e);
	}
	const hostRoot = hostTree(world, hostName);
	const abs = vfs.absolute(cwd, srcPath);
	const src = vfs.lookup(hostRoot, abs, HOST_CRED);
	if (!src.ok) return fail(`lstat ${abs}: no such file or directory`);
	const root = containerFs(world, hostName, c.id)!;
	const dest = vfs.absolute('/', destPath);
	const t = target(root, destPath.endsWith('/') ? `${dest}/` : dest, src.value, vfs.baseName(abs));
	if ('error' in t) {
		if (t.error === 'no-dir') return fail('no such directory');
		if (t.error === 'dir-onto-file') return fail('cannot copy directory');
		if (t.error === 'not-dir') return fail('Error response from daemon: extraction point is not a directory');
		return fail(`Error response from daemon: Could not find the file ${t.at} in container ${ref}`);
	}
	const placed = vfs.place(root, t.path, src.value, {now: world.clock});
	if (!placed.ok) return fail(`Error response from daemon: ${vfs.strerror(placed.errno)}`);
	setWorld(withContainerFs(world, hostName, c.id, placed.value));
	return {stdout: '', stderr: '', exitCode: 0};
}

function fromContainer(world: World, hostName: string, ref: string, srcPath: string, destPath: string, cwd: string, setWorld: (w: World) => void): CommandResult {
	const host = getHost(world, hostName);
	let c;
	try {
		c = requireContainer(host, ref);
	} catch (e) {
		return cliError(e);
	}
	const root = containerFs(world, hostName, c.id)!;
	const abs = vfs.absolute('/', srcPath);
	const src = vfs.lookup(root, abs);
	if (!src.ok) return fail(`Error response from daemon: Could not find the file ${abs} in container ${ref}`);
	// `-` writes a tar archive to stdout: not something a terminal game can show.
	if (destPath === '-') return fail('docker cp to - writes a tar archive, which netdojo does not simulate: give a file or folder to copy to');
	const hostRoot = hostTree(world, hostName);
	const dest = vfs.absolute(cwd, destPath);
	const t = target(hostRoot, destPath.endsWith('/') ? `${dest}/` : dest, src.value, vfs.baseName(abs));
	if ('error' in t) {
		if (t.error === 'dir-onto-file') return fail('cannot copy directory');
		return fail(`invalid output path: directory "${t.error === 'no-dir' ? t.at : vfs.dirName(dest)}" does not exist`);
	}
	const placed = vfs.place(hostRoot, t.path, src.value, {now: world.clock, cred: HOST_CRED});
	if (!placed.ok) return fail(`open ${t.path}: ${vfs.strerror(placed.errno).toLowerCase()}`);
	setWorld(saveHostTree(world, hostName, placed.value));
	return {stdout: '', stderr: '', exitCode: 0};
}

export const cpCommand: DockerCommand = {
	spec: {
		path: 'docker cp',
		usage: 'docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
		description: "Copy files/folders between a container and the local filesystem",
		flags: [
			{long: 'archive', short: 'a', type: 'bool', description: 'Archive mode (copy all uid/gid information)'},
			{long: 'follow-link', short: 'L', type: 'bool', description: 'Always follow symbol link in SRC_PATH'},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached'},
		],
		args: {kind: 'exact', n: 2},
	},
	run(parsed, _io, ctx) {
		const [a, b] = parsed.args.map(split);
		if (a.container === undefined && b.container === undefined) return fail('must specify at least one container source');
		if (a.container !== undefined && b.container !== undefined) return fail('copying between containers is not supported');
		const set = (w: World) => ctx.setWorld(w);
		if (a.container !== undefined) return fromContainer(ctx.world, hostOf(ctx), a.container, a.path, b.path, ctx.cwd, set);
		return toContainer(ctx.world, hostOf(ctx), a.path, b.container!, b.path, ctx.cwd, set);
	},
};
