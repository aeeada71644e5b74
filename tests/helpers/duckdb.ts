import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { buildData } from "../../src/cli/build-data.js";
import type { ParquetPart } from "../../src/io/parquet-dataset.js";
import { ROOT } from "./corpus.js";

/** Writes part files under a new temporary data folder and returns the folder. */
export function writeParts(
  parts: readonly ParquetPart[],
  dir = mkdtempSync(join(tmpdir(), "edu-parquet-")),
): string {
  for (const p of parts) {
    mkdirSync(dirname(join(dir, p.path)), { recursive: true });
    writeFileSync(join(dir, p.path), p.bytes);
  }
  return dir;
}

/**
 * Runs SQL in a fresh in-memory DuckDB, straight through its own client (not the toolkit's query
 * layer), and returns the rows in DuckDB's JSON form (64-bit integers as strings).
 */
export async function duckdb(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

let seedData: string | undefined;

/** A data folder holding the seeds' tables as a Parquet dataset, written by buildData (once per test file). */
export function seedDataset(): string {
  seedData ??= (() => {
    const dir = join(mkdtempSync(join(tmpdir(), "edu-dataset-")), "data");
    buildData({ seedsDir: join(ROOT, "seeds"), dataDir: dir, formats: ["parquet"] });
    return dir;
  })();
  return seedData;
}
