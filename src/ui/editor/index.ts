export {default as Editor, EditorView, EDITOR_CHROME_ROWS, type EditorProps} from './Editor.js';
export {editorReducer, initialEditorState, editorContent, splitContent, joinLines, countLines, useEditorState, type EditorState, type EditorAction} from './use-editor-state.js';
export {useEditorInput, typeChunk} from './use-editor-input.js';
export type {OpenEditor, ExternalEditResult} from './types.js';
