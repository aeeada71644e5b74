import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { lineUp, LINE_UP_COLUMNS } from "../../src/compare/line-up.js";
import { SelectionError } from "../../src/errors/error.js";
import { toTable } from "../../src/load.js";
import { openDataset, type Dataset } from "../../src/query/open-dataset.js";
import { queryLineUp } from "../../src/query/line-up-sql.js";
import { INDICATORS } from "../../src/rules/indicators.js";
import { DOCUMENT_COLUMNS, TARGET_COLUMNS } from "../../src/schema/rows.js";
import { corpus } from "../helpers/corpus.js";
import { seedDataset } from "../helpers/duckdb.js";

let dataset: Dataset;
beforeAll(async () => {
  dataset = await openDataset(seedDataset());
});
afterAll(() => dataset?.close());

const input = () => ({
  targets: toTable(corpus().targets, TARGET_COLUMNS),
  documents: toTable(corpus().documents, DOCUMENT_COLUMNS),
});
/** Every canonical indicator some row of the seeds carries. */
const carried = () =>
  INDICATORS.map((i) => i.id).filter((id) => corpus().targets.some((t) => t.indicator_id === id));

describe("queryLineUp: the line-up in SQL over the Parquet dataset", () => {
  test("for every indicator the seeds carry, each city's row equals lineUp's in memory, column for column", async () => {
    const ids = carried();
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const byCity = (rows: Record<string, unknown>[]) =>
        Object.fromEntries(rows.map((r) => [r.city as string, r]));
      const memory = byCity(lineUp(input(), id).objects() as Record<string, unknown>[]);
      const sql = byCity(await queryLineUp(dataset, id));
      expect(sql, id).toEqual(memory);
    }
  });

  test("the comparison is not vacuous: every status, baselines with paces and a baseline already past its target occur", async () => {
    const rows = await queryLineUp(dataset, carried());
    expect([...new Set(rows.map((r) => r.status))].sort()).toEqual([
      "addressed through a related indicator",
      "commitment without a number",
      "not addressed",
      "numeric target",
    ]);
    expect(rows.filter((r) => r.pace_per_year !== null).length).toBeGreaterThan(3);
    expect(rows.some((r) => r.progress === "already exceeded at baseline")).toBe(true);
  });

  // yantai-2021-2025-five-year-plan.txt lines 66–77: 公办幼儿园在园幼儿占比(%), 2020年 41.17,
  // 2025年 75. Pace: (75 − 41.17) / 5 = 6.766 percentage points a year.
  test('queryLineUp(ds, "public_kindergarten_enrolment_share") gives Yantai 41.17 % in 2020 → 75 % in 2025, 6.766 pp a year', async () => {
    const [yantai] = (await queryLineUp(dataset, "public_kindergarten_enrolment_share")).filter(
      (r) => r.city_en === "Yantai",
    );
    expect(yantai).toMatchObject({
      status: "numeric target",
      value: 75,
      target_year: 2025,
      baseline_value: 41.17,
      baseline_year: 2020,
      pace_per_year: 6.766,
      pace_unit: "percentage points",
    });
    expect(Object.keys(yantai!)).toEqual([...LINE_UP_COLUMNS]);
  });

  test("an unknown indicator is a SelectionError listing the vocabulary", async () => {
    await expect(queryLineUp(dataset, "no_such_indicator")).rejects.toThrow(SelectionError);
  });
});
