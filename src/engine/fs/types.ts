// A file system as plain immutable data: a tree of directories and files with the metadata `ls -l`
// shows. It knows nothing of hosts or containers: a machine holds one tree (its root directory),
// and every operation returns a new root that shares the unchanged parts with the old one.

/** Owner, permission bits and modification time, as stat(2) reports them. */
export interface NodeMeta {
	/** Permission bits incl. set-id and sticky bits (0o755, 0o644, 0o1777 for /tmp). */
	readonly mode: number;
	readonly uid: number;
	readonly gid: number;
	/** ms since the epoch (the simulated clock). */
	readonly mtime: number;
}

export interface FileNode extends NodeMeta {
	readonly kind: 'file';
	readonly content: string;
}

export interface DirNode extends NodeMeta {
	readonly kind: 'dir';
	/** Entries by name (own properties only: `__proto__` is a file name like any other). */
	readonly entries: Readonly<Record<string, FsNode>>;
}

export type FsNode = FileNode | DirNode;

/** The errno values the operations fail with; tools word them (see strerror in errno.ts). */
export type Errno = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL' | 'EACCES' | 'EPERM' | 'EBUSY' | 'ENAMETOOLONG';

export type FsResult<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly errno: Errno};

/** Who performs an operation: permissions are checked for this user (uid 0 may do anything). */
export interface Cred {
	readonly uid: number;
	readonly gid: number;
}

/** What every changing operation needs: who does it and when (the new mtime). */
export interface WriteOptions {
	readonly now: number;
	readonly cred?: Cred;
}
