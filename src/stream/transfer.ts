import { OutputError, SeedError } from "../errors/error.js";

/** An error as it crosses from a worker thread to the main thread: its kind and its facts. */
export interface ErrorMessage {
  name: string;
  message: string;
  /** SeedError and OutputError: the file named. */
  file?: string;
  /** SeedError: the offset in the file, or null. */
  offset?: number | null;
  /** File-system errors: code, path and call (what the one-line messages are built from). */
  code?: string;
  path?: string;
  syscall?: string;
  stack?: string;
}

/**
 * Turns an error thrown in a worker into a message that survives the thread boundary (structured
 * cloning keeps an Error's message but drops its class and fields such as `file` and `code`).
 * @param e What was thrown.
 * @returns Its kind and facts.
 * @example errorToMessage(new SeedError("a.txt: empty", "a.txt")).name // "SeedError"
 */
export function errorToMessage(e: unknown): ErrorMessage {
  if (!(e instanceof Error)) return { name: "Error", message: String(e) };
  const m: ErrorMessage = { name: e.name, message: e.message };
  if (e.stack) m.stack = e.stack;
  if (e instanceof SeedError) Object.assign(m, { file: e.file, offset: e.offset });
  if (e instanceof OutputError) m.file = e.file;
  const { code, path, syscall } = e as NodeJS.ErrnoException;
  if (typeof code === "string") m.code = code;
  if (typeof path === "string") m.path = path;
  if (typeof syscall === "string") m.syscall = syscall;
  return m;
}

/**
 * The error a worker threw, rebuilt in the main thread with its class and fields, so that callers
 * (and the CLI's one-line messages) cannot tell where the document was read.
 * @param m The message from {@link errorToMessage}.
 * @returns The error.
 * @example errorFromMessage(errorToMessage(new SeedError("x", "a.txt"))) instanceof SeedError // true
 */
export function errorFromMessage(m: ErrorMessage): Error {
  let e: Error;
  if (m.name === "SeedError") e = new SeedError(m.message, m.file ?? "", m.offset ?? null);
  else if (m.name === "OutputError") e = new OutputError(m.message, m.file ?? "");
  else if (m.name === "RangeError") e = new RangeError(m.message);
  else {
    e = new Error(m.message);
    e.name = m.name;
  }
  if (m.code !== undefined) (e as NodeJS.ErrnoException).code = m.code;
  if (m.path !== undefined) (e as NodeJS.ErrnoException).path = m.path;
  if (m.syscall !== undefined) (e as NodeJS.ErrnoException).syscall = m.syscall;
  if (m.stack) e.stack = m.stack;
  return e;
}
