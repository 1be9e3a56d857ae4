// The host's firewall: which generator builds the tables (the profile's layout: Docker 26's or 28's), the walker
// and the text form. Everything outside netfilter/ asks here.
import type {Host, World} from '../types.js';
import {tablesWithEdits} from './user-rules.js';
import {docker26Tables} from './docker26.js';
import {docker28Tables} from './docker28.js';
import {profileOf} from '../profile/index.js';
import type {Tables} from './types.js';

export type {Chain, Rule, RuleNote, Table, TableName, Tables} from './types.js';
export {BUILTIN_CHAINS, chainOf} from './types.js';
export {ruleSpec} from './rule-text.js';
export {walkChain, ruleMatches, dnatTarget, type Packet, type WalkEnv, type Decision, type Verdict} from './walk.js';
export {publishedPorts, type PublishedPort} from './docker26.js';
export {insertRule, deleteRule, hasRule, flushChains, setPolicy, type UserFirewall, type ChainEdits, type EditError, type EditResult} from './user-rules.js';

/** The tables as the daemon programmed them, without the learner's edits (what the edit operations start from). */
export function dockerTables(world: World, hostName: string): Tables {
	return profileOf(world).firewall === 'docker28' ? docker28Tables(world, hostName) : docker26Tables(world, hostName);
}

const withEdits = new WeakMap<Host, Tables>();

/** The netfilter tables of one host: what the daemon programmed, with what the learner changed. */
export function hostTables(world: World, hostName: string): Tables {
	const host = world.hosts[hostName];
	if (!host.firewall) return dockerTables(world, hostName);
	let hit = withEdits.get(host);
	if (!hit) {
		hit = tablesWithEdits(dockerTables(world, hostName), host.firewall);
		withEdits.set(host, hit);
	}
	return hit;
}
