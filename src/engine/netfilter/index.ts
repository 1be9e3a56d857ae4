// The host's firewall: which generator builds the tables (the profile's layout: Docker 26's or 28's), the walker
// and the text form. Everything outside netfilter/ asks here.
import type {World} from '../types.js';
import {docker26Tables} from './docker26.js';
import {docker28Tables} from './docker28.js';
import {profileOf} from '../profile/index.js';
import type {Tables} from './types.js';

export type {Chain, Rule, RuleNote, Table, TableName, Tables} from './types.js';
export {BUILTIN_CHAINS, chainOf} from './types.js';
export {ruleSpec} from './rule-text.js';
export {walkChain, ruleMatches, dnatTarget, type Packet, type WalkEnv, type Decision, type Verdict} from './walk.js';
export {publishedPorts, type PublishedPort} from './docker26.js';

/** The netfilter tables of one host, as the daemon has programmed them. */
export function hostTables(world: World, hostName: string): Tables {
	return profileOf(world).firewall === 'docker28' ? docker28Tables(world, hostName) : docker26Tables(world, hostName);
}
