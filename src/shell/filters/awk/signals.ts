// Control flow that unwinds the interpreter (next, exit, break, continue), and a linear-time trim.

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10;

/** Drops leading and trailing blanks (space, tab, newline) in linear time. */
export function trimBlanks(s: string): string {
	let a = 0;
	let b = s.length;
	while (a < b && isBlank(s.charCodeAt(a))) a++;
	while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
	return s.slice(a, b);
}

export class NextSignal {}
export class ExitSignal {
	constructor(readonly code: number | undefined) {}
}
export class BreakSignal {}
export class ContinueSignal {}
export const NEXT = new NextSignal();
export const BREAK = new BreakSignal();
export const CONTINUE = new ContinueSignal();
