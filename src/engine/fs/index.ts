// A pure, immutable file system (see types.ts): paths, nodes with mode/owner/mtime/size, and the
// operations tools need, failing with errno codes that the tools word (strerror).
export type * from './types.js';
export {strerror} from './errno.js';
export {absolute, components, joinComponents, baseName, dirName, normalize, NAME_MAX, PATH_MAX} from './path.js';
export {walk, lookup, may, setAt, ROOT_CRED, type Resolved} from './walk.js';
export {readFile, listDir, writeFile, touch, mkdir, mkdirParents, remove, rmdir, rename, place, copy, setMeta, newFile, newDir, type CreateOptions} from './ops.js';
export {utf8Length, sizeOf, linkCount, writeFlat, readFlat, countNodes} from './flat.js';
