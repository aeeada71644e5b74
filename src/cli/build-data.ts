import { extractCorpus, indicatorRows, type LoadOptions } from "../load.js";
import { OutputBatch, toCsv, toJson } from "../io/write.js";
import { renderCodebook } from "../schema/codebook.js";
import { DOCUMENT_COLUMNS, MENTION_COLUMNS, TARGET_COLUMNS } from "../schema/rows.js";

/** Table formats the data step can write. */
export type DataFormat = "csv" | "json";

/** Options for {@link buildData}. */
export interface BuildDataOptions extends LoadOptions {
  /** Folder to write `*.csv`, `*.json` and README.md into. */
  dataDir: string;
  /** Formats to write (default: csv and json). */
  formats?: readonly DataFormat[];
}

/** What the data step wrote. */
export interface BuildDataResult {
  files: string[];
  counts: { documents: number; targets: number; mentions: number; indicators: number };
}

const INDICATOR_COLUMNS = [
  "indicator_id",
  "zh",
  "aliases",
  "en",
  "unit",
  "level",
  "definition",
  "comparability",
] as const;

/**
 * Extracts the corpus and writes every table plus the codebook. Nothing is written unless all
 * documents load.
 * @param options Seeds folder, output folder and formats.
 * @returns The files written and row counts.
 * @example buildData({ dataDir: "data" })
 */
export function buildData(options: BuildDataOptions): BuildDataResult {
  const rows = extractCorpus(options);
  const indicators = indicatorRows();
  const formats = options.formats ?? ["csv", "json"];
  const batch = new OutputBatch(options.dataDir);
  const tables: [string, readonly object[], readonly string[]][] = [
    ["documents", rows.documents, DOCUMENT_COLUMNS],
    ["targets", rows.targets, TARGET_COLUMNS],
    ["mentions", rows.mentions, MENTION_COLUMNS],
    ["indicators", indicators, INDICATOR_COLUMNS],
  ];
  for (const [name, data, columns] of tables) {
    if (formats.includes("csv")) batch.add(`${name}.csv`, toCsv(data, columns));
    if (formats.includes("json")) batch.add(`${name}.json`, toJson(data, columns));
  }
  batch.add("README.md", renderCodebook());
  return {
    files: batch.commit(),
    counts: {
      documents: rows.documents.length,
      targets: rows.targets.length,
      mentions: rows.mentions.length,
      indicators: indicators.length,
    },
  };
}
