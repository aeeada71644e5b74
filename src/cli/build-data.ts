import { correctionLog } from "../corrections/split.js";
import {
  parquetParts,
  partitionByDocument,
  PARTITIONED_TABLES,
  type PartitionOf,
} from "../io/parquet-dataset.js";
import { TableStream, type TextFormat } from "../io/table-stream.js";
import {
  extractCorpus,
  indicatorRows,
  resolveSpecs,
  type CorpusRows,
  type LoadOptions,
} from "../load.js";
import { OutputBatch, toCsv, toJson, type OutputSink } from "../io/write.js";
import { jobSettings } from "../stream/document-job.js";
import { defaultWorkers, documentResults } from "../stream/pool.js";
import { renderCodebook } from "../schema/codebook.js";
import {
  DOCUMENT_COLUMNS,
  INDICATOR_COLUMNS,
  MENTION_COLUMNS,
  QUALITY_COLUMNS,
  CORRECTION_COLUMNS,
  TARGET_COLUMNS,
  type CorrectionRow,
  type DocumentRow,
  type MentionRow,
  type QualityRow,
  type TargetRow,
} from "../schema/rows.js";

/** Table formats the data step can write. */
export type DataFormat = "csv" | "json" | "parquet";

/** Every data format, for checking user input. */
export const DATA_FORMATS: readonly DataFormat[] = Object.freeze(["csv", "json", "parquet"]);

/** The tables the data step writes, each in every format asked for. */
export const TABLE_NAMES: readonly string[] = Object.freeze([
  "documents",
  "targets",
  "mentions",
  "quality",
  "corrections",
  "indicators",
]);

/** Options for {@link buildData}. */
export interface BuildDataOptions extends LoadOptions {
  /** Folder to write `*.csv`, `*.json`, README.md and the Parquet dataset (`parquet/`) into. */
  dataDir: string;
  /** Formats to write (default: csv and json). */
  formats?: readonly DataFormat[];
}

/** Row counts of the tables written. */
export interface DataCounts {
  documents: number;
  targets: number;
  mentions: number;
  indicators: number;
}

/** What the data step wrote. */
export interface BuildDataResult {
  files: string[];
  counts: DataCounts;
}

/**
 * Stages one whole table in each format asked for: `<name>.csv`, `<name>.json`, and as Parquet
 * part 0 of the dataset (partitioned by `keyOf`, or not when it is null).
 * @param sink Where files are staged.
 * @param at The path of a file inside the sink's output folder.
 * @param name The table.
 * @param rows Its rows.
 * @param columns Its columns, in order.
 * @param formats Formats to write.
 * @param keyOf Each row's partition, or null.
 */
function stageTable(
  sink: OutputSink,
  at: (file: string) => string,
  name: string,
  rows: readonly object[],
  columns: readonly string[],
  formats: readonly DataFormat[],
  keyOf: PartitionOf | null,
): void {
  if (formats.includes("csv")) sink.add(at(`${name}.csv`), toCsv(rows, columns));
  if (formats.includes("json")) sink.add(at(`${name}.json`), toJson(rows, columns));
  if (formats.includes("parquet"))
    for (const p of parquetParts(name, rows, columns, keyOf, 0)) sink.add(at(p.path), p.bytes);
}

/**
 * Stages every table and the codebook into a batch (nothing is written until it commits). As
 * Parquet, the tables form one dataset under `parquet/`, partitioned by province and year of
 * issue (see {@link parquetParts}); all the rows are one batch, part 0.
 * @param rows The extracted rows.
 * @param batch The output batch.
 * @param prefix Folder inside the batch's output folder ("" or "data").
 * @param formats Formats to write.
 * @returns Row counts.
 */
export function stageData(
  rows: CorpusRows,
  batch: OutputSink,
  prefix: string,
  formats: readonly DataFormat[],
): DataCounts {
  const indicators = indicatorRows();
  const tables: Record<string, [readonly object[], readonly string[]]> = {
    documents: [rows.documents, DOCUMENT_COLUMNS],
    targets: [rows.targets, TARGET_COLUMNS],
    mentions: [rows.mentions, MENTION_COLUMNS],
    quality: [rows.quality, QUALITY_COLUMNS],
    corrections: [rows.corrections, CORRECTION_COLUMNS],
    indicators: [indicators, INDICATOR_COLUMNS],
  };
  const at = (f: string) => (prefix ? `${prefix}/${f}` : f);
  const byDocument = partitionByDocument(rows.documents);
  for (const name of TABLE_NAMES) {
    const [data, columns] = tables[name]!;
    const keyOf = PARTITIONED_TABLES.includes(name) ? byDocument : null;
    stageTable(batch, at, name, data, columns, formats, keyOf);
  }
  batch.add(at("README.md"), renderCodebook());
  return {
    documents: rows.documents.length,
    targets: rows.targets.length,
    mentions: rows.mentions.length,
    indicators: indicators.length,
  };
}

/**
 * Documents per batch of the Parquet dataset: each batch is one part file per partition it
 * touches, so a batch's rows are all that is held, and files stay few (20 batches of parts for
 * 10,000 documents).
 */
export const PARQUET_BATCH = 500;

/** Options of a streamed data step. */
export interface StreamDataOptions extends LoadOptions {
  /** Worker threads extracting documents (default: one per core, none for a few documents). */
  workers?: number;
  /** Keep every target row and decoded text for what follows (charts, report). Default false. */
  keep?: boolean;
  /** Documents per batch of Parquet part files (default {@link PARQUET_BATCH}). */
  parquetBatch?: number;
}

/** What a streamed data step wrote and keeps: the small tables, and the rows when asked. */
export interface StreamedData {
  counts: DataCounts;
  documents: DocumentRow[];
  quality: QualityRow[];
  corrections: CorrectionRow[];
  /** Every target row, when {@link StreamDataOptions.keep}. */
  targets: TargetRow[] | null;
  /** Decoded texts by source file, when {@link StreamDataOptions.keep}. */
  texts: Map<string, string> | null;
}

/**
 * Extracts a folder of documents and stages every table and the codebook, one document at a
 * time: the targets and mentions, which grow with the corpus, are written as each document is
 * extracted (in worker threads when there are many) and not kept, so memory stays flat however
 * many documents there are. The output is the same, byte for byte, whatever the number of threads.
 * @param options Seeds folder, threads, whether to keep rows.
 * @param sink Where files are staged (nothing is live until it commits).
 * @param prefix Folder inside the sink's output folder ("" or "data").
 * @param formats Formats to write.
 * @returns Row counts, the small tables, and the rows when kept.
 * @example await streamData({ seedsDir: "corpus" }, batch, "data", ["csv"])
 */
export async function streamData(
  options: StreamDataOptions,
  sink: OutputSink,
  prefix: string,
  formats: readonly DataFormat[],
): Promise<StreamedData> {
  const { dir, specs } = resolveSpecs(options);
  const parquet = formats.includes("parquet");
  const text = formats.filter((f): f is TextFormat => f === "csv" || f === "json");
  const keep = options.keep ?? false;
  const settings = jobSettings(dir, text, {
    targets: keep || parquet,
    mentions: parquet,
    text: keep,
  });
  const at = (f: string) => (prefix ? `${prefix}/${f}` : f);
  const targetsOut = new TableStream(sink, at("targets"), TARGET_COLUMNS, text);
  const mentionsOut = new TableStream(sink, at("mentions"), MENTION_COLUMNS, text);
  const out: StreamedData = {
    counts: { documents: 0, targets: 0, mentions: 0, indicators: 0 },
    documents: [],
    quality: [],
    corrections: [],
    targets: keep ? [] : null,
    texts: keep ? new Map() : null,
  };
  // Parquet: a part file per partition for every PARQUET_BATCH documents, numbered by batch.
  const batch = {
    documents: [] as DocumentRow[],
    quality: [] as QualityRow[],
    targets: [] as TargetRow[],
    mentions: [] as MentionRow[],
    part: 0,
  };
  const flushParquet = () => {
    const keyOf = partitionByDocument(batch.documents);
    const tables: [string, readonly object[], readonly string[]][] = [
      ["documents", batch.documents, DOCUMENT_COLUMNS],
      ["targets", batch.targets, TARGET_COLUMNS],
      ["mentions", batch.mentions, MENTION_COLUMNS],
      ["quality", batch.quality, QUALITY_COLUMNS],
    ];
    for (const [name, rows, columns] of tables)
      for (const p of parquetParts(name, rows, columns, keyOf, batch.part))
        sink.add(at(p.path), p.bytes);
    Object.assign(batch, {
      documents: [],
      quality: [],
      targets: [],
      mentions: [],
      part: batch.part + 1,
    });
  };
  const claimed = new Set<number>();
  const workers = options.workers ?? defaultWorkers(specs.length);
  for await (const r of documentResults(specs, settings, workers)) {
    targetsOut.writeText(r.chunks.targets, r.counts.targets);
    mentionsOut.writeText(r.chunks.mentions, r.counts.mentions);
    out.documents.push(r.document);
    out.quality.push(r.quality);
    for (const entry of r.log) out.corrections.push(entry);
    for (const k of r.claimed) claimed.add(k);
    if (keep) {
      for (const t of r.targets!) out.targets!.push(t);
      out.texts!.set(r.document.source_file, r.text!);
    }
    if (parquet) {
      batch.documents.push(r.document);
      batch.quality.push(r.quality);
      for (const t of r.targets!) batch.targets.push(t);
      for (const m of r.mentions!) batch.mentions.push(m);
      if (batch.documents.length >= (options.parquetBatch ?? PARQUET_BATCH)) flushParquet();
    }
  }
  if (parquet && (batch.documents.length || batch.part === 0)) flushParquet();
  targetsOut.close();
  mentionsOut.close();
  out.corrections = correctionLog(
    out.corrections,
    settings.corrections,
    claimed,
    settings.correctionsPath,
  );
  const indicators = indicatorRows();
  // The tables of one row per document or per correction, whole; documents and quality are
  // already in the Parquet dataset, batch by batch.
  stageTable(sink, at, "documents", out.documents, DOCUMENT_COLUMNS, text, null);
  stageTable(sink, at, "quality", out.quality, QUALITY_COLUMNS, text, null);
  stageTable(sink, at, "corrections", out.corrections, CORRECTION_COLUMNS, formats, null);
  stageTable(sink, at, "indicators", indicators, INDICATOR_COLUMNS, formats, null);
  sink.add(at("README.md"), renderCodebook());
  out.counts = {
    documents: out.documents.length,
    targets: targetsOut.rows,
    mentions: mentionsOut.rows,
    indicators: indicators.length,
  };
  return out;
}

/**
 * Extracts the corpus and writes every table plus the codebook. Nothing is written unless all
 * documents load.
 * @param options Seeds folder, output folder and formats.
 * @returns The files written and row counts.
 * @example buildData({ dataDir: "data" })
 */
export function buildData(options: BuildDataOptions): BuildDataResult {
  const rows = extractCorpus(options);
  const batch = new OutputBatch(options.dataDir);
  const counts = stageData(rows, batch, "", options.formats ?? ["csv", "json"]);
  return { files: batch.commit(), counts };
}
