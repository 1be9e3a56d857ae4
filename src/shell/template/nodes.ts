/**
 * Parse-tree nodes mirroring text/template/parse/node.go. `pos` is a byte offset into the
 * source; `nodeString` reproduces Node.String(), which Go puts in `executing "" at <...>`.
 */

export interface TextNode {
	kind: 'text';
	pos: number;
	text: string;
}
export interface FieldNode {
	kind: 'field';
	pos: number;
	ident: string[];
}
export interface VariableNode {
	kind: 'variable';
	pos: number;
	ident: string[];
}
export interface ChainNode {
	kind: 'chain';
	pos: number;
	node: Node;
	field: string[];
}
export interface IdentifierNode {
	kind: 'identifier';
	pos: number;
	name: string;
}
export interface DotNode {
	kind: 'dot';
	pos: number;
}
export interface NilNode {
	kind: 'nil';
	pos: number;
}
export interface BoolNode {
	kind: 'bool';
	pos: number;
	value: boolean;
}
export interface NumberNode {
	kind: 'number';
	pos: number;
	text: string;
	isInt: boolean;
	isFloat: boolean;
	/** Set when isInt. */
	int: number;
	/** Set when isFloat. */
	float: number;
}
export interface StringNode {
	kind: 'string';
	pos: number;
	quoted: string;
	text: string;
}
export interface CommandNode {
	kind: 'command';
	pos: number;
	args: Node[];
}
export interface PipeNode {
	kind: 'pipe';
	pos: number;
	line: number;
	isAssign: boolean;
	decl: VariableNode[];
	cmds: CommandNode[];
}
export interface ActionNode {
	kind: 'action';
	pos: number;
	line: number;
	pipe: PipeNode;
}
export interface ListNode {
	kind: 'list';
	pos: number;
	nodes: Node[];
}
export interface BranchNode {
	kind: 'if' | 'range' | 'with';
	pos: number;
	line: number;
	pipe: PipeNode;
	list: ListNode;
	elseList: ListNode | null;
}
export interface TemplateNode {
	kind: 'template';
	pos: number;
	line: number;
	name: string;
	pipe: PipeNode | null;
}
export interface LoopControlNode {
	kind: 'break' | 'continue';
	pos: number;
	line: number;
}
/** Only produced while parsing; never reaches the executor. */
export interface DelimiterNode {
	kind: 'end' | 'else';
	pos: number;
	line: number;
}

export type Node =
	| TextNode
	| FieldNode
	| VariableNode
	| ChainNode
	| IdentifierNode
	| DotNode
	| NilNode
	| BoolNode
	| NumberNode
	| StringNode
	| CommandNode
	| PipeNode
	| ActionNode
	| ListNode
	| BranchNode
	| TemplateNode
	| LoopControlNode
	| DelimiterNode;

function pipeString(p: PipeNode): string {
	let s = '';
	if (p.decl.length > 0) {
		s = p.decl.map(nodeString).join(', ') + (p.isAssign ? ' = ' : ' := ');
	}
	return s + p.cmds.map(nodeString).join(' | ');
}

/** Node.String() as in Go, used for error contexts. */
export function nodeString(n: Node): string {
	switch (n.kind) {
		case 'text':
			return n.text;
		case 'field':
			return '.' + n.ident.join('.');
		case 'variable':
			return n.ident.join('.');
		case 'chain': {
			const inner = n.node.kind === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
			return inner + n.field.map((f) => '.' + f).join('');
		}
		case 'identifier':
			return n.name;
		case 'dot':
			return '.';
		case 'nil':
			return 'nil';
		case 'bool':
			return String(n.value);
		case 'number':
			return n.text;
		case 'string':
			return n.quoted;
		case 'command':
			return n.args.map((a) => (a.kind === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
		case 'pipe':
			return pipeString(n);
		case 'action':
			return `{{${pipeString(n.pipe)}}}`;
		case 'list':
			return n.nodes.map(nodeString).join('');
		case 'if':
		case 'range':
		case 'with': {
			const els = n.elseList ? `{{else}}${nodeString(n.elseList)}` : '';
			return `{{${n.kind} ${pipeString(n.pipe)}}}${nodeString(n.list)}${els}{{end}}`;
		}
		case 'template':
			return n.pipe ? `{{template "${n.name}" ${pipeString(n.pipe)}}}` : `{{template "${n.name}"}}`;
		case 'break':
		case 'continue':
			return `{{${n.kind}}}`;
		case 'end':
		case 'else':
			return `{{${n.kind}}}`;
	}
}
