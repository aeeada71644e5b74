import { describe, expect, test } from "vitest";
import {
  docYear,
  parquetParts,
  partitionByDocument,
  partPath,
  type PartitionOf,
} from "../../src/io/parquet-dataset.js";
import { escapePartitionValue, partitionFolder } from "../../src/io/hive-partition.js";
import { toParquet } from "../../src/io/parquet.js";
import { DOCUMENT_COLUMNS, INDICATOR_COLUMNS, TARGET_COLUMNS } from "../../src/schema/rows.js";
import { corpus } from "../helpers/corpus.js";
import { duckdb, writeParts } from "../helpers/duckdb.js";

// The documents' dates, as the seeds print them, and so the partition of each document:
//   guigang-2021-2023-action-plan.txt line 7: 2022年3月19日 (贵港, Guangxi Zhuang Autonomous Region)
//   weihai-2019-work-plan.txt line 21: 2019年2月14日 (Shandong)
//   yantai-2021-2025-five-year-plan.txt line 22: 日期:2021-12-31 (Shandong)
//   weihai-2023-2025-action-plan.txt line 18: 2023年12月16日 (Shandong)
//   weihai-2022-evaluation.txt: 发布日期:2023-05-11 (Shandong)
const PARTITIONS: Record<string, string[]> = {
  "province_en=Guangxi Zhuang Autonomous Region/doc_year=2022": ["guigang-2022-action-plan"],
  "province_en=Shandong/doc_year=2019": ["weihai-2019-work-plan"],
  "province_en=Shandong/doc_year=2021": ["yantai-2021-five-year-plan"],
  "province_en=Shandong/doc_year=2023": ["weihai-2023-action-plan", "weihai-2022-evaluation"],
};

const seedTargets = () =>
  parquetParts(
    "targets",
    corpus().targets,
    TARGET_COLUMNS,
    partitionByDocument(corpus().documents),
    0,
  );

describe("Hive partition names", () => {
  test('escapePartitionValue("A/B=C%D:E") percent-encodes the separators and the escape character', () => {
    expect(escapePartitionValue("A/B=C%D:E")).toBe("A%2FB%3DC%25D%3AE");
  });

  test("escapePartitionValue keeps spaces and Chinese, encodes control characters and glob characters", () => {
    expect(escapePartitionValue("Guangxi Zhuang Autonomous Region")).toBe(
      "Guangxi Zhuang Autonomous Region",
    );
    expect(escapePartitionValue("广西壮族自治区")).toBe("广西壮族自治区");
    expect(escapePartitionValue("a\tb\u007f*?[x]")).toBe("a%09b%7F%2A%3F%5Bx%5D");
  });

  test("partitionFolder names a null or empty value __HIVE_DEFAULT_PARTITION__", () => {
    expect(partitionFolder("doc_year", null)).toBe("doc_year=__HIVE_DEFAULT_PARTITION__");
    expect(partitionFolder("province_en", "")).toBe("province_en=__HIVE_DEFAULT_PARTITION__");
    expect(partitionFolder("doc_year", 2022)).toBe("doc_year=2022");
  });

  test('docYear("2022-03-19") is 2022; a missing or malformed date has none', () => {
    expect([docYear("2022-03-19"), docYear(null), docYear(""), docYear("March 2022")]).toEqual([
      2022,
      null,
      null,
      null,
    ]);
  });

  test("partPath numbers parts with five digits, partitioned or not", () => {
    expect(partPath("targets", { province_en: "Shandong", doc_year: 2023 }, 7)).toBe(
      "parquet/targets/province_en=Shandong/doc_year=2023/part-00007.parquet",
    );
    expect(partPath("indicators", undefined, 12)).toBe("parquet/indicators/part-00012.parquet");
    expect(partPath("targets", null, 0)).toBe(
      "parquet/targets/province_en=__HIVE_DEFAULT_PARTITION__/doc_year=__HIVE_DEFAULT_PARTITION__/part-00000.parquet",
    );
  });
});

describe("parquetParts", () => {
  test("the seeds' targets give one file per province and year of issue", () => {
    expect(seedTargets().map((p) => p.path)).toEqual(
      Object.keys(PARTITIONS)
        .sort()
        .map((k) => `parquet/targets/${k}/part-00000.parquet`),
    );
  });

  test("each file holds exactly the rows of its partition's documents, and DuckDB reads the partition values back", async () => {
    const dir = writeParts(seedTargets());
    const read = await duckdb(
      `SELECT province_en, doc_year, doc_id, count(*) AS n FROM read_parquet('${dir}/parquet/targets/**/*.parquet', hive_partitioning = true)
       GROUP BY ALL ORDER BY doc_id`,
    );
    const expected = Object.entries(PARTITIONS)
      .flatMap(([k, docs]) => {
        const [, province, year] = /^province_en=(.*)\/doc_year=(\d+)$/.exec(k)!;
        return docs.map((doc_id) => ({
          province_en: province,
          doc_year: year,
          doc_id,
          n: String(corpus().targets.filter((t) => t.doc_id === doc_id).length),
        }));
      })
      .sort((a, b) => a.doc_id.localeCompare(b.doc_id));
    expect(read).toEqual(expected);
  });

  test("a value with a space, a slash, an equals sign, a percent sign and a colon reads back unchanged in DuckDB", async () => {
    const odd = "Inner Mongolia / A=B 100% : x";
    const keyOf: PartitionOf = (row) => ({
      province_en:
        (row as { city: string }).city === "贵港" ? odd : "Guangxi Zhuang Autonomous Region",
      doc_year: null,
    });
    const rows = corpus().targets.filter((t) => t.doc_id === "guigang-2022-action-plan");
    const parts = parquetParts("targets", rows.slice(0, 2), TARGET_COLUMNS, keyOf, 3);
    expect(parts.map((p) => p.path)).toEqual([
      "parquet/targets/province_en=Inner Mongolia %2F A%3DB 100%25 %3A x/doc_year=__HIVE_DEFAULT_PARTITION__/part-00003.parquet",
    ]);
    const dir = writeParts(
      parts.concat(
        parquetParts(
          "targets",
          rows.slice(2, 3),
          TARGET_COLUMNS,
          () => ({ province_en: "Guangxi Zhuang Autonomous Region", doc_year: 2022 }),
          4,
        ),
      ),
    );
    const read = await duckdb(
      `SELECT DISTINCT province_en, doc_year FROM read_parquet('${dir}/parquet/targets/**/*.parquet', hive_partitioning = true) ORDER BY province_en`,
    );
    expect(read).toEqual([
      { province_en: "Guangxi Zhuang Autonomous Region", doc_year: "2022" },
      { province_en: odd, doc_year: null },
    ]);
  });

  test("the same rows give the same bytes, and a batch's files do not depend on other batches' rows", () => {
    const all = seedTargets();
    expect(seedTargets()).toEqual(all);
    // Guigang's document is alone in its partition: written as a batch of its own, its file is
    // the same as in the whole corpus.
    const guigang = corpus().targets.filter((t) => t.doc_id === "guigang-2022-action-plan");
    const alone = parquetParts(
      "targets",
      guigang,
      TARGET_COLUMNS,
      partitionByDocument(
        corpus().documents.filter((d) => d.doc_id === "guigang-2022-action-plan"),
      ),
      0,
    );
    expect(alone).toEqual(all.filter((p) => p.path.includes("Guangxi")));
  });

  test("partition columns are in the folder names, not in the files: documents' files have no province_en", async () => {
    const docs = corpus().documents;
    const dir = writeParts(
      parquetParts("documents", docs, DOCUMENT_COLUMNS, partitionByDocument(docs), 0),
    );
    const file = await duckdb(
      `SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('${dir}/parquet/documents/**/*.parquet', hive_partitioning = false))`,
    );
    expect(file.map((c) => c.column_name)).toEqual(
      DOCUMENT_COLUMNS.filter((c) => c !== "province_en"),
    );
    const hive = await duckdb(
      `SELECT doc_id, province_en, doc_year FROM read_parquet('${dir}/parquet/documents/**/*.parquet', hive_partitioning = true) ORDER BY doc_id`,
    );
    expect(hive).toEqual([
      {
        doc_id: "guigang-2022-action-plan",
        province_en: "Guangxi Zhuang Autonomous Region",
        doc_year: "2022",
      },
      { doc_id: "weihai-2019-work-plan", province_en: "Shandong", doc_year: "2019" },
      { doc_id: "weihai-2022-evaluation", province_en: "Shandong", doc_year: "2023" },
      { doc_id: "weihai-2023-action-plan", province_en: "Shandong", doc_year: "2023" },
      { doc_id: "yantai-2021-five-year-plan", province_en: "Shandong", doc_year: "2021" },
    ]);
  });

  test("numbers stay numeric and nullable, whatever a file's rows hold", async () => {
    // Weihai's 2022 evaluation states no range (no 3—5所 or 4%—6%: the only digits joined by a
    // dash in weihai-2022-evaluation.txt are the date on line 4), so value_max is empty in every row.
    const rows = corpus().targets.filter((t) => t.doc_id === "weihai-2022-evaluation");
    expect(rows.every((r) => r.value_max === null)).toBe(true);
    const dir = writeParts(parquetParts("targets", rows, TARGET_COLUMNS, () => null, 0));
    const types = await duckdb(
      `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${dir}/parquet/targets/**/*.parquet', hive_partitioning = false))
       WHERE column_name IN ('value', 'value_max', 'year', 'start', 'end', 'row_id')`,
    );
    expect(Object.fromEntries(types.map((t) => [t.column_name, t.column_type]))).toEqual({
      row_id: "VARCHAR",
      value: "DOUBLE",
      value_max: "DOUBLE",
      year: "INTEGER",
      start: "INTEGER",
      end: "INTEGER",
    });
  });

  test("no rows: part 0 is one file with every column and no row, in the default partition; other parts write nothing", async () => {
    const keyOf = partitionByDocument([]);
    const empty = parquetParts("targets", [], TARGET_COLUMNS, keyOf, 0);
    expect(empty.map((p) => p.path)).toEqual([
      "parquet/targets/province_en=__HIVE_DEFAULT_PARTITION__/doc_year=__HIVE_DEFAULT_PARTITION__/part-00000.parquet",
    ]);
    expect(parquetParts("targets", [], TARGET_COLUMNS, keyOf, 1)).toEqual([]);
    expect(parquetParts("indicators", [], INDICATOR_COLUMNS, null, 0).map((p) => p.path)).toEqual([
      "parquet/indicators/part-00000.parquet",
    ]);
    const dir = writeParts(empty);
    const read = await duckdb(
      `SELECT count(*) AS n, count(DISTINCT province_en) AS provinces FROM read_parquet('${dir}/parquet/targets/**/*.parquet', hive_partitioning = true)`,
    );
    expect(read).toEqual([{ n: "0", provinces: "0" }]);
    const columns = await duckdb(
      `SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('${dir}/parquet/targets/**/*.parquet', hive_partitioning = false))`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([...TARGET_COLUMNS]);
  });

  test("a negative or fractional part number is a RangeError", () => {
    expect(() => parquetParts("indicators", [], INDICATOR_COLUMNS, null, -1)).toThrow(RangeError);
    expect(() => parquetParts("indicators", [], INDICATOR_COLUMNS, null, 1.5)).toThrow(RangeError);
  });

  test("toParquet writes a Parquet file (PAR1 magic at both ends)", () => {
    const bytes = toParquet([{ a: 1, b: "毛入园率" }], ["a", "b"]);
    expect(Buffer.from(bytes.subarray(0, 4)).toString()).toBe("PAR1");
    expect(Buffer.from(bytes.subarray(bytes.length - 4)).toString()).toBe("PAR1");
  });
});
