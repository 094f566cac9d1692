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
import fs from "node:fs";
import path from "node:path";

// Shared across duplicate copies of this module in one process (e.g. bundled and unbundled).
const HELD = Symbol.for("crm.dataDirLock.held");
/** @type {Map<string, number>} lock path -> number of holders in this process */
const held = (globalThis[HELD] ??= new Map());

/** Path of the lock file guarding `dir`. */
export function lockPathFor(dir) {
  return path.resolve(dir).replace(/[\\/]+$/, "") + ".lock";
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code !== "ESRCH"; // EPERM: alive, owned by another user
  }
}

function readHolder(lockPath) {
  try {
    const text = fs.readFileSync(lockPath, "utf8").trim();
    const age = Date.now() - fs.statSync(lockPath).mtimeMs;
    return { pid: /^\d+$/.test(text) ? Number(text) : null, age };
  } catch (e) {
    if (e.code === "ENOENT") return null;
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
  const error = new Error(`The embedded database at ${path.resolve(dir)} is in use by process ${pid ?? "(unknown)"} (stop it first)`);
  return Object.assign(error, { code: "EDATADIRLOCKED", pid });
}

let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const lockPath of held.keys()) removeIfOurs(lockPath);
    held.clear();
  });
}

/** Sleep synchronously (the lock is taken synchronously, before any database is opened). */
function pause(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Only the holder of this short-lived guard file may delete a stale lock, and
 * it re-reads the lock while holding it: two processes that both saw the same
 * dead pid cannot both delete-and-recreate (one would delete the other's
 * fresh lock). A guard left by a crashed taker is stale after 5 s.
 * @returns {boolean} whether we hold the guard
 */
function takeGuard(guardPath) {
  try {
    const fd = fs.openSync(guardPath, "wx", 0o600);
    fs.writeSync(fd, `${process.pid}\n`);
    fs.closeSync(fd);
    return true;
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
  }
  const guard = readHolder(guardPath);
  if (guard && ((guard.pid && !isAlive(guard.pid)) || guard.age > 5000)) {
    try {
      fs.unlinkSync(guardPath);
    } catch {
      /* someone else cleared it */
    }
  }
  return false;
}

/**
 * Create the lock atomically with our pid already inside: write a private
 * temp file, then hard-link it to the lock path (link fails if the lock
 * exists, so no one ever sees an empty or half-written lock).
 * @returns {boolean} whether we created it
 */
function tryCreate(lockPath) {
  const temp = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(temp, `${process.pid}\n`, { mode: 0o600 });
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (e) {
    if (e.code !== "EEXIST") throw e;
    return false;
  } finally {
    fs.rmSync(temp, { force: true });
  }
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
  const guardPath = `${lockPath}.takeover`;
  const count = held.get(lockPath);
  if (count) {
    held.set(lockPath, count + 1);
  } else {
    // The data folder's parent (e.g. .data/) holds secrets and the database: owner only.
    fs.mkdirSync(path.dirname(lockPath), { recursive: true, mode: 0o700 });
    for (let attempt = 0; ; attempt++) {
      if (tryCreate(lockPath)) break;
      const holder = readHolder(lockPath);
      if (!holder) continue; // released meanwhile: try again
      // Our own pid from an earlier, unreleased acquisition (e.g. another module instance).
      if (holder.pid === process.pid) break;
      // A pid-less file (written by an older version) younger than 2 s may still be filled in.
      const stale = holder.pid ? !isAlive(holder.pid) : holder.age > 2000;
      if (!stale || attempt >= 50) throw inUse(dir, holder.pid);
      if (!takeGuard(guardPath)) {
        pause(5 + Math.random() * 20); // another process is taking over: see what it does
        continue;
      }
      try {
        // Still the same stale holder, now that no one else can be taking over?
        const again = readHolder(lockPath);
        if (again && again.pid === holder.pid && (again.pid ? !isAlive(again.pid) : again.age > 2000)) {
          fs.rmSync(lockPath, { force: true });
        }
      } finally {
        fs.rmSync(guardPath, { force: true });
      }
    }
    // Whoever linked first after the take-over holds it; everyone else sees a live pid and gives up.
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
