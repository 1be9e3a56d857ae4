// The speed-run screens' own words (src/ui/i18n.ts covers the shared chrome).
import type {Lang} from '../i18n.js';

const en = {
	timerWaiting: 'the timer starts on your first keystroke',
	level: 'level',
	split: 'split',
	total: 'total',
	runComplete: 'Run complete',
	pack: 'pack',
	time: 'time',
	commands: 'commands',
	par: 'par',
	vsPb: 'vs PB',
	newTimePb: 'New personal best!',
	newCommandsPb: 'New fewest-commands record!',
	timePb: 'personal best',
	commandsPb: 'fewest commands',
	firstRun: 'first finished run: it is your personal best',
	behindPb: 'behind your personal best',
	tiedPb: 'ties your personal best (the older run keeps it)',
	sumOfBest: 'sum of best segments',
	runFile: 'run file',
	verifyWith: 'verify with',
	pressEnter: 'Enter/q/Esc: quit',
	briefingStart: 'Enter: start the level',
	was: 'was',
	notSaved: 'not saved',
} as const;

export type SpeedrunKey = keyof typeof en;

const ko: Record<SpeedrunKey, string> = {
	timerWaiting: '첫 키를 누르면 타이머가 시작돼요',
	level: '레벨',
	split: '구간',
	total: '합계',
	runComplete: '런 완료',
	pack: '팩',
	time: '시간',
	commands: '명령',
	par: '기준',
	vsPb: 'PB 대비',
	newTimePb: '개인 최고 기록!',
	newCommandsPb: '최소 명령 신기록!',
	timePb: '개인 최고 기록',
	commandsPb: '최소 명령',
	firstRun: '처음 완주한 런: 이 기록이 개인 최고 기록이에요',
	behindPb: '개인 최고 기록보다 느림',
	tiedPb: '개인 최고 기록과 같아요 (먼저 세운 기록이 유지돼요)',
	sumOfBest: '구간 최고 합계',
	runFile: '런 파일',
	verifyWith: '검증',
	pressEnter: 'Enter/q/Esc: 종료',
	briefingStart: 'Enter: 레벨 시작',
	was: '이전',
	notSaved: '저장 안 됨',
};

export function s(lang: Lang, key: SpeedrunKey): string {
	return (lang === 'ko' ? ko : en)[key];
}
