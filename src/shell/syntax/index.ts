/** The shell language: parse a typed line and run it against a simulated host. */
export type * from './ast.js';
export {parse, type ParseResult} from './parser.js';
export {expandWords, expandWordToString, ExpansionError, type ExpandContext} from './expand.js';
export {runLine, didExit, type ShellHost, type LineResult} from './interpreter.js';
export {BUILTIN_NAMES} from './builtins.js';
export {MAX_NESTING} from './syntax-error.js';
export {needsMoreInput} from './complete.js';
export {commandWords} from './words.js';
