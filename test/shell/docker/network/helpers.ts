import {Session} from '../../../../src/shell/session.js';
import type {HostSpec} from '../../../../src/engine/index.js';

export function session(hosts?: HostSpec[]): Session {
	return new Session(hosts ? {hosts} : {});
}

/** Runs lines in order and returns the last result. */
export function run(s: Session, ...lines: string[]) {
	let last = {stdout: '', stderr: '', exitCode: 0};
	for (const l of lines) last = s.run(l);
	return last;
}
