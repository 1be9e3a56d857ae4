// What the game itself says (as opposed to what the simulated machine prints), in English and Korean.
import type {Lang} from '../shell/lang.js';

export type {Lang} from '../shell/lang.js';

const en = {
	helpIntro: 'Type docker and shell commands as on a real machine. Game commands:',
	helpTools: 'On the host: {tools}, and {filters} to pipe into. Inside a container only the tools its image has exist. `help programs` says what each one does.',
	helpProgramsHost: 'Programs on the host:',
	helpProgramsContainer: 'Only inside a container whose image has them:',
	noMoreHints: 'No more hints. Type `solution` to see the reference solution.',
	hintN: 'Hint {n}/{total}: {text}',
	noHints: 'This level has no hints.',
	solutionLocked: 'The solution opens after all the hints: type `hint` ({left} left).',
	solutionIntro: 'One way to solve it:',
	answerUsage: 'usage: answer VALUE',
	answerTaken: 'Answer noted: {value}',
	resetDone: 'The level is back to its starting state.',
	goalBroken: '{text} (broken by `{line}`: this must hold after every command; `reset` to try again)',
	goalBrokenAtSetup: '{text} (does not hold after the level\'s setup: the level itself is broken)',
	undoDone: 'Took back: {line}',
	undoNothing: 'Nothing to undo.',
	langUsage: 'usage: lang en|ko',
	langSet: 'Language: English',
	traceUsage: 'usage: trace curl|wget|ping|nc ... (for example: trace curl -s http://web:80)',
	noGoals: 'Sandbox: no goals. Try anything.',
	goalsTitle: 'Goals',
	editUsage: 'usage: edit FILE',
	editHeadless: "edit: needs an interactive terminal; use printf '...' > FILE instead",
	editSaved: 'edit: saved {file} ({n} lines)',
	editSavedOne: 'edit: saved {file} (1 line)',
	sandboxBriefing: 'A fresh Docker host with nothing running. Try anything; `help` lists the game commands.',
};

export type MessageKey = keyof typeof en;

const ko: Record<MessageKey, string> = {
	helpIntro: '실제 머신처럼 docker와 셸 명령을 입력하세요. 게임 명령:',
	helpTools: '호스트에서는 {tools} 와 파이프로 쓰는 {filters} 를 쓸 수 있어요. 컨테이너 안에서는 그 이미지에 있는 도구만 있어요. `help programs` 로 각 프로그램이 하는 일을 볼 수 있어요.',
	helpProgramsHost: '호스트의 프로그램:',
	helpProgramsContainer: '이미지에 있을 때 컨테이너 안에서만:',
	noMoreHints: '힌트를 모두 봤어요. `solution` 을 입력하면 모범 답안을 볼 수 있어요.',
	hintN: '힌트 {n}/{total}: {text}',
	noHints: '이 레벨에는 힌트가 없어요.',
	solutionLocked: '모범 답안은 힌트를 모두 본 뒤에 열려요. `hint` 를 입력하세요 ({left}개 남음).',
	solutionIntro: '이렇게 풀 수 있어요:',
	answerUsage: '사용법: answer 값',
	answerTaken: '답을 기록했어요: {value}',
	resetDone: '레벨을 처음 상태로 되돌렸어요.',
	goalBroken: '{text} (`{line}` 때문에 깨졌어요. 명령 하나하나가 끝날 때마다 지켜져야 해요. `reset`으로 다시 해 보세요)',
	goalBrokenAtSetup: '{text} (레벨 준비가 끝난 직후부터 지켜지지 않아요. 레벨 자체가 잘못됐어요)',
	undoDone: '되돌렸어요: {line}',
	undoNothing: '되돌릴 명령이 없어요.',
	langUsage: '사용법: lang en|ko',
	langSet: '언어: 한국어',
	traceUsage: '사용법: trace curl|wget|ping|nc ... (예: trace curl -s http://web:80)',
	noGoals: '샌드박스: 목표가 없어요. 마음껏 해 보세요.',
	goalsTitle: '목표',
	editUsage: '사용법: edit 파일',
	editHeadless: "edit: 대화형 터미널이 필요해요. 대신 printf '...' > 파일 을 쓰세요",
	editSaved: 'edit: {file} 저장함 ({n}줄)',
	editSavedOne: 'edit: {file} 저장함 (1줄)',
	sandboxBriefing: '아무것도 실행되지 않은 새 Docker 호스트예요. 마음껏 해 보세요. `help` 로 게임 명령을 볼 수 있어요.',
};

const tables: Record<Lang, Record<MessageKey, string>> = {en, ko};

export function msg(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return (tables[lang][key] ?? en[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
