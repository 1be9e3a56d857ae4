// `TOOL --help` (and the words each tool takes for help: iputils' `ping -h`, `ip help`) for the
// tools whose own code does not answer it, from the measured texts in help-texts.ts/help-gnu.ts.
// The texts are the real programs'; options the simulation does not do are still listed there.
import type {Tool} from '../context.js';
import type {CommandResult} from '../types.js';
import {GNU_HELP} from './help-gnu.js';
import {TOOL_HELP} from './help-texts.js';

/** The help a tool prints for `argv`, or undefined when argv does not ask for it. */
export function toolHelp(name: string, argv: readonly string[], busybox: boolean): CommandResult | undefined {
	const arg = argv[1];
	if (arg === undefined || argv.length > 2) return undefined;
	const key = `${name} ${busybox ? 'busybox' : 'other'} ${arg}`;
	return Object.hasOwn(TOOL_HELP, key) ? TOOL_HELP[key] : Object.hasOwn(GNU_HELP, key) ? GNU_HELP[key] : undefined;
}

/** A tool that answers its help words from the measured texts before doing anything else. */
export function withHelp(name: string, tool: Tool): Tool {
	return (argv, io, ctx) => toolHelp(name, argv, ctx.flavour === 'busybox') ?? tool(argv, io, ctx);
}
