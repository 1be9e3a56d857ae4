// The one registry of programs a player can run (besides the game's own commands): what runs
// each one, whether the simulated host has it, its line for `help programs`, and what tab
// completion offers for its flags and operands. The session executes from it, the game's
// completion and help read it. Inside a container an image's own tool list (src/engine/images.ts)
// says what exists; this table says what the simulation can run.
import type {Tool} from './context.js';
import type {CommandHandler} from './types.js';
import {filters} from './filters/index.js';
import {curl} from './tools/curl.js';
import {wget} from './tools/wget.js';
import {ping} from './tools/ping.js';
import {nslookup} from './tools/nslookup.js';
import {ip} from './tools/ip.js';
import {hostname} from './tools/hostname.js';
import {cat} from './tools/cat.js';
import {ls} from './tools/ls.js';
import {ss} from './tools/ss.js';
import {netstat} from './tools/netstat.js';
import {iptables} from './tools/iptables.js';
import {nc} from './tools/nc.js';
import {env, pwd} from './tools/env.js';
import {fileTools} from './tools/files/index.js';
import {sysctl} from './tools/sysctl.js';
import {bridge} from './tools/bridge.js';
import {route} from './tools/route.js';
import {arp} from './tools/ip-neigh.js';
import {brctl} from './tools/brctl.js';
import {traceroute} from './tools/traceroute.js';
import {getent} from './tools/getent.js';
import {withHelp} from './tools/help.js';
import {dockerd, journalctl, service, systemctl} from './tools/systemctl.js';

/**
 * How a program runs. `tool`: it gets the machine it runs on (a ToolContext). `filter`: a text
 * filter (stdin and the machine's files). The session itself answers `docker`, the shells
 * (`sh`, `bash`, `ash`) and the moves between hosts (`ssh`, `host`). `builtin`: the shell
 * language answers it when typed (cd, echo, ...); a `docker exec` of it finds nothing to run.
 */
export type Runner =
	| {readonly kind: 'tool'; readonly tool: Tool}
	| {readonly kind: 'filter'; readonly filter: CommandHandler}
	| {readonly kind: 'docker' | 'shell' | 'login' | 'builtin' | 'sudo'};

/** What completion offers for a program's operands. */
export type Operands = 'paths' | 'dirs' | 'targets';

export interface Program {
	readonly name: string;
	readonly run: Runner;
	/** The simulated host has it (inside a container the image's tool list decides). */
	readonly onHost: boolean;
	/** One line for `help programs`, in each language the game speaks. */
	readonly summary: {readonly en: string; readonly ko: string};
	/** Flags tab completion offers after a `-` (only ones the simulation understands). */
	readonly flags?: readonly string[];
	/** What its other words complete to: host paths, host directories, or hosts to reach. */
	readonly operands?: Operands;
}

const tool = (t: Tool): Runner => ({kind: 'tool', tool: t});
const filter = (name: string): Runner => ({kind: 'filter', filter: filters[name]});
const BUILTIN: Runner = {kind: 'builtin'};
const s = (en: string, ko: string) => ({en, ko});

const CURL_FLAGS = [
	'--cacert', '--cert', '--compressed', '--connect-timeout', '--cookie', '--data', '--data-binary', '--data-raw', '--dns-servers', '--fail',
	'--fail-with-body', '--form', '--globoff', '--head', '--header', '--include', '--insecure', '--interface', '--json', '--location', '--max-time',
	'--no-buffer', '--output', '--progress-bar', '--proxy', '--range', '--referer', '--request', '--resolve', '--retry', '--retry-delay',
	'--retry-max-time', '--show-error', '--silent', '--url', '--user', '--user-agent', '--verbose', '--write-out',
];
const IPTABLES_FLAGS = [
	'--append', '--check', '--delete', '--delete-chain', '--destination', '--dport', '--flush', '--in-interface', '--insert', '--jump', '--line-numbers', '--list',
	'--list-rules', '--match', '--new-chain', '--numeric', '--out-interface', '--policy', '--protocol', '--reject-with', '--source', '--table', '--verbose', '--version',
];

/** Every program, each once. A new tool: its function in tools/, then one entry here. */
export const PROGRAMS: readonly Program[] = [
	{name: 'docker', run: {kind: 'docker'}, onHost: true, summary: s('the Docker CLI (docker --help lists its commands)', 'Docker CLI (docker --help 에 명령 목록)')},
	{name: 'curl', run: tool(curl), onHost: true, summary: s('transfer a URL (HTTP requests)', 'URL 전송 (HTTP 요청)'), flags: CURL_FLAGS, operands: 'targets'},
	{name: 'wget', run: tool(withHelp('wget', wget)), onHost: true, summary: s('download a URL', 'URL 내려받기'), flags: ['--output-document', '--quiet', '--spider', '--timeout'], operands: 'targets'},
	{name: 'ping', run: tool(withHelp('ping', ping)), onHost: true, summary: s('send ICMP echo requests to a host', '호스트에 ICMP echo 요청 보내기'), operands: 'targets'},
	{name: 'nslookup', run: tool(withHelp('nslookup', nslookup)), onHost: true, summary: s('ask DNS for a name', 'DNS 에 이름 묻기'), operands: 'targets'},
	{name: 'ip', run: tool(withHelp('ip', ip)), onHost: true, summary: s('show addresses, links and routes (ip addr, ip route)', '주소, 링크, 라우트 보기 (ip addr, ip route)')},
	{name: 'bridge', run: tool(bridge), onHost: true, summary: s('show bridge ports and forwarding entries', '브리지 포트와 포워딩 항목 보기')},
	{name: 'route', run: tool(route), onHost: true, summary: s('show the routing table (route -n)', '라우팅 표 보기 (route -n)'), flags: ['--numeric']},
	{name: 'arp', run: tool(arp), onHost: true, summary: s('show the ARP cache (arp -n)', 'ARP 캐시 보기 (arp -n)'), flags: ['--numeric', '--device']},
	{name: 'brctl', run: tool(brctl), onHost: true, summary: s('show Linux bridges and their ports (brctl show)', '리눅스 브리지와 포트 보기 (brctl show)')},
	{name: 'traceroute', run: tool(traceroute), onHost: true, summary: s('show the hops to a host (simulated, no packets leave)', '호스트까지의 홉 보기 (시뮬레이션)'), flags: ['--max-hops', '--queries', '--icmp'], operands: 'targets'},
	{name: 'getent', run: tool(getent), onHost: true, summary: s('look a name up as programs do (getent hosts NAME)', '프로그램처럼 이름 찾기 (getent hosts NAME)')},
	{name: 'hostname', run: tool(withHelp('hostname', hostname)), onHost: true, summary: s('print the machine\'s name (-I: its addresses)', '머신 이름 출력 (-I: 주소)'), flags: ['--all-ip-addresses', '--domain', '--fqdn', '--ip-address', '--short']},
	{name: 'ss', run: tool(withHelp('ss', ss)), onHost: true, summary: s('list sockets (ss -tlnp: who listens where)', '소켓 목록 (ss -tlnp: 어디서 듣는지)')},
	{name: 'netstat', run: tool(withHelp('netstat', netstat)), onHost: false, summary: s('list sockets (BusyBox)', '소켓 목록 (BusyBox)')},
	{name: 'nc', run: tool(withHelp('nc', nc)), onHost: false, summary: s('open a TCP or UDP connection, or listen', 'TCP/UDP 연결 열기 또는 대기')},
	{name: 'iptables', run: tool(iptables), onHost: true, summary: s('show and change the firewall rules (iptables -L, -S, -I DOCKER-USER ...)', '방화벽 규칙 보기와 바꾸기 (iptables -L, -S, -I DOCKER-USER ...)'), flags: IPTABLES_FLAGS},
	{name: 'sysctl', run: tool(sysctl), onHost: true, summary: s('read kernel settings (net.ipv4.ip_forward)', '커널 설정 읽기 (net.ipv4.ip_forward)'), flags: ['--all', '--ignore', '--quiet', '--values', '--write']},
	{name: 'cat', run: tool(cat), onHost: true, summary: s('print files', '파일 출력'), operands: 'paths'},
	{name: 'ls', run: tool(ls), onHost: true, summary: s('list a directory', '디렉터리 목록'), operands: 'paths'},
	{name: 'env', run: tool(env), onHost: true, summary: s('print the environment', '환경 변수 출력')},
	// Typed at a prompt, the shell's builtin answers; this form serves `docker exec C pwd`.
	{name: 'pwd', run: tool(pwd), onHost: true, summary: s('print the working directory', '작업 디렉터리 출력')},
	{name: 'mkdir', run: tool(fileTools.mkdir), onHost: true, summary: s('make directories', '디렉터리 만들기'), operands: 'paths'},
	{name: 'rmdir', run: tool(fileTools.rmdir), onHost: true, summary: s('remove empty directories', '빈 디렉터리 지우기'), operands: 'paths'},
	{name: 'rm', run: tool(fileTools.rm), onHost: true, summary: s('remove files', '파일 지우기'), operands: 'paths'},
	{name: 'touch', run: tool(fileTools.touch), onHost: true, summary: s('create a file or update its time', '파일 만들기 또는 시각 갱신'), operands: 'paths'},
	{name: 'cp', run: tool(fileTools.cp), onHost: true, summary: s('copy files', '파일 복사'), operands: 'paths'},
	{name: 'mv', run: tool(fileTools.mv), onHost: true, summary: s('move or rename files', '파일 옮기기 또는 이름 바꾸기'), operands: 'paths'},
	{name: 'tee', run: tool(fileTools.tee), onHost: true, summary: s('copy stdin to files and stdout', '표준 입력을 파일과 표준 출력에 복사'), operands: 'paths'},
	{name: 'grep', run: filter('grep'), onHost: true, summary: s('print lines that match a pattern', '패턴에 맞는 줄 출력'), operands: 'paths'},
	{name: 'awk', run: filter('awk'), onHost: true, summary: s('pick fields and compute over lines', '필드 고르기, 줄 단위 계산')},
	{name: 'sed', run: filter('sed'), onHost: true, summary: s('edit lines as they stream by (s/a/b/)', '흐르는 줄 편집 (s/a/b/)'), operands: 'paths'},
	{name: 'head', run: filter('head'), onHost: true, summary: s('the first lines', '처음 몇 줄'), operands: 'paths'},
	{name: 'tail', run: filter('tail'), onHost: true, summary: s('the last lines', '마지막 몇 줄'), operands: 'paths'},
	{name: 'wc', run: filter('wc'), onHost: true, summary: s('count lines, words and bytes', '줄, 단어, 바이트 세기'), operands: 'paths'},
	{name: 'cut', run: filter('cut'), onHost: true, summary: s('cut fields or columns out of lines', '줄에서 필드나 열 잘라내기'), operands: 'paths'},
	{name: 'sort', run: filter('sort'), onHost: true, summary: s('sort lines', '줄 정렬'), operands: 'paths'},
	{name: 'uniq', run: filter('uniq'), onHost: true, summary: s('drop repeated adjacent lines (-c counts them)', '이어진 중복 줄 없애기 (-c 는 개수)'), operands: 'paths'},
	{name: 'tr', run: filter('tr'), onHost: true, summary: s('translate or delete characters', '문자 바꾸기 또는 지우기')},
	{name: 'sh', run: {kind: 'shell'}, onHost: true, summary: s('a shell (sh -c \'LINE\' runs one line)', '셸 (sh -c \'LINE\' 은 한 줄 실행)')},
	{name: 'bash', run: {kind: 'shell'}, onHost: true, summary: s('the host\'s shell (bash -c \'LINE\')', '호스트 셸 (bash -c \'LINE\')')},
	{name: 'ash', run: {kind: 'shell'}, onHost: false, summary: s('BusyBox\'s shell', 'BusyBox 셸')},
	{name: 'sudo', run: {kind: 'sudo'}, onHost: true, summary: s('run a command as root (no password on this host): sudo tee FILE, sudo systemctl restart docker', '명령을 root 로 실행 (이 호스트에선 비밀번호 없음): sudo tee 파일, sudo systemctl restart docker')},
	{name: 'systemctl', run: tool(systemctl), onHost: true, summary: s('manage the docker service: systemctl restart|start|stop|status docker', 'docker 서비스 관리: systemctl restart|start|stop|status docker')},
	{name: 'service', run: tool(service), onHost: true, summary: s('the same, the old way: service docker restart', '같은 일을 예전 방식으로: service docker restart')},
	{name: 'journalctl', run: tool(journalctl), onHost: true, summary: s("the docker service's log: journalctl -u docker", 'docker 서비스의 로그: journalctl -u docker')},
	{name: 'dockerd', run: tool(dockerd), onHost: true, summary: s('the Docker daemon; dockerd --validate checks /etc/docker/daemon.json', 'Docker 데몬. dockerd --validate 로 /etc/docker/daemon.json 확인')},
	{name: 'ssh', run: {kind: 'login'}, onHost: true, summary: s('log in on another host of the level (exit comes back)', '레벨의 다른 호스트에 로그인 (exit 로 돌아옴)')},
	{name: 'host', run: {kind: 'login'}, onHost: true, summary: s('move the prompt to another host of the level', '프롬프트를 레벨의 다른 호스트로 옮기기')},
	{name: 'echo', run: BUILTIN, onHost: true, summary: s('print its arguments', '인자 출력')},
	{name: 'printf', run: BUILTIN, onHost: true, summary: s('print formatted text', '형식에 맞춰 출력')},
	{name: 'cd', run: BUILTIN, onHost: true, summary: s('change the working directory', '작업 디렉터리 바꾸기'), operands: 'dirs'},
	{name: 'sleep', run: BUILTIN, onHost: true, summary: s('wait N seconds (simulated time)', 'N 초 기다리기 (시뮬레이션 시간)')},
	{name: 'export', run: BUILTIN, onHost: true, summary: s('set an environment variable', '환경 변수 설정')},
	{name: 'test', run: BUILTIN, onHost: true, summary: s('check a condition ([ -f FILE ])', '조건 검사 ([ -f FILE ])')},
];

const byName = new Map(PROGRAMS.map((p) => [p.name, p]));

/** The program of that name, if the simulation knows it. */
export function findProgram(name: string): Program | undefined {
	return byName.get(name);
}

/** Programs on the simulated host, in table order. */
export const HOST_PROGRAM_NAMES: readonly string[] = PROGRAMS.filter((p) => p.onHost).map((p) => p.name);
