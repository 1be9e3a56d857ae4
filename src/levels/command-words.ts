// A tiny shell-word splitter, enough to read names out of a level's setup and
// solution lines. The game's real shell parser lives elsewhere; this one only
// needs quotes, backslashes and the operators that chain commands.

const OPERATORS = ['&&', '||', ';', '|', '&'];

/** The simple commands of a line, each as its words: `a "b c" && d` → [["a", "b c"], ["d"]]. */
export function splitCommands(line: string): string[][] {
	const commands: string[][] = [[]];
	let word: string | undefined;
	const endWord = () => {
		if (word !== undefined) commands[commands.length - 1].push(word);
		word = undefined;
	};
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === "'" || char === '"') {
			const close = line.indexOf(char, i + 1);
			const end = close < 0 ? line.length : close;
			let quoted = line.slice(i + 1, end);
			if (char === '"') quoted = quoted.replace(/\\(["\\$`])/g, '$1');
			word = (word ?? '') + quoted;
			i = end;
		} else if (char === '\\' && i + 1 < line.length) {
			word = (word ?? '') + line[++i];
		} else if (/\s/.test(char)) {
			endWord();
		} else if (char === '#' && word === undefined) {
			break;
		} else {
			const operator = OPERATORS.find((op) => line.startsWith(op, i));
			if (operator) {
				endWord();
				commands.push([]);
				i += operator.length - 1;
			} else {
				word = (word ?? '') + char;
			}
		}
	}
	endWord();
	return commands.filter((words) => words.length > 0);
}
