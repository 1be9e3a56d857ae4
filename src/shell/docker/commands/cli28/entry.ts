// One command of the docker CLI 28 as its --help shows it (see scripts/cli-catalog.mjs).
export interface CatalogEntry {
	readonly usage: string;
	readonly description: string;
	readonly aliases?: readonly string[];
	/** Space-separated names of its subcommands, for a command group. */
	readonly subcommands?: string;
	/** Space-separated `s,long:type` items (no type: a bool). */
	readonly flags?: string;
}
