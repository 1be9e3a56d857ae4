// One Compose subcommand as its --help describes it (catalog-a.ts, catalog-b.ts are generated).
import type {FlagSpec} from '../../flags.js';

export interface ComposeCatalogEntry {
	/** `docker compose ls [OPTIONS]` */
	readonly usage: string;
	/** The line in `docker compose --help`'s command list. */
	readonly short: string;
	/** cobra's Long text, when the command's own help says more than `short`. */
	readonly long?: string;
	/** Other names (`convert` for config). */
	readonly aliases?: readonly string[];
	readonly flags: readonly FlagSpec[];
}
