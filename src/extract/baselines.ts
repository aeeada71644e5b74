import type { Context } from "./context.js";
import { LEVEL_LABEL } from "../rules/kinds.js";
import { RATIO_UNIT } from "../rules/units.js";
import { KIND } from "../schema/vocab.js";

/**
 * In a plan's background, a level (a rate, a share, years of schooling) whose measure recurs in
 * one of the plan's targets is where the plan starts from: a baseline. Counts of what was built
 * or won stay actuals.
 * @param ctx The document's context after the prose phase.
 * @example settleBaselines(ctx)
 */
export function settleBaselines(ctx: Context): void {
  const { options, targets, reviewed, entryOf, forcedBaselines } = ctx;
  // In a plan's background, a level (a rate, a share, years of schooling) is where the plan
  // starts from; counts of what was built or won are actuals.
  if (options.doc_type !== "evaluation") {
    for (const r of reviewed) {
      const level =
        forcedBaselines.has(r) ||
        r.unit === "%" ||
        r.unit === "年" ||
        r.unit === RATIO_UNIT.zh ||
        LEVEL_LABEL.test(r.indicator_zh);
      if (!level || /(增长|提高|下降|降低|增加|减少|增幅)$/.test(r.indicator_zh)) continue;
      // The starting point of something the plan sets a goal for: its measure recurs in a target.
      const measure = r.indicator_zh.slice(-3);
      if (
        !forcedBaselines.has(r) &&
        !targets.some((t) => t.kind === KIND.TARGET && t.indicator_zh.includes(measure))
      )
        continue;
      r.kind = KIND.BASELINE;
      const entry = entryOf.get(r.row_id);
      if (entry) entry.reason = `${KIND.BASELINE}: ${r.indicator_zh}`;
    }
  }
}
