import type { MentionRow, TargetRow } from "../../src/index.js";

/** A figure is written with digits (ASCII or full-width) or Chinese numerals. */
const NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿半]/;
/** A run of digits as the document writes it, ASCII or full-width. */
const DIGITS = /[0-9０-９]+/g;

/**
 * The promises the tables keep whatever a document holds, as a list of broken ones (empty when
 * all hold): every row's span lies in its text, reads the row's `text` and holds a numeral when
 * the row has a value; values are finite; years are plausible (1949–2100); quotes are in the
 * text (table rows quote their cells joined by " | "); row ids are unique; every mention reads
 * its span and names existing rows; every figure mention has a row; and every run of digits
 * outside blanked markup lies inside a mention, so no number is lost unseen.
 * @param targets Rows of the targets table.
 * @param mentions Rows of the mentions table.
 * @param texts Decoded text of each source file.
 * @param blanked Optional: the cleaned text of each source file (markup blanked), to check that
 *   every run of digits is in the audit.
 * @returns Descriptions of the broken promises.
 */
export function brokenInvariants(
  targets: readonly TargetRow[],
  mentions: readonly MentionRow[],
  texts: ReadonlyMap<string, string>,
  blanked?: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  for (const r of targets) {
    const raw = texts.get(r.source_file)!;
    if (!(r.start >= 0 && r.end <= raw.length && r.start < r.end))
      problems.push(`${r.row_id}: span [${r.start}, ${r.end}) out of the text`);
    if (raw.slice(r.start, r.end) !== r.text)
      problems.push(`${r.row_id}: text is not the raw span`);
    if (r.value !== null && !NUMERAL.test(r.text))
      problems.push(`${r.row_id}: span "${r.text}" holds no numeral`);
    for (const key of ["value", "value_max", "year"] as const) {
      const v = r[key];
      if (v !== null && (typeof v !== "number" || !Number.isFinite(v)))
        problems.push(`${r.row_id}: ${key} ${v}`);
    }
    if (r.year !== null && (r.year < 1949 || r.year > 2100))
      problems.push(`${r.row_id}: year ${r.year}`);
    if (!raw.includes(r.quote) && !r.quote.includes(" | "))
      problems.push(`${r.row_id}: quote not in the text`);
  }
  const ids = new Set(targets.map((r) => r.row_id));
  if (ids.size !== targets.length) problems.push("row ids are not unique");
  const covered = new Map<string, Uint8Array>();
  for (const m of mentions) {
    const raw = texts.get(m.source_file)!;
    if (!(m.start >= 0 && m.end <= raw.length && m.start < m.end))
      problems.push(`${m.doc_id}@${m.start}: mention span out of the text`);
    if (raw.slice(m.start, m.end) !== m.text) problems.push(`${m.doc_id}@${m.start}: mention text`);
    for (const id of m.row_ids.split(";").filter(Boolean))
      if (!ids.has(id)) problems.push(`${m.doc_id}@${m.start}: names a missing row ${id}`);
    if (m.class === "figure" && !m.row_ids)
      problems.push(`${m.doc_id}@${m.start}: figure without a row`);
    let marks = covered.get(m.source_file);
    if (!marks) covered.set(m.source_file, (marks = new Uint8Array(raw.length)));
    marks.fill(1, Math.max(0, m.start), Math.min(raw.length, m.end));
  }
  for (const [file, text] of blanked ?? []) {
    const marks = covered.get(file) ?? new Uint8Array(text.length);
    for (const d of text.matchAll(DIGITS)) {
      const lost = [...d[0]].findIndex((_, k) => !marks[d.index + k]);
      if (lost >= 0) {
        problems.push(`${file}@${d.index + lost}: digits "${d[0]}" are in no mention`);
        break;
      }
    }
  }
  return problems;
}
