import type { Context } from "./context.js";
import type { MentionRow } from "../schema/rows.js";
import { MENTION_CLASS } from "../schema/vocab.js";

/**
 * The audit: one row per numeric token of the document and what became of it — a figure (with
 * its rows), a year, a date, a document number, an ordinal, part of a name, another sector's
 * figure, page furniture — so that no number is lost silently.
 * @param ctx The document's context after every other phase.
 * @returns The mentions rows, in document order.
 * @example auditTokens(ctx).every((m) => m.class !== "figure" || m.row_ids !== "")
 */
export function auditTokens(ctx: Context): MentionRow[] {
  const { file, options, tokens, mentionOf } = ctx;
  const mentions: MentionRow[] = [];
  for (const token of tokens) {
    const m = mentionOf.get(token.start) ?? {
      class: MENTION_CLASS.UNRECOGNISED,
      rows: [],
      reason: "not reached by any rule",
    };
    mentions.push({
      doc_id: options.doc_id,
      source_file: file,
      start: token.start,
      end: token.end,
      text: token.text,
      numeral: token.numeral,
      class: m.class,
      row_ids: m.rows.join(";"),
      reason: m.reason,
    });
  }
  return mentions;
}
