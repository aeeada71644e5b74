import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractCorpus, type CorpusRows, type TargetRow } from "../../src/index.js";

/** Project root. */
export const ROOT = new URL("../..", import.meta.url).pathname;

let cached: CorpusRows | undefined;

/** The corpus extracted from the real seeds (once per test file). */
export function corpus(): CorpusRows {
  cached ??= extractCorpus({ seedsDir: join(ROOT, "seeds") });
  return cached;
}

/** The raw text of a seed file. */
export function seedText(file: string): string {
  return readFileSync(join(ROOT, "seeds", file), "utf8");
}

/** Rows of one document whose figure text and surroundings match. */
export function rowsAt(docId: string, quoteIncludes: string, text: string): TargetRow[] {
  return corpus().targets.filter(
    (r) => r.doc_id === docId && r.quote.includes(quoteIncludes) && r.text === text,
  );
}

/** The one row of a document whose quote contains a phrase and whose figure reads `text`. */
export function rowAt(docId: string, quoteIncludes: string, text: string): TargetRow {
  const rows = rowsAt(docId, quoteIncludes, text);
  if (rows.length !== 1)
    throw new Error(
      `expected one row for ${docId} "${quoteIncludes}" ${text}, found ${rows.length}`,
    );
  return rows[0]!;
}

/** The columns that matter for a figure, for compact comparisons. */
export function pick(r: TargetRow) {
  return {
    indicator_id: r.indicator_id,
    kind: r.kind,
    value: r.value,
    value_max: r.value_max,
    unit: r.unit,
    comparator: r.comparator,
    year: r.year,
    year_source: r.year_source,
    scope: r.scope,
  };
}

/**
 * Compares a list of rows with expected column literals: each key of `expected` is a column,
 * its array the values row by row.
 */
export function columnsOf<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T)[],
): Record<string, unknown[]> {
  return Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])]));
}
