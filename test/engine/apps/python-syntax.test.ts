import {describe, expect, it} from 'vitest';
import {formatSyntaxError, pythonSyntaxError} from '../../../src/engine/apps/python-syntax.js';

// Each expectation is what CPython 3.11 printed for the same file (python3 e.py on Debian).
const CASES: [string, string][] = [
	['x = 1\nprint("hi\n', '  File "/e.py", line 2\n    print("hi\n          ^\nSyntaxError: unterminated string literal (detected at line 2)'],
	['x = foo(1,\n  2\n', '  File "/e.py", line 1\n    x = foo(1,\n           ^\nSyntaxError: \'(\' was never closed'],
	['def f():\nreturn 1\n', '  File "/e.py", line 2\n    return 1\n    ^\nIndentationError: expected an indented block after function definition on line 1'],
	['def f():\n    return 1\n  x = 2\n', '  File "/e.py", line 3\n    x = 2\n         ^\nIndentationError: unindent does not match any outer indentation level'],
	['x = {"a": 1\ny = 2\n', '  File "/e.py", line 1\n    x = {"a": 1\n        ^\nSyntaxError: \'{\' was never closed'],
	['@app.route("/")\ndef hello()\n    return "x"\n', '  File "/e.py", line 2\n    def hello()\n               ^\nSyntaxError: expected \':\''],
];

describe('Python syntax errors as CPython reports them', () => {
	for (const [src, expected] of CASES) {
		it(expected.split('\n').at(-1)!, () => {
			const e = pythonSyntaxError(src);
			expect(e).toBeDefined();
			expect(formatSyntaxError(e!, '/e.py').join('\n')).toBe(expected);
		});
	}

	it('finds nothing wrong in correct code (decorators, dicts, multi-line calls, one-line ifs, docstrings)', () => {
		const ok = 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/", methods=["GET",\n    "POST"])\ndef hello():\n    """Say hi: {x}."""\n    if True: pass\n    d = {"a": [1, 2], "b": (3,)}\n    return d\n\n' +
			'class A:\n    def f(self):\n        return 1\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0",\n            port=5000)\n';
		expect(pythonSyntaxError(ok)).toBeUndefined();
	});
});
