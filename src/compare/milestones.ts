import type { ColumnTable } from "arquero";
import { isBroadIndicator } from "../rules/indicators.js";
import type { TargetRow } from "../schema/rows.js";
import { checkIndicators, numeric, rowsOf, tableOf, type CompareInput } from "./rows.js";

/** Columns of the table {@link milestoneSeries} returns. */
export const MILESTONE_COLUMNS = Object.freeze([
  "series_id",
  "doc_id",
  "city",
  "scope",
  "indicator_id",
  "indicator_zh",
  "year",
  "comparator",
  "value",
  "unit",
  "row_id",
] as const);

/**
 * Staged milestones as series: targets of one indicator that one sentence sets for two or more
 * years (到2023年底达到85%,2024年底达到87%,2025年底达到90%), one row per year.
 * @param input The `targets` table (documents unused).
 * @param indicators Optional ids to keep (default: every series, with or without an id).
 * @returns Rows ordered by series and year (columns {@link MILESTONE_COLUMNS}).
 * @example milestoneSeries(corpus, "high_quality_kindergarten_share")
 */
export function milestoneSeries(
  input: Pick<CompareInput, "targets">,
  indicators?: string | readonly string[],
): ColumnTable {
  const ids =
    indicators === undefined
      ? null
      : checkIndicators(typeof indicators === "string" ? [indicators] : indicators);
  const rows = rowsOf<TargetRow>(input.targets).filter(
    (r) => r.kind === "target" && numeric(r) && r.year !== null,
  );
  const groups = new Map<string, TargetRow[]>();
  for (const r of rows) {
    if (ids && !ids.includes(r.indicator_id ?? "")) continue;
    // A broad family (school network bandwidth) can hold two quantities in one sentence
    // (1000M to the education network, 100M to the internet): its rows pair on their label too.
    const what =
      r.indicator_id && !isBroadIndicator(r.indicator_id)
        ? r.indicator_id
        : `${r.indicator_id ?? ""}|${r.indicator_zh}`;
    const key = `${r.doc_id}|${r.scope}|${what}|${r.unit}|${r.quote}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: object[] = [];
  for (const group of groups.values()) {
    const years = new Set(group.map((r) => r.year));
    if (years.size < 2 || years.size !== group.length) continue;
    const first = group[0]!;
    const series_id = `${first.doc_id}:${first.indicator_id ?? first.indicator_zh}`;
    for (const r of [...group].sort((a, b) => a.year! - b.year!)) {
      out.push({
        series_id,
        doc_id: r.doc_id,
        city: r.city,
        scope: r.scope,
        indicator_id: r.indicator_id,
        indicator_zh: first.indicator_zh,
        year: r.year,
        comparator: r.comparator,
        value: r.value,
        unit: r.unit,
        row_id: r.row_id,
      });
    }
  }
  return tableOf(out, MILESTONE_COLUMNS);
}
