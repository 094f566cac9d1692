/** Path of the lock file guarding the embedded database folder `dir`: `<dir>.lock` (a sibling). */
export declare function lockPathFor(dir: string): string;

/**
 * Take the cross-process lock on the embedded (PGlite) database folder `dir`.
 * Re-entrant within one process; a lock left by a dead process is taken over.
 * @throws Error "The embedded database at <dir> is in use by process <pid> (stop it first)",
 *   with `code === 'EDATADIRLOCKED'` and the holder's `pid`
 * @returns an idempotent release function (the lock is also released at process exit)
 */
export declare function acquireDataDirLock(dir: string): () => void;
