// Changing containers inside a world recipe. A host's containers are a persistent table that
// immer does not draft (drafting a record of thousands of containers copied all of them on
// every change): a recipe replaces the table, and edits one container with a produce of its own.
import {freeze, produce, type Draft} from 'immer';
import type {Container, Host} from './types.js';
import type {ContainerTable} from './container-table.js';

/** The table of a (draft) host; the table itself is never a draft. */
export function tableOf(host: Host | Draft<Host>): ContainerTable {
	return host.containers as unknown as ContainerTable;
}

/** Adds or replaces a container of a draft host (frozen, as immer leaves everything it made). */
export function putContainer(host: Draft<Host>, c: Container): void {
	(host as unknown as {containers: ContainerTable}).containers = tableOf(host).set(freeze(c, true));
}

export function dropContainer(host: Draft<Host>, id: string): void {
	(host as unknown as {containers: ContainerTable}).containers = tableOf(host).delete(id);
}

/** Edits one container of a draft host with its own recipe; returns it as it is after, if it exists. */
export function editContainer(host: Draft<Host>, id: string, recipe: (c: Draft<Container>) => void): Container | undefined {
	const c = tableOf(host).get(id);
	if (!c) return undefined;
	const next = produce(c, recipe);
	putContainer(host, next);
	return next;
}
