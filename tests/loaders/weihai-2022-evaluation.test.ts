import { describe, expect, test } from "vitest";
import { corpus, rowAt, rowsAt } from "../helpers/corpus.js";

const DOC = "weihai-2022-evaluation";
// Read from seeds/weihai-2022-evaluation.txt: reported 2022 outcomes and named shortfalls.

describe("Weihai evaluation of 2022", () => {
  // 全市城乡义务教育专任教师本科及以上学历占比达98.1%,其中,农村比率达99.81%
  test("city-wide actuals: bachelor share 98.1 %, rural 99.81 %", () => {
    const s = "本科及以上学历占比达98.1%";
    expect(
      [rowAt(DOC, s, "98.1%")].map((r) => [
        r.indicator_id,
        r.kind,
        r.value,
        r.comparator,
        r.year,
        r.scope,
      ]),
    ).toEqual([["compulsory_teacher_bachelor_share", "actual", 98.1, "equal", 2022, "city"]]);
    expect(rowAt(DOC, s, "99.81%").indicator_id).toBe("rural_compulsory_teacher_bachelor_share");
  });

  // 其中临港区公办幼儿园在园幼儿占比未达到50%
  test("Lingang: public kindergarten share below 50 %", () => {
    const r = rowAt(DOC, "临港区公办幼儿园在园幼儿占比未达到50%", "50%");
    expect([r.scope, r.kind, r.indicator_id, r.value, r.comparator]).toEqual([
      "临港区",
      "actual",
      "public_kindergarten_enrolment_share",
      50,
      "less_than",
    ]);
  });

  // 文登区幼儿教师专科及以上比例未达到80%、持证上岗率未达到85%
  test("Wendeng: kindergarten teachers' college share below 80 %, certification below 85 %", () => {
    const s = "文登区幼儿教师专科及以上比例未达到80%";
    expect(
      [rowAt(DOC, s, "80%"), rowAt(DOC, s, "85%")].map((r) => [
        r.scope,
        r.indicator_id,
        r.value,
        r.comparator,
      ]),
    ).toEqual([
      ["文登区", "kindergarten_teacher_college_share", 80, "less_than"],
      ["文登区", "kindergarten_teacher_certified_rate", 85, "less_than"],
    ]);
  });

  // 环翠区、文登区、南海新区公办幼儿园非在编教师年平均工资收入未达到在编教师年平均工资收入的75%
  test("one finding naming three districts gives one row per district", () => {
    const rows = rowsAt(DOC, "环翠区、文登区、南海新区公办幼儿园非在编教师", "75%");
    expect(rows.map((r) => [r.scope, r.value, r.comparator, r.kind])).toEqual([
      ["环翠区", 75, "less_than", "actual"],
      ["文登区", 75, "less_than", "actual"],
      ["南海新区", 75, "less_than", "actual"],
    ]);
  });

  // 八、南海新区 … 全区公办幼儿园在园幼儿占比达85.12%,居全市首位
  test("Nanhai New Area's public kindergarten share 85.12 %, scoped by its annex heading", () => {
    const r = rowAt(DOC, "85.12%", "85.12%");
    expect([r.scope, r.kind, r.indicator_id, r.value, r.comparator]).toEqual([
      "南海新区",
      "actual",
      "public_kindergarten_enrolment_share",
      85.12,
      "equal",
    ]);
  });

  // 确保完成学生体质健康优良率达到52%、近视率每年降低1%的目标任务
  test("restated goals are targets, not actuals", () => {
    const s = "确保完成学生体质健康优良率达到52%";
    expect(
      [rowAt(DOC, s, "52%"), rowAt(DOC, s, "1%")].map((r) => [r.kind, r.indicator_id, r.value]),
    ).toEqual([
      ["target", "physical_health_excellent_rate", 52],
      ["target", "myopia_rate_annual_reduction_pp", 1],
    ]);
  });

  // 全市学科类机构压减率达97.89% ; 全年培训6万人次
  test("other actuals: 97.89 % of tutoring firms cut, 60 000 training attendances", () => {
    expect([
      rowAt(DOC, "压减率达97.89%", "97.89%").kind,
      rowAt(DOC, "压减率达97.89%", "97.89%").value,
    ]).toEqual(["actual", 97.89]);
    expect(rowAt(DOC, "全年培训6万人次", "6万人次").value).toBe(60000);
  });

  test("the evaluation states no numberless commitments", () => {
    expect(corpus().targets.filter((t) => t.doc_id === DOC && t.kind === "commitment")).toEqual([]);
  });
});
