import type { CorrectionRow, DocumentRow, TargetRow } from "../schema/rows.js";
import { applyCorrections } from "./apply.js";
import type { Correction } from "./read.js";

/**
 * The corrections that concern one document, as indices into the file's list: the figures it adds
 * to the document, and the removals and changes of its rows (rows it extracted or rows those
 * additions make). Each correction concerns at most one document, so applying every document's
 * share on its own gives what applying the whole file to the whole corpus gives.
 * @param docId The document.
 * @param rows Its extracted rows.
 * @param corrections The corrections file, in order.
 * @returns Indices (0-based), in file order.
 * @example correctionsOf("weihai-2019", rows, corrections)
 */
export function correctionsOf(
  docId: string,
  rows: readonly TargetRow[],
  corrections: readonly Correction[],
): number[] {
  const ids = new Set(rows.map((r) => r.row_id));
  corrections.forEach((c) => {
    if (c.action === "add" && c.doc_id === docId) ids.add(`${c.doc_id}@${c.start}:added`);
  });
  const mine: number[] = [];
  corrections.forEach((c, k) => {
    if (c.action === "add" ? c.doc_id === docId : ids.has(c.row_id)) mine.push(k);
  });
  return mine;
}

/**
 * The log of the corrections no document claimed: a removal or change of a row no document has is
 * "not applied"; an addition to a document the corpus lacks fails, naming the file.
 * @param corrections The corrections file, in order.
 * @param claimed Indices claimed by some document.
 * @param file The corrections file, for messages.
 * @returns Their log entries, in file order.
 * @example unclaimedCorrections(corrections, new Set([0, 2]), "corrections.json")
 */
export function unclaimedCorrections(
  corrections: readonly Correction[],
  claimed: ReadonlySet<number>,
  file: string,
): CorrectionRow[] {
  const rest = corrections.map((_, k) => k).filter((k) => !claimed.has(k));
  if (!rest.length) return [];
  const none: DocumentRow[] = [];
  return applyCorrections(
    [],
    [],
    none,
    new Map(),
    rest.map((k) => corrections[k]!),
    file,
    rest.map((k) => k + 1),
  ).log;
}

/**
 * The corrections log of a run, in file order: what each document logged for the corrections it
 * claimed, and the entries of the corrections no document claimed (see
 * {@link unclaimedCorrections}).
 * @param logged The documents' entries, in any order.
 * @param corrections The corrections file, in order.
 * @param claimed Indices claimed by some document.
 * @param file The corrections file, for messages.
 * @returns One entry per correction, by correction number.
 * @example correctionLog(entries, corrections, claimed, "corrections.json")[0]?.n // 1
 */
export function correctionLog(
  logged: readonly CorrectionRow[],
  corrections: readonly Correction[],
  claimed: ReadonlySet<number>,
  file: string,
): CorrectionRow[] {
  return [...logged, ...unclaimedCorrections(corrections, claimed, file)].sort((a, b) => a.n - b.n);
}
