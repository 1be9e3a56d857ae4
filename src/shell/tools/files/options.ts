// Option parsing shared by the coreutils file tools: clustered short flags, a few long ones, `--`,
// and GNU's wording for an unknown option or a missing operand.
import type {CommandResult} from '../../types.js';

export interface Parsed {
	readonly flags: Set<string>;
	readonly operands: string[];
}

/** Splits argv (without the program name); `long` maps long options to their short letter. */
export function parseFlags(tool: string, args: string[], letters: string, long: Record<string, string> = {}): Parsed | CommandResult {
	const flags = new Set<string>();
	const operands: string[] = [];
	let dashdash = false;
	for (const a of args) {
		if (dashdash || !a.startsWith('-') || a === '-') operands.push(a);
		else if (a === '--') dashdash = true;
		else if (a.startsWith('--')) {
			const letter = long[a];
			if (letter === undefined) return {stdout: '', stderr: `${tool}: unrecognized option '${a}'\nTry '${tool} --help' for more information.\n`, exitCode: 1};
			flags.add(letter);
		} else {
			for (const c of a.slice(1)) {
				if (!letters.includes(c)) return {stdout: '', stderr: `${tool}: invalid option -- '${c}'\nTry '${tool} --help' for more information.\n`, exitCode: 1};
				flags.add(c);
			}
		}
	}
	return {flags, operands};
}

export const isParsed = (p: Parsed | CommandResult): p is Parsed => 'operands' in p;

export const missing = (tool: string, what = 'operand'): CommandResult => ({stdout: '', stderr: `${tool}: missing ${what}\nTry '${tool} --help' for more information.\n`, exitCode: 1});

/** Collects per-operand errors the way coreutils does: keep going, exit 1 if any failed. */
export class Report {
	stdout = '';
	stderr = '';
	failed = false;
	error(line: string): void {
		this.stderr += `${line}\n`;
		this.failed = true;
	}
	result(): CommandResult {
		return {stdout: this.stdout, stderr: this.stderr, exitCode: this.failed ? 1 : 0};
	}
}
