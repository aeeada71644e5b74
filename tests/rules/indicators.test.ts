import { describe, expect, it } from "vitest";
import { indicatorById, INDICATORS, matchIndicator } from "../../src/rules/indicators.js";
import { rowLabelEn } from "../../src/rules/measures.js";

// Each case: the indicator phrase and unit of a figure quoted from a seed or held-out document,
// and the indicator a reader names for it.
const CASES: [quote: string, phrase: string, unit: string, id: string][] = [
  ["新建、改扩建中小学校100所以上", "新建、改扩建中小学校", "所", "new_schools_built"],
  ["互联网总出口扩容到30G", "互联网总出口", "G", "school_network_bandwidth"],
  ["引进优秀人才43名", "引进优秀人才", "名", "teachers_recruited"],
  ["安排448名高校学生跟岗实践", "安排高校学生跟岗实践", "名", "students_reached"],
  ["培育建设100节融媒体美育公开课", "培育建设融媒体美育公开课", "节", "courses_and_resources"],
  ["全市学科类机构压减率达97.89%", "学科类机构压减率", "%", "offcampus_tutoring_reduction_rate"],
  [
    "以学校为主体举办的家长学校建设率达到100%",
    "以学校为主体举办的家长学校建设率",
    "%",
    "parent_school_coverage",
  ],
  ["全市幼儿园平均班额低于30人", "幼儿园平均班额", "人", "class_size"],
  ["生均建筑面积不低于10.44平方米", "生均建筑面积", "平方米", "per_pupil_area"],
  ["创建美育特色学校100所", "创建美育特色学校", "所", "designated_model_schools"],
  ["立项“十四五”市级课题27个", "立项“十四五”市级课题", "个", "research_projects"],
  [
    "创建1—2个自治区级中小学劳动教育实践基地",
    "创建自治区级中小学劳动教育实践基地",
    "个",
    "bases_and_pilot_sites",
  ],
  ["学前三年入园率达98.6%", "学前三年入园率", "%", "school_enrolment_rate"],
  [
    "全市公办幼儿园在园幼儿占比达到67%",
    "全市公办幼儿园在园幼儿占比",
    "%",
    "public_kindergarten_enrolment_share",
  ],
  ["新增学位5010个", "新增学位", "个", "new_school_places"],
];

describe("matchIndicator", () => {
  it.each(CASES)("%s → %s", (_quote, phrase, unit, id) => {
    expect(matchIndicator(phrase, "", unit)?.id).toBe(id);
  });

  it("passes over an indicator stated in another unit", () => {
    // 学位 counts places (个); the same words with 所 count schools, not places.
    expect(matchIndicator("新增学位", "", "所")?.id).not.toBe("new_school_places");
    expect(matchIndicator("新增学位", "", "个")?.id).toBe("new_school_places");
  });

  it("keeps a gross rate apart from a rate the document does not call gross", () => {
    expect(matchIndicator("学前教育毛入园率", "", "%")?.id).toBe("preschool_gross_enrolment_rate");
    expect(matchIndicator("初中阶段毛入学率", "", "%")?.id).toBe("gross_enrolment_rate");
    expect(matchIndicator("初中学龄人口入学率", "", "%")?.id).toBe("school_enrolment_rate");
  });
});

describe("the vocabulary", () => {
  it("has unique ids and compilable patterns", () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of INDICATORS)
      for (const p of i.patterns) expect(() => new RegExp(p)).not.toThrow();
  });

  it("names a broad indicator's row after its level", () => {
    const broad = indicatorById("new_schools_built")!;
    expect(broad.level).toBeNull();
    expect(rowLabelEn(broad, "preschool", "所", "schools")).toBe(
      "preschool education: new, rebuilt or expanded schools (count)",
    );
    const exact = indicatorById("preschool_gross_enrolment_rate")!;
    expect(rowLabelEn(exact, "preschool", "%", "percent")).toBe(exact.en);
  });
});
