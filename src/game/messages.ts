// What the game itself says (as opposed to what the simulated machine prints), in English and Korean.
export type Lang = 'en' | 'ko';

const en = {
	helpIntro: 'Type docker and shell commands as on a real machine. Game commands:',
	helpHelp: 'help [CMD]      this list, or help for one command (also CMD --help)',
	helpHint: 'hint            the next hint (they come in steps)',
	helpGoals: 'goals           the goals and whether each is met',
	helpBriefing: 'briefing        the level briefing again',
	helpMap: 'map             show or hide the network map',
	helpTrace: 'trace CMD       explain a curl/wget/ping/nc hop by hop (trace curl localhost:8080)',
	helpReset: 'reset           start the level over',
	helpUndo: 'undo            take back the last command',
	helpSolution: 'solution        the reference solution (after all hints)',
	helpAnswer: 'answer VALUE    answer a question goal',
	helpLevels: 'levels          back to the level map',
	helpClear: 'clear           clear the screen',
	helpLang: 'lang en|ko      switch language',
	helpExit: 'exit            leave a container shell, or the level',
	helpTools: 'On the host: docker, curl, wget, ping, nslookup, ip, hostname, cat, ls, ss, iptables, and grep/awk/head/tail/wc/cut/sort to pipe into. Inside a container only the tools its image has exist.',
	noMoreHints: 'No more hints. Type `solution` to see the reference solution.',
	hintN: 'Hint {n}/{total}: {text}',
	noHints: 'This level has no hints.',
	solutionLocked: 'The solution opens after all the hints: type `hint` ({left} left).',
	solutionIntro: 'One way to solve it:',
	answerUsage: 'usage: answer VALUE',
	answerTaken: 'Answer noted: {value}',
	resetDone: 'The level is back to its starting state.',
	undoDone: 'Took back: {line}',
	undoNothing: 'Nothing to undo.',
	langUsage: 'usage: lang en|ko',
	langSet: 'Language: English',
	traceUsage: 'usage: trace curl|wget|ping|nc ... (for example: trace curl -s http://web:80)',
	noGoals: 'Sandbox: no goals. Try anything.',
	goalsTitle: 'Goals',
	sandboxBriefing: 'A fresh Docker host with nothing running. Try anything; `help` lists the game commands.',
};

export type MessageKey = keyof typeof en;

const ko: Record<MessageKey, string> = {
	helpIntro: '실제 머신처럼 docker와 셸 명령을 입력하세요. 게임 명령:',
	helpHelp: 'help [명령]     이 목록, 또는 명령 하나의 도움말 (명령 --help 도 돼요)',
	helpHint: 'hint            다음 힌트 (단계별로 나와요)',
	helpGoals: 'goals           목표와 달성 여부',
	helpBriefing: 'briefing        레벨 설명 다시 보기',
	helpMap: 'map             네트워크 지도 보이기/숨기기',
	helpTrace: 'trace 명령      curl/wget/ping/nc 가 어디를 거치는지 설명 (trace curl localhost:8080)',
	helpReset: 'reset           레벨을 처음부터 다시',
	helpUndo: 'undo            마지막 명령 되돌리기',
	helpSolution: 'solution        모범 답안 (힌트를 모두 본 뒤)',
	helpAnswer: 'answer 값       질문 목표에 답하기',
	helpLevels: 'levels          레벨 목록으로',
	helpClear: 'clear           화면 지우기',
	helpLang: 'lang en|ko      언어 바꾸기',
	helpExit: 'exit            컨테이너 셸에서 나가기, 또는 레벨 나가기',
	helpTools: '호스트에서는 docker, curl, wget, ping, nslookup, ip, hostname, cat, ls, ss, iptables 와 파이프로 쓰는 grep/awk/head/tail/wc/cut/sort 를 쓸 수 있어요. 컨테이너 안에서는 그 이미지에 있는 도구만 있어요.',
	noMoreHints: '힌트를 모두 봤어요. `solution` 을 입력하면 모범 답안을 볼 수 있어요.',
	hintN: '힌트 {n}/{total}: {text}',
	noHints: '이 레벨에는 힌트가 없어요.',
	solutionLocked: '모범 답안은 힌트를 모두 본 뒤에 열려요. `hint` 를 입력하세요 ({left}개 남음).',
	solutionIntro: '이렇게 풀 수 있어요:',
	answerUsage: '사용법: answer 값',
	answerTaken: '답을 기록했어요: {value}',
	resetDone: '레벨을 처음 상태로 되돌렸어요.',
	undoDone: '되돌렸어요: {line}',
	undoNothing: '되돌릴 명령이 없어요.',
	langUsage: '사용법: lang en|ko',
	langSet: '언어: 한국어',
	traceUsage: '사용법: trace curl|wget|ping|nc ... (예: trace curl -s http://web:80)',
	noGoals: '샌드박스: 목표가 없어요. 마음껏 해 보세요.',
	goalsTitle: '목표',
	sandboxBriefing: '아무것도 실행되지 않은 새 Docker 호스트예요. 마음껏 해 보세요. `help` 로 게임 명령을 볼 수 있어요.',
};

const tables: Record<Lang, Record<MessageKey, string>> = {en, ko};

export function msg(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return (tables[lang][key] ?? en[key]).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
