import type { Context } from "./context.js";
import { CITY_WIDE_EN } from "./scope.js";
import { levelOf } from "./label.js";
import { sectorOf } from "./sector.js";
import { matchIndicator } from "../rules/indicators.js";
import { RATIO_UNIT, unitEn } from "../rules/units.js";
import { KIND, MENTION_CLASS, YEAR_SOURCE } from "../schema/vocab.js";

/**
 * Turns the figures every table layout found into rows — education only, with indicator, kind
 * (the table's column, else the document's), year and binding — and audits the tables' other
 * numbers (year headings, row numbers, rubric weights, digits inside labels).
 * @param ctx The document's context.
 * @example tableRows(ctx)
 */
export function tableRows(ctx: Context): void {
  const {
    options,
    tables,
    tokens,
    targets,
    educationDocument,
    reviewYear,
    mentionOf,
    nextId,
    sectionPath,
    base,
  } = ctx;
  // Tables, by every layout (layouts/): their cells become rows, their other numbers are audited.
  const tokenAt = (pos: number) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    const t = tokens[lo];
    return t && t.start <= pos && pos < t.end ? t : undefined;
  };
  for (const table of tables) {
    const section = [sectionPath(table.start), table.title].filter(Boolean).join(" > ");
    for (const o of table.others) {
      const t = tokenAt(o.start);
      if (t && !mentionOf.has(t.start))
        mentionOf.set(t.start, {
          class: /^year/.test(o.reason)
            ? MENTION_CLASS.YEAR
            : /row number/.test(o.reason)
              ? MENTION_CLASS.ORDINAL
              : MENTION_CLASS.TABLE_OTHER,
          rows: [],
          reason: o.reason,
        });
    }
    for (const f of table.figures) {
      const t = tokenAt(f.cell.start);
      const sector = sectorOf([`${f.group} ${f.label}`, table.title], educationDocument);
      if (sector.id !== "education") {
        if (t && !mentionOf.has(t.start))
          mentionOf.set(t.start, {
            class: MENTION_CLASS.OTHER_SECTOR,
            rows: [],
            reason: `sector: ${sector.en}${sector.word ? ` (${sector.word})` : ""}`,
          });
        continue;
      }
      const ind = matchIndicator(f.label, `${f.group} ${f.label}`, f.unit ?? RATIO_UNIT.zh);
      // An evaluation's table reports the past: its columns up to the year reviewed are actuals.
      const kind =
        options.doc_type === "evaluation" && f.year !== null && f.year <= reviewYear
          ? KIND.ACTUAL
          : (f.kind ?? (options.doc_type === "evaluation" ? KIND.ACTUAL : KIND.TARGET));
      const id = nextId();
      targets.push({
        row_id: id,
        ...base(f.cell.start, f.cell.end, f.quote),
        scope: "city",
        scope_en: CITY_WIDE_EN,
        section,
        indicator_id: ind?.id ?? null,
        indicator_zh: f.label,
        indicator_en: null,
        level: ind?.level ?? levelOf(f.label, f.group),
        kind,
        value: f.value,
        value_max: null,
        unit: f.unit ?? RATIO_UNIT.zh,
        unit_en: unitEn(f.unit ?? RATIO_UNIT.zh),
        comparator: f.comparator,
        year: f.year ?? (kind === KIND.TARGET ? options.period_end : reviewYear),
        year_source: f.year !== null ? YEAR_SOURCE.TABLE : YEAR_SOURCE.DOCUMENT,
        binding: f.binding,
        commitment_strength: null,
        measure: null,
        commitment_cue: null,
      });
      if (t) {
        const known = mentionOf.get(t.start);
        if (known?.class === MENTION_CLASS.FIGURE) known.rows.push(id);
        else
          mentionOf.set(t.start, {
            class: MENTION_CLASS.FIGURE,
            rows: [id],
            reason: `${kind} in a table (${table.layout})`,
          });
      }
    }
    // Whatever else a table holds (a digit in a label) is not read as prose.
    for (const t of tokens)
      if (t.start >= table.start && t.start < table.end && !mentionOf.has(t.start))
        mentionOf.set(t.start, {
          class: MENTION_CLASS.TABLE_OTHER,
          rows: [],
          reason: `inside a table (${table.layout}), not one of its cells`,
        });
  }
}
