// The class as a whole: every student's grade plus, per goal, how many students failed it and the
// reason the checker gave most often, which is what shows an instructor the class's misconceptions.
import type {StudentGrade} from './grade-student.js';
import {whyText} from '../game/trace/why.js';

export interface GoalSummary {
	readonly level: string;
	readonly goal: string;
	/** Students who attempted the level and did not meet this goal at the end. */
	readonly failed: number;
	readonly attempted: number;
	readonly notAttempted: number;
	/** The most common why among the failures (src/game/trace/why.ts, brief), and how many shared it. */
	readonly why?: string;
	readonly whyCount: number;
}

export interface ClassReport {
	readonly packs: {id: string; hash: string}[];
	readonly levels: {id: string; title: string; par: number; goals: string[]}[];
	readonly students: StudentGrade[];
	readonly goals: GoalSummary[];
	/** Every student solved every level. */
	readonly allSolved: boolean;
	/** Wall-clock time the grading took, for the report's footer and the bench. */
	readonly gradingMs: number;
}

export function goalSummaries(levels: ClassReport['levels'], students: readonly StudentGrade[]): GoalSummary[] {
	const out: GoalSummary[] = [];
	levels.forEach((level, li) => {
		level.goals.forEach((goal, gi) => {
			let failed = 0;
			let attempted = 0;
			const whys = new Map<string, number>();
			for (const s of students) {
				const grade = s.levels[li];
				if (!grade?.attempted) continue;
				attempted++;
				const status = grade.goals[gi];
				if (status?.met) continue;
				failed++;
				// The failing probe and the hop that stopped it (without the rule's text, which names a bridge by its id).
				const why = status?.why ? whyText(status.why, 'en', {brief: true}) : (status?.detail ?? 'not checked');
				whys.set(why, (whys.get(why) ?? 0) + 1);
			}
			// Most common first; a tie goes to the reason seen first, so the report is stable.
			let why: string | undefined;
			let whyCount = 0;
			for (const [w, n] of whys) if (n > whyCount) [why, whyCount] = [w, n];
			out.push({level: level.id, goal, failed, attempted, notAttempted: students.length - attempted, ...(why !== undefined ? {why} : {}), whyCount});
		});
	});
	return out;
}
