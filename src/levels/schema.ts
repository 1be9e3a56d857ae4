// The level file format (docs/LEVEL-FORMAT.md) as a zod schema, and the
// TypeScript types the rest of the game reads. The types are written out by hand
// because they are the contract; a compile-time check at the bottom keeps the
// schema's output in step with them.
//
// Error wording: a schema gives its own message only where the generic one
// (issue-messages.ts) would be vague ("expected a positive whole number" beats
// "expected a number > 0"). A message function returns undefined for a missing
// key so that the loader reports it as "missing required key".
import {z} from 'zod';
import {ENGINE_VERSIONS, type Level, type PackFile} from './schema-types.js';
import {expected, id, localText} from './schema-parts.js';
import {world} from './schema-world.js';
import {goals} from './schema-goals.js';

export * from './schema-types.js';
export {ID_PATTERN} from './schema-parts.js';
export {DEFAULT_HOSTS} from './schema-world.js';


export const levelSchema = z.strictObject({
	id,
	title: localText,
	briefing: localText,
	par: z.int({error: expected('a positive whole number (the fewest commands that solve the level)')}).min(1, {
		error: expected('a positive whole number (the fewest commands that solve the level)'),
	}),
	world: world.default(() => world.parse({})),
	goals,
	hints: z
		.array(localText, {error: expected('a list of hints')})
		.min(1, {error: 'a level needs 1 to 5 hints'})
		.max(5, {error: (issue) => `a level has at most 5 hints, got ${(issue.input as unknown[]).length}`}),
	takeaway: localText.optional(),
	'time-limit': z.int({error: expected('a number of seconds from 10 to 86400')}).min(10, {error: expected('a number of seconds from 10 to 86400')}).max(86400, {error: expected('a number of seconds from 10 to 86400')}).optional(),
	engine: z.enum(ENGINE_VERSIONS, {error: expected(`the Docker version the level relies on: ${ENGINE_VERSIONS.map((v) => `"${v}"`).join(' or ')} (quote it)`)}).optional(),
	solution: z
		.array(z.string({error: expected('a command line')}).min(1, {error: 'must not be empty'}), {error: expected('a list of commands')})
		.min(1, {error: 'the reference solution needs at least one command'}),
});

export const packFileSchema = z.strictObject({
	id: id.optional(),
	title: localText.optional(),
	order: z.number({error: expected('a number')}).optional(),
});

// The schema's output must fit the hand-written contract above. One way only: the
// schema's LocalText map is `{en: string; [lang]: string}`, which fits the contract's
// looser `ko?: string` but not the reverse.
type Fits<A, B> = [A] extends [B] ? true : false;
const levelFits: Fits<z.output<typeof levelSchema>, Level> = true;
const packFits: Fits<z.output<typeof packFileSchema>, PackFile> = true;
void levelFits;
void packFits;
