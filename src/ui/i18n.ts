/**
 * UI strings for the screens in src/ui. Level text (briefings, goals, hints) comes
 * from the level files in both languages; this table only covers the chrome around it.
 */

import type {Lang} from '../game/messages.js';
import {messageTable} from '../shell/lang.js';

export type {Lang} from '../game/messages.js';

const en = {
	goals: 'Goals',
	allGoalsMet: 'All goals met',
	levelSolved: 'Level solved!',
	commands: 'commands',
	cmds: 'cmds',
	par: 'par',
	time: 'time',
	best: 'best',
	nextLevel: 'Next level',
	noNextLevel: 'That was the last level of this pack.',
	hintsUsed: 'hints used',
	underPar: 'at or under par',
	pressEnterNext: 'Enter/Space: next level   m/Esc: level map',
	pressEnterMenu: 'Enter/Space/m/Esc: level map',
	notRun: 'Not run: {line} (the level is solved)',
	timeLeft: 'time left {time}',
	timeUpShort: 'time is up',
	timeUp: 'Time is up: this level can no longer be solved in this round. `reset` starts it again with a full clock.',
	pressQuit: 'q: quit',
	levelMap: 'Levels',
	levelMapHelp: '↑/↓ move   Enter play   q/Esc quit',
	solved: 'solved',
	host: 'host',
	hostMode: 'host mode',
	noNetwork: 'no network',
	sharedNetwork: 'shares a network namespace',
	internal: 'internal',
	iccOff: 'icc off',
	noContainers: 'no containers',
	stopped: 'stopped',
	running: 'running',
	gateway: 'gw',
	topology: 'Topology',
	tagline: 'Learn Docker networking by doing it.',
	exitHint: 'Ctrl+D or `exit` to leave',
	moreLines: '… {n} more lines (a taller terminal shows them; `map` hides the map)',
	moreCandidates: '… {n} more',
	editorTitle: 'edit {file}',
	editorNewFile: 'new file',
	editorModified: 'modified',
	editorPosition: 'line {line}/{lines}  col {col}',
	editorHelp: 'Ctrl+S save and close   Esc/Ctrl+Q close without saving   arrows/Home/End move',
	editorOpening: 'Opening {file} in your editor…',
	editUnchanged: 'edit: {file} unchanged',
	editCancelled: 'edit: {file} not saved',
	editFailed: 'edit: {file} not saved: {error}',
} as const;

export type MessageKey = keyof typeof en;

// Typed as the full key set so a missing Korean string is a compile error, not a blank label.
const ko: Record<MessageKey, string> = {
	goals: '목표',
	allGoalsMet: '모든 목표 달성',
	levelSolved: '레벨 클리어!',
	commands: '명령',
	cmds: '명령',
	par: '기준',
	time: '시간',
	best: '최고',
	nextLevel: '다음 레벨',
	noNextLevel: '이 팩의 마지막 레벨이었습니다.',
	hintsUsed: '사용한 힌트',
	underPar: '기준 이하 달성',
	pressEnterNext: 'Enter/Space: 다음 레벨   m/Esc: 레벨 맵',
	pressEnterMenu: 'Enter/Space/m/Esc: 레벨 맵',
	notRun: '실행하지 않음: {line} (레벨을 이미 클리어했어요)',
	timeLeft: '남은 시간 {time}',
	timeUpShort: '시간 종료',
	timeUp: '시간이 다 됐어요. 이번 판에서는 이 레벨을 더 이상 클리어할 수 없어요. `reset`을 하면 시간이 처음부터 다시 흘러요.',
	pressQuit: 'q: 종료',
	levelMap: '레벨',
	levelMapHelp: '↑/↓ 이동   Enter 시작   q/Esc 종료',
	solved: '클리어',
	host: '호스트',
	hostMode: '호스트 모드',
	noNetwork: '네트워크 없음',
	sharedNetwork: '네트워크 네임스페이스 공유',
	internal: '내부 전용',
	iccOff: 'ICC 꺼짐',
	noContainers: '컨테이너 없음',
	stopped: '중지됨',
	running: '실행 중',
	gateway: 'gw',
	topology: '토폴로지',
	tagline: '직접 해 보며 배우는 Docker 네트워킹.',
	exitHint: 'Ctrl+D 또는 `exit` 로 나가기',
	moreLines: '… {n}줄 더 있어요 (터미널을 키우면 보여요. `map` 으로 맵을 숨겨요)',
	moreCandidates: '… {n}개 더',
	editorTitle: 'edit {file}',
	editorNewFile: '새 파일',
	editorModified: '수정됨',
	editorPosition: '{line}/{lines}줄  {col}열',
	editorHelp: 'Ctrl+S 저장하고 닫기   Esc/Ctrl+Q 저장하지 않고 닫기   화살표/Home/End 이동',
	editorOpening: '{file} 파일을 편집기로 여는 중…',
	editUnchanged: 'edit: {file} 바뀐 내용 없음',
	editCancelled: 'edit: {file} 저장하지 않음',
	editFailed: 'edit: {file} 저장하지 않음: {error}',
};

export const messages: Record<Lang, Record<MessageKey, string>> = {en, ko};

/** Looks up a UI string and fills `{name}` placeholders from `vars` (an unknown one stays, so a typo shows on screen). */
export const t = messageTable<MessageKey>(messages);
