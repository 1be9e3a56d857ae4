// Which sandbox lines `build level` keeps as the lines that built the world: those that changed it,
// those that moved the prompt (cd, docker exec -it, exit, ssh) and those that set shell variables
// a later line may read. Lines that only look (docker ps, curl, ls) would only pad the par.
import {commandWords} from '../shell/syntax/index.js';

const SHELL_STATE = new Set(['cd', 'export', 'unset', 'alias', 'set', 'pushd', 'popd', 'source', '.']);

export function builtLine(line: string, changedWorld: boolean, movedPrompt: boolean): boolean {
	if (line.trim() === '' || line.trim().startsWith('#')) return false;
	if (changedWorld || movedPrompt) return true;
	return commandWords(line).some((words) => words.length > 0 && (SHELL_STATE.has(words[0]!) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)));
}

/** A file `edit` saved, as a line that writes it (a here-document whose end word is not in it). */
export function editLine(name: string, content: string, asRoot = false): string {
	const quoted = `'${name.replace(/'/g, `'\\''`)}'`;
	// A file saved with `sudo edit` is written as root: through sudo tee, as people do.
	const into = asRoot ? `| sudo tee ${quoted} > /dev/null` : `> ${quoted}`;
	if (content !== '' && !content.endsWith('\n')) return `printf '%s' '${content.replace(/'/g, `'\\''`)}' ${into}`;
	let end = 'EOF';
	for (let n = 2; content.split('\n').includes(end); n++) end = `EOF${n}`;
	return asRoot ? `sudo tee ${quoted} > /dev/null <<'${end}'\n${content}${end}` : `cat > ${quoted} <<'${end}'\n${content}${end}`;
}
