import { toParquet } from "./parquet.js";
import { partitionFolder } from "./hive-partition.js";

/** The folder, inside a data folder, that holds the Parquet dataset: one folder per table. */
export const DATASET_FOLDER = "parquet";

/** The columns a partitioned table is split by, outermost first, written in folder names. */
export const PARTITION_COLUMNS = Object.freeze(["province_en", "doc_year"] as const);

/**
 * The tables split by partition: those whose rows name a document. The others (indicators,
 * corrections) are small and have no document of their own, and are written unpartitioned.
 */
export const PARTITIONED_TABLES = Object.freeze(["documents", "targets", "mentions", "quality"]);

/** Where a row belongs: its document's province and the year the document was issued. */
export interface PartitionKey {
  /** The province or region, in English, as the documents table gives it. */
  province_en: string;
  /** The year of the document's `issued` date; null when it has none. */
  doc_year: number | null;
}

/**
 * The partition of one row. A partitioned table's row for which it returns null goes to the
 * Hive default partition (`province_en=__HIVE_DEFAULT_PARTITION__/doc_year=…`), read back as null.
 */
export type PartitionOf = (row: object) => PartitionKey | null;

/** One file of the dataset. */
export interface ParquetPart {
  /** Its path relative to the data folder, with `/` separators. */
  path: string;
  /** Its Parquet bytes. */
  bytes: Uint8Array;
}

/**
 * The year of an ISO 8601 date.
 * @param issued A date such as "2023-12-16", or null.
 * @returns Its year, or null when the text does not start with a four-digit year and a dash.
 * @example docYear("2022-03-19") // 2022
 */
export function docYear(issued: string | null | undefined): number | null {
  const m = /^(\d{4})-/.exec(issued ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * The partition function for tables whose rows name a document (`doc_id`): documents, targets,
 * mentions and quality. It knows only the documents it is given, so a batch of documents
 * partitions its own rows without the others.
 * @param documents The documents rows of the batch.
 * @returns A function giving each row its document's province and year of issue.
 * @example partitionByDocument(rows.documents)({ doc_id: "guigang-2022-action-plan" })
 * // { province_en: "Guangxi Zhuang Autonomous Region", doc_year: 2022 }
 */
export function partitionByDocument(
  documents: readonly { doc_id: string; province_en: string; issued: string | null }[],
): PartitionOf {
  const keys = new Map<string, PartitionKey>(
    documents.map((d) => [d.doc_id, { province_en: d.province_en, doc_year: docYear(d.issued) }]),
  );
  return (row) => keys.get(String((row as { doc_id?: unknown }).doc_id)) ?? null;
}

/**
 * The path of one part file.
 * @param table The table ("targets").
 * @param key The partition, null for the default partition; undefined for an unpartitioned table.
 * @param part The part number.
 * @returns The path relative to the data folder.
 * @example partPath("targets", { province_en: "Shandong", doc_year: 2023 }, 0)
 * // "parquet/targets/province_en=Shandong/doc_year=2023/part-00000.parquet"
 */
export function partPath(
  table: string,
  key: PartitionKey | null | undefined,
  part: number,
): string {
  const folders =
    key === undefined
      ? []
      : [
          partitionFolder("province_en", key?.province_en ?? null),
          partitionFolder("doc_year", key?.doc_year ?? null),
        ];
  const name = `part-${String(part).padStart(5, "0")}.parquet`;
  return [DATASET_FOLDER, table, ...folders, name].join("/");
}

/**
 * Writes one batch of a table as part files of a Hive-partitioned Parquet dataset, one file per
 * partition the rows touch, at `parquet/<table>/province_en=<value>/doc_year=<yyyy>/part-<part>.parquet`
 * (or `parquet/<table>/part-<part>.parquet` for an unpartitioned table). Values in folder names
 * are escaped as Hive does; a null year is `__HIVE_DEFAULT_PARTITION__`. Partition columns live
 * in the folder names only: a column of the table with that name (documents.province_en) is left
 * out of the files, so that a reader with Hive partitioning sees it once. Column types come from
 * the table's declaration, so every part has the same schema.
 *
 * Deterministic and independent of other batches: call it once per batch with the batch number
 * as `part`. A batch without rows writes nothing, except part 0, which writes one file without
 * rows (in the default partition of a partitioned table), so that a table with no rows in a run
 * is still a readable table with all its columns.
 * @param table The table's name, as in `schema/tables.ts`.
 * @param rows The batch's rows.
 * @param columns The table's columns, in order.
 * @param keyOf Each row's partition ({@link partitionByDocument}); null for a table that is not
 *   partitioned (indicators, corrections).
 * @param part The batch number, a whole number from 0.
 * @returns The files, sorted by path.
 * @example parquetParts("targets", rows.targets, TARGET_COLUMNS, partitionByDocument(rows.documents), 0)
 */
export function parquetParts(
  table: string,
  rows: readonly object[],
  columns: readonly string[],
  keyOf: PartitionOf | null,
  part: number,
): ParquetPart[] {
  if (!Number.isInteger(part) || part < 0)
    throw new RangeError(`part must be a whole number from 0, not ${part}`);
  const fileColumns = keyOf
    ? columns.filter((c) => !(PARTITION_COLUMNS as readonly string[]).includes(c))
    : columns;
  const write = (path: string, batch: readonly object[]): ParquetPart => ({
    path,
    bytes: toParquet(batch, fileColumns, { table }),
  });
  if (!keyOf)
    return rows.length || part === 0 ? [write(partPath(table, undefined, part), rows)] : [];
  if (!rows.length) return part === 0 ? [write(partPath(table, null, part), [])] : [];
  const groups = new Map<string, object[]>();
  for (const row of rows) {
    const path = partPath(table, keyOf(row), part);
    const group = groups.get(path);
    if (group) group.push(row);
    else groups.set(path, [row]);
  }
  return [...groups.keys()].sort().map((path) => write(path, groups.get(path)!));
}
