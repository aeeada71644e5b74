import { describe, expect, test } from "vitest";
import { corpus, pick, rowAt } from "../helpers/corpus.js";

const DOC = "guigang-2022-action-plan";
// Read from seeds/guigang-2021-2023-action-plan.txt (总体目标: 到2023年 …).

const goal = (indicator_id: string, value: number) => ({
  indicator_id,
  kind: "target",
  value,
  value_max: null,
  unit: "%",
  comparator: "at_least",
  year: 2023,
  year_source: "sentence",
  scope: "city",
});

describe("Guigang action plan", () => {
  // 到2023年,学前教育毛入园率达92.4%,九年义务教育巩固率达97%,高中阶段毛入学率达93%,高等教育毛入学率达53%。
  test("headline rates for 2023: 92.4, 97, 93, 53 %", () => {
    const s = "学前教育毛入园率达92.4%";
    expect(pick(rowAt(DOC, s, "92.4%"))).toEqual(goal("preschool_gross_enrolment_rate", 92.4));
    expect(pick(rowAt(DOC, s, "97%"))).toEqual(goal("compulsory_retention_rate", 97));
    expect(pick(rowAt(DOC, s, "93%"))).toEqual(goal("upper_secondary_gross_enrolment_rate", 93));
    expect(pick(rowAt(DOC, s, "53%"))).toEqual(goal("higher_education_gross_enrolment_rate", 53));
  });

  // 全市计划投入资金4.85亿元 / 2021—2023年全市计划投入资金19.28亿元 / 2021—2023年计划投入资金14.1亿元
  test("investment in 亿元 is stored in yuan", () => {
    expect([
      rowAt(DOC, "4.85亿元", "4.85亿元").value,
      rowAt(DOC, "4.85亿元", "4.85亿元").unit,
    ]).toEqual([485_000_000, "元"]);
    const r = rowAt(DOC, "19.28亿元", "19.28亿元");
    expect([r.value, r.year, r.year_source]).toEqual([1_928_000_000, 2023, "sentence"]);
    expect(rowAt(DOC, "14.1亿元", "14.1亿元").value).toBe(1_410_000_000);
  });

  // 建设3—5所自治区示范性中等职业学校,新增中等职业教育学位8000个
  test("ranges and places: 3—5 vocational schools, 8 000 places", () => {
    const r = rowAt(DOC, "建设3—5所", "3—5所");
    expect([r.value, r.value_max, r.comparator, r.year]).toEqual([3, 5, "range", 2023]);
    expect(rowAt(DOC, "新增中等职业教育学位8000个", "8000个").indicator_id).toBe(
      "new_school_places",
    );
  });

  // 努力降低学生近视率 — myopia only as a qualitative aim
  test("myopia appears as a commitment without a number", () => {
    const rows = corpus().targets.filter(
      (t) => t.doc_id === DOC && t.indicator_id?.startsWith("myopia"),
    );
    expect(rows.map((r) => [r.kind, r.value, r.comparator])).toEqual([["commitment", null, null]]);
    expect(rows[0]!.quote).toContain("努力降低学生近视率");
  });

  // 园区在校生2万人以上
  test("Xijiang Education Park enrolment: at least 20 000", () => {
    const r = rowAt(DOC, "园区在校生2万人以上", "2万人以上");
    expect([r.indicator_id, r.value, r.unit, r.comparator]).toEqual([
      "higher_education_enrolment",
      20000,
      "人",
      "at_least",
    ]);
  });
});
