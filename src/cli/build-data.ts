import { extractCorpus, indicatorRows, type CorpusRows, type LoadOptions } from "../load.js";
import { OutputBatch, toCsv, toJson, type OutputSink } from "../io/write.js";
import { parquetParts, partitionByDocument, PARTITIONED_TABLES } from "../io/parquet-dataset.js";
import { renderCodebook } from "../schema/codebook.js";
import {
  DOCUMENT_COLUMNS,
  INDICATOR_COLUMNS,
  MENTION_COLUMNS,
  QUALITY_COLUMNS,
  CORRECTION_COLUMNS,
  TARGET_COLUMNS,
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
    if (formats.includes("csv")) batch.add(at(`${name}.csv`), toCsv(data, columns));
    if (formats.includes("json")) batch.add(at(`${name}.json`), toJson(data, columns));
    if (formats.includes("parquet")) {
      const keyOf = PARTITIONED_TABLES.includes(name) ? byDocument : null;
      for (const p of parquetParts(name, data, columns, keyOf, 0)) batch.add(at(p.path), p.bytes);
    }
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
