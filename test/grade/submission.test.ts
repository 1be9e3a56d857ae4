// Solution files (for `check` and `grade`) are read as a shell reads a script, within bounds.
import {describe, expect, it} from 'vitest';
import {solutionAttempt} from '../../src/grade/submission.js';

const lines = (text: string) => solutionAttempt(Buffer.from(text)).lines.map((l) => l.line);

describe('solution files', () => {
	it('one command a line; # lines and blank lines between commands are comments', () => {
		expect(lines('# a route\n\n  docker ps  \n# more\ndocker network ls\n')).toEqual(['docker ps', 'docker network ls']);
	});

	it('a here-document keeps its lines, indentation and # lines, up to its terminator', () => {
		const text = "cat > compose.yaml <<'EOF'\nservices:\n  # a comment inside\n  web: {image: nginx}\n\nEOF\ndocker compose up -d\n";
		expect(lines(text)).toEqual(["cat > compose.yaml <<'EOF'\nservices:\n  # a comment inside\n  web: {image: nginx}\n\nEOF", 'docker compose up -d']);
	});

	it('an unterminated here-document is one bounded command, not a quadratic read', () => {
		const text = `cat <<EOF\n${'x'.repeat(100)}\n`.repeat(1) + `${'y\n'.repeat(50_000)}`;
		const got = lines(text);
		expect(got[0].length).toBeLessThanOrEqual(4096);
		expect(got.length).toBeGreaterThan(1);
	});
});
