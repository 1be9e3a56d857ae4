// A tiny XML reader for the JUnit tests: elements, attributes, text; entities decoded. Enough for
// the XML netdojo writes, and strict about what it does not understand (it throws).
export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
}

const decode = (s: string): string =>
	s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
		if (e === 'lt') return '<';
		if (e === 'gt') return '>';
		if (e === 'amp') return '&';
		if (e === 'quot') return '"';
		if (e === 'apos') return "'";
		return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
	});

export function parseXml(source: string): {declaration: string | undefined; root: XmlElement} {
	let rest = source;
	let declaration: string | undefined;
	const decl = /^<\?xml([^?]*)\?>\s*/.exec(rest);
	if (decl) {
		declaration = decl[1]!.trim();
		rest = rest.slice(decl[0].length);
	}
	const stack: XmlElement[] = [];
	let root: XmlElement | undefined;
	const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let m: RegExpExecArray | null;
	let pos = 0;
	while (pos < rest.length) {
		token.lastIndex = pos;
		m = token.exec(rest);
		if (!m) throw new Error(`bad XML at ${pos}: ${JSON.stringify(rest.slice(pos, pos + 40))}`);
		pos = token.lastIndex;
		const [, close, name, attrs, selfClose, text] = m;
		if (text !== undefined) {
			if (text.includes('&') && !/^(?:[^&]|&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/.test(text)) throw new Error(`bad entity in ${JSON.stringify(text)}`);
			if (stack.length > 0) stack.at(-1)!.text += decode(text);
			else if (text.trim() !== '') throw new Error(`text outside the root: ${JSON.stringify(text)}`);
			continue;
		}
		if (close) {
			const open = stack.pop();
			if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
			continue;
		}
		const attributes: Record<string, string> = {};
		for (const a of attrs!.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*"([^"<]*)"/g)) {
			if (a[1]! in attributes) throw new Error(`duplicate attribute ${a[1]}`);
			attributes[a[1]!] = decode(a[2]!);
		}
		const el: XmlElement = {name: name!, attributes, children: [], text: ''};
		if (stack.length > 0) stack.at(-1)!.children.push(el);
		else if (root) throw new Error('two root elements');
		else root = el;
		if (!selfClose) stack.push(el);
	}
	if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
	if (!root) throw new Error('no root element');
	return {declaration, root};
}
