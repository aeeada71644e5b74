import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as aq from "arquero";
import { fail } from "./errors/error.js";
import { message } from "./errors/messages.js";
import { correctionLog } from "./corrections/split.js";
import { jobSettings, runDocumentJob } from "./stream/document-job.js";
import { REGISTRY } from "./loaders/registry.js";
import { validateSpec, type DocumentSpec } from "./loaders/spec.js";
import {
  DOCUMENT_COLUMNS,
  INDICATOR_COLUMNS,
  MENTION_COLUMNS,
  QUALITY_COLUMNS,
  CORRECTION_COLUMNS,
  TARGET_COLUMNS,
  type DocumentRow,
  type MentionRow,
  type QualityRow,
  type CorrectionRow,
  type TargetRow,
} from "./schema/rows.js";
import { INDICATORS } from "./rules/indicators.js";

export { extractOne, readDocument } from "./read/document.js";

/** The project's own seeds folder (next to `dist/`). */
export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL("../seeds/", import.meta.url));

/** Name of the optional metadata file in a seeds folder of one's own. */
export const METADATA_FILE = "metadata.json";

/** Options for {@link loadCorpus} and {@link extractCorpus}. */
export interface LoadOptions {
  /** Folder holding the documents. Default: the project's `seeds/`. */
  seedsDir?: string;
  /**
   * Documents to load. Default: the entries of `metadata.json` in `seedsDir` when it has one,
   * else the built-in registry.
   */
  specs?: readonly DocumentSpec[];
}

/** The tables as plain row arrays. */
export interface CorpusRows {
  documents: DocumentRow[];
  targets: TargetRow[];
  mentions: MentionRow[];
  /** One quality row per document (see `qualityOf`). */
  quality: QualityRow[];
  /** What became of each entry of the folder's corrections.json (empty without one). */
  corrections: CorrectionRow[];
  /** Decoded text of each source file (BOM removed), keyed by `source_file`: what offsets index. */
  texts: Map<string, string>;
}

/** The tables as arquero tables. */
export interface Corpus {
  documents: aq.ColumnTable;
  targets: aq.ColumnTable;
  mentions: aq.ColumnTable;
  quality: aq.ColumnTable;
  corrections: aq.ColumnTable;
  indicators: aq.ColumnTable;
  /** The decoded raw text of each source file, by `source_file`: what offsets point into. */
  texts: ReadonlyMap<string, string>;
}

/**
 * Reads the metadata file of a seeds folder.
 * @param path Path of `metadata.json`.
 * @returns Its entries, validated.
 * @example readMetadata("my-seeds/metadata.json")
 */
export function readMetadata(path: string): DocumentSpec[] {
  let parsed: unknown;
  try {
    // A BOM, as Windows editors write one, is not part of the JSON.
    parsed = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(message.badMetadata(path, `not valid JSON (${(e as Error).message})`), path);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { documents?: unknown })?.documents;
  if (!Array.isArray(list) || list.length === 0)
    fail(
      message.badMetadata(path, 'expected a non-empty list of documents (or {"documents": [...]})'),
      path,
    );
  const specs = list.map((entry) => validateSpec(entry, path));
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const s of specs) {
    if (ids.has(s.doc_id))
      fail(message.badMetadata(path, `doc_id "${s.doc_id}" appears twice`), path);
    ids.add(s.doc_id);
    if (files.has(s.source_file))
      fail(
        message.badMetadata(
          path,
          `entry ${s.doc_id}: source_file "${s.source_file}" is listed twice`,
        ),
        path,
      );
    files.add(s.source_file);
  }
  return specs;
}

/**
 * The document specs that apply to a folder, after checking that every text file in it is known.
 * @param options Seeds folder and optional specs.
 * @returns The specs, in catalogue order.
 * @example resolveSpecs({}).length // 5
 */
export function resolveSpecs(options: LoadOptions = {}): {
  dir: string;
  specs: readonly DocumentSpec[];
} {
  const dir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(message.noSeedsFolder(dir), dir);
  const metaPath = join(dir, METADATA_FILE);
  const specs = options.specs ?? (existsSync(metaPath) ? readMetadata(metaPath) : REGISTRY);
  // A folder of one's own without metadata.json is not a copy of the built-in seeds: say what
  // it lacks instead of reporting the seeds as missing.
  if (
    !options.specs &&
    !existsSync(metaPath) &&
    !REGISTRY.some((s) => existsSync(join(dir, s.source_file)))
  )
    fail(message.noMetadata(dir), dir);
  const known = specs.map((s) => s.source_file);
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".txt")) continue;
    if (!known.includes(name))
      fail(message.unknownDocument(join(dir, name), known), join(dir, name));
  }
  return { dir, specs };
}

/**
 * Extracts every document of a seeds folder into row arrays. All documents are read before any
 * row is returned: one bad file fails the whole call, so no half-filled table escapes.
 * @param options Seeds folder and optional specs.
 * @returns documents, targets and mentions rows.
 * @example extractCorpus().targets.length
 */
export function extractCorpus(options: LoadOptions = {}): CorpusRows {
  const { dir, specs } = resolveSpecs(options);
  const settings = jobSettings(dir, [], { targets: true, mentions: true, text: true });
  const out: CorpusRows = {
    documents: [],
    targets: [],
    mentions: [],
    quality: [],
    corrections: [],
    texts: new Map(),
  };
  const claimed = new Set<number>();
  for (const spec of specs) {
    const one = runDocumentJob(spec, settings);
    out.documents.push(one.document);
    // One push per row: spreading a large document's rows would overflow the call stack.
    for (const t of one.targets!) out.targets.push(t);
    for (const m of one.mentions!) out.mentions.push(m);
    out.quality.push(one.quality);
    out.texts.set(spec.source_file, one.text!);
    for (const entry of one.log) out.corrections.push(entry);
    for (const k of one.claimed) claimed.add(k);
  }
  out.corrections = correctionLog(
    out.corrections,
    settings.corrections,
    claimed,
    settings.correctionsPath,
  );
  return out;
}

/**
 * Rows of the indicator vocabulary, one per id, as stored in `data/indicators.*`.
 * @returns Plain rows with aliases joined by "|".
 * @example indicatorRows()[0]?.id // "preschool_gross_enrolment_rate"
 */
export function indicatorRows(): Record<string, string>[] {
  return INDICATORS.map((i) => ({
    indicator_id: i.id,
    zh: i.zh,
    aliases: i.aliases.join("|"),
    en: i.en,
    unit: i.unit,
    level: i.level ?? "",
    definition: i.definition,
    comparability: i.comparability,
  }));
}

/**
 * Turns rows into an arquero table with the given column order (every column present even when
 * there are no rows).
 * @param rows Plain objects.
 * @param columns Column order.
 * @returns The table.
 * @example toTable([{ a: 1 }], ["a"]).numRows() // 1
 */
export function toTable<T extends object>(
  rows: readonly T[],
  columns: readonly string[],
): aq.ColumnTable {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = rows.map((r) => (r as Record<string, unknown>)[c] ?? null);
  return aq.table(data);
}

/**
 * Loads every document into tidy arquero tables: `documents`, `targets`, `mentions` and the
 * `indicators` vocabulary.
 * @param options Seeds folder and optional specs.
 * @returns The four tables.
 * @example const { targets } = loadCorpus(); targets.filter(d => d.indicator_id === "preschool_gross_enrolment_rate")
 */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const rows = extractCorpus(options);
  return {
    documents: toTable(rows.documents, DOCUMENT_COLUMNS),
    targets: toTable(rows.targets, TARGET_COLUMNS),
    mentions: toTable(rows.mentions, MENTION_COLUMNS),
    quality: toTable(rows.quality, QUALITY_COLUMNS),
    corrections: toTable(rows.corrections, CORRECTION_COLUMNS),
    indicators: toTable(indicatorRows(), INDICATOR_COLUMNS),
    texts: rows.texts,
  };
}
