// trace's hops in Korean: the same step kinds as hops-en.ts. Rule texts, addresses, interface and
// program names stay as the machine prints them; everything around them is Korean.
import type {Place, Step} from '../../engine/index.js';
import type {RuleNote} from '../../engine/netfilter/index.js';

export function placeKo(p: Place): string {
	switch (p.kind) {
		case 'container':
			return p.ifname ? `${p.name} (${p.ifname} ${p.ip})` : p.name;
		case 'container-host-network':
			return `${p.name} (호스트 네트워크)`;
		case 'container-lo-only':
			return `${p.name} (lo만 있음)`;
		case 'host':
			return `호스트 ${p.name}`;
		case 'chain':
			return `호스트 ${p.host} ${p.table}/${p.chain}`;
		case 'bridge':
			return `브리지 ${p.device}`;
		case 'external':
			return `외부 기기 (${p.ip})`;
		case 'server':
			return `서버 ${p.name}`;
		case 'lan':
			return 'LAN';
		case 'internet':
			return '인터넷';
		case 'vxlan':
			return 'VXLAN 터널';
		case 'docker-proxy':
			return 'docker-proxy';
	}
}

function noteKo(note: RuleNote | undefined, step: Extract<Step, {kind: 'rule'}>): string | undefined {
	switch (note) {
		case 'isolation':
			return '서로 다른 브리지 네트워크는 격리됩니다';
		case 'internal':
			return 'internal 네트워크는 바깥과 오갈 수 없습니다';
		case 'icc-off':
			return '이 브리지에서는 컨테이너 간 통신(icc)이 꺼져 있습니다';
		case 'icc':
			return '같은 브리지의 컨테이너끼리는 통신할 수 있습니다';
		case 'outbound':
			return '브리지에서 다른 곳으로 나가는 트래픽입니다';
		case 'established':
			return '이미 맺어진 연결의 응답입니다';
		case 'to-docker':
			return '브리지로 들어가는 트래픽은 DOCKER 체인이 정합니다';
		case 'published':
			return '게시된 포트입니다';
		case 'bridge-return':
			return 'Docker 브리지에서 온 트래픽에는 DNAT를 하지 않습니다';
		case 'masquerade':
		case 'hairpin-masquerade':
			return step.masqueradeAs ? `출발지 주소가 ${step.masqueradeAs}(으)로 바뀝니다` : undefined;
		case 'dnat':
			return step.to ? `목적지가 ${step.to}(으)로 바뀝니다` : undefined;
		case 'user-return':
			return 'DOCKER-USER에는 사용자가 넣은 규칙이 없습니다';
		case 'unpublished':
			return '브리지 바깥에서는 게시된 포트로만 들어올 수 있습니다 (Docker 28)';
		case 'direct-access':
			return '컨테이너 주소로 직접 오는 패킷은 그 컨테이너의 브리지에서 온 것만 받습니다 (Docker 28)';
		case 'loopback-only':
			return '127.0.0.1에 게시된 포트는 호스트 밖으로 열리지 않습니다 (Docker 28)';
		case 'user':
			return '직접 추가한 규칙입니다';
		default:
			return undefined;
	}
}

const VIA_KO = {'embedded-dns': 'Docker 내장 DNS 127.0.0.11', hosts: '/etc/hosts', server: 'DNS 서버'} as const;

export function stepKo(s: Step): string {
	switch (s.kind) {
		case 'dns-no-server':
			return `${s.name}을(를) 조회할 DNS 서버에 닿을 수 없습니다`;
		case 'dns-nxdomain':
			return `${s.server || '리졸버'}이(가) ${s.name}을(를) 모릅니다 (NXDOMAIN)`;
		case 'dns-resolved':
			return `${s.name}의 주소는 ${s.ip}입니다 (${s.via === 'server' ? `DNS 서버 ${s.server}` : VIA_KO[s.via]})`;
		case 'external-sends':
			return `LAN으로 ${s.ip}에 보냅니다`;
		case 'shares-host-namespace':
			return '호스트의 네트워크 네임스페이스를 함께 씁니다';
		case 'own-loopback':
			return `${s.ip}은(는) 이 컨테이너 자신의 루프백(lo)입니다`;
		case 'own-address':
			return `${s.ip}은(는) 이 컨테이너 자신의 주소입니다`;
		case 'lo-only':
			return 'lo 말고는 인터페이스도 경로도 없습니다: 네트워크에 닿을 수 없습니다 (Network unreachable)';
		case 'on-link':
			return `${s.ip}은(는) ${s.network}의 서브넷에 있습니다: ${s.ifname}(으)로 나가 ${s.veth}을(를) 거쳐 브리지 ${s.device}(으)로 갑니다`;
		case 'default-route':
			return `기본 경로는 ${s.gateway} (${s.network})입니다: ${s.ifname}(으)로 나가${s.veth ? ` ${s.veth}을(를) 거쳐` : ''} 브리지 ${s.device}(으)로 갑니다`;
		case 'no-default-route':
			return `기본 경로가 없습니다 (${s.internal ? 'internal 네트워크에는 게이트웨이가 없습니다' : '게이트웨이가 없습니다'}): 네트워크에 닿을 수 없습니다 (Network unreachable)`;
		case 'local-address':
			return `${s.ip}은(는) 호스트 자신의 주소이므로 호스트가 받습니다 (INPUT)`;
		case 'host-loopback':
			return `${s.ip}은(는) 호스트의 루프백(lo)입니다: 127.0.0.0/8에는 DNAT를 하지 않습니다 (nat/OUTPUT ! -d 127.0.0.0/8)`;
		case 'host-route':
			return `경로 ${s.subnet} dev ${s.device}을(를) 따릅니다`;
		case 'host-default-route':
			return '기본 경로를 따라 LAN 라우터로, eth0(으)로 나갑니다';
		case 'rule': {
			const why = noteKo(s.note, s);
			return why ? `${s.rule} (${why})` : `규칙 ${s.rule}에 걸립니다`;
		}
		case 'policy':
			return `맞는 규칙이 없어 ${s.chain} 체인의 기본 정책 ${s.policy}이(가) 적용됩니다`;
		case 'vxlan-encap':
			return `${s.from}에서 LAN을 거쳐 ${s.to}:${s.port}(으)로 캡슐화해 보냅니다 (VNI ${s.vni})`;
		case 'vxlan-decap':
			return `${s.host}에서 캡슐을 풀어 오버레이 브리지를 거쳐 ${s.container}의 ${s.veth}(으)로 보냅니다`;
		case 'arp-no-answer':
			return `${s.ip}을(를) 가진 엔드포인트가 없어 ARP에 아무도 응답하지 않습니다`;
		case 'bridge-switch':
			return `프레임을 ${s.container}의 ${s.veth}(으)로 넘깁니다`;
		case 'lan-to-host':
			return `호스트 ${s.host} (${s.ip})(으)로 갑니다`;
		case 'lan-to-machine':
			return `${s.ip}에 있는 기기로 갑니다`;
		case 'lan-no-route-private':
			return `LAN 라우터에는 ${s.ip}(호스트 ${s.host} 안의 사설 주소)로 가는 경로가 없어 아무도 응답하지 않습니다`;
		case 'lan-nobody':
			return `${s.ip}에서 응답하는 기기가 없습니다`;
		case 'internet-route':
			return `LAN 라우터를 거쳐 ${s.ip}(으)로 갑니다`;
		case 'remote-filtered':
			return `그쪽 방화벽이 포트 ${s.port}(으)로 가는 패킷을 버립니다`;
		case 'echo-reply':
			return s.by === 'host' ? '호스트가 echo 요청에 응답합니다' : '커널이 echo 요청에 응답합니다';
		case 'listener-accepts':
			if (s.udp) return `${s.hostModeContainer ? `host 모드 컨테이너 ${s.hostModeContainer}의 ` : ''}${s.program}이(가) ${s.address}:${s.port}에 UDP 소켓을 열어 두고 데이터그램을 받습니다`;
			return s.hostModeContainer
				? `host 모드 컨테이너 ${s.hostModeContainer}의 ${s.program}이(가) ${s.address}:${s.port}에서 듣고 있다가 연결을 받습니다`
				: `${s.program}이(가) ${s.address}:${s.port}에서 듣고 있다가 연결을 받습니다`;
		case 'listener-paused':
			return s.hostModeContainer
				? `커널이 host 모드 컨테이너 ${s.hostModeContainer}의 ${s.program} 대신 핸드셰이크를 마치지만, 컨테이너가 일시 정지되어 응답이 오지 않습니다`
				: `커널이 ${s.program} 대신 핸드셰이크를 마치지만, 컨테이너가 일시 정지되어 프로세스가 멈춰 있으니 응답이 오지 않습니다`;
		case 'listener-other-address':
			return `${s.program}은(는) ${s.address}:${s.port}에서만 듣고 ${s.ip}에서는 듣지 않아 커널이 ${s.udp ? 'ICMP port unreachable' : 'RST'}로 응답합니다`;
		case 'nothing-listens': {
			const answer = s.udp ? 'ICMP port unreachable로' : 'RST로';
			const port = s.udp ? `UDP 포트 ${s.port}` : `포트 ${s.port}`;
			if (s.loopbackOnly) return `${port}은(는) 127.0.0.1에만 게시되어 ${s.ip}:${s.port}에서는 아무도 듣지 않으므로 커널이 ${answer} 응답합니다`;
			return s.ip ? `${s.ip}:${s.port}${s.udp ? '/udp' : ''}에서 듣는 프로세스가 없어 커널이 ${answer} 응답합니다` : `${port}에서 듣는 프로세스가 없어 커널이 ${answer} 응답합니다`;
		}
		case 'proxy-accepts':
			if (s.udp) return `docker-proxy가 ${s.address}:${s.port}/udp에서 데이터그램을 받아 ${s.targetIp}:${s.targetPort}(으)로 넘깁니다`;
			return `docker-proxy가 ${s.address}:${s.port}에서 연결을 받고 ${s.targetIp}:${s.targetPort}(으)로 연결합니다`;
		case 'proxy-cannot-reach':
			if (s.udp) return `${s.ip}:${s.port}/udp에서 응답이 오지 않으니 클라이언트도 응답을 받지 못합니다`;
			return `${s.ip}:${s.port}에 닿지 못해 클라이언트 연결을 닫습니다`;
	}
}
