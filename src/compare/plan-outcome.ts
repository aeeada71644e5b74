import { COMPARATOR } from "../schema/vocab.js";
import type { ColumnTable } from "arquero";
import { refuse } from "../errors/error.js";
import { message } from "../errors/messages.js";
import type { TargetRow } from "../schema/rows.js";
import { indicatorById, isBroadIndicator } from "../rules/indicators.js";
import { measureOf } from "../rules/measures.js";
import { populationsOf } from "../rules/populations.js";
import { ASSESSMENT, type Assessment } from "./verdicts.js";
import { catalogue, numeric, rowsOf, tableOf, type CompareInput } from "./rows.js";

/** Columns of the table {@link planVersusOutcome} returns. */
export const PLAN_OUTCOME_COLUMNS = Object.freeze([
  "indicator_id",
  "indicator_en",
  "indicator_zh",
  "level",
  "scope",
  "scope_en",
  "plan_doc_id",
  "plan_scope",
  "plan_year",
  "plan_comparator",
  "plan_value",
  "plan_value_max",
  "actual_year",
  "actual_comparator",
  "actual_value",
  "unit",
  "actual_unit",
  "assessment",
  "plan_row_id",
  "actual_row_id",
] as const);

/** Options for {@link planVersusOutcome}. */
export interface PlanOutcomeOptions {
  /** City, in Chinese or English (default: the first city with an evaluation). */
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

/** A label with punctuation, spaces and the words of scope (全市, 全区…) removed. */
function definitionOf(label: string): string {
  return label.replace(/[\s、，,。；;：:“”"'‘’()（）《》·\-—]|全市|全区|全县|各区市|我市/g, "");
}

/** The words of a row: its label and the clause of its quote up to the figure. */
function wordingOf(r: TargetRow): string {
  const at = r.quote.indexOf(r.text);
  const head = at >= 0 ? r.quote.slice(0, at) : r.quote;
  return `${r.indicator_zh} ${head.slice(Math.max(...[...",，;；。:："].map((c) => head.lastIndexOf(c))) + 1)}`;
}

/**
 * Whether a plan's target and a reported actual are the same thing: the same scope, the same
 * unit, an actual of a year the target covers (from the year before the plan's period, its
 * baseline year, to the target's deadline), the same groups named (乡村, 公办, 骨干…; see
 * `rules/populations.ts`) and, for a broad indicator family, the same wording. Returns the
 * verdict that refuses the comparison, or null when they may be compared.
 */
function refusal(plan: TargetRow, actual: TargetRow, period_start: number): Assessment | null {
  if (plan.scope !== actual.scope) return ASSESSMENT.SCOPES_DIFFER;
  // 名, 人 and 位 all count people: the measure, not the character, must agree.
  const measure = (r: TargetRow) => measureOf(r.unit, r.unit_en).id;
  if (measure(plan) !== measure(actual) && !(plan.unit === "个百分点" && actual.unit === "%"))
    return ASSESSMENT.UNITS_DIFFER;
  if (
    actual.year === null ||
    plan.year === null ||
    actual.year > plan.year ||
    actual.year < period_start - 1
  )
    return ASSESSMENT.OUTSIDE_PERIOD;
  if (populationsOf(wordingOf(plan)).join() !== populationsOf(wordingOf(actual)).join())
    return ASSESSMENT.DEFINITIONS_DIFFER;
  if (
    isBroadIndicator(plan.indicator_id!) &&
    definitionOf(plan.indicator_zh) !== definitionOf(actual.indicator_zh)
  )
    return ASSESSMENT.DEFINITIONS_DIFFER;
  return null;
}

/**
 * Compares one reported actual with one planned target of the same thing. A target set for a
 * later year than the actual is a milestone still ahead: the answer is "already met" or "not
 * yet met".
 */
function assess(plan: TargetRow, actual: TargetRow, period_start: number): Assessment {
  const ahead = (plan.year ?? 0) > (actual.year ?? 0);
  const t = plan.value!;
  const v = actual.value!;
  let met: boolean | null;
  const raises = plan.comparator === COMPARATOR.GE || plan.comparator === COMPARATOR.GT;
  if (actual.comparator === COMPARATOR.LT)
    met = RAISES.has(plan.comparator) ? (v <= t ? false : null) : null;
  else if (actual.comparator === COMPARATOR.GT) met = raises ? (v >= t ? true : null) : null;
  else met = (TEST[plan.comparator ?? COMPARATOR.EQ] ?? TEST[COMPARATOR.EQ]!)(v, t);
  if (met === null) return ASSESSMENT.UNDETERMINED;
  // An actual of the plan's baseline year that is already past the target.
  if (met && (actual.year ?? 0) < period_start) return ASSESSMENT.EXCEEDED_AT_BASELINE;
  if (ahead) return met ? ASSESSMENT.ALREADY_MET : ASSESSMENT.NOT_YET_MET;
  return met ? ASSESSMENT.MET : ASSESSMENT.NOT_MET;
}

/** What pairs rows: the indicator, and for a broad family (no level of its own) the level too. */
const keyOf = (r: TargetRow) =>
  isBroadIndicator(r.indicator_id!) ? `${r.indicator_id}|${r.level}` : r.indicator_id!;

/**
 * Plan versus outcome for a city with an evaluation: every indicator that its plans target or its
 * evaluation reports, city-wide and by district, with the target of each plan and the actual
 * reported. A verdict is given only where the two are the same thing: same indicator (and level,
 * for a broad family), same scope — city-wide with city-wide, a district with that district —,
 * same unit, and an actual of a year the target covers. Otherwise the row shows both side by
 * side and says why it does not judge: a district's actual beside the city-wide target reads
 * "not comparable (scopes differ)".
 * @param input The `targets` and `documents` tables.
 * @param options The city (default: the first city with an evaluation).
 * @returns One row per indicator, scope and plan (columns {@link PLAN_OUTCOME_COLUMNS}).
 * @example planVersusOutcome(corpus).print()
 */
export function planVersusOutcome(
  input: CompareInput,
  options: PlanOutcomeOptions = {},
): ColumnTable {
  const { docs, cities } = catalogue(input.documents);
  const withEval = [
    ...new Set([...docs.values()].filter((d) => d.doc_type === "evaluation").map((d) => d.city)),
  ];
  const want = options.city ?? withEval[0] ?? cities[0]?.city ?? "";
  const city = cities.find(
    (c) => c.city === want || c.city_en.toLowerCase() === want.toLowerCase(),
  )?.city;
  if (!city)
    refuse(
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
  if (actuals.length === 0)
    refuse(message.emptySelection(`reported actuals of ${city}`, withEval), "city");
  const plans = rows.filter((r) => r.kind === "target" && !isEval(r));
  const planDocs = [...new Set(plans.map((r) => r.doc_id))].sort((a, b) =>
    docs.get(a)!.issued < docs.get(b)!.issued ? -1 : 1,
  );
  const keys = [...new Set([...plans, ...actuals].map(keyOf))];
  // Each plan's headline target per indicator and scope: the latest year it sets.
  const headline = new Map<string, TargetRow>();
  for (const p of plans) {
    const key = `${p.doc_id}|${keyOf(p)}|${p.scope}`;
    const best = headline.get(key);
    if (!best || (p.year ?? 0) > (best.year ?? 0)) headline.set(key, p);
  }
  const out: object[] = [];
  for (const key of keys) {
    const mine = [...plans, ...actuals].filter((r) => keyOf(r) === key);
    const first = mine[0]!;
    const ind = indicatorById(first.indicator_id!)!;
    const broad = isBroadIndicator(ind.id);
    const scopes = ["city", ...new Set(mine.map((r) => r.scope).filter((s) => s !== "city"))];
    for (const scope of scopes) {
      const actual = actuals.find((a) => keyOf(a) === key && a.scope === scope);
      const planOf = (docId: string) =>
        headline.get(`${docId}|${key}|${scope}`) ??
        // A district without a target of its own: the city-wide target, shown beside it.
        (actual && scope !== "city" ? headline.get(`${docId}|${key}|city`) : undefined);
      if (!actual && !planDocs.some((d) => headline.has(`${d}|${key}|${scope}`))) continue;
      for (const docId of planDocs) {
        const plan = planOf(docId);
        if (!plan && !actual) continue;
        if (!plan && docId !== planDocs[planDocs.length - 1]) continue;
        const label = plan ?? actual!;
        out.push({
          indicator_id: ind.id,
          indicator_en: broad ? label.indicator_en : ind.en,
          indicator_zh: broad ? label.indicator_zh : ind.zh,
          level: label.level,
          scope,
          scope_en: (actual ?? plan)!.scope === scope ? (actual ?? plan)!.scope_en : scope,
          plan_doc_id: plan ? docId : null,
          plan_scope: plan?.scope ?? null,
          plan_year: plan?.year ?? null,
          plan_comparator: plan?.comparator ?? null,
          plan_value: plan?.value ?? null,
          plan_value_max: plan?.value_max ?? null,
          actual_year: actual?.year ?? null,
          actual_comparator: actual?.comparator ?? null,
          actual_value: actual?.value ?? null,
          unit: plan?.unit ?? actual?.unit ?? null,
          actual_unit: actual?.unit ?? null,
          assessment: !plan
            ? ASSESSMENT.NO_TARGET
            : !actual
              ? ASSESSMENT.NOT_REPORTED
              : (refusal(plan, actual, docs.get(docId)!.period_start) ??
                assess(plan, actual, docs.get(docId)!.period_start)),
          plan_row_id: plan?.row_id ?? null,
          actual_row_id: actual?.row_id ?? null,
        });
      }
    }
  }
  return tableOf(out, PLAN_OUTCOME_COLUMNS);
}
