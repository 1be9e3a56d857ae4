/**
 * The only error the template package ever throws. `message` is exactly the text Go's
 * text/template would return from Parse or Execute (e.g. `template: :1: unclosed action`);
 * the docker-specific `template parsing error: ` prefix is added by dockerTemplateError.
 */
export class TemplateError extends Error {
	/** 'parse' for errors from Parse, 'exec' for errors from Execute. */
	readonly phase: 'parse' | 'exec';
	/** For exec errors: what the template had written before failing (Go leaves it in the writer). */
	partialOutput = '';

	constructor(message: string, phase: 'parse' | 'exec') {
		super(message);
		this.name = 'TemplateError';
		this.phase = phase;
	}
}

/** Builds a parse error the way parse.Tree.errorf does: `template: <name>:<line>: <msg>`. */
export function parseError(line: number, message: string): TemplateError {
	return new TemplateError(`template: :${line}: ${message}`, 'parse');
}
