import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";

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
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Serialises rows as CSV, UTF-8 with a byte-order mark so that Excel reads Chinese correctly.
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The CSV text, BOM included.
 * @example toCsv([{ a: 1 }], ["a"]) // "\uFEFFa\n1\n"
 */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  const lines = [columns.join(",")];
  for (const r of rows)
    lines.push(columns.map((c) => csvCell((r as Record<string, unknown>)[c])).join(","));
  return `\uFEFF${lines.join("\n")}\n`;
}

/**
 * Serialises rows as a JSON array, one row per line (diff-friendly), columns in order.
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The JSON text.
 * @example toJson([{ a: 1 }], ["a"]) // '[\n{"a":1}\n]\n'
 */
export function toJson(rows: readonly object[], columns: readonly string[]): string {
  const body = rows.map((r) =>
    JSON.stringify(
      Object.fromEntries(columns.map((c) => [c, (r as Record<string, unknown>)[c] ?? null])),
    ),
  );
  return `[\n${body.join(",\n")}\n]\n`;
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
