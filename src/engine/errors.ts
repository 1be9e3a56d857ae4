// An error the Docker daemon (or CLI) would report, carrying its exact text. The CLI layer
// decides the framing ("Error response from daemon: ", "docker: ...", exit codes).
export type EngineErrorKind = 'notFound' | 'conflict' | 'invalid' | 'forbidden' | 'ambiguous' | 'unavailable' | 'system';

export class EngineError extends Error {
	readonly kind: EngineErrorKind;
	/** True when the text comes from the daemon (gets the "Error response from daemon: " prefix). */
	readonly fromDaemon: boolean;
	constructor(message: string, kind: EngineErrorKind = 'invalid', fromDaemon = true) {
		super(message);
		this.name = 'EngineError';
		this.kind = kind;
		this.fromDaemon = fromDaemon;
	}
}

export function isEngineError(e: unknown): e is EngineError {
	return e instanceof EngineError;
}
