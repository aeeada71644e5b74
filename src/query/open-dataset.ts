import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type * as DuckDB from "@duckdb/node-api";
import { DatasetError } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { DATASET_FOLDER, PARTITION_COLUMNS } from "../io/parquet-dataset.js";
import { lazy } from "../lazy.js";
import { plainRows, type Row } from "./plain-rows.js";

// DuckDB is a native module of some 60 MB: loaded on the first openDataset, not with the library.
const loadDuckDB = lazy<typeof DuckDB>("@duckdb/node-api");

/** A value bound to a `?`, `$1` or `$name` parameter of a query. */
export type QueryValue = string | number | boolean | null;

/** Parameters of a query: positional (`?`, `$1`) or named (`$name`). */
export type QueryParams = readonly QueryValue[] | Readonly<Record<string, QueryValue>>;

/** Options for {@link openDataset}. */
export interface OpenDatasetOptions {
  /** DuckDB's memory limit, e.g. "2GB" (default: DuckDB's, 80 % of the machine's memory). */
  memoryLimit?: string;
  /** Threads DuckDB may use (default: one per core). */
  threads?: number;
}

/** A Parquet dataset opened for SQL: one view per table. */
export interface Dataset {
  /** The data folder, absolute. */
  readonly dir: string;
  /** The tables found, each a view of the same name, sorted. */
  readonly tables: readonly string[];
  /**
   * Runs one SQL statement over the views.
   * @param sql The statement.
   * @param params Values for its parameters.
   * @returns The rows, as plain JavaScript values (see `plainValue`).
   */
  query(sql: string, params?: QueryParams): Promise<Row[]>;
  /**
   * Runs one SQL statement and returns its column names too (known even when no row comes back).
   * @param sql The statement.
   * @param params Values for its parameters.
   * @returns The result's column names, in order, and its rows.
   */
  run(sql: string, params?: QueryParams): Promise<{ columns: string[]; rows: Row[] }>;
  /** Closes the connection and the database; further queries throw. */
  close(): void;
}

/** A string as an SQL literal. */
export const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A name as an SQL identifier. */
export const sqlName = (name: string) => `"${name.replace(/"/g, '""')}"`;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a folder holds a .parquet file at any depth, and whether it is split into partitions. */
function survey(folder: string): { files: boolean; partitioned: boolean } {
  let files = false;
  let partitioned = false;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (PARTITION_COLUMNS.some((c) => e.name.startsWith(`${c}=`))) partitioned = true;
        walk(join(dir, e.name));
      } else if (e.name.endsWith(".parquet")) files = true;
    }
  };
  walk(folder);
  return { files, partitioned };
}

/**
 * Opens the Parquet dataset of a data folder (`DIR/parquet/<table>/`, as `--formats parquet`
 * writes it) in an in-memory DuckDB, with one view per table reading every part file of it:
 * `read_parquet('DIR/parquet/<table>/**\/*.parquet', hive_partitioning = true, union_by_name = true)`.
 * Nothing is loaded: DuckDB reads the files a query needs when it runs, skipping the partitions
 * a condition on `province_en` or `doc_year` excludes, and spills to disk past its memory limit,
 * so a dataset larger than memory can be queried. Partition columns are typed (`province_en`
 * text, `doc_year` integer) whatever the folder names look like.
 * @param dataDir The data folder (the one holding `parquet/`).
 * @param options DuckDB's memory limit and threads.
 * @returns The open dataset; call `close()` when done.
 * @throws {DatasetError} When the folder is missing, holds no dataset, or a table folder holds no
 *   Parquet file.
 * @example const ds = await openDataset("data"); await ds.query("SELECT count(*) AS n FROM targets"); ds.close();
 */
export async function openDataset(
  dataDir: string,
  options: OpenDatasetOptions = {},
): Promise<Dataset> {
  const dir = resolve(dataDir);
  if (!isFolder(dir)) throw new DatasetError(message.noDataFolder(dir), dir);
  const root = join(dir, DATASET_FOLDER);
  const folders = isFolder(root)
    ? readdirSync(root, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  const found = folders.map((name) => ({ name, ...survey(join(root, name)) }));
  if (!found.some((t) => t.files)) throw new DatasetError(message.noDataset(dir), dir);
  const empty = found.find((t) => !t.files);
  if (empty) {
    const folder = join(root, empty.name);
    throw new DatasetError(message.emptyTableFolder(folder), dir);
  }
  const duckdb = loadDuckDB();
  const config: Record<string, string> = {};
  if (options.memoryLimit) config.memory_limit = options.memoryLimit;
  if (options.threads) config.threads = String(options.threads);
  const instance = await duckdb.DuckDBInstance.create(":memory:", config);
  let connection: DuckDB.DuckDBConnection | undefined;
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    connection?.closeSync();
    instance.closeSync();
  };
  const run = async (
    sql: string,
    params?: QueryParams,
  ): Promise<{ columns: string[]; rows: Row[] }> => {
    if (!open) throw new Error(`the dataset in ${dir} is closed`);
    let reader: DuckDB.DuckDBResultReader;
    try {
      reader = await connection!.runAndReadAll(
        sql,
        params as DuckDB.DuckDBValue[] | Record<string, DuckDB.DuckDBValue> | undefined,
      );
    } catch (e) {
      throw new DatasetError(
        message.queryFailed(dir, String((e as Error).message).split("\n")[0]!),
        dir,
      );
    }
    const names = reader.columnNames();
    const types = reader.columnTypes();
    const dates = new Set(names.filter((_, i) => types[i]!.typeId === duckdb.DuckDBTypeId.DATE));
    return { columns: names, rows: plainRows(reader.getRowObjectsJS() as Row[], dates) };
  };
  const query = async (sql: string, params?: QueryParams) => (await run(sql, params)).rows;
  try {
    connection = await instance.connect();
    for (const t of found) {
      const glob = sqlString(`${join(root, t.name)}/**/*.parquet`);
      const hiveTypes = t.partitioned
        ? ", hive_types = {'province_en': 'VARCHAR', 'doc_year': 'INTEGER'}"
        : "";
      await run(
        `CREATE VIEW ${sqlName(t.name)} AS SELECT * FROM read_parquet(${glob}, hive_partitioning = true, union_by_name = true${hiveTypes})`,
      );
    }
  } catch (e) {
    close();
    throw e;
  }
  return { dir, tables: found.map((t) => t.name), query, run, close };
}

/**
 * Checks that a dataset has the tables a question needs.
 * @param dataset The open dataset.
 * @param tables The tables needed.
 * @throws {DatasetError} Naming the data folder and the first table missing.
 * @example requireTables(ds, ["targets", "documents"])
 */
export function requireTables(dataset: Dataset, tables: readonly string[]): void {
  const missing = tables.find((t) => !dataset.tables.includes(t));
  if (missing)
    throw new DatasetError(message.missingTable(dataset.dir, missing, dataset.tables), dataset.dir);
}
