// `trace curl|wget|ping|nc ...` (a game command, not a shell program): runs the same probe the
// tool would and hands back the probe's result, hops and all. The game renders it in the
// player's language (src/game/trace/).
import type {ProbeResult} from '../../engine/index.js';
import type {ToolContext} from '../context.js';
import {curlProbe} from './curl.js';
import {wgetProbe} from './wget.js';
import {pingProbe} from './ping.js';
import {ncProbe} from './nc.js';

export type Traced =
	| {readonly result: ProbeResult; readonly target: string; readonly port?: number}
	/** The tool's own error (a bad URL, a missing host), as it would print it. */
	| {readonly error: string}
	/** Not a command trace can follow. */
	| {readonly unsupported: true};

export function traceProbe(argv: string[], ctx: ToolContext): Traced {
	const tool = (argv[0] ?? '').replace(/^.*\//, '');
	let probed: {result: ProbeResult; port?: number; target: string} | {error: string};
	if (tool === 'curl') probed = curlProbe(argv, ctx);
	else if (tool === 'wget') probed = wgetProbe(argv, ctx);
	else if (tool === 'ping') probed = pingProbe(argv, ctx);
	else if (tool === 'nc') probed = ncProbe(argv, ctx);
	else return {unsupported: true};
	if ('error' in probed) return {error: probed.error.startsWith('trace') ? probed.error : `trace: ${probed.error}`};
	return probed;
}
