export {loadProgress, recordResult, type LoadedProgress, type ProgressOptions} from './store.js';
export {progressDir, progressPath, type ProgressLocationOptions} from './paths.js';
export {emptyProgress, mergeResult, progressProblem, type LevelProgress, type LevelResult, type ProgressFile} from './schema.js';
export {withLock, type LockOptions} from './lock.js';
export {writeFileAtomic} from './atomic-write.js';
