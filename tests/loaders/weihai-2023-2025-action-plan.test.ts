import { describe, expect, test } from "vitest";
import { pick, rowAt, rowsAt } from "../helpers/corpus.js";

const DOC = "weihai-2023-action-plan";
// Every expectation below is read from seeds/weihai-2023-2025-action-plan.txt; the horizon is 2025.
const headline = (
  indicator_id: string | null,
  value: number,
  unit: string,
  comparator: string,
) => ({
  indicator_id,
  kind: "target",
  value,
  value_max: null,
  unit,
  comparator,
  year: 2025,
  year_source: "document",
  scope: "city",
});

describe("Weihai 2023–2025 action plan: headline indicators (section 三)", () => {
  // (一)学前教育。毛入园率达到110%,普惠性幼儿园覆盖率达到94%,公办幼儿园在园幼儿占比达到67%。
  test("preschool: gross enrolment 110 %, inclusive 94 %, public 67 %", () => {
    expect(pick(rowAt(DOC, "毛入园率达到110%", "110%"))).toEqual(
      headline("preschool_gross_enrolment_rate", 110, "%", "at_least"),
    );
    expect(pick(rowAt(DOC, "毛入园率达到110%", "94%"))).toEqual(
      headline("inclusive_kindergarten_share", 94, "%", "at_least"),
    );
    expect(pick(rowAt(DOC, "毛入园率达到110%", "67%"))).toEqual(
      headline("public_kindergarten_enrolment_share", 67, "%", "at_least"),
    );
  });

  // (二)义务教育。义务教育巩固率保持100%,残疾儿童少年义务教育入学率达到100%。
  test("compulsory retention is kept at 100 % (保持 → =); disabled children's enrolment reaches 100 %", () => {
    expect(rowsAt(DOC, "义务教育巩固率保持100%", "100%").map(pick)).toEqual([
      headline("compulsory_retention_rate", 100, "%", "equal"),
      headline("disabled_children_compulsory_enrolment_rate", 100, "%", "at_least"),
    ]);
  });

  // (四)教师队伍。幼儿园专任教师持证率达到96%,义务教育阶段本科及以上学历专任教师比例达到96%,
  // 城市与农村……之比达到1.05,职业院校“双师型”教师占专任专业教师的比例达到80%。
  test("teachers: certification 96 %, bachelor share 96 %, urban–rural ratio 1.05, dual-qualified 80 %", () => {
    const rows = rowsAt(DOC, "幼儿园专任教师持证率达到96%", "96%").map(pick);
    expect(rows).toEqual([
      headline("kindergarten_teacher_certified_rate", 96, "%", "at_least"),
      headline("compulsory_teacher_bachelor_share", 96, "%", "at_least"),
    ]);
    expect(pick(rowAt(DOC, "之比达到1.05", "1.05"))).toEqual(
      headline("urban_rural_teacher_bachelor_ratio", 1.05, "ratio", "at_least"),
    );
    expect(pick(rowAt(DOC, "双师型", "80%"))).toEqual(
      headline("vocational_dual_qualified_teacher_share", 80, "%", "at_least"),
    );
  });
});

describe("Weihai 2023–2025 action plan: staged milestones, ranges and rates", () => {
  // 全市省级一类以上幼儿园比例到2023年底达到85%,2024年底达到87%,2025年底达到90%。
  test("high-quality kindergarten share: one row per year, 85 → 87 → 90 %", () => {
    const s = "全市省级一类以上幼儿园比例到2023年底";
    const rows = [rowAt(DOC, s, "85%"), rowAt(DOC, s, "87%"), rowAt(DOC, s, "90%")];
    expect(rows.map((r) => [r.indicator_id, r.year, r.year_source, r.value])).toEqual([
      ["high_quality_kindergarten_share", 2023, "sentence", 85],
      ["high_quality_kindergarten_share", 2024, "sentence", 87],
      ["high_quality_kindergarten_share", 2025, "sentence", 90],
    ]);
  });

  // 到2023年底智慧校园覆盖率达到30%,到2025年底达到50%。
  test("smart-campus coverage: 30 % by 2023 and 50 % by 2025", () => {
    const rows = [
      rowAt(DOC, "智慧校园覆盖率达到30%", "30%"),
      rowAt(DOC, "智慧校园覆盖率达到30%", "50%"),
    ];
    expect(rows.map((r) => [r.indicator_id, r.year, r.value])).toEqual([
      ["smart_campus_coverage", 2023, 30],
      ["smart_campus_coverage", 2025, 50],
    ]);
  });

  // 分别足额提取4%—6%、3%—5%、3%—5%、1%—3%的经费
  test("student-aid set-asides are ranges with value and value_max", () => {
    const r = rowAt(DOC, "分别足额提取4%—6%", "4%—6%");
    expect([r.value, r.value_max, r.unit, r.comparator]).toEqual([4, 6, "%", "range"]);
    expect(rowsAt(DOC, "分别足额提取4%—6%", "1%—3%").map((x) => [x.value, x.value_max])).toEqual([
      [1, 3],
      [1, 3],
    ]);
  });

  // 新建、改扩建中小学校13所,新增学位约2.1万个
  test("new school places: about 21 000 (2.1万个, 约 → ~)", () => {
    expect(pick(rowAt(DOC, "新增学位约2.1万个", "2.1万个"))).toEqual(
      headline("new_school_places", 21000, "个", "about"),
    );
  });

  // 力争学生体质健康优良率达到52%,合格率超过95%,近视率每年下降1个百分点
  test("health: fitness good-or-excellent 52 %, pass rate > 95 %, myopia −1 pp a year", () => {
    expect(pick(rowAt(DOC, "体质健康优良率达到52%", "52%"))).toEqual(
      headline("physical_health_excellent_rate", 52, "%", "at_least"),
    );
    expect(pick(rowAt(DOC, "体质健康优良率达到52%", "95%"))).toEqual(
      headline("physical_health_pass_rate", 95, "%", "more_than"),
    );
    expect(pick(rowAt(DOC, "近视率每年下降1个百分点", "1个百分点"))).toEqual(
      headline("myopia_rate_annual_reduction_pp", 1, "个百分点", "equal"),
    );
  });

  // 保障各区市和开发区义务教育学校资源配置7项指标校际差异系数分别不超过0.5、0.45
  test("variation coefficients: the list item inherits 不超过 (<=)", () => {
    const rows = [
      rowAt(DOC, "分别不超过0.5、0.45", "0.5"),
      rowAt(DOC, "分别不超过0.5、0.45", "0.45"),
    ];
    expect(rows.map((r) => [r.indicator_id, r.value, r.unit, r.comparator])).toEqual([
      ["between_school_variation_coefficient", 0.5, "ratio", "at_most"],
      ["between_school_variation_coefficient", 0.45, "ratio", "at_most"],
    ]);
  });

  // 全市幼儿园平均班额低于30人
  test("kindergarten class size below 30 (低于 → <)", () => {
    const r = rowAt(DOC, "平均班额低于30人", "30人");
    expect([r.value, r.unit, r.comparator]).toEqual([30, "人", "less_than"]);
  });
});
