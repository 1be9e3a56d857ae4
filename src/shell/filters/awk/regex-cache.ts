// Dynamic regexes compiled once each (linear-time engine), with a bound so a program that builds
// a new pattern each time round a loop cannot fill memory with them.
import {AwkRuntimeError} from './errors.js';
import {type PosixRegex, RegexSyntaxError, compileRegex} from '../regex.js';

export class RegexCache {
	private readonly compiled = new Map<string, PosixRegex>();

	get(src: string): PosixRegex {
		let re = this.compiled.get(src);
		if (!re) {
			try {
				re = compileRegex(src, true);
			} catch (e) {
				if (!(e instanceof RegexSyntaxError)) throw e;
				throw new AwkRuntimeError(`bad regex '${src.length > 60 ? src.slice(0, 60) + '...' : src}': ${e.message}`);
			}
			if (this.compiled.size >= 500) this.compiled.clear();
			this.compiled.set(src, re);
		}
		return re;
	}
}
