import { describe, expect, test } from "vitest";
import { cleanText, findTables, joinLines } from "../../src/index.js";
import { splitGlued } from "../../src/layouts/glued-rows.js";

const tablesOf = (raw: string) => findTables(joinLines(cleanText(raw, "t.txt").text, raw).text);
const figures = (raw: string) =>
  tablesOf(raw).flatMap((t) => t.figures.map((f) => [f.label, f.kind, f.year, f.value, f.unit]));

describe("year columns, one cell per line", () => {
  // Layout of 专栏1 in ../shared/corpus/docs/sanming-2021-shisiwu-jiaoyu-guihua.txt: labels,
  // then every row's value for 2020, then for 2022, then for 2025.
  test("two indicators and three years: the values, printed year by year, go to their rows", () => {
    const raw = [
      "主要发展指标",
      "2020",
      "年",
      "2022",
      "年",
      "2025",
      "年",
      "学前",
      "教育",
      "学前教育入园率（",
      "%",
      "）",
      "普惠性幼儿园就读比率（",
      "%",
      "）",
      "98.94",
      "94.64",
      "98.96",
      "95",
      "99",
      "96",
      "初中教育",
      "在校生（万人）",
      "9.02",
      "10.13",
      "11.36",
      "第三章　全面落实",
    ].join("\r\n");
    expect(figures(raw)).toEqual([
      ["学前教育入园率", "baseline", 2020, 98.94, "%"],
      ["学前教育入园率", "target", 2022, 98.96, "%"],
      ["学前教育入园率", "target", 2025, 99, "%"],
      ["普惠性幼儿园就读比率", "baseline", 2020, 94.64, "%"],
      ["普惠性幼儿园就读比率", "target", 2022, 95, "%"],
      ["普惠性幼儿园就读比率", "target", 2025, 96, "%"],
      ["在校生", "baseline", 2020, 90200, "人"],
      ["在校生", "target", 2022, 101300, "人"],
      ["在校生", "target", 2025, 113600, "人"],
    ]);
  });
});

describe("header of column names, one cell per line", () => {
  // The score table of ../shared/corpus/docs/xiuyu-2011-jiaoyu-dudaopinggu.txt: weights are not
  // figures, scores and score rates are.
  test("项目 / 权重 / 得分 / 得分率 / 等级: score and rate become figures, the weight does not", () => {
    const raw =
      "项目\n权重\n得分\n得分率\n等级\nA1领导职责\n100\n93\n93.00%\n优秀\n总评\n1000\n885.5\n88.55%\n良好\n按";
    expect(figures(raw)).toEqual([
      ["A1领导职责得分", null, null, 93, "分"],
      ["A1领导职责得分率", null, null, 93, "%"],
      ["总评得分", null, null, 885.5, "分"],
      ["总评得分率", null, null, 88.55, "%"],
    ]);
    expect(tablesOf(raw)[0]!.others.map((o) => o.reason)).toEqual([
      "权重: rubric weight, not a figure",
      "权重: rubric weight, not a figure",
    ]);
  });

  // Found by the fuzzer (tests/fuzz): a number typed into a rate cell of the Jiujiang score
  // table made 924.961.5%, which read as NaN. A cell that is not one number ends the table.
  test("a cell that is not one number (924.961.5%) ends the table instead of reading as NaN", () => {
    const raw =
      "项目\n分值\n得分\n得分率\nA1.职责落实\n100\n94\n94.0%\nA4.队伍建设\n200\n183\n924.961.5%\n";
    expect(figures(raw)).toEqual([
      ["A1.职责落实得分", null, null, 94, "分"],
      ["A1.职责落实得分率", null, null, 94, "%"],
    ]);
  });
});

describe("flattened rows, cells run together", () => {
  // 专栏1 of ../shared/corpus/docs/pingtan-2021-shisiwu-guihuagangyao.txt.
  const raw =
    "分类序号指标名称单位2020年2025年指标属性绝对值绝对值年均增速[累计]" +
    "31幼儿入园率%98.1599[0.85]预期性32义务教育管理标准化学校所3342 预期性33高中达标校数量个67 预期性";
  test("values split by the printed change, or by size when none is printed", () => {
    expect(figures(raw)).toEqual([
      ["幼儿入园率", "baseline", 2020, 98.15, "%"],
      ["幼儿入园率", "target", 2025, 99, "%"],
      ["义务教育管理标准化学校", "baseline", 2020, 33, "所"],
      ["义务教育管理标准化学校", "target", 2025, 42, "所"],
      ["高中达标校数量", "baseline", 2020, 6, "个"],
      ["高中达标校数量", "target", 2025, 7, "个"],
    ]);
  });

  test('splitGlued("93.5297", 3.48) → 93.52 and 97; splitGlued("9898", null) → 98 and 98', () => {
    expect(splitGlued("93.5297", 3.48)).toEqual({ a: "93.52", b: "97" });
    expect(splitGlued("9898", null)).toEqual({ a: "98", b: "98" });
    expect(splitGlued("0", null)).toBeNull();
  });
});

describe("one row per line", () => {
  test("a header with two years and tab-separated rows", () => {
    const raw =
      "样例市教育发展主要指标\n指标\t2020年\t2025年\t属性\n学前教育\n学前三年毛入园率(%)\t96.5\t98\t预期性";
    expect(figures(raw)).toEqual([
      ["学前三年毛入园率", "baseline", 2020, 96.5, "%"],
      ["学前三年毛入园率", "target", 2025, 98, "%"],
    ]);
  });
});

describe("comparator signs in table cells", () => {
  test("a flattened row 2公办园在园幼儿占比%49.54≥55预期性 gives 49.54 (2020) and ≥55 (2025)", () => {
    // The wording the extraction issue quotes from a real five-year plan's 专栏.
    const raw =
      "序号指标名称单位2020年2025年指标属性1毛入园率%9899预期性2公办园在园幼儿占比%49.54≥55预期性";
    const t = tablesOf(raw)[0]!;
    expect(t.figures.slice(2).map((f) => [f.label, f.year, f.value, f.comparator])).toEqual([
      ["公办园在园幼儿占比", 2020, 49.54, "equal"],
      ["公办园在园幼儿占比", 2025, 55, "at_least"],
    ]);
  });

  test("a row-per-line cell ≥97 is a target of at least 97", () => {
    const raw = "指标\t2020年\t2025年\t属性\n学前三年毛入园率(%)\t95.2\t≥97\t预期性";
    const t = tablesOf(raw)[0]!;
    expect(
      t.figures.map((f) => [f.value, f.comparator, raw.slice(f.cell.start, f.cell.end)]),
    ).toEqual([
      [95.2, "equal", "95.2"],
      [97, "at_least", "97"],
    ]);
  });
});
