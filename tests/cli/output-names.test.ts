import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { isOutputName } from "../../src/cli/build-all.js";
import { CHART_SET } from "../../src/cli/chart-set.js";
import { ROOT } from "../helpers/corpus.js";

// Without a manifest (a fresh clone), the names tell the toolkit's files from a user's.
describe("the names the main job claims in its output folders", () => {
  test("every file of the committed data/ is the toolkit's, so a fresh clone's run is not refused", () => {
    const names = readdirSync(join(ROOT, "data"));
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !isOutputName("data", n))).toEqual([]);
  });

  test("tables in the three formats, every chart in both languages and formats, the report pages", () => {
    for (const t of ["targets", "mentions", "indicators"])
      for (const f of ["csv", "json", "parquet"])
        expect(isOutputName("data", `${t}.${f}`)).toBe(true);
    for (const path of [
      "parquet/",
      "parquet/targets/",
      "parquet/targets/province_en=Guangxi Zhuang Autonomous Region/",
      "parquet/targets/province_en=Shandong/doc_year=2023/",
      "parquet/targets/province_en=Shandong/doc_year=2023/part-00000.parquet",
      "parquet/indicators/part-00012.parquet",
    ])
      expect(isOutputName("data", path), path).toBe(true);
    for (const c of CHART_SET)
      for (const name of [`${c.name}-en.svg`, `${c.name}-zh.png`, `${c.name}-zh.vl.json`])
        expect(isOutputName("charts", name), name).toBe(true);
    for (const name of ["index.html", "index-en.html", "index-zh.html"])
      expect(isOutputName("report", name)).toBe(true);
  });

  test("a user's files are not", () => {
    expect(isOutputName("data", "notes.txt")).toBe(false);
    expect(isOutputName("data", "targets.xlsx")).toBe(false);
    expect(isOutputName("data", "budget.csv")).toBe(false);
    expect(isOutputName("data", "parquet/budget/")).toBe(false);
    expect(isOutputName("data", "parquet/targets/notes.txt")).toBe(false);
    expect(isOutputName("data", "parquet/targets/city=Weihai/")).toBe(false);
    expect(isOutputName("data", "mine/")).toBe(false);
    expect(isOutputName("charts", "my-chart-en.svg")).toBe(false);
    expect(isOutputName("charts", `${CHART_SET[0]!.name}-fr.svg`)).toBe(false);
    expect(isOutputName("report", "draft.html")).toBe(false);
    expect(isOutputName("elsewhere", "index.html")).toBe(false);
  });
});
