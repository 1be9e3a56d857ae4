export {loadProgress, recordResult, saveErrorMessage, type LoadedProgress, type ProgressOptions, type SaveResult} from './store.js';
export {progressDir, progressPath, type ProgressLocationOptions} from './paths.js';
export {emptyProgress, mergeResult, progressProblem, readProgressValue, type LevelProgress, type LevelResult, type ProgressFile} from './schema.js';
export {withLock, type LockOptions} from './lock.js';
export {writeFileAtomic} from './atomic-write.js';
