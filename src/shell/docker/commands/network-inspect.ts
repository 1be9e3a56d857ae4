// `docker network inspect`: CLI 28.2 (cli/command/network/inspect.go, cli/command/inspect) over
// daemon 26.1's lookup (api/server/router/network getNetwork: full id, name, then id prefix).
import {EngineError, type Network, type World} from '../../../engine/index.js';
import {dockerInspectExitCode, dockerTemplateError, parseInspectTemplate, renderInspectObject, TemplateError, type InspectTemplate} from '../../template/index.js';
import type {DockerCommand} from '../command.js';
import {flagString} from '../flags.js';
import {networkJson} from '../views/network-json.js';
import {listedNetworks} from './network-ls.js';

/** The router's lookup for GET /networks/{id}; errors carry the daemon's text. */
export function inspectLookup(world: World, hostName: string, term: string): Network {
	const all = listedNetworks(world, hostName);
	const byId = all.find((n) => n.id === term);
	if (byId) return byId;
	const byName = all.filter((n) => n.name === term);
	if (byName.length === 1) return byName[0];
	if (byName.length > 1) throw new EngineError(`${byName.length} matches found based on name: network ${term} is ambiguous`, 'ambiguous');
	const byPrefix = term === '' ? [] : all.filter((n) => n.id.startsWith(term));
	if (byPrefix.length === 1) return byPrefix[0];
	if (byPrefix.length > 1) throw new EngineError(`${byPrefix.length} matches found based on ID prefix: network ${term} is ambiguous`, 'ambiguous');
	throw new EngineError(`network ${term} not found`, 'notFound');
}

export const networkInspectCommand: DockerCommand = {
	spec: {
		path: 'docker network inspect',
		usage: 'docker network inspect [OPTIONS] NETWORK [NETWORK...]',
		description: 'Display detailed information on one or more networks',
		flags: [
			{long: 'format', short: 'f', type: 'string', description: 'Format output using a custom template:'},
			{long: 'verbose', short: 'v', type: 'bool', description: 'Verbose output for diagnostics'},
		],
		args: {kind: 'min', n: 1},
	},
	run(parsed, _io, ctx) {
		const hostName = ctx.location.host;
		const format = flagString(parsed.flags, 'format') ?? '';
		let tmpl: InspectTemplate | undefined;
		// inspect.NewTemplateInspectorFromString: "" and "json" mean the indented JSON array.
		if (format !== '' && format !== 'json') {
			try {
				tmpl = parseInspectTemplate(format);
			} catch (e) {
				if (e instanceof TemplateError) return {stdout: '', stderr: `${dockerTemplateError(e)}\n`, exitCode: dockerInspectExitCode(e)};
				throw e;
			}
		}
		const objects: object[] = [];
		const rendered: string[] = [];
		const errors: string[] = [];
		for (const ref of parsed.args) {
			let network: Network;
			try {
				network = inspectLookup(ctx.world, hostName, ref);
			} catch (e) {
				if (e instanceof EngineError) {
					errors.push(`Error response from daemon: ${e.message}`);
					continue;
				}
				throw e;
			}
			// The CLI gets the raw JSON: round-trip it so templates see what the daemon sent.
			const object = JSON.parse(JSON.stringify(networkJson(ctx.world, hostName, network))) as object;
			if (!tmpl) {
				objects.push(object);
				continue;
			}
			try {
				rendered.push(`${renderInspectObject(tmpl, object)}\n`);
			} catch (e) {
				if (e instanceof TemplateError) {
					errors.push(dockerTemplateError(e));
					continue;
				}
				throw e;
			}
		}
		let stdout: string;
		if (tmpl) stdout = rendered.length > 0 ? rendered.join('') : '\n';
		else stdout = objects.length > 0 ? `${format === 'json' ? JSON.stringify(objects) : JSON.stringify(objects, null, 4)}\n` : '[]\n';
		if (errors.length > 0) return {stdout, stderr: `${errors.join('\n')}\n`, exitCode: 1};
		return {stdout, stderr: '', exitCode: 0};
	},
};
