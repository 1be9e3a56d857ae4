// Limits a level file must keep before the YAML composer, the schema or any other recursive code
// sees it (issue 12): a file of 3,000 `- ` or 2,000 nested maps would otherwise overflow the stack,
// and an alias bomb or a 10 MB briefing would take seconds and gigabytes. yaml's CST parser is
// iterative (it keeps its own stack), so it can measure nesting safely; the walk here is iterative too.
import {CST, Lexer, Parser} from 'yaml';

export const YAML_LIMITS = {
	/** Bytes in one level or pack file: the biggest built-in level is 7 KB. */
	maxBytes: 1024 * 1024,
	/** Nested collections (maps, lists): a level needs about 6. */
	maxDepth: 64,
	/** Alias nodes (*name) written in a file, and values aliases may expand to (yaml's maxAliasCount). */
	maxAliases: 100,
	/**
	 * Lexer tokens (keys, values, dashes, brackets, line breaks): the biggest built-in level has 643.
	 * yaml takes about 10 µs a token to compose, so a 1 MB list of 250,000 items would take 3 s.
	 */
	maxTokens: 50_000,
	/** Keys in one map: yaml's unique-key check is quadratic in them. */
	maxMapKeys: 1000,
} as const;

export interface LimitProblem {
	/** Offset into the text where the limit is passed. */
	offset: number;
	message: string;
}

type Item = {start: CST.SourceToken[]; key?: CST.Token | null; sep?: CST.SourceToken[]; value?: CST.Token};

function itemsOf(token: CST.Token): Item[] | undefined {
	if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') return token.items as Item[];
	return undefined;
}

export interface YamlScan {
	/** The first limit the text passes. */
	problem?: LimitProblem;
	/** Where the first alias is, to point at when aliases expand to too much later. */
	firstAlias?: number;
}

export const tooBigMessage = (maxBytes: number = YAML_LIMITS.maxBytes) =>
	`this file is over ${maxBytes / 1024 / 1024} MB; a ${maxBytes === YAML_LIMITS.maxBytes ? 'level' : 'pack'} file may be at most that big`;

/** The first nesting or alias limit the text passes, found on yaml's CST with an explicit stack. */
export function scanYaml(text: string, maxBytes: number = YAML_LIMITS.maxBytes): YamlScan {
	if (text.length > maxBytes) return {problem: {offset: maxBytes, message: tooBigMessage(maxBytes)}};
	// The lexer is fast and lazy: stop at the limit, before the parser builds anything.
	let tokens = 0;
	let offset = 0;
	for (const token of new Lexer().lex(text)) {
		if (++tokens > YAML_LIMITS.maxTokens) {
			return {problem: {offset, message: `more than ${YAML_LIMITS.maxTokens} YAML elements (keys, values, dashes, brackets) in one file; a level needs a few hundred`}};
		}
		// DOCUMENT, SCALAR and FLOW_END are the lexer's markers, not text from the file.
		if (token !== CST.DOCUMENT && token !== CST.SCALAR && token !== CST.FLOW_END) offset += token.length;
	}
	let aliases = 0;
	let firstAlias: number | undefined;
	for (const top of new Parser().parse(text)) {
		const stack: {token: CST.Token; depth: number}[] = [];
		if (top.type === 'document' && top.value) stack.push({token: top.value, depth: 0});
		while (stack.length > 0) {
			const {token, depth} = stack.pop() as {token: CST.Token; depth: number};
			if (token.type === 'alias') {
				firstAlias = Math.min(firstAlias ?? token.offset, token.offset);
				if (++aliases > YAML_LIMITS.maxAliases) return {problem: {offset: token.offset, message: `more than ${YAML_LIMITS.maxAliases} aliases (*name) in one file`}};
			}
			const items = itemsOf(token);
			if (!items) continue;
			const isMap = token.type === 'block-map' || (token.type === 'flow-collection' && token.start.source === '{');
			if (isMap && items.length > YAML_LIMITS.maxMapKeys) {
				const at = (items[YAML_LIMITS.maxMapKeys].key ?? items[YAML_LIMITS.maxMapKeys].start[0]) as {offset?: number} | undefined;
				return {problem: {offset: at?.offset ?? token.offset, message: `a map with more than ${YAML_LIMITS.maxMapKeys} keys`}, firstAlias};
			}
			if (depth + 1 > YAML_LIMITS.maxDepth) {
				return {problem: {offset: token.offset, message: `lists and maps nested more than ${YAML_LIMITS.maxDepth} deep`}, firstAlias};
			}
			for (const item of items) {
				if (item.key) stack.push({token: item.key, depth: depth + 1});
				if (item.value) stack.push({token: item.value, depth: depth + 1});
			}
		}
	}
	return {firstAlias};
}

/** Byte offset of the first byte that is not UTF-8, or undefined when the bytes are UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		// Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
		const second = bytes[i + 1];
		if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
		i += need + 1;
	}
	return undefined;
}
