import type { Context } from "./context.js";
import { ACHIEVEMENT_VERBS, STOCK_WORDS } from "../rules/kinds.js";
import { KIND } from "../schema/vocab.js";

/**
 * In a plan's background, stocks and levels (共有幼儿园1186所, 入园率98.94%) are where the plan
 * starts from: baselines. What the past period built, won or did (创建10所, 入选, 累计招聘) stays
 * an actual, as does a change (年均增长7.21%).
 * @param ctx The document's context after the prose phase.
 * @example settleBaselines(ctx)
 */
export function settleBaselines(ctx: Context): void {
  const { options, reviewed, entryOf, forcedBaselines, quoteSpans, text } = ctx;
  // A work plan's or an evaluation's look back reports what was done; only a plan's background
  // sets the levels the plan starts from.
  if (options.doc_type !== "plan") return;
  for (const r of reviewed) {
    // 高于省定50%目标: a goal quoted in the background stays a target.
    if (r.kind === KIND.TARGET) continue;
    const q = quoteSpans.get(r);
    const sentence = q ? text.slice(q.start, q.end) : r.quote;
    // Stocks and levels (共有幼儿园1186所, 入园率98.94%) are baselines; what the past period
    // built, won or did (创建10所, 入选, 累计招聘) stays an actual, and so does a change.
    if (!forcedBaselines.has(r) && !STOCK_WORDS.test(sentence)) {
      if (ACHIEVEMENT_VERBS.test(sentence)) continue;
      if (/(增长|提高|下降|降低|增加|减少|增幅)$/.test(r.indicator_zh)) continue;
    }
    r.kind = KIND.BASELINE;
    const entry = entryOf.get(r.row_id);
    if (entry) entry.reason = `${KIND.BASELINE}: ${r.indicator_zh}`;
  }
}
