import { join } from "node:path";
import { applyCorrections } from "../corrections/apply.js";
import { CORRECTIONS_FILE, readCorrections, type Correction } from "../corrections/read.js";
import { correctionsOf } from "../corrections/split.js";
import { qualityOf } from "../extract/quality.js";
import type { TextFormat } from "../io/table-stream.js";
import { csvLines, jsonLines } from "../io/write.js";
import { extractOne } from "../read/document.js";
import type { DocumentSpec } from "../loaders/spec.js";
import {
  MENTION_COLUMNS,
  TARGET_COLUMNS,
  type CorrectionRow,
  type DocumentRow,
  type MentionRow,
  type QualityRow,
  type TargetRow,
} from "../schema/rows.js";

/** What every document of a run shares: where the files are, the corrections, what to return. */
export interface JobSettings {
  /** The folder of the documents. */
  dir: string;
  /** The folder's corrections file, in order (empty without one). */
  corrections: readonly Correction[];
  /** Path of the corrections file, for messages. */
  correctionsPath: string;
  /** Formats whose text of the targets and mentions is made with the rows (see {@link DocumentResult.chunks}). */
  text: readonly TextFormat[];
  /** Row objects to return, besides the text: the targets, the mentions, the decoded file. */
  keep: { targets: boolean; mentions: boolean; text: boolean };
}

/**
 * The settings of a run over a folder: its corrections file (read once, here) and what each
 * document's job returns.
 * @param dir The folder of the documents.
 * @param text Formats whose text the jobs make.
 * @param keep Row objects the jobs return.
 * @returns The settings.
 * @example jobSettings("seeds", ["csv"], { targets: false, mentions: false, text: false })
 */
export function jobSettings(
  dir: string,
  text: readonly TextFormat[],
  keep: JobSettings["keep"],
): JobSettings {
  const correctionsPath = join(dir, CORRECTIONS_FILE);
  return { dir, corrections: readCorrections(correctionsPath), correctionsPath, text, keep };
}

/**
 * The body of a table's file for one document, by format (see `csvLines`, `jsonLines`), as UTF-8
 * bytes: encoded where they were made, and moved, not copied, out of a worker thread.
 */
export type Chunks = Partial<Record<TextFormat, Uint8Array>>;

const utf8 = new TextEncoder();

/** One document, read, extracted, corrected and (as asked) written out as text. */
export interface DocumentResult {
  document: DocumentRow;
  quality: QualityRow;
  /** Its rows, when kept. */
  targets: TargetRow[] | null;
  /** Its audit, when kept. */
  mentions: MentionRow[] | null;
  /** The decoded file, when kept. */
  text: string | null;
  /** Row counts of its targets and mentions. */
  counts: { targets: number; mentions: number };
  /** Its targets and mentions as table text, in the formats asked for. */
  chunks: { targets: Chunks; mentions: Chunks };
  /** What became of the corrections that concern it. */
  log: CorrectionRow[];
  /** Those corrections, as indices into the corrections file. */
  claimed: number[];
}

/**
 * Reads, extracts and corrects one document; the unit of work of a run, the same in the main
 * thread and in a worker thread, so that a run's output does not depend on where it ran. The
 * quality report is taken before corrections, from what the extractor read.
 * @param spec The document's metadata.
 * @param settings The run's shared settings.
 * @returns The document's rows and their text.
 * @example runDocumentJob(REGISTRY[0], { dir: DEFAULT_SEEDS_DIR, corrections: [], correctionsPath: "", text: ["csv"], keep: { targets: true, mentions: false, text: false } }).counts
 */
export function runDocumentJob(spec: DocumentSpec, settings: JobSettings): DocumentResult {
  const one = extractOne(spec, settings.dir);
  const quality = qualityOf(spec.doc_id, spec.source_file, one.targets, one.mentions);
  let { targets, mentions } = one;
  let log: CorrectionRow[] = [];
  const claimed = correctionsOf(spec.doc_id, targets, settings.corrections);
  if (claimed.length) {
    const fixed = applyCorrections(
      targets,
      mentions,
      [one.document],
      new Map([[spec.source_file, one.text]]),
      claimed.map((k) => settings.corrections[k]!),
      settings.correctionsPath,
      claimed.map((k) => k + 1),
    );
    ({ targets, mentions, log } = fixed);
  }
  const chunks: DocumentResult["chunks"] = { targets: {}, mentions: {} };
  for (const format of settings.text) {
    const lines = format === "csv" ? csvLines : jsonLines;
    chunks.targets[format] = utf8.encode(lines(targets, TARGET_COLUMNS));
    chunks.mentions[format] = utf8.encode(lines(mentions, MENTION_COLUMNS));
  }
  return {
    document: one.document,
    quality,
    targets: settings.keep.targets ? targets : null,
    mentions: settings.keep.mentions ? mentions : null,
    text: settings.keep.text ? one.text : null,
    counts: { targets: targets.length, mentions: mentions.length },
    chunks,
    log,
    claimed,
  };
}
