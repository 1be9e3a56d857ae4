// Dockerfiles as BuildKit reads and runs them: pure, no I/O (the build context comes in as data).
export {parseDockerfile, DockerfileError, KEYWORDS, type Instruction, type ParsedDockerfile} from './parse.js';
export {evaluateBuild, type BuildInput, type BuildOutput, type Vertex} from './evaluate.js';
export {formatProgress, excerpt, bytes, type ProgressInput} from './progress.js';
export {filterContext, matchSource, type ContextFiles} from './context.js';
export {absPath, dirOf, baseOf} from './paths.js';
export {packageManager} from './packages.js';
