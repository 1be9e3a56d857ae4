// The `goals` list with each unmet goal's why under it, and the `why [GOAL]` game command's answer.
import type {Lang} from '../messages.js';

export interface GoalLine {
	readonly id: string;
	readonly text: string;
	readonly met: boolean;
	readonly why?: string;
}

const WORDS = {
	en: {why: 'why', allMet: 'Every goal is met.', unknown: (id: string, ids: string) => `why: no goal "${id}" in this level (its goals: ${ids})`, usage: 'why: usage: why [GOAL]'},
	ko: {why: '이유', allMet: '모든 목표를 달성했어요.', unknown: (id: string, ids: string) => `why: 이 레벨에는 "${id}" 목표가 없어요 (목표: ${ids})`, usage: 'why: 사용법: why [목표]'},
} as const;

/** `goals`: every goal with its mark; under an unmet one, why. */
export function goalsList(goals: readonly GoalLine[], title: string, lang: Lang): string {
	const lines = [title];
	for (const g of goals) {
		lines.push(`  ${g.met ? '[x]' : '[ ]'} ${g.text}`);
		if (!g.met && g.why) lines.push(`      ${WORDS[lang].why}: ${g.why}`);
	}
	return lines.join('\n');
}

/** `why`: each unmet goal by id with why; `why ID`: that goal only (met or not). */
export function whyAnswer(goals: readonly GoalLine[], args: readonly string[], lang: Lang): {text: string} | {error: string} {
	const w = WORDS[lang];
	if (args.length > 1) return {error: w.usage};
	if (args.length === 1) {
		const g = goals.find((x) => x.id === args[0]);
		if (!g) return {error: w.unknown(args[0], goals.map((x) => x.id).join(', '))};
		return {text: g.met ? `[x] ${g.id}: ${g.text}` : `[ ] ${g.id}: ${g.why ?? g.text}`};
	}
	const unmet = goals.filter((g) => !g.met);
	if (unmet.length === 0) return {text: w.allMet};
	return {text: unmet.map((g) => `[ ] ${g.id}: ${g.why ?? g.text}`).join('\n')};
}
