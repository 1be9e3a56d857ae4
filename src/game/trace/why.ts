// Why an unmet goal is unmet, in the player's language: the probe that failed and the first hop
// that stopped it, rendered by trace's own hop renderer (hopLine), or the fact that is not so.
// It says where things stand, never which command mends them.
import type {Fact, ProbeWhy, Why} from '../../levels/checker.js';
import type {Hop, Outcome} from '../../engine/index.js';
import type {Lang} from '../messages.js';
import {hopLine} from './render.js';

const OUTCOME: Record<Lang, Record<Outcome, string>> = {
	en: {
		ok: 'answered',
		refused: 'connection refused',
		reset: 'docker-proxy accepted the connection, then closed it',
		timeout: 'no answer (dropped)',
		stalled: 'the connection was accepted, but nothing answers',
		unreachable: 'network unreachable',
		unresolved: 'the name does not resolve',
		'not-running': 'the sending container is not running',
	},
	ko: {
		ok: '응답했어요',
		refused: '연결이 거부됐어요',
		reset: 'docker-proxy가 연결을 받은 뒤 끊었어요',
		timeout: '응답이 없어요 (패킷이 버려졌어요)',
		stalled: '연결은 받아들여졌지만 아무도 응답하지 않아요',
		unreachable: '가는 경로가 없어요 (network unreachable)',
		unresolved: '이름을 찾을 수 없어요',
		'not-running': '보내는 컨테이너가 실행 중이 아니에요',
	},
};

const UDP_REFUSED: Record<Lang, string> = {en: 'port unreachable (ICMP)', ko: '포트에 닿지 못했어요 (ICMP port unreachable)'};

/**
 * A netfilter verdict up front (`DROP in DOCKER-ISOLATION-STAGE-2`), then trace's own line for the
 * hop; `brief` stops after the verdict, so reasons that differ only in a bridge's id count as one.
 */
function hopText(hop: Hop, lang: Lang, brief: boolean): string {
	if (hop.at.kind !== 'chain' || !hop.verdict) return hopLine(hop, lang);
	const head = lang === 'ko' ? `${hop.at.chain}에서 ${hop.verdict}` : `${hop.verdict} in ${hop.at.chain}`;
	return brief ? head : `${head} — ${hopLine(hop, lang)}`;
}

function probeWhy(w: ProbeWhy, lang: Lang, brief: boolean): string {
	// `brief` (grade's table, one row per goal) leaves the probe out: the goal's id names it.
	const what = brief ? '' : `${w.from} → ${w.to}`;
	// The address a name led to; a target written as an address needs none (after DNAT it would mislead).
	const ip = !brief && w.ip && !/^(?:[a-z]+:\/\/)?\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)/.test(w.to) ? ` (${w.ip})` : '';
	const head = (text: string) => (brief ? text : `${what}${ip}: ${text}`);
	const hop = w.hop ? hopText(w.hop, lang, brief) : undefined;
	if (w.http) {
		const missing = w.http.missing;
		const said = head(lang === 'ko'
			? `응답은 왔지만 ${missing !== undefined ? `응답에 "${missing}"이(가) 없어요` : 'HTTP 응답이 아니에요'}`
			: `answered, but ${missing !== undefined ? `the response does not contain "${missing}"` : 'not over HTTP'}`);
		return hop ? `${said}. ${lang === 'ko' ? '응답한 곳' : 'Answered by'}: ${hop}` : `${said}.`;
	}
	if (w.expect === 'unreachable') {
		const said = head(lang === 'ko' ? `아직 닿아요 (${OUTCOME.ko[w.outcome]})` : `still gets through (${OUTCOME.en[w.outcome]})`);
		return hop ? `${said}. ${lang === 'ko' ? '지나간 길' : 'The way through'}: ${hop}` : `${said}.`;
	}
	const said = head(w.udp && w.outcome === 'refused' ? UDP_REFUSED[lang] : OUTCOME[lang][w.outcome]);
	return hop ? `${said}. ${lang === 'ko' ? '처음 막힌 곳' : 'First stopped at'}: ${hop}` : `${said}.`;
}

function factEn(f: Fact): string {
	switch (f.kind) {
		case 'no-container':
			return `there is no container named ${f.name}`;
		case 'not-running':
			return `${f.name} is not running`;
		case 'still-running':
			return `${f.name} is still running`;
		case 'no-address':
			return `${f.name} has no address to try`;
		case 'recreated':
			return `${f.name} is a new container, not the one you started with`;
		case 'not-recreated':
			return `${f.name} is still the original container`;
		case 'not-on':
			return `${f.name} is not on ${f.network}`;
		case 'still-on':
			return `${f.name} is still on ${f.network}`;
		case 'network-mode':
			return `${f.name}'s network mode is ${f.mode}`;
		case 'not-publishing':
			return `${f.name} does not publish ${f.what}`;
		case 'not-published':
			return `${f.what} of ${f.name} is not published${f.on ? ` on ${f.on}` : ''}`;
		case 'published':
			return `${f.what} of ${f.name} is still published at ${f.at}`;
		case 'no-network':
			return `there is no network named ${f.name}`;
		case 'network-exists':
			return `network ${f.name} still exists`;
		case 'network-field':
			return f.field === 'subnet' ? `${f.name}'s subnet is ${f.value}` : f.field === 'driver' ? `${f.name}'s driver is ${f.value}` : `${f.name} is ${f.value === 'true' ? '' : 'not '}${f.field}`;
		case 'not-answered':
			return 'not answered yet';
		case 'wrong-answer':
			return 'no answer given so far is right';
		case 'answer-subject-missing':
			return 'what this question asks about does not exist yet';
		case 'broken':
			return `\`${f.line}\` broke it, and it had to hold after every command (reset to try again)`;
		case 'broken-at-setup':
			return "it does not hold right after the level's setup (the level itself is broken)";
	}
}

function factKo(f: Fact): string {
	switch (f.kind) {
		case 'no-container':
			return `${f.name}(이)라는 컨테이너가 없어요`;
		case 'not-running':
			return `${f.name}이(가) 실행 중이 아니에요`;
		case 'still-running':
			return `${f.name}이(가) 아직 실행 중이에요`;
		case 'no-address':
			return `${f.name}에는 시도할 주소가 없어요`;
		case 'recreated':
			return `${f.name}은(는) 처음의 그 컨테이너가 아니라 새로 만든 컨테이너예요`;
		case 'not-recreated':
			return `${f.name}은(는) 아직 처음의 그 컨테이너예요`;
		case 'not-on':
			return `${f.name}이(가) ${f.network}에 붙어 있지 않아요`;
		case 'still-on':
			return `${f.name}이(가) 아직 ${f.network}에 붙어 있어요`;
		case 'network-mode':
			return `${f.name}의 네트워크 모드는 ${f.mode}예요`;
		case 'not-publishing':
			return `${f.name}이(가) ${f.what}을(를) 게시하지 않아요`;
		case 'not-published':
			return `${f.name}의 ${f.what}이(가) ${f.on ? `${f.on}에 ` : ''}게시되어 있지 않아요`;
		case 'published':
			return `${f.name}의 ${f.what}이(가) 아직 ${f.at}에 게시되어 있어요`;
		case 'no-network':
			return `${f.name}(이)라는 네트워크가 없어요`;
		case 'network-exists':
			return `네트워크 ${f.name}이(가) 아직 있어요`;
		case 'network-field':
			return f.field === 'subnet' ? `${f.name}의 서브넷은 ${f.value}예요` : f.field === 'driver' ? `${f.name}의 드라이버는 ${f.value}예요` : `${f.name}은(는) ${f.field} ${f.value === 'true' ? '네트워크예요' : '네트워크가 아니에요'}`;
		case 'not-answered':
			return '아직 답하지 않았어요';
		case 'wrong-answer':
			return '지금까지 낸 답 중에 맞는 답이 없어요';
		case 'answer-subject-missing':
			return '이 질문이 묻는 대상이 아직 없어요';
		case 'broken':
			return `\`${f.line}\` 때문에 깨졌어요. 명령마다 지켜져야 하는 목표예요 (reset으로 다시 해 보세요)`;
		case 'broken-at-setup':
			return '레벨 준비가 끝난 직후부터 지켜지지 않아요 (레벨 자체가 잘못됐어요)';
	}
}

/** One line on why a goal is unmet, in `lang`; `brief` (grade's class table) leaves out rule texts. */
export function whyText(why: Why, lang: Lang, options: {brief?: boolean} = {}): string {
	if (why.kind === 'probe') return probeWhy(why, lang, options.brief ?? false);
	return why.facts.map((f) => (lang === 'ko' ? factKo(f) : factEn(f))).join('; ');
}
