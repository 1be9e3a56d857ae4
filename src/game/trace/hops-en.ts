// trace's hops in English: one sentence per step kind, built from the hop's parameters.
import type {Place, Step} from '../../engine/index.js';
import type {RuleNote} from '../../engine/netfilter/index.js';

export function placeEn(p: Place): string {
	switch (p.kind) {
		case 'container':
			return p.ifname ? `${p.name} (${p.ifname} ${p.ip})` : p.name;
		case 'container-host-network':
			return `${p.name} (host network)`;
		case 'container-lo-only':
			return `${p.name} (lo only)`;
		case 'host':
			return `host ${p.name}`;
		case 'chain':
			return `host ${p.host} ${p.table}/${p.chain}`;
		case 'bridge':
			return `bridge ${p.device}`;
		case 'external':
			return `external (${p.ip})`;
		case 'server':
			return p.name;
		case 'lan':
			return 'LAN';
		case 'internet':
			return 'internet';
		case 'vxlan':
			return 'vxlan';
		case 'docker-proxy':
			return 'docker-proxy';
	}
}

function noteEn(note: RuleNote | undefined, step: Extract<Step, {kind: 'rule'}>): string | undefined {
	switch (note) {
		case 'isolation':
			return 'different bridge networks are isolated';
		case 'internal':
			return 'an internal network has no way in or out';
		case 'icc-off':
			return 'inter-container communication is off on this bridge';
		case 'icc':
			return 'containers on the same bridge may talk';
		case 'outbound':
			return 'from the bridge to anywhere else';
		case 'established':
			return 'replies on connections already made';
		case 'to-docker':
			return 'towards the bridge: the DOCKER chain decides';
		case 'published':
			return 'a published port';
		case 'bridge-return':
			return 'no DNAT for traffic from a Docker bridge';
		case 'masquerade':
		case 'hairpin-masquerade':
			return step.masqueradeAs ? `source becomes ${step.masqueradeAs}` : undefined;
		case 'dnat':
			return step.to ? `destination becomes ${step.to}` : undefined;
		case 'user-return':
			return 'DOCKER-USER holds no rules of yours';
		case 'unpublished':
			return 'from outside the bridge, only published ports get in (Docker 28)';
		case 'direct-access':
			return "only the container's own bridge may address it directly (Docker 28)";
		case 'loopback-only':
			return 'a port published on 127.0.0.1 stays on the host (Docker 28)';
		case 'user':
			return 'a rule you added';
		default:
			return undefined;
	}
}

const VIA_EN = {'embedded-dns': "Docker's embedded DNS at 127.0.0.11", hosts: '/etc/hosts', server: 'DNS server'} as const;

export function stepEn(s: Step): string {
	switch (s.kind) {
		case 'dns-no-server':
			return `no DNS server is reachable to look up ${s.name}`;
		case 'dns-nxdomain':
			return `${s.server || 'the resolver'} does not know ${s.name} (NXDOMAIN)`;
		case 'dns-resolved':
			return `${s.name} resolves to ${s.ip} (${s.via === 'server' ? `DNS server ${s.server}` : VIA_EN[s.via]})`;
		case 'external-sends':
			return `sends to ${s.ip} over the LAN`;
		case 'shares-host-namespace':
			return "shares the host's network namespace";
		case 'own-loopback':
			return `${s.ip} is this container's own loopback (lo)`;
		case 'own-address':
			return `${s.ip} is this container's own address`;
		case 'lo-only':
			return 'no interface but lo and no route: Network unreachable';
		case 'on-link':
			return `${s.ip} is on ${s.network}'s subnet: out ${s.ifname}, through ${s.veth} to bridge ${s.device}`;
		case 'default-route':
			return `default route via ${s.gateway} (${s.network}): out ${s.ifname}${s.veth ? `, through ${s.veth}` : ''} to bridge ${s.device}`;
		case 'no-default-route':
			return `no default route (${s.internal ? 'internal networks have no gateway' : 'no gateway'}): Network unreachable`;
		case 'local-address':
			return `${s.ip} is one of the host's own addresses: the host takes it (INPUT)`;
		case 'host-loopback':
			return `${s.ip} is the host's loopback (lo): no DNAT for 127.0.0.0/8 (nat/OUTPUT ! -d 127.0.0.0/8)`;
		case 'host-route':
			return `route ${s.subnet} dev ${s.device}`;
		case 'host-default-route':
			return 'default route via the LAN router, out eth0';
		case 'rule': {
			const why = noteEn(s.note, s);
			return why ? `${s.rule} (${why})` : s.rule;
		}
		case 'policy':
			return `no rule matches: the policy of ${s.chain}, ${s.policy}, applies`;
		case 'vxlan-encap':
			return `encapsulated to ${s.to}:${s.port} (VNI ${s.vni}), over the LAN from ${s.from}`;
		case 'vxlan-decap':
			return `decapsulated on ${s.host} into the overlay's bridge, to ${s.veth} of ${s.container}`;
		case 'arp-no-answer':
			return `no endpoint has ${s.ip}: ARP gets no answer`;
		case 'bridge-switch':
			return `switches the frame to ${s.veth} of ${s.container}`;
		case 'lan-to-host':
			return `to host ${s.host} (${s.ip})`;
		case 'lan-to-machine':
			return `to the machine at ${s.ip}`;
		case 'lan-no-route-private':
			return `the LAN router has no route to ${s.ip} (a private address inside host ${s.host}): nobody answers`;
		case 'lan-nobody':
			return `no machine answers at ${s.ip}`;
		case 'internet-route':
			return `through the LAN router to ${s.ip}`;
		case 'remote-filtered':
			return `its firewall drops packets to port ${s.port}`;
		case 'echo-reply':
			return s.by === 'host' ? 'the host answers the echo request' : 'the kernel answers the echo request';
		case 'listener-accepts':
			if (s.udp) return `${s.program}${s.hostModeContainer ? ` in host-mode container ${s.hostModeContainer}` : ''} has a UDP socket on ${s.address}:${s.port} and receives the datagram`;
			return s.hostModeContainer
				? `${s.program} in host-mode container ${s.hostModeContainer} listens on ${s.address}:${s.port} and accepts`
				: `${s.program} listens on ${s.address}:${s.port} and accepts`;
		case 'listener-paused':
			return s.hostModeContainer
				? `the kernel completes the handshake for ${s.program} in host-mode container ${s.hostModeContainer}, but the container is paused: nothing ever answers`
				: `the kernel completes the handshake for ${s.program}, but the container is paused: its processes are frozen and nothing ever answers`;
		case 'listener-other-address':
			return `${s.program} listens only on ${s.address}:${s.port}, not on ${s.ip}; the kernel answers with ${s.udp ? 'ICMP port unreachable' : 'RST'}`;
		case 'nothing-listens': {
			const answer = s.udp ? 'ICMP port unreachable' : 'RST';
			const port = s.udp ? `UDP port ${s.port}` : `port ${s.port}`;
			if (s.loopbackOnly) return `${port} is published on 127.0.0.1 only: nothing listens on ${s.ip}:${s.port}; the kernel answers with ${answer}`;
			return s.ip ? `nothing listens on ${s.ip}:${s.port}${s.udp ? '/udp' : ''}; the kernel answers with ${answer}` : `nothing listens on ${port}; the kernel answers with ${answer}`;
		}
		case 'proxy-accepts':
			if (s.udp) return `docker-proxy receives the datagram on ${s.address}:${s.port}/udp and sends it on to ${s.targetIp}:${s.targetPort}`;
			return `docker-proxy listens on ${s.address}:${s.port} and accepts, then dials ${s.targetIp}:${s.targetPort}`;
		case 'proxy-cannot-reach':
			if (s.udp) return `no reply comes back from ${s.ip}:${s.port}/udp, so the client gets none either`;
			return `cannot reach ${s.ip}:${s.port}, so it closes the client connection`;
	}
}
