import {Session} from '../../../../src/shell/session.js';

export function session(): Session {
	return new Session({seed: 1});
}

/** Runs lines, failing loudly when a setup line does not succeed. */
export function setup(s: Session, ...lines: string[]): void {
	for (const line of lines) {
		const r = s.run(line);
		if (r.exitCode !== 0) throw new Error(`setup failed: ${line}\n${r.stderr}`);
	}
}

export const HEX64 = /^[0-9a-f]{64}\n$/;
