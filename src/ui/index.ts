// One import point for the screens; each folder also works on its own.
export {Prompt, PromptLine, type PromptProps, type Completer, type Completion} from './prompt/index.js';
export {default as Scrollback, ScrollbackEntry, type ScrollbackItem, type ScrollbackProps} from './scrollback/Scrollback.js';
export {default as GoalsPanel, type Goal, type GoalsPanelProps} from './goals/GoalsPanel.js';
export {
	TopologyMap,
	layoutTopology,
	type TopologyMapProps,
	type TopologyModel,
	type TopologyHost,
	type TopologyBridge,
	type TopologyEndpoint,
	type MapLine,
} from './map/index.js';
export {default as LevelMap, type LevelMapProps, type LevelSummary, type PackSummary} from './level-map/LevelMap.js';
export {default as SolvedScreen, type SolvedScreenProps} from './solved/SolvedScreen.js';
export {default as Title, titleArt, type TitleProps} from './title/Title.js';
export {t, messages, type Lang, type MessageKey} from './i18n.js';
export {formatDuration} from './format-time.js';
