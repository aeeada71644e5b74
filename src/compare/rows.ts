import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { refuse } from "../errors/error.js";
import { message } from "../errors/messages.js";
import type { DocumentRow, TargetRow } from "../schema/rows.js";
import { INDICATORS, indicatorById } from "../rules/indicators.js";

/** The two tables the comparison functions read. */
export interface CompareInput {
  targets: ColumnTable;
  documents: ColumnTable;
}

/** Rows of an arquero table as typed objects. */
export function rowsOf<T>(table: ColumnTable): T[] {
  return table.objects() as T[];
}

export { toTable as tableOf } from "../load.js";

/**
 * Checks indicator ids against the vocabulary; an unknown id throws, listing what is available.
 * @param ids Ids asked for.
 * @returns The same ids.
 */
export function checkIndicators(ids: readonly string[]): string[] {
  for (const id of ids) {
    if (!indicatorById(id))
      refuse(
        message.unknownIndicator(
          id,
          INDICATORS.map((i) => i.id),
        ),
        "indicator",
      );
  }
  return [...ids];
}

/** Documents by id, and cities in catalogue order with their English names. */
export function catalogue(documents: ColumnTable): {
  docs: Map<string, DocumentRow>;
  cities: { city: string; city_en: string }[];
} {
  const rows = rowsOf<DocumentRow>(documents);
  const docs = new Map(rows.map((d) => [d.doc_id, d]));
  const cities: { city: string; city_en: string }[] = [];
  for (const d of rows)
    if (!cities.some((c) => c.city === d.city)) cities.push({ city: d.city, city_en: d.city_en });
  return { docs, cities };
}

/** Whether a target row has a number. */
export const numeric = (r: TargetRow) => r.value !== null && r.value !== undefined;

/**
 * Filters a table with an ordinary JavaScript predicate over whole rows (arquero's own
 * `filter` takes a restricted expression language; this accepts any function).
 * @param table Any table.
 * @param predicate Called with each row as an object.
 * @returns The rows for which it returns true.
 * @example where(corpus.targets, (d) => /myopia/.test(d.indicator_id ?? ""))
 */
export function where(
  table: ColumnTable,
  predicate: (row: Record<string, any>) => boolean,
): ColumnTable {
  return table.filter(aq.escape((d: Record<string, any>) => predicate(d)));
}
