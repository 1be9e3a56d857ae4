// The iptables rules of a host, per table, for callers that want one table's chains. The model
// itself (tables, generator, walker) lives in netfilter/.
import type {World} from './types.js';
import {hostTables, type Chain} from './netfilter/index.js';

export {ruleSpec, publishedPorts, type Chain, type Rule, type PublishedPort, type TableName} from './netfilter/index.js';

export function filterRules(world: World, hostName: string): Chain[] {
	return [...hostTables(world, hostName).filter.chains];
}

export function natRules(world: World, hostName: string): Chain[] {
	return [...hostTables(world, hostName).nat.chains];
}
