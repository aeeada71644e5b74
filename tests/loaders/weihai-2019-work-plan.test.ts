import { describe, expect, test } from "vitest";
import { pick, rowAt } from "../helpers/corpus.js";

const DOC = "weihai-2019-work-plan";
// Read from seeds/weihai-2019-work-plan.txt; the horizon is the end of 2019.

describe("Weihai 2019 work plan", () => {
  // 2019年底全市普惠性幼儿园覆盖率达到89%
  test("inclusive kindergarten coverage 89 % by end 2019, year from the sentence", () => {
    expect(pick(rowAt(DOC, "普惠性幼儿园覆盖率达到89%", "89%"))).toEqual({
      indicator_id: "inclusive_kindergarten_share",
      kind: "target",
      value: 89,
      value_max: null,
      unit: "%",
      comparator: "at_least",
      year: 2019,
      year_source: "sentence",
      scope: "city",
    });
  });

  // 确保我市儿童青少年总体近视率年度降低 0.5 个百分点
  test("myopia falls 0.5 percentage points in the year", () => {
    const r = rowAt(DOC, "近视率年度降低", "0.5 个百分点");
    expect([r.indicator_id, r.value, r.unit, r.year, r.year_source]).toEqual([
      "myopia_rate_annual_reduction_pp",
      0.5,
      "个百分点",
      2019,
      "document",
    ]);
  });

  // 新建改扩建普惠性幼儿园20所,新增学位5010个。……新建改扩建学校15所,新增学位11700个。
  test("school places: 5 010 kindergarten and 11 700 school places", () => {
    expect([
      rowAt(DOC, "新增学位5010个", "5010个").value,
      rowAt(DOC, "新增学位11700个", "11700个").value,
    ]).toEqual([5010, 11700]);
    expect(rowAt(DOC, "新增学位5010个", "5010个").indicator_id).toBe("new_school_places");
  });

  // 资助各学段学生2.6万人次,发放各类助学金约2600万元
  test("student aid: 26 000 person-times and about 26 million yuan", () => {
    const people = rowAt(DOC, "资助各学段学生2.6万人次", "2.6万人次");
    const money = rowAt(DOC, "资助各学段学生2.6万人次", "2600万元");
    expect([people.value, people.unit, money.value, money.unit, money.comparator]).toEqual([
      26000,
      "人次",
      26_000_000,
      "元",
      "about",
    ]);
  });

  // 年培训教师3万余人次 … 年培训农村校长教师9000余人次
  test("training volumes: more than 30 000 and 9 000 person-times (余 → >)", () => {
    expect([
      rowAt(DOC, "年培训教师3万余人次", "3万余人次").value,
      rowAt(DOC, "年培训教师3万余人次", "3万余人次").comparator,
    ]).toEqual([30000, "more_than"]);
    expect(rowAt(DOC, "9000余人次", "9000余人次").value).toBe(9000);
  });

  // 教师交流轮岗比例不低于应交流人数的10%,其中,骨干教师不低于20%
  test("teacher rotation at least 10 %", () => {
    const r = rowAt(DOC, "教师交流轮岗比例不低于", "10%");
    expect([r.indicator_id, r.value, r.comparator]).toEqual([
      "teacher_rotation_share",
      10,
      "at_least",
    ]);
  });

  // 扶持2-3个服务我市产业发展的紧缺专业,创建5-8个省市级品牌专业
  test("ranges written with a hyphen: 2-3 and 5-8", () => {
    expect([
      rowAt(DOC, "创建5-8个", "5-8个").value,
      rowAt(DOC, "创建5-8个", "5-8个").value_max,
    ]).toEqual([5, 8]);
  });
});
