import type { Context } from "./context.js";
import { CITY_WIDE_EN } from "./scope.js";
import { INDICATORS } from "../rules/indicators.js";
import { KIND, LEVEL, YEAR_SOURCE } from "../schema/vocab.js";
import { sentenceAt } from "../segment/sentences.js";

/**
 * Rows of kind `commitment` for vocabulary indicators that a plan addresses in words only
 * (努力降低学生近视率), so that a line-up can say "commitment without a number".
 * @param ctx The document's context after the prose phase.
 * @example commitmentRows(ctx)
 */
export function commitmentRows(ctx: Context): void {
  const { text, raw, options, sentences, targets, quoteSpans, nextId, sectionPath, base } = ctx;
  // Vocabulary indicators a plan addresses in words only.
  if (options.doc_type !== "evaluation") {
    const have = new Set(targets.map((t) => t.indicator_id));
    for (const ind of INDICATORS) {
      if (!ind.mention) continue;
      const family = INDICATORS.filter((o) => (o.family ?? o.id) === (ind.family ?? ind.id));
      if (family.some((o) => have.has(o.id))) continue;
      const hit = text.indexOf(ind.mention);
      if (hit < 0) continue;
      const sentence = sentenceAt(sentences, hit);
      // The words around the keyword, within its clause: 努力降低学生近视率.
      let from = hit;
      while (from > Math.max(sentence.start, hit - 10) && !/[,;:、《》\n]/.test(text[from - 1]!))
        from--;
      from += /^\s*(\d{1,2}[.、]|[(][一二三四五六七八九十]+[)])?/.exec(text.slice(from, hit))![0]
        .length;
      let to = hit + ind.mention.length;
      while (
        to < Math.min(sentence.end, hit + ind.mention.length + 8) &&
        !/[,;:、。《》\n]/.test(text[to]!)
      )
        to++;
      targets.push({
        row_id: nextId(),
        ...base(from, to, raw.slice(sentence.start, sentence.end)),
        scope: "city",
        scope_en: CITY_WIDE_EN,
        section: sectionPath(hit),
        indicator_id: ind.id,
        indicator_zh: text.slice(from, to),
        indicator_en: ind.en,
        level: ind.level ?? LEVEL.OTHER,
        kind: KIND.COMMITMENT,
        value: null,
        value_max: null,
        unit: null,
        unit_en: null,
        comparator: null,
        year: options.period_end,
        year_source: YEAR_SOURCE.DOCUMENT,
        binding: null,
        commitment_strength: null,
        measure: null,
        commitment_cue: null,
      });
      quoteSpans.set(targets[targets.length - 1]!, sentence);
    }
  }
}
