import { describe, expect, test } from "vitest";
import { corpus, rowAt } from "../helpers/corpus.js";

const DOC = "yantai-2021-five-year-plan";
// Read from the indicator table of seeds/yantai-2021-2025-five-year-plan.txt (one cell per line:
// 2020年 baseline, 2025年 target, 指标属性).

function tableRows(indicator: string) {
  return corpus()
    .targets.filter(
      (t) => t.doc_id === DOC && t.indicator_id === indicator && t.year_source === "table",
    )
    .map((t) => [t.kind, t.year, t.value, t.unit, t.binding]);
}

describe("Yantai 14th five-year plan: the indicator table", () => {
  test("public kindergarten share 41.17 % (2020) → 75 % (2025), 预期性", () => {
    expect(tableRows("public_kindergarten_enrolment_share")).toEqual([
      ["baseline", 2020, 41.17, "%", "预期性"],
      ["target", 2025, 75, "%", "预期性"],
    ]);
  });

  test("compulsory retention 100 → 100 %, 约束性", () => {
    expect(tableRows("compulsory_retention_rate")).toEqual([
      ["baseline", 2020, 100, "%", "约束性"],
      ["target", 2025, 100, "%", "约束性"],
    ]);
  });

  test("enrolment in 万人 is stored in persons: 49.18万 → 491 800", () => {
    expect(tableRows("compulsory_enrolment")).toEqual([
      ["baseline", 2020, 491800, "人", "预期性"],
      ["target", 2025, 510300, "人", "预期性"],
    ]);
    expect(tableRows("higher_education_enrolment")).toEqual([
      ["baseline", 2020, 258000, "人", "预期性"],
      ["target", 2025, 280000, "人", "预期性"],
    ]);
  });

  test("teachers: ECE graduates 75.6 → 85 %, bachelor 92.6 → 95 %, urban–rural 1.07 → 1, master 12.7 → 18 %, dual-qualified 60 → 70 %", () => {
    expect(tableRows("kindergarten_teacher_ece_graduate_share")).toEqual([
      ["baseline", 2020, 75.6, "%", "预期性"],
      ["target", 2025, 85, "%", "预期性"],
    ]);
    expect(tableRows("compulsory_teacher_bachelor_share").map((r) => r[2])).toEqual([92.6, 95]);
    expect(tableRows("urban_rural_teacher_bachelor_ratio")).toEqual([
      ["baseline", 2020, 1.07, "ratio", "预期性"],
      ["target", 2025, 1, "ratio", "预期性"],
    ]);
    expect(tableRows("upper_secondary_teacher_master_share").map((r) => r[2])).toEqual([12.7, 18]);
    expect(tableRows("vocational_dual_qualified_teacher_share").map((r) => r[2])).toEqual([60, 70]);
  });

  test("years of schooling 10.8 → 11.3, 约束性", () => {
    expect(tableRows("working_age_schooling_years")).toEqual([
      ["baseline", 2020, 10.8, "年", "约束性"],
      ["target", 2025, 11.3, "年", "约束性"],
    ]);
  });

  test("every table cell's offsets point at its number in the raw file", () => {
    const rows = corpus().targets.filter((t) => t.doc_id === DOC && t.year_source === "table");
    expect(rows.length).toBe(26);
    for (const r of rows) expect(Number(r.text)).toBeGreaterThan(0);
  });
});

describe("Yantai 14th five-year plan: prose", () => {
  // 6岁儿童近视率控制在3%左右,小学生近视率下降到38%以下,初中生近视率下降到60%以下,高中阶段学生近视率下降到70%以下。
  test("myopia levels for 2030 by school stage", () => {
    const s = "6岁儿童近视率控制在3%左右";
    const rows = ["3%左右", "38%以下", "60%以下", "70%以下"].map((t) => rowAt(DOC, s, t));
    expect(rows.map((r) => [r.indicator_id, r.value, r.comparator, r.year, r.year_source])).toEqual(
      [
        ["myopia_rate_age6", 3, "about", 2030, "sentence"],
        ["myopia_rate_primary", 38, "at_most", 2030, "sentence"],
        ["myopia_rate_lower_secondary", 60, "at_most", 2030, "sentence"],
        ["myopia_rate_upper_secondary", 70, "at_most", 2030, "sentence"],
      ],
    );
  });

  // 确保儿童青少年视力不良率每年至少下降1个百分点 — poor vision is not myopia
  test("poor-vision rate falls at least 1 pp a year, under its own id", () => {
    const r = rowAt(DOC, "视力不良率每年至少下降1个百分点", "1个百分点");
    expect([r.indicator_id, r.value, r.unit, r.comparator]).toEqual([
      "poor_vision_rate_annual_reduction_pp",
      1,
      "个百分点",
      "at_least",
    ]);
  });

  // 普惠性幼儿园在园幼儿数占比保持在93%以上
  test("inclusive kindergarten share kept at 93 % or more", () => {
    const r = rowAt(DOC, "在园幼儿数占比保持在93%以上", "93%以上");
    expect([r.indicator_id, r.value, r.comparator, r.year]).toEqual([
      "inclusive_kindergarten_share",
      93,
      "at_least",
      2025,
    ]);
  });

  // 到2022年全市智慧校园覆盖率达到90%以上
  test("smart campuses 90 % or more by 2022", () => {
    const r = rowAt(DOC, "智慧校园覆盖率达到90%以上", "90%以上");
    expect([r.indicator_id, r.value, r.comparator, r.year, r.year_source]).toEqual([
      "smart_campus_coverage",
      90,
      "at_least",
      2022,
      "sentence",
    ]);
  });

  // 力争30%的区市通过县域义务教育优质均衡发展国家认定
  test("30 % of districts to pass the balanced-development review (a percentage of units, not a qualifier)", () => {
    expect(rowAt(DOC, "力争30%的区市", "30%").value).toBe(30);
  });
});
