// The tools by name (the programs that get a ToolContext), read off the one program registry
// in ../programs.ts: register a new tool there, not here.
import type {Tool} from '../context.js';
import {PROGRAMS} from '../programs.js';

export const tools: Record<string, Tool> = Object.fromEntries(PROGRAMS.flatMap((p) => (p.run.kind === 'tool' ? [[p.name, p.run.tool]] : [])));
export {traceProbe, type Traced} from './trace.js';
