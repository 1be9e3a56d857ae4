// env and pwd.
import type {Tool} from '../context.js';
import {containerOf} from './common.js';

export const env: Tool = (_argv, io, ctx) => {
	const c = containerOf(ctx);
	const vars: Record<string, string> = {};
	if (c) {
		for (const e of c.env) {
			const eq = e.indexOf('=');
			if (eq > 0) vars[e.slice(0, eq)] = e.slice(eq + 1);
		}
	}
	Object.assign(vars, io.env);
	// The terminal marker is the simulation's own bookkeeping, not a variable a program would see.
	delete vars.NETDOJO_TTY;
	if (c) vars.HOSTNAME = c.hostname;
	return {stdout: Object.entries(vars).map(([k, v]) => `${k}=${v}\n`).join(''), stderr: '', exitCode: 0};
};

export const pwd: Tool = (_argv, io, ctx) => {
	const c = containerOf(ctx);
	// In a container: where docker exec started it (-w, else the image's WORKDIR).
	const dir = c ? ctx.cwd : io.env.PWD ?? ctx.cwd;
	return {stdout: `${dir}\n`, stderr: '', exitCode: 0};
};
