import fs from 'node:fs';

export interface LockOptions {
	/** A lock older than this is from a crashed process and is broken. */
	staleMs?: number;
	/** Give up (throw) after waiting this long. */
	timeoutMs?: number;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread without spinning; progress writes are rare and short, so a sync API is simpler. */
export function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

function errorCode(error: unknown): string | undefined {
	return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Removes a lock left by a crashed process. Renaming first makes this safe against two waiters
 * both seeing the same stale lock: only one rename succeeds, and if what we renamed turns out to
 * be a fresh lock someone just took, it is put back with link (which never overwrites).
 */
function breakStaleLock(lockPath: string, stale: fs.Stats): void {
	const aside = `${lockPath}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
	try {
		fs.renameSync(lockPath, aside);
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return;
		}

		throw error;
	}

	try {
		const taken = fs.statSync(aside);
		if (taken.ino !== stale.ino || taken.mtimeMs !== stale.mtimeMs) {
			try {
				fs.linkSync(aside, lockPath);
			} catch {
				// Someone holds a newer lock already; the one we moved is theirs to lose, rarely.
			}
		}
	} finally {
		fs.rmSync(aside, {force: true});
	}
}

/**
 * Whether the lock's holder is gone: the pid written in it is no process (a game killed with -9 a
 * second ago), so the lock is stale at once, however young. False for a live pid, one we may not
 * signal (EPERM: alive, another user's), or a lock still being written.
 */
function isAbandoned(lockPath: string): boolean {
	let text: string;
	try {
		text = fs.readFileSync(lockPath, 'utf8');
	} catch {
		return false;
	}

	// A holder writes its pid right after creating the lock; an empty lock a second old was left
	// by a process killed in between.
	if (text === '') {
		try {
			return Date.now() - fs.statSync(lockPath).mtimeMs > 1000;
		} catch {
			return false;
		}
	}

	const match = /^(\d+) /.exec(text);
	const pid = match ? Number(match[1]) : Number.NaN;
	if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) {
		return false;
	}

	try {
		process.kill(pid, 0);
		return false;
	} catch (error) {
		return errorCode(error) === 'ESRCH';
	}
}

/** Runs `fn` while holding `lockPath` (created with O_EXCL), waiting for other holders. */
export function withLock<T>(lockPath: string, fn: () => T, {staleMs = 5000, timeoutMs = 15_000}: LockOptions = {}): T {
	const deadline = Date.now() + timeoutMs;
	let fd: number | undefined;
	while (fd === undefined) {
		try {
			fd = fs.openSync(lockPath, 'wx');
		} catch (error) {
			if (errorCode(error) !== 'EEXIST') {
				throw error;
			}

			let stats: fs.Stats | undefined;
			try {
				stats = fs.statSync(lockPath);
			} catch (statError) {
				if (errorCode(statError) !== 'ENOENT') {
					throw statError;
				}
			}

			if (stats && (Date.now() - stats.mtimeMs > staleMs || isAbandoned(lockPath))) {
				breakStaleLock(lockPath, stats);
				continue;
			}

			if (Date.now() > deadline) {
				throw new Error(`Timed out waiting for the lock ${lockPath}; if no other netdojo is running, delete it.`);
			}

			// Jitter keeps several waiters from retrying in lockstep.
			sleepSync(5 + Math.floor(Math.random() * 20));
		}
	}

	try {
		fs.writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
		return fn();
	} finally {
		fs.closeSync(fd);
		fs.rmSync(lockPath, {force: true});
	}
}
