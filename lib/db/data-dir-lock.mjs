// Cross-process lock for an embedded PGlite data folder.
//
// PGlite has no working lock of its own (its postmaster.pid is a constant), and two processes
// opening the same folder corrupts it. So every process that opens the folder (the app, the
// schema-engine stand-in, scripts) first takes this lock.
//
// The lock is a file NEXT TO the data folder: `<dir>.lock` (e.g. `.data/pglite.lock`), so that
// deleting the data folder to start over does not delete a lock someone still holds, and PGlite
// never sees a foreign file inside its folder. It contains the holder's pid. A lock whose pid is no
// longer alive is stale and is taken over. The same process may acquire it more than once
// (re-entrant, counted); the file is removed when the last holder releases it, or at process exit.
//
// Plain ESM JavaScript so that both the Node stand-in (no TypeScript) and the app can import it.
import fs from 'node:fs';
import path from 'node:path';

// Shared across duplicate copies of this module in one process (e.g. bundled and unbundled).
const HELD = Symbol.for('crm.dataDirLock.held');
/** @type {Map<string, number>} lock path -> number of holders in this process */
const held = (globalThis[HELD] ??= new Map());

/** Path of the lock file guarding `dir`. */
export function lockPathFor(dir) {
  return path.resolve(dir).replace(/[\\/]+$/, '') + '.lock';
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code !== 'ESRCH'; // EPERM: alive, owned by another user
  }
}

function readHolder(lockPath) {
  try {
    const text = fs.readFileSync(lockPath, 'utf8').trim();
    const age = Date.now() - fs.statSync(lockPath).mtimeMs;
    return { pid: /^\d+$/.test(text) ? Number(text) : null, age };
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

function removeIfOurs(lockPath) {
  try {
    if (readHolder(lockPath)?.pid === process.pid) fs.unlinkSync(lockPath);
  } catch {
    /* already gone */
  }
}

/** The error thrown when another live process holds the lock; `code` lets callers retry. */
function inUse(dir, pid) {
  const error = new Error(`The embedded database at ${path.resolve(dir)} is in use by process ${pid ?? '(unknown)'} (stop it first)`);
  return Object.assign(error, { code: 'EDATADIRLOCKED', pid });
}

let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lockPath of held.keys()) removeIfOurs(lockPath);
    held.clear();
  });
}

/**
 * Take the lock on the embedded database folder `dir`.
 * Throws `Error("The embedded database at <dir> is in use by process <pid> (stop it first)")`
 * with `code: 'EDATADIRLOCKED'` and `pid` when another live process holds it.
 * @param {string} dir data folder (relative paths are resolved against process.cwd())
 * @returns {() => void} release function (idempotent)
 */
export function acquireDataDirLock(dir) {
  const lockPath = lockPathFor(dir);
  const count = held.get(lockPath);
  if (count) {
    held.set(lockPath, count + 1);
  } else {
    fs.mkdirSync(path.dirname(lockPath), { recursive: true });
    for (let attempt = 0; ; attempt++) {
      try {
        const fd = fs.openSync(lockPath, 'wx');
        fs.writeSync(fd, `${process.pid}\n`);
        fs.closeSync(fd);
        break;
      } catch (e) {
        if (e.code !== 'EEXIST') throw e;
      }
      const holder = readHolder(lockPath);
      if (!holder) continue; // released meanwhile: try again
      // Our own pid from an earlier, unreleased acquisition (e.g. another module instance).
      if (holder.pid === process.pid) break;
      // An empty file younger than 2 s is another process between creating and writing it.
      const stale = holder.pid ? !isAlive(holder.pid) : holder.age > 2000;
      if (!stale || attempt >= 3) throw inUse(dir, holder.pid);
      try {
        fs.unlinkSync(lockPath); // stale: take it over
      } catch {
        /* someone else removed it first */
      }
    }
    // Lost a take-over race: somebody else's pid is in the file now.
    const now = readHolder(lockPath);
    if (now?.pid !== process.pid) throw inUse(dir, now?.pid);
    held.set(lockPath, 1);
    installExitHook();
  }

  let released = false;
  return function release() {
    if (released) return;
    released = true;
    const left = (held.get(lockPath) ?? 1) - 1;
    if (left > 0) {
      held.set(lockPath, left);
    } else {
      held.delete(lockPath);
      removeIfOurs(lockPath);
    }
  };
}
