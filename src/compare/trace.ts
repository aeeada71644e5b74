import type { ColumnTable } from "arquero";
import { refuse } from "../errors/error.js";
import { message } from "../errors/messages.js";
import type { DocumentRow, TargetRow } from "../schema/rows.js";
import { rowsOf } from "./rows.js";

/** A figure traced back to the raw file. */
export interface Trace {
  row_id: string;
  source_file: string;
  start: number;
  end: number;
  /** raw.slice(start, end): the figure as the file writes it. */
  figure: string;
  before: string;
  after: string;
  quote: string;
}

/** What tracing needs: the targets and the decoded text of each source file (a `Corpus`). */
export interface TraceInput {
  targets: ColumnTable;
  texts: ReadonlyMap<string, string>;
}

/**
 * Traces a targets row back to its source: the figure at its offsets in the raw text the corpus
 * was loaded from, with the text around it, so anyone can check the number against the source.
 * Reads no file: the corpus carries its texts, whichever folder it was loaded from.
 * @param corpus The corpus (`targets` and `texts`).
 * @param rowId The row to trace.
 * @param options Context width in characters (default 40).
 * @returns The figure and its context.
 * @example traceRow(corpus, "weihai-2023-action-plan@985").figure // "110%"
 */
export function traceRow(
  corpus: TraceInput,
  rowId: string,
  options: { width?: number } = {},
): Trace {
  const targets = corpus.targets;
  const row = rowsOf<TargetRow>(
    targets
      .params({ rowId })
      .filter((d: { row_id: string }, $: { rowId: string }) => d.row_id === $.rowId),
  )[0];
  if (!row)
    refuse(
      message.emptySelection(
        `row "${rowId}"`,
        rowsOf<TargetRow>(targets.slice(0, 3)).map((r) => `${r.row_id} …`),
      ),
      "row",
    );
  const raw = corpus.texts.get(row.source_file);
  if (raw === undefined)
    refuse(
      message.emptySelection(`the text of ${row.source_file}`, [...corpus.texts.keys()]),
      "text",
    );
  const w = options.width ?? 40;
  return {
    row_id: row.row_id,
    source_file: row.source_file,
    start: row.start,
    end: row.end,
    figure: raw.slice(row.start, row.end),
    before: raw.slice(Math.max(0, row.start - w), row.start),
    after: raw.slice(row.end, row.end + w),
    quote: row.quote,
  };
}

/**
 * A citation for a source document: issuer, title, date, file and SHA-256.
 * @param documents The `documents` table.
 * @param docId The document.
 * @returns One line to paste into a report's references.
 * @example cite(corpus.documents, "guigang-2022-action-plan")
 */
export function cite(documents: ColumnTable, docId: string): string {
  const docs = rowsOf<DocumentRow>(documents);
  const d = docs.find((x) => x.doc_id === docId);
  if (!d)
    refuse(
      message.emptySelection(
        `document "${docId}"`,
        docs.map((x) => x.doc_id),
      ),
      "document",
    );
  return `${d.issuer}. ${d.title}. ${d.issued}. Source file ${d.source_file}, SHA-256 ${d.sha256}.`;
}
