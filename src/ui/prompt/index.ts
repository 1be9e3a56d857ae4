export {default as Prompt, PromptLine, type PromptProps, type PromptLineProps} from './Prompt.js';
export {
	promptReducer,
	initialPromptState,
	commonPrefix,
	usePromptState,
	type Completer,
	type Completion,
	type PromptAction,
	type PromptState,
} from './use-prompt-state.js';
export {usePromptInput} from './use-prompt-input.js';
export {formatCandidates} from './format-candidates.js';
