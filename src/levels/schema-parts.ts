// Building blocks shared by the level schema's parts: the "expected WHAT, got VALUE" message
// function and the small value schemas (ids, texts, ports, addresses, names).
import {z} from 'zod';
import {describeValue} from './describe-value.js';
import {CONTAINER_NAME} from './probe-endpoints.js';


// Cross-entry checks (duplicate ids) run even when an entry has errors of its own:
// `validate` should list every mistake in one go, not one per run.
export const ALWAYS = {when: () => true};
// A check that one of some keys is present says so in `params: {oneOf}`, so that the
// loader can leave it out when a misspelt key already explains it (issue-messages.ts).
// With ALWAYS, a check may see a value that is not even a map (a goal written as a string).
export const isMap = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A message function: "expected WHAT, got VALUE", or the generic "missing" when there is no value. */
export const expected =
	(what: string) =>
	(issue: {input?: unknown}): string | undefined =>
		issue.input === undefined ? undefined : `expected ${what}, got ${describeValue(issue.input)}`;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ID_WORDS = 'an id of lowercase letters, digits and "-" (like "first-contact")';
export const id = z.string({error: expected(ID_WORDS)}).regex(ID_PATTERN, {error: expected(ID_WORDS)});

const text = z.string().min(1, {error: 'must not be empty'});

const LANG_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
export const localText = z.union(
	[
		text,
		z
			.object({en: text})
			.catchall(z.string())
			.superRefine((map, ctx) => {
				for (const key of Object.keys(map)) {
					if (!LANG_CODE.test(key)) {
						ctx.addIssue({code: 'custom', path: [key], message: `"${key}" is not a language code (like "en" or "ko")`});
					}
				}
			}),
	],
	{error: expected('text: a string or a map of languages like {en: "...", ko: "..."}')},
);

export const bool = z.boolean({error: expected('true or false')});
export const stringList = (what: string) => z.array(z.string({error: expected(what)}), {error: expected(`a list of ${what}s`)});

const PORT_WORDS = 'a port number from 1 to 65535';
export const port = z.int({error: expected(PORT_WORDS)}).min(1, {error: expected(PORT_WORDS)}).max(65535, {error: expected(PORT_WORDS)});

export const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
export const ipv4 = z.string({error: expected('an IPv4 address')}).regex(IPV4, {error: expected('an IPv4 address like 192.168.0.10')});
const CIDR_WORDS = 'a subnet like 172.18.0.0/16';
export const subnet = z
	.string({error: expected(CIDR_WORDS)})
	.refine((value) => {
		const [address, bits, ...rest] = value.split('/');
		return rest.length === 0 && IPV4.test(address ?? '') && /^\d{1,2}$/.test(bits ?? '') && Number(bits) <= 32;
	}, {error: expected(CIDR_WORDS)});

const NAME_WORDS = 'a name of letters, digits, "_", "." and "-"';
export const name = z.string({error: expected(NAME_WORDS)}).regex(CONTAINER_NAME, {error: expected(NAME_WORDS)});

// Docker's image reference, loosely: repo[/path][:tag]. Exactness is the engine's job; this catches typos like spaces.
export const IMAGE_NAME = /^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/;

