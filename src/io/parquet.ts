import * as aq from "arquero";
import { float64, int32, utf8, type DataType } from "@uwdata/flechette";
import type * as ParquetWasm from "parquet-wasm";
import { lazy } from "../lazy.js";
import { toTable } from "../load.js";
import { storageOf } from "../schema/storage.js";

const loadParquet = lazy<typeof ParquetWasm>("parquet-wasm");

const ARROW_TYPES: Readonly<Record<ReturnType<typeof storageOf>, () => DataType>> = {
  int32,
  float64,
  utf8,
};

/** Options for {@link toParquet}. */
export interface ParquetOptions {
  /**
   * The exported table the rows belong to (see `schema/storage.ts`): its numeric columns are
   * written as integers or doubles and every other column as text, whatever the rows hold, so
   * that files written from different rows share one schema. Default: none, the types are
   * inferred from the values (an all-empty column is then a column of nulls).
   */
  table?: string;
}

/**
 * Serialises rows as Parquet through arquero's Arrow support (Arrow IPC → parquet-wasm), Snappy
 * compressed, every column nullable. The same rows give the same bytes.
 * @param rows Plain rows.
 * @param columns Column order.
 * @param options The table whose column types to use.
 * @returns Parquet bytes.
 * @example toParquet([{ value: 110, unit: "%" }], ["value", "unit"], { table: "targets" })
 */
export function toParquet(
  rows: readonly object[],
  columns: readonly string[],
  options: ParquetOptions = {},
): Uint8Array {
  const { table } = options;
  const types =
    table === undefined
      ? {}
      : Object.fromEntries(columns.map((c) => [c, ARROW_TYPES[storageOf(table, c)]()]));
  const ipc = aq.toArrowIPC(toTable(rows, columns), { format: "stream", types });
  const parquet = loadParquet();
  const properties = new parquet.WriterPropertiesBuilder()
    .setCompression(parquet.Compression.SNAPPY)
    .build();
  return parquet.writeParquet(parquet.Table.fromIPCStream(ipc), properties);
}
