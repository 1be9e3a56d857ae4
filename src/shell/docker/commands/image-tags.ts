// `docker tag`, `docker rmi` (`docker image rm`) and `docker image prune`: tags point at images; an
// image no tag names is `<none>` (dangling) and prune removes it once no container uses it.
// Texts measured on daemon 26.1 / CLI 28.
import {produce} from 'immer';
import {CATALOG_ALIASES, DANGLING, danglingKey, normalizeImageRef, pruneDanglingImages, tagImage, type Image, type World} from '../../../engine/index.js';
import {editContainer} from '../../../engine/container-edit.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList} from '../flags.js';
import {askFirst, checkPruneFilters, pruneFlags} from '../views/prune-common.js';
import type {CommandResult} from '../../types.js';

const VALID = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/;

/** An image by tag, or by (a prefix of) its id: its key in World.images. */
export function findKey(world: World, ref: string): string | undefined {
	const key = normalizeImageRef(ref);
	if (Object.hasOwn(world.images, key)) return key;
	const id = ref.replace(/^sha256:/, '');
	if (!/^[0-9a-f]{4,64}$/.test(id)) return undefined;
	const keys = Object.keys(world.images).filter((k) => world.images[k].id.startsWith(id) && !CATALOG_ALIASES.has(k));
	return keys[0];
}

function containersUsing(world: World, id: string): {host: string; cid: string; key: string}[] {
	const out: {host: string; cid: string; key: string}[] = [];
	for (const [name, h] of Object.entries(world.hosts)) for (const c of h.containers.values()) if (world.images[c.imageKey]?.id === id) out.push({host: name, cid: c.id, key: c.imageKey});
	return out;
}

/** Moves the containers of a removed tag onto the image's dangling entry. */
function repoint(world: World, from: string, to: string): World {
	return produce(world, (draft) => {
		for (const h of Object.values(draft.hosts)) for (const c of h.containers.values()) if (c.imageKey === from) editContainer(h, c.id, (d) => void (d.imageKey = to));
	});
}

export const tagCommand: DockerCommand = {
	spec: {path: 'docker tag', usage: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', flags: [], args: {kind: 'exact', n: 2}},
	run(parsed, _io, ctx) {
		const [src, dst] = parsed.args;
		const key = findKey(ctx.world, src);
		if (!key) return {stdout: '', stderr: `Error response from daemon: No such image: ${normalizeImageRef(src)}\n`, exitCode: 1};
		if (!VALID.test(dst)) {
			const lower = VALID.test(dst.toLowerCase()) || /[A-Z]/.test(dst) ? `: repository name (library/${dst.replace(/:[^/]*$/, '')}) must be lowercase` : '';
			return {stdout: '', stderr: `Error parsing reference: "${dst}" is not a valid repository/tag: invalid reference format${/[A-Z]/.test(dst) ? lower : ''}\n`, exitCode: 1};
		}
		const target = normalizeImageRef(dst);
		const r = tagImage(ctx.world.images, target, {...ctx.world.images[key], name: target} as Image);
		let world: World = {...ctx.world, images: r.images};
		if (r.moved) world = repoint(world, r.moved.from, r.moved.to);
		ctx.setWorld(world);
		return {stdout: '', stderr: '', exitCode: 0};
	},
};

function removeOne(world: World, ref: string, force: boolean): {world: World; out: string} | {error: string} {
	const key = findKey(world, ref);
	if (!key) return {error: `Error response from daemon: No such image: ${normalizeImageRef(ref)}`};
	const image = world.images[key];
	const byId = !Object.hasOwn(world.images, normalizeImageRef(ref));
	const tags = Object.keys(world.images).filter((k) => world.images[k].id === image.id && world.images[k].name !== DANGLING && !CATALOG_ALIASES.has(k));
	const users = containersUsing(world, image.id);
	const last = tags.length <= 1;
	if (last && users.length > 0 && !force) {
		const what = byId ? `unable to delete ${image.id.slice(0, 12)} (must be forced)` : `unable to remove repository reference "${ref}" (must force)`;
		return {error: `Error response from daemon: conflict: ${what} - container ${users[0].cid.slice(0, 12)} is using its referenced image ${image.id.slice(0, 12)}`};
	}
	const removed = byId ? tags : [key];
	const images = {...world.images};
	let out = '';
	for (const t of removed) {
		delete images[t];
		if (t !== danglingKey(image.id)) out += `Untagged: ${t}\n`;
	}
	let next: World = {...world, images};
	if (last) {
		if (users.length > 0) {
			// Forced while a container uses it: the image stays, dangling.
			images[danglingKey(image.id)] = {...image, name: DANGLING};
			for (const t of removed) next = repoint(next, t, danglingKey(image.id));
		} else {
			delete images[danglingKey(image.id)];
			out += `Deleted: sha256:${image.id}\n`;
		}
	}
	return {world: next, out};
}

export const rmiCommand: DockerCommand = {
	spec: {
		path: 'docker rmi',
		usage: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
		description: 'Remove one or more images',
		flags: [
			{long: 'force', short: 'f', type: 'bool', description: 'Force removal of the image'},
			{long: 'no-prune', type: 'bool', description: 'Do not delete untagged parents'},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		let stdout = '';
		let stderr = '';
		let world = ctx.world;
		for (const ref of parsed.args) {
			const r = removeOne(world, ref, flagBool(parsed.flags, 'force'));
			if ('error' in r) stderr += `${r.error}\n`;
			else {
				world = r.world;
				stdout += r.out;
			}
		}
		ctx.setWorld(world);
		return {stdout, stderr, exitCode: stderr ? 1 : 0};
	},
};

export const imagePruneCommand: DockerCommand = {
	spec: {
		path: 'docker image prune',
		usage: 'docker image prune [OPTIONS]',
		description: 'Remove unused images',
		flags: [
			{long: 'all', short: 'a', type: 'bool', description: 'Remove all unused images, not just dangling ones'},
			...pruneFlags(),
		],
		args: {kind: 'exact', n: 0},
	},
	run(parsed, io, ctx): CommandResult {
		const bad = checkPruneFilters(flagList(parsed.flags, 'filter'), 'docker image prune [OPTIONS]', 'docker image prune', ['dangling']);
		if (bad) return {stdout: '', ...bad};
		// Only `y` answers yes: `yes` cancels (measured on CLI 28.2).
		const question = askFirst(parsed.flags, io.stdin, 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ');
		if (!question.go) return {stdout: question.asked, stderr: '', exitCode: 0};
		const {world, removed} = pruneDanglingImages(ctx.world);
		ctx.setWorld(world);
		const list = removed.length > 0 ? `Deleted Images:\n${removed.map((id) => `deleted: sha256:${id}\n`).join('')}\n` : '';
		return {stdout: `${question.asked}${list}Total reclaimed space: 0B\n`, stderr: '', exitCode: 0};
	},
};
