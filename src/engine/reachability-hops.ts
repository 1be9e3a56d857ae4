// What probe saw on the way, as data: where the packet was (Place) and what happened there (Step,
// a kind and its parameters). No prose: the game renders hops in the player's language
// (src/game/hop-text.ts), so `trace` reads the same in every language it speaks.
import type {RuleNote, TableName} from './netfilter/index.js';

export type Place =
	/** A container's namespace: `web (eth0 172.18.0.2)`. */
	| {readonly kind: 'container'; readonly name: string; readonly ifname?: string; readonly ip?: string}
	/** A host-mode container: the host's namespace under the container's name. */
	| {readonly kind: 'container-host-network'; readonly name: string}
	/** A container with only lo (`--network none`, or every network left). */
	| {readonly kind: 'container-lo-only'; readonly name: string}
	| {readonly kind: 'host'; readonly name: string}
	/** One chain of one netfilter table of a host: `host node1 nat/DOCKER`. */
	| {readonly kind: 'chain'; readonly host: string; readonly table: TableName; readonly chain: string}
	| {readonly kind: 'bridge'; readonly device: string}
	| {readonly kind: 'external'; readonly ip: string}
	/** A server on the simulated internet, by the name it was asked for. */
	| {readonly kind: 'server'; readonly name: string}
	| {readonly kind: 'lan'}
	| {readonly kind: 'internet'}
	| {readonly kind: 'vxlan'}
	| {readonly kind: 'docker-proxy'};

export type ResolvedVia = 'embedded-dns' | 'hosts' | 'server';

export type Step =
	| {readonly kind: 'dns-no-server'; readonly name: string}
	| {readonly kind: 'dns-nxdomain'; readonly name: string; readonly server: string}
	| {readonly kind: 'dns-resolved'; readonly name: string; readonly ip: string; readonly via: ResolvedVia; readonly server: string}
	| {readonly kind: 'external-sends'; readonly ip: string}
	| {readonly kind: 'shares-host-namespace'}
	| {readonly kind: 'own-loopback'; readonly ip: string}
	| {readonly kind: 'own-address'; readonly ip: string}
	| {readonly kind: 'lo-only'}
	| {readonly kind: 'on-link'; readonly ip: string; readonly network: string; readonly ifname: string; readonly veth: string; readonly device: string}
	| {readonly kind: 'default-route'; readonly gateway: string; readonly network: string; readonly ifname: string; readonly veth?: string; readonly device: string}
	| {readonly kind: 'no-default-route'; readonly internal: boolean}
	/** The routing decision found the address local: the host takes it (INPUT). */
	| {readonly kind: 'local-address'; readonly ip: string}
	| {readonly kind: 'host-loopback'; readonly ip: string}
	| {readonly kind: 'host-route'; readonly subnet: string; readonly device: string}
	| {readonly kind: 'host-default-route'}
	/** A rule matched, printed as `iptables -S` prints it. */
	| {readonly kind: 'rule'; readonly rule: string; readonly note?: RuleNote; readonly masqueradeAs?: string; readonly to?: string}
	/** No rule decided: the built-in chain's policy did. */
	| {readonly kind: 'policy'; readonly chain: string; readonly policy: string}
	| {readonly kind: 'vxlan-encap'; readonly to: string; readonly port: number; readonly vni: string; readonly from: string}
	| {readonly kind: 'vxlan-decap'; readonly host: string; readonly veth: string; readonly container: string}
	| {readonly kind: 'arp-no-answer'; readonly ip: string}
	| {readonly kind: 'bridge-switch'; readonly veth: string; readonly container: string}
	| {readonly kind: 'lan-to-host'; readonly host: string; readonly ip: string}
	| {readonly kind: 'lan-to-machine'; readonly ip: string}
	| {readonly kind: 'lan-no-route-private'; readonly ip: string; readonly host: string}
	| {readonly kind: 'lan-nobody'; readonly ip: string}
	| {readonly kind: 'internet-route'; readonly ip: string}
	| {readonly kind: 'remote-filtered'; readonly port: number}
	| {readonly kind: 'echo-reply'; readonly by: 'kernel' | 'host'}
	/** A listener accepts; `hostModeContainer` when it is a host-mode container's. */
	| {readonly kind: 'listener-accepts'; readonly program: string; readonly address: string; readonly port: number; readonly hostModeContainer?: string; readonly udp?: true}
	| {readonly kind: 'listener-paused'; readonly program: string; readonly hostModeContainer?: string}
	| {readonly kind: 'listener-other-address'; readonly program: string; readonly address: string; readonly port: number; readonly ip: string; readonly udp?: true}
	/** RST (UDP: ICMP port unreachable): nothing listens (on `ip`:`port`, or on `port` in a container). */
	| {readonly kind: 'nothing-listens'; readonly port: number; readonly ip?: string; readonly loopbackOnly?: boolean; readonly udp?: true}
	| {readonly kind: 'proxy-accepts'; readonly address: string; readonly port: number; readonly targetIp: string; readonly targetPort: number; readonly udp?: true}
	/** UDP (`udp`): the proxy forwards the datagram and no reply comes back, so the client gets none. */
	| {readonly kind: 'proxy-cannot-reach'; readonly ip: string; readonly port: number; readonly udp?: true};

export type HopVerdict = 'ACCEPT' | 'DROP' | 'REJECT' | 'DNAT' | 'SNAT' | 'RETURN' | 'MASQUERADE';

export interface Hop {
	readonly at: Place;
	readonly step: Step;
	/** For netfilter rules and decisions. */
	readonly verdict?: HopVerdict;
}
