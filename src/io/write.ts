import {
  closeSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  writevSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { naming } from "../errors/system.js";

/**
 * Formats one CSV cell: RFC 4180 quoting, and a leading apostrophe on text a spreadsheet would
 * run as a formula (=, +, -, @, tab, carriage return).
 * @param value A cell value.
 * @returns The cell as CSV text.
 * @example csvCell("=1+1") // "'=1+1"
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = String(value);
  if (!NEEDS_CARE.test(s)) return s; // most cells: one test
  if (FORMULA_START.test(s)) s = `'${s}`;
  return QUOTED.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A cell a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that must be quoted. */
const QUOTED = /[",\n\r]/;
/** Either. */
const NEEDS_CARE = /^[=+\-@\t\r]|[",\n\r]/;

/** The byte-order mark a CSV file starts with, so that Excel reads Chinese correctly. */
export const CSV_BOM = "\uFEFF";

/**
 * The header line of a CSV table (without BOM or newline).
 * @param columns Column order.
 * @returns The header.
 * @example csvHeader(["a", "b"]) // "a,b"
 */
export function csvHeader(columns: readonly string[]): string {
  return columns.join(",");
}

/**
 * Serialises rows as CSV lines, each ending in a newline: the body of a CSV file, to be appended
 * batch by batch after {@link csvHeader}.
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The lines.
 * @example csvLines([{ a: 1 }], ["a"]) // "1\n"
 */
export function csvLines(rows: readonly object[], columns: readonly string[]): string {
  let out = "";
  for (const r of rows) {
    const cells = columns.map((c) => csvCell((r as Record<string, unknown>)[c]));
    out += `${cells.join(",")}\n`;
  }
  return out;
}

/**
 * Serialises rows as CSV, UTF-8 with a byte-order mark so that Excel reads Chinese correctly.
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The CSV text, BOM included.
 * @example toCsv([{ a: 1 }], ["a"]) // "\uFEFFa\n1\n"
 */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  return `${CSV_BOM}${csvHeader(columns)}\n${csvLines(rows, columns)}`;
}

/**
 * One row as a JSON object with exactly these keys, in this order, missing values as null. A row
 * of plain values (no undefined, no nested object) is written by `JSON.stringify` with the columns
 * as its key list, the fastest way; any other is copied into such an object first.
 */
function jsonRow(row: Record<string, unknown>, columns: readonly string[]): string {
  let plain = true;
  for (const c of columns) {
    const v = row[c];
    if (v === undefined || (typeof v === "object" && v !== null)) {
      plain = false;
      break;
    }
  }
  if (plain) return JSON.stringify(row, columns as string[]);
  const o: Record<string, unknown> = {};
  for (const c of columns) o[c] = row[c] ?? null;
  return JSON.stringify(o);
}

/**
 * Serialises rows as the lines of a JSON array (one object per line, columns in order), joined
 * by ",\n" without the brackets: the body {@link toJson} wraps, appended batch by batch.
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The lines, or "" for no rows.
 * @example jsonLines([{ a: 1 }, { a: 2 }], ["a"]) // '{"a":1},\n{"a":2}'
 */
export function jsonLines(rows: readonly object[], columns: readonly string[]): string {
  return rows.map((r) => jsonRow(r as Record<string, unknown>, columns)).join(",\n");
}

/**
 * Serialises rows as a JSON array, one row per line (diff-friendly), columns in order.
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The JSON text.
 * @example toJson([{ a: 1 }], ["a"]) // '[\n{"a":1}\n]\n'
 */
export function toJson(rows: readonly object[], columns: readonly string[]): string {
  return `[\n${jsonLines(rows, columns)}\n]\n`;
}

/**
 * Resolves a path inside an output folder, refusing one that would land outside it.
 * @param outDir The output folder.
 * @param relPath A path relative to it.
 * @returns The absolute path.
 * @example safeOutputPath("/tmp/out", "data/a.csv") // "/tmp/out/data/a.csv"
 */
export function safeOutputPath(outDir: string, relPath: string): string {
  const root = resolve(outDir);
  const target = resolve(root, relPath);
  const rel = relative(root, target);
  if (isAbsolute(relPath) || rel.startsWith("..") || isAbsolute(rel)) {
    throw new RangeError(
      `refusing to write "${relPath}": it lies outside the output folder ${root}`,
    );
  }
  return target;
}

/** Something files are staged into before they are written: an output batch or folder. */
export interface OutputSink {
  /**
   * Stages one file.
   * @param relPath Path inside the output folder, e.g. "data/targets.csv".
   * @param content Its content.
   */
  add(relPath: string, content: string | Uint8Array): void;
  /**
   * Stages one file written piece by piece (a table too large to hold in memory).
   * @param relPath Path inside the output folder.
   * @returns Its writer; the file is part of the output once the writer is closed.
   */
  open(relPath: string): FileWriter;
}

/** A file written piece by piece. */
export interface FileWriter {
  /** Appends text (UTF-8) or bytes. */
  write(content: string | Uint8Array): void;
  /** Flushes and closes the file. */
  close(): void;
}

/** Bytes gathered before one write call: large enough that calls are few, small enough to not matter. */
const FLUSH_AT = 1 << 20;

/**
 * Writes a file piece by piece through a file descriptor, gathering small pieces into one call.
 * @param path The file, created or truncated.
 * @param onError Called before an error propagates (to discard the output it belongs to).
 * @param shownAs The path a failure names (the file the user asked for, not a staging copy).
 * @returns Its writer.
 * @example const w = fileWriter("out/a.csv", () => {}); w.write("a\n"); w.close();
 */
export function fileWriter(path: string, onError: () => void, shownAs = path): FileWriter {
  const guard = <T>(op: () => T): T => {
    try {
      return naming(shownAs, op);
    } catch (e) {
      onError();
      throw e;
    }
  };
  const fd = guard(() => openSync(path, "w"));
  let parts: Uint8Array[] = [];
  let size = 0;
  const flush = () => {
    let pending = parts;
    parts = [];
    size = 0;
    // writev may write less than asked (a full disk reports itself on the next call).
    while (pending.length) {
      let written = guard(() => writevSync(fd, pending));
      while (pending.length && written >= pending[0]!.length) written -= pending.shift()!.length;
      if (written > 0) pending[0] = pending[0]!.subarray(written);
    }
  };
  return {
    write(content) {
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      if (!bytes.length) return;
      parts.push(bytes);
      size += bytes.length;
      if (size >= FLUSH_AT) flush();
    },
    close() {
      flush();
      guard(() => closeSync(fd));
    },
  };
}

/**
 * A set of files written all at once: each goes to a temporary name first and all are renamed
 * into place only when every one was written, so a failure leaves no half-written output.
 */
export class OutputBatch implements OutputSink {
  private readonly pending: { tmp: string; target: string }[] = [];
  constructor(private readonly outDir: string) {}

  /**
   * Stages one file.
   * @param relPath Path inside the output folder.
   * @param content Its content.
   */
  add(relPath: string, content: string | Uint8Array): void {
    const target = safeOutputPath(this.outDir, relPath);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = join(dirname(target), `.${process.pid}.${this.pending.length}.tmp`);
    try {
      writeFileSync(tmp, content);
    } catch (e) {
      this.abort();
      throw e;
    }
    this.pending.push({ tmp, target });
  }

  /**
   * Stages one file written piece by piece.
   * @param relPath Path inside the output folder.
   * @returns Its writer.
   */
  open(relPath: string): FileWriter {
    const target = safeOutputPath(this.outDir, relPath);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = join(dirname(target), `.${process.pid}.${this.pending.length}.tmp`);
    const writer = fileWriter(tmp, () => this.abort());
    this.pending.push({ tmp, target });
    return writer;
  }

  /** Moves every staged file into place. Returns the paths written. */
  commit(): string[] {
    const done = this.pending.map(({ tmp, target }) => {
      renameSync(tmp, target);
      return target;
    });
    this.pending.length = 0;
    return done;
  }

  /** Removes every staged file. */
  abort(): void {
    for (const { tmp } of this.pending) rmSync(tmp, { force: true });
    this.pending.length = 0;
  }
}
