// Zod reports where a mistake is as a path into the data (goals, 0, probe, expect);
// an instructor needs a line and a column. This walks the parsed YAML document
// along that path and reads the position of the node it ends on.
import {isMap, isScalar, isSeq, type Document, type LineCounter, type Node} from 'yaml';

export type PathSegment = string | number;

export interface Position {
	line: number;
	column: number;
}

/**
 * Finds the position of a path in a document. `key` asks for the key of the last
 * segment instead of its value (for an unknown key). A path that goes further than
 * the document (a missing key) ends on the deepest node that exists, which is the
 * map the key is missing from.
 */
export type Locate = (path: readonly PathSegment[], options?: {key?: boolean}) => Position;

export function createLocator(doc: Document, lineCounter: LineCounter): Locate {
	const positionOf = (offset: number): Position => {
		const {line, col} = lineCounter.linePos(offset);
		return {line, column: col};
	};
	return (path, options = {}) => {
		let node: Node | null = doc.contents as Node | null;
		let found: Node | null = node;
		for (let i = 0; i < path.length && node; i++) {
			const segment = path[i];
			const last = i === path.length - 1;
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
				if (!pair) break;
				// An empty value (`briefing:`) has no node of its own; its key stands for it.
				const keyNode = pair.key as Node;
				let valueNode = (pair.value as Node | null) ?? null;
				if (isScalar(valueNode) && valueNode.value === null && valueNode.range?.[0] === valueNode.range?.[1]) valueNode = null;
				if (last && options.key) {
					found = keyNode;
					break;
				}
				node = valueNode;
				found = valueNode ?? keyNode;
			} else if (isSeq(node) && typeof segment === 'number') {
				const item = (node.items[segment] as Node | null | undefined) ?? null;
				if (!item) break;
				node = item;
				found = item;
			} else {
				break;
			}
		}
		return found?.range ? positionOf(found.range[0]) : {line: 1, column: 1};
	};
}
