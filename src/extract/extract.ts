import type { CleanText } from "../read/clean.js";
import { joinLines, rawSpan } from "../read/view.js";
import { readProse } from "../layouts/prose.js";
import { auditTokens } from "./audit.js";
import { settleBaselines } from "./baselines.js";
import { commitmentRows } from "./commitments.js";
import { createContext, type ExtractOptions, type Extracted } from "./context.js";
import { tableRows } from "./tables.js";
import { commitmentStrength } from "./strength.js";
import { measureOf, rowLabelEn } from "../rules/measures.js";
import { indicatorById } from "../rules/indicators.js";
import { KIND, MENTION_CLASS } from "../schema/vocab.js";

/**
 * Extracts every quantitative statement of one document, and the audit of all its numeric
 * tokens. General rules only: what a document needs of its own comes in through `options`.
 *
 * The phases:
 * 1. view — line breaks a page put inside sentences are taken out (`read/view.ts`), with a map
 *    back to raw offsets;
 * 2. context — sections, sentences, quoted names, numeric tokens and tables on that view
 *    (`segment/`, `figures/`, `layouts/`);
 * 3. tables — every table layout's figures become rows (`extract/tables.ts`);
 * 4. prose — the running text's figures become rows: qualifiers, sector, kind, comparator, year,
 *    label, indicator and scope (`layouts/prose.ts`);
 * 5. baselines — a plan's background levels become baselines (`extract/baselines.ts`);
 * 6. commitments — indicators a plan addresses in words only (`extract/commitments.ts`);
 * 7. audit — every numeric token and what became of it (`extract/audit.ts`);
 * 8. raw offsets and stable ids — spans, figures and quotes are mapped to the raw text, and each
 *    row is named by its document and the offset of its figure.
 * @param clean The cleaned text.
 * @param options The document's metadata.
 * @returns Targets rows and mentions rows.
 * @example extractDocument(cleanText("毛入园率达到110%。", "a.txt"), { doc_id: "a", city: "威海", source_file: "a.txt", doc_type: "plan", period_start: 2023, period_end: 2025 }).targets[0]?.value // 110
 */
export function extractDocument(clean: CleanText, options: ExtractOptions): Extracted {
  const view = joinLines(clean.text, clean.raw);
  const ctx = createContext(view, clean, options);
  tableRows(ctx);
  readProse(ctx);
  settleBaselines(ctx);
  commitmentRows(ctx);
  const mentions = auditTokens(ctx);
  const { targets, quoteSpans } = ctx;
  // A run of digits too long for any figure (hundreds of digits) parses to Infinity: it is not a
  // row, and the audit says so.
  const overflow = new Set(
    targets
      .filter((t) => [t.value, t.value_max].some((v) => v !== null && !Number.isFinite(v)))
      .map((t) => t.row_id),
  );
  if (overflow.size) {
    for (let i = targets.length - 1; i >= 0; i--)
      if (overflow.has(targets[i]!.row_id)) targets.splice(i, 1);
    for (const m of mentions)
      if (m.row_ids.split(";").some((r) => overflow.has(r))) {
        m.class = MENTION_CLASS.UNRECOGNISED;
        m.reason = "a number too long to be a figure";
        m.row_ids = "";
      }
  }

  const span = (r: { start: number; end: number }) => rawSpan(view, r.start, r.end);
  for (const t of targets) {
    const q = quoteSpans.get(t);
    [t.start, t.end] = span(t);
    t.text = clean.raw.slice(t.start, t.end);
    if (q) t.quote = clean.raw.slice(...span(q));
    t.measure = measureOf(t.unit, t.unit_en).id;
    const ind = t.indicator_id ? indicatorById(t.indicator_id) : undefined;
    t.indicator_en ??= rowLabelEn(ind, t.level, t.unit, t.unit_en);
    if (t.kind === KIND.TARGET || t.kind === KIND.COMMITMENT) {
      // The sentence up to the figure (a commitment's whole sentence) holds the words of promise.
      const from = q ? span(q)[0] : t.start;
      const to = t.kind === KIND.COMMITMENT ? t.end : t.start;
      const { strength, cue } = commitmentStrength(clean.raw.slice(Math.min(from, to), to));
      t.commitment_strength = strength;
      t.commitment_cue = cue;
    }
  }
  for (const m of mentions) {
    [m.start, m.end] = span(m);
    m.text = clean.raw.slice(m.start, m.end);
  }

  // Ids from the document and the figure's raw offset survive changes elsewhere in the
  // extractor; rows sharing a span (one per district) add their scope.
  targets.sort(
    (a, b) => a.start - b.start || (a.row_id < b.row_id ? -1 : a.row_id > b.row_id ? 1 : 0),
  );
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const t of targets) {
    let id = `${options.doc_id}@${t.start}`;
    if (taken.has(id)) id = `${id}:${t.scope}`;
    for (let k = 2; taken.has(id); k++) id = `${options.doc_id}@${t.start}:${t.scope}:${k}`;
    taken.add(id);
    ids.set(t.row_id, id);
    t.row_id = id;
  }
  for (const m of mentions)
    m.row_ids = m.row_ids
      .split(";")
      .filter(Boolean)
      .map((r) => ids.get(r) ?? r)
      .join(";");
  return { targets, mentions };
}
