// What the terminal side (src/cli/external-editor.ts) offers the play screen: hand the terminal to
// the player's own editor ($VISUAL, $EDITOR, vi) for one file and give back what it saved.

export type ExternalEditResult =
	/** The editor ran and exited cleanly; `content` is the file as it left it (maybe unchanged). */
	| {readonly ok: true; readonly content: string}
	/** No editor could be started: show the built-in one instead. */
	| {readonly ok: false; readonly unavailable: true}
	/** The editor ran but failed (a non-zero exit, or the file could not be read back). */
	| {readonly ok: false; readonly unavailable?: false; readonly error: string};

/**
 * Runs an external editor on a copy of `content` named like `fileName`, blocking until it exits.
 * The caller must not be drawing to the terminal meanwhile; the play screen redraws afterwards.
 */
export type OpenEditor = (fileName: string, content: string) => ExternalEditResult;
