import {
  closeSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../errors/error.js";
import { message } from "../errors/messages.js";

/**
 * Whether a process is running. A pid equal to this process's own cannot be another run (a lock
 * left by a dead process whose pid was later given to this one, common in containers).
 * @param pid A process id.
 * @returns True when a process other than this one has that id.
 */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid a lock file names, or null when it names none (empty, garbled, gone). */
function holder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Error codes of a file system without hard links (FAT, some network and FUSE mounts). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/**
 * Creates the lock file from a complete copy, failing with EEXIST when it exists: by a hard link,
 * or, on a file system without them, by an exclusive create (O_EXCL) and a write of the pid.
 * @param copy A file already holding this process's pid.
 * @param path The lock file.
 */
function createLock(copy: string, path: string): void {
  try {
    linkSync(copy, path);
  } catch (e) {
    if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? "")) throw e;
    const fd = openSync(path, "wx");
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Takes a lock file: creates it holding this process's pid, complete from the first instant (it is
 * written under a temporary name and hard-linked into place, which fails when the lock exists). A
 * lock whose pid is not running is stale and is taken over; one whose pid runs is refused.
 * @param path The lock file.
 * @param what The folder the lock guards, for the message.
 * @returns A function that releases the lock.
 * @throws {OutputError} When another running process holds the lock.
 * @example const release = acquireLock("out/.edu-targets/lock", "out"); try { … } finally { release(); }
 */
export function acquireLock(path: string, what: string): () => void {
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        createLock(mine, path);
        return () => {
          if (holder(path) === process.pid) rmSync(path, { force: true });
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
      const pid = holder(path);
      if (pid !== null && isRunning(pid))
        throw new OutputError(message.outputBusy(what, pid, path), path);
      // Stale: move it aside under a name only this process uses, then look at what was moved (a
      // run may have taken the lock between the read and the move; its lock is put back).
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw e;
      }
      const moved = holder(aside);
      if (moved !== null && isRunning(moved)) {
        try {
          linkSync(aside, path);
        } finally {
          rmSync(aside, { force: true });
        }
        throw new OutputError(message.outputBusy(what, moved, path), path);
      }
      rmSync(aside, { force: true });
    }
    throw new OutputError(message.outputBusy(what, holder(path) ?? 0, path), path);
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Removes what dead takers of a lock left beside it (`lock.<pid>`, `lock.stale-<pid>`). Call it
 * while holding the lock.
 * @param path The lock file.
 */
export function removeStaleLockFiles(path: string): void {
  const name = basename(path);
  const pattern = new RegExp(`^${name.replace(/\W/g, "\\$&")}\\.(?:stale-)?(\\d+)$`);
  for (const f of readdirSync(dirname(path))) {
    const m = pattern.exec(f);
    if (m && !isRunning(Number(m[1]))) rmSync(join(dirname(path), f), { force: true });
  }
}
