import type { FoundTable } from "./cells.js";
import { gluedRowTables } from "./glued-rows.js";
import { headerColumnTables } from "./header-columns.js";
import { rowPerLineTables } from "./row-per-line.js";
import { yearColumnTables } from "./year-columns.js";

/** The table layouts, each one module returning the same {@link FoundTable}s. */
export const TABLE_LAYOUTS: readonly ((text: string) => FoundTable[])[] = Object.freeze([
  yearColumnTables,
  rowPerLineTables,
  headerColumnTables,
  gluedRowTables,
]);

/**
 * Every table of a text, by every layout; a table that overlaps one found earlier is dropped.
 * @param text The view's text.
 * @returns The tables in document order.
 * @example findTables("2020年\n2025年\n学前教育\n毛入园率(%)\n98\n100").length // 1
 */
export function findTables(text: string): FoundTable[] {
  const out: FoundTable[] = [];
  for (const layout of TABLE_LAYOUTS)
    for (const t of layout(text))
      if (!out.some((o) => o.start < t.end && t.start < o.end)) out.push(t);
  return out.sort((a, b) => a.start - b.start);
}
