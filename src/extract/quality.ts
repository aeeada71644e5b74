import type { MentionRow, QualityRow, TargetRow } from "../schema/rows.js";
import { MENTION_CLASS, type MentionClass } from "../schema/vocab.js";

/** Share of a document's numbers lost to page furniture or "unrecognised" that earns a warning. */
export const LOST_SHARE_WARNING = 0.5;
/** Documents with fewer numeric tokens than this are too short to judge. */
const MIN_TOKENS = 20;

/**
 * The quality report of one document: how many numeric tokens it has, how many became figures
 * and rows, and how many were set aside, class by class; with a warning when most of its numbers
 * went to page furniture or "unrecognised" (the sign of a layout the extractor does not read) or
 * when none became a row.
 * @param docId The document.
 * @param sourceFile Its file.
 * @param targets Its rows.
 * @param mentions Its audit.
 * @returns One quality row.
 * @example qualityOf("a", "a.txt", rows, mentions).share_to_rows
 */
export function qualityOf(
  docId: string,
  sourceFile: string,
  targets: readonly TargetRow[],
  mentions: readonly MentionRow[],
): QualityRow {
  const count = (c: MentionClass) => mentions.filter((m) => m.class === c).length;
  const tokens = mentions.length;
  const figures = count(MENTION_CLASS.FIGURE);
  const furniture = count(MENTION_CLASS.FURNITURE);
  const unrecognised = count(MENTION_CLASS.UNRECOGNISED);
  const rows = targets.filter((t) => t.value !== null).length;
  const lost = tokens === 0 ? 0 : (furniture + unrecognised) / tokens;
  let warning = "";
  if (tokens >= MIN_TOKENS && lost > LOST_SHARE_WARNING)
    warning = `${Math.round(100 * lost)} % of its ${tokens} numbers went to page furniture (${furniture}) or unrecognised (${unrecognised}): a layout the extractor does not read; check the mentions table`;
  else if (tokens >= MIN_TOKENS && rows === 0)
    warning = `none of its ${tokens} numbers became a row; check the mentions table`;
  return {
    doc_id: docId,
    source_file: sourceFile,
    tokens,
    figures,
    rows,
    share_to_rows: tokens === 0 ? 0 : Number((figures / tokens).toFixed(4)),
    year: count(MENTION_CLASS.YEAR),
    date: count(MENTION_CLASS.DATE),
    doc_number: count(MENTION_CLASS.DOC_NUMBER),
    ordinal: count(MENTION_CLASS.ORDINAL),
    name: count(MENTION_CLASS.NAME),
    indefinite: count(MENTION_CLASS.INDEFINITE),
    rate_period: count(MENTION_CLASS.UNIT_OF_RATE),
    other_sector: count(MENTION_CLASS.OTHER_SECTOR),
    table_other: count(MENTION_CLASS.TABLE_OTHER),
    furniture,
    unrecognised,
    warning,
  };
}
