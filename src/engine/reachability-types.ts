// probe's request, result and the context one probe carries through the hooks.
import type {Listener, World} from './types.js';
import type {Resolution, Viewpoint} from './dns.js';
import type {InternetHost} from './internet.js';
import type {Hop, HopVerdict, Place, Step} from './reachability-hops.js';

/** udp: met when a socket is bound there and the path is open (UDP has no handshake to see). */
export type ProbeProtocol = 'icmp' | 'tcp' | 'udp';

export interface ProbeRequest {
	readonly from: Viewpoint;
	/** A name or an address, as typed. */
	readonly target: string;
	readonly protocol: ProbeProtocol;
	readonly port?: number;
}

export type Outcome =
	| 'ok' // answered
	| 'refused' // nothing listens: RST (TCP), ICMP port unreachable (UDP)
	| 'reset' // docker-proxy accepted, then could not reach the container and closed
	| 'timeout' // a chain dropped it, or nobody is there
	| 'stalled' // the kernel accepted the connection, but the process behind it never reads (paused)
	| 'unreachable' // no route (ENETUNREACH)
	| 'unresolved' // the name did not resolve
	| 'not-running'; // the source container is not running

export interface ProbeResult {
	readonly outcome: Outcome;
	readonly ip?: string;
	resolution?: Resolution;
	readonly hops: Hop[];
	/** For TCP: what answered (a listener), and its HTTP body if it speaks HTTP. */
	readonly listener?: Listener;
	/** The machine that answered (`web`, `host`, `example.com`). */
	readonly responder?: string;
	/** A machine on the simulated internet that answered: its distance (TTL, round trip). */
	readonly remote?: InternetHost;
}

/** Probes a name or address from a viewpoint: DNS, routing, iptables, proxy, listener. */
export interface ProbeOptions {
	/** false skips building the hops (same outcome, less work); default true. */
	readonly explain?: boolean;
}

export interface Ctx {
	readonly world: World;
	/** Build the hop-by-hop explanation (trace wants it; bulk checks do not pay for it). */
	readonly explain: boolean;
	readonly hops: Hop[];
	readonly protocol: ProbeProtocol;
	readonly port: number;
	/** The name the probe was sent to, when it was one (what an internet server is called). */
	readonly name?: string;
}

export function done(ctx: Ctx, outcome: Outcome, extra?: Partial<ProbeResult>): ProbeResult {
	return extra ? {outcome, hops: ctx.hops, ...extra} : {outcome, hops: ctx.hops};
}

/** Records a hop when the probe explains itself; `make` runs only then, so bulk probes skip it. */
export function note(ctx: Ctx, make: () => {at: Place; step: Step; verdict?: HopVerdict}): void {
	if (ctx.explain) ctx.hops.push(make());
}
