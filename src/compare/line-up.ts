import { COMPARATOR } from "../schema/vocab.js";
import { ASSESSMENT } from "./verdicts.js";
import type { ColumnTable } from "arquero";
import type { TargetRow } from "../schema/rows.js";
import { indicatorById } from "../rules/indicators.js";
import { catalogue, checkIndicators, numeric, rowsOf, tableOf, type CompareInput } from "./rows.js";

/** Columns of the table {@link lineUp} returns. */
export const LINE_UP_COLUMNS = Object.freeze([
  "indicator_id",
  "indicator_zh",
  "indicator_en",
  "city",
  "city_en",
  "status",
  "comparator",
  "value",
  "value_max",
  "unit",
  "target_year",
  "horizon",
  "baseline_value",
  "baseline_year",
  "baseline_kind",
  "pace_per_year",
  "pace_unit",
  "progress",
  "doc_id",
  "row_id",
  "quote",
  "note",
] as const);

/** What a city's documents say of an indicator. */
export const STATUS = Object.freeze({
  NUMERIC: "numeric target",
  COMMITMENT: "commitment without a number",
  RELATED: "addressed through a related indicator",
  NOT_ADDRESSED: "not addressed",
} as const);

/** What a line-up row says of the way from its baseline to its target. */
export const PROGRESS = Object.freeze({
  EXCEEDED_AT_BASELINE: ASSESSMENT.EXCEEDED_AT_BASELINE,
} as const);

/**
 * Lines one or more canonical indicators up across cities: each city's headline target (the
 * latest year its plans set), its comparator and horizon, the baseline and its year where one is
 * known (a baseline row, else an earlier reported actual), and the implied pace a year. Cities
 * whose plans address the indicator only in words, or not at all, get a row saying so.
 * @param input The `targets` and `documents` tables.
 * @param indicators One id or several.
 * @returns One row per indicator and city (columns {@link LINE_UP_COLUMNS}).
 * @example lineUp(corpus, "preschool_gross_enrolment_rate").print()
 */
export function lineUp(input: CompareInput, indicators: string | readonly string[]): ColumnTable {
  const ids = checkIndicators(typeof indicators === "string" ? [indicators] : indicators);
  const { docs, cities } = catalogue(input.documents);
  const rows = rowsOf<TargetRow>(input.targets).filter((r) => r.scope === "city");
  const out: object[] = [];
  for (const id of ids) {
    const ind = indicatorById(id)!;
    for (const { city, city_en } of cities) {
      const mine = rows.filter((r) => r.indicator_id === id && r.city === city);
      const planned = mine.filter(
        (r) => r.kind === "target" && numeric(r) && docs.get(r.doc_id)?.doc_type !== "evaluation",
      );
      const head = planned.reduce<TargetRow | null>(
        (best, r) => (!best || (r.year ?? 0) > (best.year ?? 0) ? r : best),
        null,
      );
      const base = {
        indicator_id: id,
        indicator_zh: ind.zh,
        indicator_en: ind.en,
        city,
        city_en,
        note: ind.comparability,
      };
      if (!head) {
        const said = mine.find((r) => r.kind === "commitment");
        const related = ind.family
          ? [
              ...new Set(
                rows
                  .filter(
                    (r) =>
                      r.city === city &&
                      r.indicator_id !== id &&
                      r.value !== null &&
                      indicatorById(r.indicator_id ?? "")?.family === ind.family,
                  )
                  .map((r) => r.indicator_id!),
              ),
            ]
          : [];
        out.push({
          ...base,
          ...(related.length && !said
            ? { note: `See ${related.join(", ")}. ${ind.comparability}` }
            : {}),
          status: said ? STATUS.COMMITMENT : related.length ? STATUS.RELATED : STATUS.NOT_ADDRESSED,
          horizon: said ? (docs.get(said.doc_id)?.period_end ?? null) : null,
          doc_id: said?.doc_id ?? null,
          row_id: said?.row_id ?? null,
          quote: said?.quote ?? null,
        });
        continue;
      }
      const earlier = (kind: string) =>
        mine
          .filter(
            (r) =>
              r.kind === kind &&
              numeric(r) &&
              r.comparator !== COMPARATOR.LT &&
              r.comparator !== COMPARATOR.GT &&
              (r.year ?? 0) < (head.year ?? 0),
          )
          .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
      const baseline = earlier("baseline") ?? earlier("actual");
      const span = baseline ? (head.year ?? 0) - (baseline.year ?? 0) : 0;
      // A baseline already at or past a minimum (or under a maximum) needs no pace: a negative
      // "pace" would read as a planned decline.
      const lowerIsGoal = head.comparator === COMPARATOR.LE || head.comparator === COMPARATOR.LT;
      const bound =
        lowerIsGoal || head.comparator === COMPARATOR.GE || head.comparator === COMPARATOR.GT;
      const exceeded =
        bound &&
        baseline !== undefined &&
        head.value_max === null &&
        (lowerIsGoal ? baseline.value! <= head.value! : baseline.value! >= head.value!) &&
        baseline.value !== head.value;
      const pace =
        baseline && span > 0 && head.value_max === null && !exceeded
          ? round((head.value! - baseline.value!) / span)
          : null;
      out.push({
        ...base,
        status: STATUS.NUMERIC,
        comparator: head.comparator,
        value: head.value,
        value_max: head.value_max,
        unit: head.unit,
        target_year: head.year,
        horizon: docs.get(head.doc_id)?.period_end ?? null,
        baseline_value: baseline?.value ?? null,
        baseline_year: baseline?.year ?? null,
        baseline_kind: baseline?.kind ?? null,
        pace_per_year: pace,
        pace_unit: pace === null ? null : head.unit === "%" ? "percentage points" : head.unit,
        progress: exceeded ? PROGRESS.EXCEEDED_AT_BASELINE : null,
        doc_id: head.doc_id,
        row_id: head.row_id,
        quote: head.quote,
      });
    }
  }
  return tableOf(out, LINE_UP_COLUMNS);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
