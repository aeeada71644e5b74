import { measureOf, rowLabelEn } from "../rules/measures.js";
import { CITY_WIDE_EN } from "../extract/scope.js";
import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { levelOf } from "../extract/label.js";
import { indicatorById } from "../rules/indicators.js";
import { unitEn } from "../rules/units.js";
import type { CorrectionRow, DocumentRow, MentionRow, TargetRow } from "../schema/rows.js";
import {
  COMPARATOR,
  MENTION_CLASS,
  YEAR_SOURCE,
  type Comparator,
  type Kind,
} from "../schema/vocab.js";
import { parseNumber } from "../figures/numbers.js";
import type { Correction } from "./read.js";

/** What applying a corrections file gives. */
export interface Corrected {
  targets: TargetRow[];
  mentions: MentionRow[];
  /** One row per correction: applied, or why not. */
  log: CorrectionRow[];
}

/** Whether a figure as written holds a value (万/亿/千 scalings and Chinese numerals allowed). */
export function holdsValue(text: string, value: number): boolean {
  const close = (x: number) =>
    [1, 1e3, 1e4, 1e8].some((f) => Math.abs(x * f - value) <= 1e-9 * Math.max(1, Math.abs(value)));
  for (const m of text
    .normalize("NFKC")
    .matchAll(/\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千万亿]+/g)) {
    const n = /^\d/.test(m[0]) ? Number(m[0]) : parseNumber(m[0]);
    if (n !== null && close(n)) return true;
  }
  return false;
}

/**
 * Applies a corrections file to extracted rows: removes rows, changes their fields, adds rows
 * the extractor missed. Each corrected or added row says so (`provenance`, `correction`); a
 * correction whose row is gone, or whose figure now reads otherwise, is not applied and is
 * reported in the log; an added figure whose span does not hold it is refused with an error.
 * @param targets Extracted rows.
 * @param mentions The audit, updated for removed and added rows.
 * @param documents The documents, by doc_id.
 * @param texts Raw text per source file.
 * @param corrections The corrections, in file order.
 * @param file The corrections file, for messages.
 * @param numbers The number of each correction in the file (1-based), when `corrections` is a
 *   subset of it (one document's); default 1, 2, 3 …
 * @returns Corrected rows, the updated audit and the log.
 * @example applyCorrections(rows.targets, rows.mentions, rows.documents, rows.texts, [], "corrections.json").log // []
 */
export function applyCorrections(
  targets: readonly TargetRow[],
  mentions: readonly MentionRow[],
  documents: readonly DocumentRow[],
  texts: ReadonlyMap<string, string>,
  corrections: readonly Correction[],
  file: string,
  numbers?: readonly number[],
): Corrected {
  const rows = targets.map((r) => ({ ...r }));
  const byId = new Map(rows.map((r) => [r.row_id, r]));
  const removed = new Set<string>();
  const audit = mentions.map((m) => ({ ...m }));
  const log: CorrectionRow[] = [];
  corrections.forEach((c, k) => {
    const n = numbers?.[k] ?? k + 1;
    const note = `${c.reason} — ${c.author}`;
    const entry = (
      row_id: string,
      doc_id: string,
      status: CorrectionRow["status"],
      detail: string,
    ) =>
      log.push({
        n,
        action: c.action,
        row_id,
        doc_id,
        status,
        detail,
        reason: c.reason,
        author: c.author,
      });
    if (c.action === "add") {
      const doc = documents.find((d) => d.doc_id === c.doc_id);
      if (!doc) fail(message.badCorrection(file, n, `no document "${c.doc_id}"`), file);
      const raw = texts.get(doc.source_file) ?? "";
      const written = raw.slice(c.start, c.end);
      if (written !== c.text)
        fail(
          message.correctionSpan(file, n, doc.source_file, c.start, c.end, c.text, written),
          file,
          c.start,
        );
      if (!holdsValue(written, c.set.value))
        fail(
          message.badCorrection(file, n, `"${written}" does not hold the value ${c.set.value}`),
          file,
          c.start,
        );
      const row_id = `${c.doc_id}@${c.start}:added`;
      if (byId.has(row_id)) fail(message.badCorrection(file, n, `${row_id} is added twice`), file);
      const lineStart = Math.max(
        raw.lastIndexOf("\n", c.start) + 1,
        raw.lastIndexOf("。", c.start - 1) + 1,
      );
      const stop = raw.slice(c.end).search(/[。\n]/);
      const ind = c.set.indicator_id ? indicatorById(String(c.set.indicator_id)) : undefined;
      const unit = (c.set.unit as string | undefined) ?? null;
      const row: TargetRow = {
        row_id,
        doc_id: c.doc_id,
        city: doc.city,
        scope: (c.set.scope as string | undefined) ?? "city",
        scope_en: scopeEnOf(targets, c.doc_id, (c.set.scope as string | undefined) ?? "city"),
        section: "",
        indicator_id: ind?.id ?? null,
        indicator_zh: c.set.indicator_zh,
        indicator_en: rowLabelEn(
          ind,
          ind?.level ?? levelOf(c.set.indicator_zh),
          unit,
          unitEn(unit),
        ),
        level: ind?.level ?? levelOf(c.set.indicator_zh),
        kind: c.set.kind as Kind,
        value: c.set.value,
        value_max: (c.set.value_max as number | undefined) ?? null,
        unit,
        unit_en: unitEn(unit),
        comparator: (c.set.comparator as Comparator | undefined) ?? COMPARATOR.EQ,
        year: (c.set.year as number | undefined) ?? null,
        year_source: YEAR_SOURCE.DOCUMENT,
        binding: null,
        commitment_strength: null,
        measure: measureOf(unit, unitEn(unit)).id,
        commitment_cue: null,
        text: written,
        source_file: doc.source_file,
        start: c.start,
        end: c.end,
        quote: raw.slice(lineStart, stop < 0 ? raw.length : c.end + stop + 1).trim(),
        provenance: "added",
        correction: note,
      };
      rows.push(row);
      byId.set(row_id, row);
      for (const m of audit)
        if (m.source_file === doc.source_file && m.start < c.end && m.end > c.start) {
          m.class = MENTION_CLASS.FIGURE;
          m.row_ids = [...m.row_ids.split(";").filter(Boolean), row_id].join(";");
          m.reason = `added by correction ${n}: ${c.reason}`;
        }
      entry(row_id, c.doc_id, "applied", `added ${written}`);
      return;
    }
    const row = byId.get(c.row_id);
    if (!row || removed.has(c.row_id)) {
      entry(
        c.row_id,
        "",
        "not applied",
        `no row ${c.row_id} (the extractor no longer makes it, or it was removed)`,
      );
      return;
    }
    if (c.action === "remove") {
      removed.add(c.row_id);
      for (const m of audit)
        if (m.row_ids.split(";").includes(c.row_id)) {
          m.row_ids = m.row_ids
            .split(";")
            .filter((x) => x && x !== c.row_id)
            .join(";");
          m.reason = `${m.reason} (row ${c.row_id} removed by correction ${n}: ${c.reason})`;
          if (!m.row_ids) m.class = MENTION_CLASS.CORRECTED_AWAY;
        }
      entry(c.row_id, row.doc_id, "applied", "removed");
      return;
    }
    if (c.text !== undefined && row.text !== c.text) {
      entry(
        c.row_id,
        row.doc_id,
        "not applied",
        `the row's figure now reads "${row.text}", not "${c.text}"`,
      );
      return;
    }
    if (typeof c.set.value === "number" && !holdsValue(row.text, c.set.value)) {
      entry(
        c.row_id,
        row.doc_id,
        "not applied",
        `"${row.text}" does not hold the value ${c.set.value}`,
      );
      return;
    }
    Object.assign(row, c.set);
    if (c.set.scope !== undefined) row.scope_en = scopeEnOf(targets, row.doc_id, row.scope);
    if (c.set.indicator_id !== undefined) {
      const ind = c.set.indicator_id ? indicatorById(String(c.set.indicator_id)) : undefined;
      if (ind?.level) row.level = ind.level;
    }
    if (c.set.unit !== undefined) row.unit_en = unitEn(row.unit);
    if (c.set.indicator_id !== undefined || c.set.unit !== undefined) {
      const ind = row.indicator_id ? indicatorById(row.indicator_id) : undefined;
      row.indicator_en = rowLabelEn(ind, row.level, row.unit, row.unit_en);
      row.measure = measureOf(row.unit, row.unit_en).id;
    }
    row.provenance = "corrected";
    row.correction = row.correction ? `${row.correction}; ${note}` : note;
    entry(c.row_id, row.doc_id, "applied", `set ${Object.keys(c.set).join(", ")}`);
  });
  const order = new Map(documents.map((d, i) => [d.doc_id, i]));
  const out = rows
    .filter((r) => !removed.has(r.row_id))
    .sort((a, b) => order.get(a.doc_id)! - order.get(b.doc_id)! || a.start - b.start);
  return { targets: out, mentions: audit, log };
}

/** The English name of a scope, as the document's other rows give it ("city-wide" for the city). */
function scopeEnOf(targets: readonly TargetRow[], docId: string, scope: string): string {
  if (scope === "city") return CITY_WIDE_EN;
  return targets.find((t) => t.doc_id === docId && t.scope === scope)?.scope_en ?? scope;
}
