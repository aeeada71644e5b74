import { DATASET_FOLDER, PARTITIONED_TABLES } from "../io/parquet-dataset.js";
import { join } from "node:path";
import { requireTables, sqlString, type Dataset } from "./open-dataset.js";
import type { Row } from "./plain-rows.js";

/** Columns of the table {@link summarizePartitions} returns. */
export const PARTITION_SUMMARY_COLUMNS = Object.freeze([
  "province_en",
  "doc_year",
  "documents",
  "cities",
  "target_rows",
  "numeric_rows",
  "mentions",
  "files",
] as const);

/**
 * Counts per partition of the dataset — province and year of issue — in SQL: documents, cities,
 * target rows (and those with a number), numeric tokens audited, and the Parquet files holding
 * the partition's rows. A query that names a province or a year reads only that partition's
 * files, which is what lets a national corpus be queried one province at a time; the counts
 * show how the rows are spread over the files.
 * @param dataset An open dataset with the documents, targets and mentions tables.
 * @returns One row per province and year, in that order (columns {@link PARTITION_SUMMARY_COLUMNS}).
 * @throws {DatasetError} When a table is missing.
 * @example await summarizePartitions(await openDataset("data"))
 */
export async function summarizePartitions(dataset: Dataset): Promise<Row[]> {
  requireTables(dataset, ["documents", "targets", "mentions"]);
  const globs = PARTITIONED_TABLES.filter((t) => dataset.tables.includes(t)).map((t) =>
    sqlString(`${join(dataset.dir, DATASET_FOLDER, t)}/**/*.parquet`),
  );
  const key = (a: string, b: string) =>
    `${a}.province_en IS NOT DISTINCT FROM ${b}.province_en AND ${a}.doc_year IS NOT DISTINCT FROM ${b}.doc_year`;
  const sql = `
WITH d AS (
  SELECT province_en, doc_year, count(*) AS documents, count(DISTINCT city) AS cities
  FROM documents GROUP BY ALL
),
t AS (
  SELECT province_en, doc_year, count(*) AS target_rows, count(value) AS numeric_rows
  FROM targets GROUP BY ALL
),
m AS (SELECT province_en, doc_year, count(*) AS mentions FROM mentions GROUP BY ALL),
f AS (
  SELECT province_en, doc_year, count(DISTINCT filename) AS files
  FROM read_parquet([${globs.join(", ")}], hive_partitioning = true, union_by_name = true,
    filename = true, hive_types = {'province_en': 'VARCHAR', 'doc_year': 'INTEGER'})
  GROUP BY ALL
),
k AS (
  SELECT province_en, doc_year FROM d UNION SELECT province_en, doc_year FROM t
  UNION SELECT province_en, doc_year FROM m
)
SELECT k.province_en, k.doc_year, coalesce(d.documents, 0) AS documents,
  coalesce(d.cities, 0) AS cities, coalesce(t.target_rows, 0) AS target_rows,
  coalesce(t.numeric_rows, 0) AS numeric_rows, coalesce(m.mentions, 0) AS mentions,
  coalesce(f.files, 0) AS files
FROM k
LEFT JOIN d ON ${key("d", "k")}
LEFT JOIN t ON ${key("t", "k")}
LEFT JOIN m ON ${key("m", "k")}
LEFT JOIN f ON ${key("f", "k")}
ORDER BY k.province_en NULLS LAST, k.doc_year NULLS LAST`;
  return dataset.query(sql);
}
