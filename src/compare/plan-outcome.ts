import { COMPARATOR } from "../schema/vocab.js";
import type { ColumnTable } from "arquero";
import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";
import type { TargetRow } from "../schema/rows.js";
import { indicatorById } from "../rules/indicators.js";
import { catalogue, numeric, rowsOf, tableOf, type CompareInput } from "./rows.js";

/** Columns of the table {@link planVersusOutcome} returns. */
export const PLAN_OUTCOME_COLUMNS = Object.freeze([
  "indicator_id",
  "indicator_en",
  "indicator_zh",
  "scope",
  "plan_doc_id",
  "plan_year",
  "plan_comparator",
  "plan_value",
  "plan_value_max",
  "actual_year",
  "actual_comparator",
  "actual_value",
  "unit",
  "assessment",
  "plan_row_id",
  "actual_row_id",
] as const);

/** Options for {@link planVersusOutcome}. */
export interface PlanOutcomeOptions {
  /** City, in Chinese or English (default: 威海, the city with an evaluation). */
  city?: string;
}

type Cmp = (a: number, b: number) => boolean;
const TEST: Record<string, Cmp> = {
  [COMPARATOR.GE]: (a, b) => a >= b,
  [COMPARATOR.GT]: (a, b) => a > b,
  [COMPARATOR.EQ]: (a, b) => a >= b,
  [COMPARATOR.APPROX]: (a, b) => a >= b * 0.98,
  [COMPARATOR.LE]: (a, b) => a <= b,
  [COMPARATOR.LT]: (a, b) => a < b,
};
const RAISES = new Set<string | null>([COMPARATOR.GE, COMPARATOR.GT, COMPARATOR.EQ]);

/**
 * Compares one reported actual with one planned target. A target set for a later year than the
 * actual is a milestone still ahead: the answer is "already met" or "not yet met".
 */
function assess(plan: TargetRow, actual: TargetRow): string {
  if (plan.unit !== actual.unit && !(plan.unit === "个百分点" && actual.unit === "%"))
    return "not comparable (units differ)";
  const ahead = (plan.year ?? 0) > (actual.year ?? 0);
  const t = plan.value!;
  const v = actual.value!;
  let met: boolean | null;
  const raises = plan.comparator === COMPARATOR.GE || plan.comparator === COMPARATOR.GT;
  if (actual.comparator === COMPARATOR.LT)
    met = RAISES.has(plan.comparator) ? (v <= t ? false : null) : null;
  else if (actual.comparator === COMPARATOR.GT) met = raises ? (v >= t ? true : null) : null;
  else met = (TEST[plan.comparator ?? COMPARATOR.EQ] ?? TEST[COMPARATOR.EQ]!)(v, t);
  if (met === null) return "undetermined";
  if (ahead) return met ? "already met" : "not yet met";
  return met ? "met" : "not met";
}

/**
 * Plan versus outcome for a city with an evaluation: every indicator that its plans target or its
 * evaluation reports, city-wide and by district, with the planned target of each plan and the
 * actual reported, and an assessment. Targets are city-wide; a district's actual is set against
 * the city's target.
 * @param input The `targets` and `documents` tables.
 * @param options The city (default 威海).
 * @returns One row per indicator, scope and plan (columns {@link PLAN_OUTCOME_COLUMNS}).
 * @example planVersusOutcome(corpus).print()
 */
export function planVersusOutcome(
  input: CompareInput,
  options: PlanOutcomeOptions = {},
): ColumnTable {
  const { docs, cities } = catalogue(input.documents);
  const want = options.city ?? "威海";
  const city = cities.find(
    (c) => c.city === want || c.city_en.toLowerCase() === want.toLowerCase(),
  )?.city;
  if (!city)
    fail(
      message.emptySelection(
        `city "${want}"`,
        cities.map((c) => `${c.city} (${c.city_en})`),
      ),
      "city",
    );
  const rows = rowsOf<TargetRow>(input.targets).filter(
    (r) => r.city === city && r.indicator_id && numeric(r),
  );
  const isEval = (r: TargetRow) => docs.get(r.doc_id)?.doc_type === "evaluation";
  const actuals = rows.filter((r) => r.kind === "actual" && isEval(r));
  if (actuals.length === 0) {
    const withEval = [
      ...new Set([...docs.values()].filter((d) => d.doc_type === "evaluation").map((d) => d.city)),
    ];
    fail(message.emptySelection(`reported actuals of ${city}`, withEval), "city");
  }
  const plans = rows.filter((r) => r.kind === "target" && !isEval(r) && r.scope === "city");
  const planDocs = [...new Set(plans.map((r) => r.doc_id))].sort((a, b) =>
    docs.get(a)!.issued < docs.get(b)!.issued ? -1 : 1,
  );
  const ids = [...new Set([...plans, ...actuals].map((r) => r.indicator_id!))];
  // Each plan's headline target per indicator: the latest year it sets.
  const headline = new Map<string, TargetRow>();
  for (const p of plans) {
    const key = `${p.doc_id}|${p.indicator_id}`;
    const best = headline.get(key);
    if (!best || (p.year ?? 0) > (best.year ?? 0)) headline.set(key, p);
  }
  const out: object[] = [];
  for (const id of ids) {
    const ind = indicatorById(id)!;
    const scopes = [
      "city",
      ...new Set(
        actuals.filter((a) => a.indicator_id === id && a.scope !== "city").map((a) => a.scope),
      ),
    ];
    for (const scope of scopes) {
      const actual = actuals.find((a) => a.indicator_id === id && a.scope === scope);
      if (scope === "city" && !actual && !planDocs.some((d) => headline.has(`${d}|${id}`)))
        continue;
      for (const docId of planDocs) {
        const plan = headline.get(`${docId}|${id}`);
        if (!plan && !actual) continue;
        if (!plan && docId !== planDocs[planDocs.length - 1]) continue;
        out.push({
          indicator_id: id,
          indicator_en: ind.en,
          indicator_zh: ind.zh,
          scope,
          plan_doc_id: plan ? docId : null,
          plan_year: plan?.year ?? null,
          plan_comparator: plan?.comparator ?? null,
          plan_value: plan?.value ?? null,
          plan_value_max: plan?.value_max ?? null,
          actual_year: actual?.year ?? null,
          actual_comparator: actual?.comparator ?? null,
          actual_value: actual?.value ?? null,
          unit: plan?.unit ?? actual?.unit ?? null,
          assessment: !plan
            ? "no target in the plans"
            : !actual
              ? "not reported"
              : assess(plan, actual),
          plan_row_id: plan?.row_id ?? null,
          actual_row_id: actual?.row_id ?? null,
        });
      }
    }
  }
  return tableOf(out, PLAN_OUTCOME_COLUMNS);
}
