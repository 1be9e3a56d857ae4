// The C library's wording of each errno (glibc's strerror; musl words a few differently, and the
// shell's libc layer rewrites those for alpine).
import type {Errno, FsResult} from './types.js';

const GLIBC: Record<Errno, string> = {
	ENOENT: 'No such file or directory',
	ENOTDIR: 'Not a directory',
	EISDIR: 'Is a directory',
	EEXIST: 'File exists',
	ENOTEMPTY: 'Directory not empty',
	EINVAL: 'Invalid argument',
	EACCES: 'Permission denied',
	EPERM: 'Operation not permitted',
	EBUSY: 'Device or resource busy',
	ENAMETOOLONG: 'File name too long',
};

export function strerror(errno: Errno): string {
	return GLIBC[errno];
}

export const okResult = <T>(value: T): FsResult<T> => ({ok: true, value});
export const failResult = <T>(errno: Errno): FsResult<T> => ({ok: false, errno});
