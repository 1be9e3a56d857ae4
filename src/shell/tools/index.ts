// The programs a player runs on the host or inside a container (besides docker and the text filters).
import type {Tool} from '../context.js';

export const tools: Record<string, Tool> = {};
