// `docker build [-t NAME]... [-f FILE] [-q] [--build-arg K=V] PATH`: BuildKit (buildx with the docker
// driver) reads the Dockerfile and the context from the host, runs the build (src/engine/build) and
// tags the image; its plain progress goes to stderr, `-q` prints only the image id.
import {produce} from 'immer';
import {normalizeImageRef, tagImage, type Image, type World} from '../../../engine/index.js';
import {baseOf, DockerfileError, evaluateBuild, filterContext, formatProgress, parseDockerfile, type BuildOutput} from '../../../engine/build/index.js';
import type {DockerCommand} from '../command.js';
import {flagBool, flagList, flagString} from '../flags.js';
import {buildContext, readHostFile} from '../build/context.js';
import {editContainer} from '../../../engine/container-edit.js';

function familiar(ref: string): string {
	return ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

/** What a level's recipe for this tag keeps (its listeners and answer) when the Dockerfile still runs the same command. */
function withRecipe(image: Image, recipe: Image | undefined): Image {
	if (!recipe) return image;
	const same = JSON.stringify([image.entrypoint, image.cmd]) === JSON.stringify([recipe.entrypoint, recipe.cmd]);
	if (!same) return image;
	return {
		...image,
		tools: [...new Set([...image.tools, ...recipe.tools])],
		...(recipe.response !== undefined ? {response: recipe.response} : {}),
		...(recipe.listens ? {listens: recipe.listens} : {}),
	};
}

const VALID_TAG = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/;

export const buildCommand: DockerCommand = {
	spec: {
		path: 'docker build',
		usage: 'docker build [OPTIONS] PATH | URL | -',
		description: 'Build an image from a Dockerfile',
		aliases: [],
		flags: [
			{long: 'build-arg', type: 'list', description: 'Set build-time variables'},
			{long: 'file', short: 'f', type: 'string', description: 'Name of the Dockerfile (default: "PATH/Dockerfile")'},
			{long: 'network', type: 'string', description: 'Set the networking mode for the "RUN" instructions during build', defaultText: '"default"'},
			{long: 'no-cache', type: 'bool', description: 'Do not use cache when building the image'},
			{long: 'progress', type: 'string', description: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', defaultText: '"auto"'},
			{long: 'pull', type: 'bool', description: 'Always attempt to pull all referenced images'},
			{long: 'quiet', short: 'q', type: 'bool', description: 'Suppress the build output and print image ID on success'},
			{long: 'tag', short: 't', type: 'list', description: 'Name and optionally a tag (format: "name:tag")'},
			{long: 'target', type: 'string', description: 'Set the target build stage to build'},
		],
		args: {kind: 'max', n: 1},
	},
	run(parsed, _io, ctx) {
		if (parsed.args.length !== 1) {
			return {stdout: '', stderr: 'ERROR: "docker buildx build" requires exactly 1 argument.\nSee \'docker buildx build --help\'.\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n', exitCode: 1};
		}
		const dir = parsed.args[0];
		const tags = flagList(parsed.flags, 'tag');
		const bad = tags.find((t) => !VALID_TAG.test(t));
		if (bad !== undefined) return {stdout: '', stderr: `ERROR: invalid tag "${bad}": ${/[A-Z]/.test(bad) && VALID_TAG.test(bad.toLowerCase()) ? 'repository name must be lowercase' : 'invalid reference format'}\n`, exitCode: 1};
		const quiet = flagBool(parsed.flags, 'quiet') || flagString(parsed.flags, 'progress') === 'quiet';
		const context = buildContext(ctx.world, ctx.cwd, dir, ctx.location.host);
		if (!context) return {stdout: '', stderr: `ERROR: unable to prepare context: path "${dir}" not found\n`, exitCode: 1};
		const fileFlag = flagString(parsed.flags, 'file');
		const fileName = baseOf(fileFlag ?? 'Dockerfile');
		const text = fileFlag !== undefined ? readHostFile(ctx.world, ctx.cwd, fileFlag, ctx.location.host) : context.Dockerfile;
		const head = '#0 building with "default" instance using docker driver\n\n';
		if (text === undefined) {
			const err = `ERROR: failed to solve: failed to read dockerfile: open ${fileName}: no such file or directory\n`;
			return {stdout: '', stderr: quiet ? err : `${head}#1 [internal] load build definition from ${fileName}\n#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\n${err}`, exitCode: 1};
		}
		const lines = text.split('\n');
		const dockerignore = Object.hasOwn(context, '.dockerignore') ? context['.dockerignore'] : undefined;
		const progressBase = {fileName, dockerfileBytes: Buffer.byteLength(text), lines, names: tags.map(familiar), ...(dockerignore !== undefined ? {dockerignoreBytes: Buffer.byteLength(dockerignore)} : {})};
		const buildArgs: Record<string, string> = {};
		for (const a of flagList(parsed.flags, 'build-arg')) {
			const eq = a.indexOf('=');
			if (eq > 0) buildArgs[a.slice(0, eq)] = a.slice(eq + 1);
		}
		const files = filterContext(context, dockerignore);
		let build: BuildOutput;
		try {
			const target = flagString(parsed.flags, 'target');
			build = evaluateBuild({
				parsed: parseDockerfile(text),
				images: ctx.world.images,
				context: files,
				buildArgs,
				...(target !== undefined ? {target} : {}),
				cache: new Map(flagBool(parsed.flags, 'no-cache') ? [] : Object.entries(ctx.world.buildCache ?? {})),
				now: ctx.world.clock,
			});
		} catch (e) {
			if (!(e instanceof DockerfileError)) throw e;
			const message = e.parse ? `dockerfile parse error on line ${e.startLine ?? 1}: ${e.message}` : e.message;
			return {stdout: '', stderr: formatProgress(progressBase, {parseError: {message, ...(e.startLine !== undefined ? {startLine: e.startLine, endLine: e.endLine} : {})}}, quiet), exitCode: 1};
		}
		const stderr = formatProgress({...progressBase, ...(build.image ? {imageId: build.image.id} : {})}, build, quiet);
		const cache = {...build.cacheKeys, ...(ctx.world.buildCache ?? {})};
		if (!build.image) {
			ctx.setWorld({...ctx.world, buildCache: cache});
			return {stdout: '', stderr, exitCode: 1};
		}
		const made = build.image;
		ctx.setWorld(nextWorld(ctx.world, tags.map(normalizeImageRef), made, build.created ?? ctx.world.clock, cache));
		if (quiet) return {stdout: `sha256:${made.id}\n`, stderr: '', exitCode: 0};
		return {stdout: '', stderr, exitCode: 0};
	},
};

/** The world after the build: each tag moved to the new image (old ones left as <none>), the cache kept. */
function nextWorld(world: World, tags: string[], made: Omit<Image, 'name' | 'created'>, created: number, cache: Record<string, number>): World {
	let images: Record<string, Image> = {...world.images};
	const moves: {from: string; to: string}[] = [];
	const prior = Object.values(world.images).find((i) => i.id === made.id);
	for (const t of tags) {
		const r = tagImage(images, t, withRecipe({...made, name: t, created} as Image, world.recipes?.[t]));
		images = r.images;
		if (r.moved) moves.push(r.moved);
	}
	if (tags.length === 0 && !prior) images[`<none>@sha256:${made.id}`] = {...made, name: '<none>:<none>', created} as Image;
	return produce(world, (draft) => {
		draft.images = images as never;
		draft.buildCache = cache;
		for (const host of Object.values(draft.hosts)) {
			for (const c of host.containers.values()) {
				const m = moves.find((x) => x.from === c.imageKey);
				if (m) editContainer(host, c.id, (d) => void (d.imageKey = m.to));
			}
		}
	});
}
