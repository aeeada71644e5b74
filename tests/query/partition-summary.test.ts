import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { filesScanned } from "../../src/query/files-scanned.js";
import { openDataset, type Dataset } from "../../src/query/open-dataset.js";
import { summarizePartitions } from "../../src/query/partition-summary.js";
import { corpus } from "../helpers/corpus.js";
import { seedDataset } from "../helpers/duckdb.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await openDataset(seedDataset());
});
afterAll(() => dataset?.close());

// The partitions, from the dates the seeds print (see tests/io/parquet-dataset.test.ts):
// Guigang 2022年3月19日; Weihai 2019年2月14日; Yantai 2021-12-31; Weihai's plan 2023年12月16日 and
// its evaluation 2023-05-11.
const PARTITIONS = [
  {
    province_en: "Guangxi Zhuang Autonomous Region",
    doc_year: 2022,
    docs: ["guigang-2022-action-plan"],
  },
  { province_en: "Shandong", doc_year: 2019, docs: ["weihai-2019-work-plan"] },
  { province_en: "Shandong", doc_year: 2021, docs: ["yantai-2021-five-year-plan"] },
  {
    province_en: "Shandong",
    doc_year: 2023,
    docs: ["weihai-2023-action-plan", "weihai-2022-evaluation"],
  },
];

describe("summarizePartitions", () => {
  test("counts documents, cities, target rows, numbers and files per province and year", async () => {
    const { targets, mentions } = corpus();
    const expected = PARTITIONS.map(({ province_en, doc_year, docs }) => {
      const mine = targets.filter((t) => docs.includes(t.doc_id));
      return {
        province_en,
        doc_year,
        documents: docs.length,
        cities: 1, // 贵港; 威海; 烟台; 威海
        target_rows: mine.length,
        numeric_rows: mine.filter((t) => t.value !== null).length,
        mentions: mentions.filter((m) => docs.includes(m.doc_id)).length,
        files: 4, // documents, targets, mentions and quality: one file each
      };
    });
    expect(await summarizePartitions(dataset)).toEqual(expected);
  });
});

describe("filesScanned", () => {
  test("a condition on doc_year reads 1 of the 4 files of targets; on Shandong, 3; none, all 4", async () => {
    const avg = "SELECT avg(value) FROM targets";
    expect(await filesScanned(dataset, `${avg} WHERE doc_year = 2022`)).toEqual({
      scanned: 1,
      total: 4,
    });
    expect(await filesScanned(dataset, `${avg} WHERE province_en = ?`, ["Shandong"])).toEqual({
      scanned: 3,
      total: 4,
    });
    expect(await filesScanned(dataset, avg)).toEqual({ scanned: 4, total: 4 });
  });
});
