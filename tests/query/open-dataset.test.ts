import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DatasetError } from "../../src/errors/error.js";
import { message } from "../../src/errors/messages.js";
import { parquetParts, partitionByDocument } from "../../src/io/parquet-dataset.js";
import { openDataset, requireTables, type Dataset } from "../../src/query/open-dataset.js";
import { CORRECTION_COLUMNS, INDICATOR_COLUMNS, TARGET_COLUMNS } from "../../src/schema/rows.js";
import { indicatorRows } from "../../src/load.js";
import { corpus, ROOT } from "../helpers/corpus.js";
import { seedDataset, writeParts } from "../helpers/duckdb.js";

const GUANGXI = "Guangxi Zhuang Autonomous Region";
let dataset: Dataset;
beforeAll(async () => {
  dataset = await openDataset(seedDataset());
});
afterAll(() => dataset?.close());

describe("openDataset", () => {
  test("opens one view per table of data/parquet/", () => {
    expect(dataset.tables).toEqual([
      "corrections",
      "documents",
      "indicators",
      "mentions",
      "quality",
      "targets",
    ]);
  });

  test("query returns plain numbers for counts (five seed documents)", async () => {
    expect(await dataset.query("SELECT count(*) AS n FROM documents")).toEqual([{ n: 5 }]);
  });

  // weihai-2023-2025-action-plan.txt line 18: 2023年12月16日, the latest of the five dates;
  // weihai-2022-evaluation.txt line 4: 发布日期:2023-05-11 14:11.
  test("dates come back as ISO days, timestamps as ISO instants", async () => {
    expect(
      await dataset.query(
        "SELECT max(CAST(issued AS DATE)) AS latest, TIMESTAMP '2023-05-11 14:11:00' AS published FROM documents",
      ),
    ).toEqual([{ latest: "2023-12-16", published: "2023-05-11T14:11:00.000Z" }]);
  });

  test("a 64-bit integer beyond 2^53 comes back as its digits, not a rounded number", async () => {
    expect(
      await dataset.query("SELECT 9007199254740993::BIGINT AS big, 42::BIGINT AS small"),
    ).toEqual([{ big: "9007199254740993", small: 42 }]);
  });

  test("positional and named parameters; a province with spaces reads back unchanged", async () => {
    const guigang = corpus().targets.filter((t) => t.doc_id === "guigang-2022-action-plan").length;
    expect(
      await dataset.query("SELECT count(*) AS n FROM targets WHERE province_en = ?", [GUANGXI]),
    ).toEqual([{ n: guigang }]);
    expect(
      await dataset.query("SELECT count(*) AS n FROM targets WHERE province_en = $p", {
        p: GUANGXI,
      }),
    ).toEqual([{ n: guigang }]);
    expect(
      await dataset.query("SELECT DISTINCT province_en FROM documents ORDER BY province_en"),
    ).toEqual([{ province_en: GUANGXI }, { province_en: "Shandong" }]);
  });

  test("partition columns are typed: province_en text, doc_year integer", async () => {
    const types = await dataset.query(
      "SELECT column_name, column_type FROM (DESCRIBE targets) WHERE column_name IN ('province_en', 'doc_year', 'value')",
    );
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toEqual({
      value: "DOUBLE",
      province_en: "VARCHAR",
      doc_year: "INTEGER",
    });
  });

  test("a table without rows (the seeds have no corrections.json) is a view with every column and no row", async () => {
    expect(await dataset.query("SELECT count(*) AS n FROM corrections")).toEqual([{ n: 0 }]);
    const columns = await dataset.query("SELECT column_name FROM (DESCRIBE corrections)");
    expect(columns.map((c) => c.column_name)).toEqual([...CORRECTION_COLUMNS]);
  });

  test("a table written in several batches reads as one, an empty first batch included", async () => {
    const { documents, targets } = corpus();
    const byDocument = partitionByDocument(documents);
    const isGuigang = (t: { doc_id: string }) => t.doc_id === "guigang-2022-action-plan";
    const dir = writeParts([
      ...parquetParts("targets", [], TARGET_COLUMNS, byDocument, 0),
      ...parquetParts("targets", targets.filter(isGuigang), TARGET_COLUMNS, byDocument, 1),
      ...parquetParts(
        "targets",
        targets.filter((t) => !isGuigang(t)),
        TARGET_COLUMNS,
        byDocument,
        2,
      ),
    ]);
    const ds = await openDataset(dir);
    try {
      expect(
        await ds.query(
          "SELECT count(*) AS n, count(province_en) AS placed, count(DISTINCT row_id) AS ids FROM targets",
        ),
      ).toEqual([{ n: targets.length, placed: targets.length, ids: targets.length }]);
    } finally {
      ds.close();
    }
  });

  test("a folder that does not exist, or holds no dataset, is a DatasetError naming it", async () => {
    const missing = join(tmpdir(), "edu-no-such-data-folder");
    await expect(openDataset(missing)).rejects.toThrow(message.noDataFolder(missing));
    const bare = mkdtempSync(join(tmpdir(), "edu-bare-"));
    await expect(openDataset(bare)).rejects.toThrow(DatasetError);
    await expect(openDataset(bare)).rejects.toThrow(message.noDataset(bare));
    mkdirSync(join(bare, "parquet", "targets"), { recursive: true });
    await expect(openDataset(bare)).rejects.toThrow(message.noDataset(bare));
  });

  test("a table folder without a Parquet file is a DatasetError naming the folder", async () => {
    const dir = writeParts(parquetParts("indicators", indicatorRows(), INDICATOR_COLUMNS, null, 0));
    mkdirSync(join(dir, "parquet", "targets", "province_en=Shandong"), { recursive: true });
    writeFileSync(join(dir, "parquet", "targets", "province_en=Shandong", "notes.txt"), "");
    await expect(openDataset(dir)).rejects.toThrow(
      message.emptyTableFolder(join(dir, "parquet", "targets")),
    );
  });

  test("a question needing a table the dataset lacks says which, and what the folder has", async () => {
    const dir = writeParts(parquetParts("indicators", indicatorRows(), INDICATOR_COLUMNS, null, 0));
    const ds = await openDataset(dir);
    try {
      expect(() => requireTables(ds, ["targets"])).toThrow(
        message.missingTable(dir, "targets", ["indicators"]),
      );
    } finally {
      ds.close();
    }
  });

  test("a failing query is a one-line DatasetError naming the folder", async () => {
    const error = await dataset.query("SELECT * FROM nowhere").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^${seedDataset()}: the query failed: Catalog Error: Table with name nowhere does not exist`,
      ),
    );
    expect((error as Error).message).not.toContain("\n");
  });

  test("after close(), a query rejects", async () => {
    const ds = await openDataset(seedDataset());
    ds.close();
    ds.close();
    await expect(ds.query("SELECT 1")).rejects.toThrow(/is closed/);
  });
});

describe("DuckDB is loaded lazily", () => {
  test("importing the library does not load @duckdb/node-api; openDataset does", () => {
    const script = `
      import { createRequire } from "node:module";
      const cache = createRequire(import.meta.url).cache;
      const loaded = () => Object.keys(cache).some((k) => k.includes("@duckdb"));
      const lib = await import(${JSON.stringify(join(ROOT, "dist", "index.js"))});
      const before = loaded();
      (await lib.openDataset(${JSON.stringify(seedDataset())})).close();
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: true });
  });
});
