// Words and variables as BuildKit's shell lexer reads them.
import {describe, expect, it} from 'vitest';
import {execForm, expandVars, keyValues, splitWords} from '../../../src/engine/build/words.js';

describe('Dockerfile words', () => {
	it('substitutes $VAR, ${VAR} and the :- / :+ forms; single quotes are literal', () => {
		const vars = {PORT: '8080', EMPTY: ''};
		expect(splitWords('$PORT ${PORT}/tcp ${NOPE:-80} ${EMPTY:-x} ${PORT:+set} \'$PORT\'', vars)).toEqual(['8080', '8080/tcp', '80', 'x', 'set', '$PORT']);
		expect(expandVars('echo "$PORT"', vars)).toBe('echo "8080"');
	});

	it('groups quoted words and removes the quotes', () => {
		expect(splitWords('a "b c" \'d e\' f\\ g', {})).toEqual(['a', 'b c', 'd e', 'f g']);
	});

	it('reads the exec form only when it is a JSON array of strings', () => {
		expect(execForm('["python", "app.py"]')).toEqual(['python', 'app.py']);
		expect(execForm("['python', 'app.py']")).toBeUndefined();
		expect(execForm('python app.py')).toBeUndefined();
	});

	it('ENV takes key=value pairs or the legacy one-pair form', () => {
		expect(keyValues('A=1 B="two words"', {}, '\\', true)).toEqual([['A', '1'], ['B', 'two words']]);
		expect(keyValues('GREETING hello world', {}, '\\', true)).toEqual([['GREETING', 'hello world']]);
		expect(keyValues('A', {}, '\\', true)).toBeUndefined();
	});
});
