import * as aq from "arquero";
import type * as ParquetWasm from "parquet-wasm";
import { lazy } from "../lazy.js";
import { join } from "node:path";
import { CORRECTIONS_FILE, readCorrections } from "../corrections/read.js";
import { unclaimedCorrections } from "../corrections/split.js";
import { TableStream, type TextFormat } from "../io/table-stream.js";
import {
  extractCorpus,
  indicatorRows,
  resolveSpecs,
  sortLog,
  toTable,
  type CorpusRows,
  type LoadOptions,
} from "../load.js";
import { OutputBatch, toCsv, toJson, type OutputSink } from "../io/write.js";
import type { JobSettings } from "../stream/document-job.js";
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

const loadParquet = lazy<typeof ParquetWasm>("parquet-wasm");

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
  /** Folder to write `*.csv`, `*.json`, `*.parquet` and README.md into. */
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
 * Serialises a table as Parquet through arquero's Arrow support (Arrow IPC → parquet-wasm).
 * @param rows Plain rows.
 * @param columns Column order.
 * @returns Parquet bytes.
 * @example toParquet([{ a: 1 }], ["a"])
 */
export function toParquet(rows: readonly object[], columns: readonly string[]): Uint8Array {
  const ipc = aq.toArrowIPC(toTable(rows, columns), { format: "stream" });
  const parquet = loadParquet();
  return parquet.writeParquet(parquet.Table.fromIPCStream(ipc));
}

/**
 * Stages every table and the codebook into a batch (nothing is written until it commits).
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
  for (const name of TABLE_NAMES) {
    const [data, columns] = tables[name]!;
    if (formats.includes("csv")) batch.add(at(`${name}.csv`), toCsv(data, columns));
    if (formats.includes("json")) batch.add(at(`${name}.json`), toJson(data, columns));
    if (formats.includes("parquet")) batch.add(at(`${name}.parquet`), toParquet(data, columns));
  }
  batch.add(at("README.md"), renderCodebook());
  return {
    documents: rows.documents.length,
    targets: rows.targets.length,
    mentions: rows.mentions.length,
    indicators: indicators.length,
  };
}

/** Options of a streamed data step. */
export interface StreamDataOptions extends LoadOptions {
  /** Worker threads extracting documents (default: one per core, none for a few documents). */
  workers?: number;
  /** Keep every target row and decoded text for what follows (charts, report). Default false. */
  keep?: boolean;
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
  const correctionsPath = join(dir, CORRECTIONS_FILE);
  const parquet = formats.includes("parquet");
  const text = formats.filter((f): f is TextFormat => f === "csv" || f === "json");
  const keep = options.keep ?? false;
  const settings: JobSettings = {
    dir,
    corrections: readCorrections(correctionsPath),
    correctionsPath,
    text,
    keep: { targets: keep || parquet, mentions: parquet, text: keep },
  };
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
  const all = { targets: [] as TargetRow[], mentions: [] as MentionRow[] };
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
      for (const t of r.targets!) all.targets.push(t);
      for (const m of r.mentions!) all.mentions.push(m);
    }
  }
  targetsOut.close();
  mentionsOut.close();
  out.corrections = sortLog([
    ...out.corrections,
    ...unclaimedCorrections(settings.corrections, claimed, correctionsPath),
  ]);
  const indicators = indicatorRows();
  const small: Record<string, [readonly object[], readonly string[]]> = {
    documents: [out.documents, DOCUMENT_COLUMNS],
    quality: [out.quality, QUALITY_COLUMNS],
    corrections: [out.corrections, CORRECTION_COLUMNS],
    indicators: [indicators, INDICATOR_COLUMNS],
  };
  for (const [name, [rows, columns]] of Object.entries(small)) {
    if (formats.includes("csv")) sink.add(at(`${name}.csv`), toCsv(rows, columns));
    if (formats.includes("json")) sink.add(at(`${name}.json`), toJson(rows, columns));
  }
  if (parquet) {
    const tables: Record<string, [readonly object[], readonly string[]]> = {
      ...small,
      targets: [all.targets, TARGET_COLUMNS],
      mentions: [all.mentions, MENTION_COLUMNS],
    };
    for (const name of TABLE_NAMES) {
      const [rows, columns] = tables[name]!;
      sink.add(at(`${name}.parquet`), toParquet(rows, columns));
    }
  }
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
