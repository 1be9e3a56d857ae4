// The level loader's public API: the file format's types, loading and checking.
export type {
	AnswerGoal,
	AnswerOf,
	AnswerSpec,
	ContainerGoal,
	ContainerSpec,
	Goal,
	GoalKind,
	HostSpec,
	ImageSpec,
	Level,
	Listen,
	LocalText,
	NetworkDriver,
	NetworkGoal,
	NetworkSpec,
	PackFile,
	ProbeGoal,
	ProbeSpec,
	WorldSpec,
} from './schema.js';
export {DEFAULT_HOSTS, GOAL_KINDS, levelSchema, packFileSchema} from './schema.js';
export type {ProbeSource, ProbeTarget, ProbeTo} from './probe-endpoints.js';
export {probeSource, probeTarget} from './probe-endpoints.js';
export type {LevelError} from './errors.js';
export {formatLevelError} from './errors.js';
export type {LevelResult, PackFileResult, ParseOptions} from './load.js';
export {loadLevelFile, loadPackFile, parseLevel} from './load.js';
export type {LevelSource, LoadedPacks, LoadPacksOptions, Pack} from './packs.js';
export {loadPacks} from './packs.js';
export {packHash, shortHash} from './pack-hash.js';
export type {BundleMeta} from './bundle.js';
export {BUNDLE_FORMAT, bundleText, isBundleText} from './bundle.js';
export {builtinLevelsDir, packageRoot} from './builtin-dir.js';
export type {Lang} from './text.js';
export {detectLang, LANGS, localize} from './text.js';
export {stripControlChars} from './control-chars.js';
export type {ReferenceProblem} from './references.js';
export {checkReferences} from './references.js';
export type {SolveOutcome, ValidateOptions} from './validate.js';
export {validateLevels} from './validate.js';
export type {Locate, PathSegment, Position} from './yaml-positions.js';
