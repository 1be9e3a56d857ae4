// `trace`'s output: the probe's hops, numbered, then one verdict line, all in the player's
// language. The engine hands over data (kind and parameters); the words are here.
import type {Hop, ProbeResult} from '../../engine/index.js';
import type {ToolContext} from '../../shell/context.js';
import type {CommandResult} from '../../shell/types.js';
import {traceProbe} from '../../shell/tools/trace.js';
import type {Lang} from '../messages.js';
import {placeEn, stepEn} from './hops-en.js';
import {placeKo, stepKo} from './hops-ko.js';

export function hopLine(h: Hop, lang: Lang): string {
	const text = lang === 'ko' ? `${placeKo(h.at)}: ${stepKo(h.step)}` : `${placeEn(h.at)}: ${stepEn(h.step)}`;
	return h.verdict ? `${text} [${h.verdict}]` : text;
}

export function verdictLine(r: ProbeResult, target: string, port: number | undefined, lang: Lang): string {
	const where = port === undefined ? target : `${target}:${port}`;
	const ip = r.ip && r.ip !== target ? ` (${r.ip})` : '';
	if (lang === 'ko') {
		switch (r.outcome) {
			case 'ok':
				return `결과: ${where}${ip}에 도달했습니다${r.responder ? ` — ${r.responder}이(가) 응답합니다` : ''}.`;
			case 'refused':
				return `결과: ${where}${ip}에 도달했지만 그 포트에서 듣는 프로세스가 없어 연결이 거부되었습니다 (RST).`;
			case 'reset':
				return `결과: docker-proxy가 연결을 받았지만 컨테이너의 ${where} 뒤에서 응답하는 프로세스가 없어 연결을 끊었습니다.`;
			case 'timeout':
				return `결과: 패킷이 도중에 버려져 ${where}${ip}에서 응답이 없습니다 (시간 초과).`;
			case 'stalled':
				return `결과: ${where}${ip}에서 연결은 받아들여졌지만 컨테이너가 일시 정지되어 응답이 오지 않습니다.`;
			case 'unreachable':
				return `결과: ${where}${ip}로 가는 경로가 없습니다 (Network unreachable).`;
			case 'unresolved':
				return `결과: 이름 ${target}을(를) 찾을 수 없습니다.`;
			default:
				return '결과: 보내는 쪽 컨테이너가 실행 중이 아닙니다.';
		}
	}
	switch (r.outcome) {
		case 'ok':
			return `Verdict: reached ${where}${ip}${r.responder ? `; ${r.responder} answers` : ''}.`;
		case 'refused':
			return `Verdict: ${where}${ip} was reached, but nothing listens there: connection refused.`;
		case 'reset':
			return `Verdict: docker-proxy accepted the connection to ${where}, but nothing answers behind it in the container, so it was closed.`;
		case 'timeout':
			return `Verdict: the packets were dropped on the way; ${where}${ip} never answers (timeout).`;
		case 'stalled':
			return `Verdict: ${where}${ip} accepted the connection, but the container is paused: no answer ever comes.`;
		case 'unreachable':
			return `Verdict: there is no route to ${where}${ip} (network unreachable).`;
		case 'unresolved':
			return `Verdict: the name ${target} does not resolve here.`;
		default:
			return 'Verdict: the sending container is not running.';
	}
}

const UNSUPPORTED: Record<Lang, string> = {
	en: 'trace: give it a curl, wget, ping or nc command (e.g. trace curl -s http://web:8080)\n',
	ko: 'trace: curl, wget, ping, nc 명령만 추적할 수 있습니다 (예: trace curl -s http://web:8080)\n',
};

/** Runs `trace ARGV...` at the prompt's location and renders it. */
export function traceLine(argv: string[], ctx: ToolContext, lang: Lang = 'en'): CommandResult {
	const traced = traceProbe(argv, ctx);
	if ('unsupported' in traced) return {stdout: '', stderr: UNSUPPORTED[lang], exitCode: 2};
	if ('error' in traced) return {stdout: '', stderr: traced.error, exitCode: 2};
	const r = traced.result;
	const lines = r.hops.map((h, i) => `${String(i + 1).padStart(2)}. ${hopLine(h, lang)}`);
	lines.push(verdictLine(r, traced.target, traced.port, lang));
	return {stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: r.outcome === 'ok' ? 0 : 1};
}
