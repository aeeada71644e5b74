import { message } from "./messages.js";

/** What each file-system error code means to a user, and what to do about it. */
const PROBLEMS: Readonly<Record<string, readonly [problem: string, hint: string]>> = Object.freeze({
  EACCES: ["permission denied (EACCES)", "check its permissions or choose another folder"],
  EPERM: ["operation not permitted (EPERM)", "check its permissions or choose another folder"],
  EROFS: ["the file system is read-only (EROFS)", "choose a folder on a writable disk"],
  ENOTDIR: [
    "a part of this path is a file, not a folder (ENOTDIR)",
    "pass a folder, or remove the file that is in the way",
  ],
  EEXIST: ["exists and is not a folder (EEXIST)", "pass a folder, or move the file away"],
  EISDIR: ["is a folder, not a file (EISDIR)", "name a file here"],
  ENOENT: ["no such file or folder (ENOENT)", "check the path"],
  ENOSPC: [
    "no space left on the device (ENOSPC)",
    "free some space and run again; the previous output was left as it was",
  ],
  EDQUOT: [
    "the disk quota is exhausted (EDQUOT)",
    "free some space and run again; the previous output was left as it was",
  ],
  ENAMETOOLONG: ["the path is too long (ENAMETOOLONG)", "choose a shorter folder"],
  ELOOP: ["too many symbolic links (ELOOP)", "remove the loop of links"],
  EMFILE: ["too many open files (EMFILE)", "close other programs and run again"],
  EXDEV: [
    "cannot be moved across disks (EXDEV)",
    "data/, charts/ and report/ must be on the same disk as --out, not mount points of their own",
  ],
  EBUSY: ["the file or folder is busy (EBUSY)", "close what holds it open and run again"],
});

/**
 * Turns a Node.js file-system error (one with a `code` such as EACCES and a `path`) into a
 * one-line message naming the file and the problem, for the command line.
 * @param error Anything thrown.
 * @returns The message, or undefined when the error is not a file-system error this knows.
 * @example systemErrorMessage(Object.assign(new Error(), { code: "EISDIR", path: "seeds/a.txt" }))
 * // "seeds/a.txt: is a folder, not a file (EISDIR); name a file here."
 */
export function systemErrorMessage(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const known = code ? PROBLEMS[code] : undefined;
  if (!known || typeof path !== "string") return undefined;
  return message.systemError(path, known[0], known[1]);
}

/**
 * Runs a file operation and, when it fails with a file-system error that names no path (Node's
 * errors from read and write, such as EISDIR or ENOSPC, name none), names the given one, so that
 * {@link systemErrorMessage} can say which file.
 * @param path The file the operation is about, as the user knows it.
 * @param operation The operation.
 * @returns What the operation returns.
 * @example const bytes = naming("seeds/a.txt", () => readFileSync("seeds/a.txt"));
 */
export function naming<T>(path: string, operation: () => T): T {
  try {
    return operation();
  } catch (e) {
    if (e instanceof Error && (e as NodeJS.ErrnoException).code)
      (e as NodeJS.ErrnoException).path = path;
    throw e;
  }
}
