import type {CommandHandler} from '../types.js';
import {awk} from './awk.js';
import {cut} from './cut.js';
import {grep} from './grep.js';
import {head} from './head.js';
import {sed} from './sed.js';
import {sort} from './sort.js';
import {tail} from './tail.js';
import {tr} from './tr.js';
import {uniq} from './uniq.js';
import {wc} from './wc.js';

/**
 * The text filters people pipe into. Null prototype so a lookup of
 * `constructor` or `toString` finds nothing rather than an Object method.
 */
export const filters: Record<string, CommandHandler> = Object.assign(Object.create(null) as Record<string, CommandHandler>, {
	grep,
	awk,
	head,
	tail,
	wc,
	cut,
	sort,
	uniq,
	tr,
	sed,
});

export {BUSYBOX_BANNER} from './busybox.js';
