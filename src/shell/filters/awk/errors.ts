/** A problem in the program text: reported like `awk: cmd. line:1: ...`, exit 2. */
export class AwkSyntaxError extends Error {
	constructor(
		message: string,
		readonly line: number,
	) {
		super(message);
	}
}

/** A problem while running (bad regex, unsupported feature, runaway loop). */
export class AwkRuntimeError extends Error {}
