import { describe, expect, test } from "vitest";
import { ASSESSMENT, assessmentLabel } from "../../src/compare/verdicts.js";
import {
  lineUp,
  loadCorpus,
  message,
  milestoneSeries,
  planVersusOutcome,
  INDICATORS,
} from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

const corpus = loadCorpus({ seedsDir: `${ROOT}seeds` });
type Obj = Record<string, unknown>;
const objects = (t: ReturnType<typeof lineUp>) => t.objects() as Obj[];
const pick = (t: ReturnType<typeof lineUp>, cols: string[]) => objects(t.select(...cols));

describe("lineUp", () => {
  // Weihai 2023–2025 plan: 义务教育阶段本科及以上学历专任教师比例达到96%; its 2022 evaluation:
  // 全市城乡义务教育专任教师本科及以上学历占比达98.1%. The baseline is already past the target.
  test("a baseline already past its target reads as exceeded, with no pace", () => {
    const r = objects(lineUp(corpus, "compulsory_teacher_bachelor_share")).find(
      (r) => r.city_en === "Weihai",
    );
    expect([r?.value, r?.baseline_value, r?.baseline_year]).toEqual([96, 98.1, 2022]);
    expect(r?.progress).toBe("already exceeded at baseline");
    expect(r?.pace_per_year).toBeNull();
  });

  // Weihai plan: 毛入园率达到110% (2025); Guigang: 到2023年…毛入园率达92.4%; Yantai table: 100 → 100.
  test('lineUp(corpus, "preschool_gross_enrolment_rate") gives each city its target, year and baseline', () => {
    expect(
      pick(lineUp(corpus, "preschool_gross_enrolment_rate"), [
        "city_en",
        "status",
        "comparator",
        "value",
        "target_year",
        "baseline_value",
        "baseline_year",
        "pace_per_year",
      ]),
    ).toEqual([
      {
        city_en: "Weihai",
        status: "numeric target",
        comparator: "at_least",
        value: 110,
        target_year: 2025,
        baseline_value: null,
        baseline_year: null,
        pace_per_year: null,
      },
      {
        city_en: "Guigang",
        status: "numeric target",
        comparator: "at_least",
        value: 92.4,
        target_year: 2023,
        baseline_value: null,
        baseline_year: null,
        pace_per_year: null,
      },
      {
        city_en: "Yantai",
        status: "numeric target",
        comparator: "equal",
        value: 100,
        target_year: 2025,
        baseline_value: 100,
        baseline_year: 2020,
        pace_per_year: 0,
      },
    ]);
  });

  // Yantai: 公办幼儿园在园幼儿占比 41.17 (2020) → 75 (2025): (75 − 41.17) / 5 = 6.766 pp a year.
  test("lineUp computes the implied pace in percentage points a year", () => {
    const yantai = objects(lineUp(corpus, "public_kindergarten_enrolment_share")).find(
      (r) => r.city_en === "Yantai",
    )!;
    expect([yantai.baseline_value, yantai.value, yantai.pace_per_year, yantai.pace_unit]).toEqual([
      41.17,
      75,
      6.766,
      "percentage points",
    ]);
  });

  test("commitments without numbers and silence are shown as such, not as blanks", () => {
    const rows = pick(lineUp(corpus, "myopia_rate_annual_reduction_pp"), [
      "city_en",
      "status",
      "value",
    ]);
    expect(rows).toEqual([
      { city_en: "Weihai", status: "numeric target", value: 1 },
      { city_en: "Guigang", status: "commitment without a number", value: null },
      // Yantai: 视力不良率每年至少下降1个百分点 and 2030 myopia ceilings by stage, no yearly myopia fall.
      { city_en: "Yantai", status: "addressed through a related indicator", value: null },
    ]);
  });

  // Weihai: 新建和投入使用公办幼儿园13所; Guigang: 到2023年,全市新建28所公办幼儿园; Yantai annex: 新增公办幼儿园200处以上.
  test("counts line up too: new public kindergartens in the three cities", () => {
    expect(
      pick(lineUp(corpus, "new_public_kindergartens"), [
        "city_en",
        "comparator",
        "value",
        "unit",
        "target_year",
      ]),
    ).toEqual([
      { city_en: "Weihai", comparator: "equal", value: 13, unit: "所", target_year: 2025 },
      { city_en: "Guigang", comparator: "equal", value: 28, unit: "所", target_year: 2023 },
      { city_en: "Yantai", comparator: "at_least", value: 200, unit: "处", target_year: 2025 },
    ]);
  });

  test("every row carries the note on comparability", () => {
    const note = lineUp(corpus, "vocational_dual_qualified_teacher_share").array(
      "note",
    )[0] as string;
    expect(note).toContain("专业");
  });

  test("an unknown indicator id throws, listing the available ids", () => {
    expect(() => lineUp(corpus, "enrolment")).toThrow(
      message.unknownIndicator(
        "enrolment",
        INDICATORS.map((i) => i.id),
      ),
    );
  });
});

describe("planVersusOutcome", () => {
  const rows = objects(planVersusOutcome(corpus));
  const find = (id: string, scope: string, doc = "weihai-2023-action-plan") =>
    rows.find((r) => r.indicator_id === id && r.scope === scope && r.plan_doc_id === doc)!;

  // Plan: 公办幼儿园在园幼儿占比达到67% (2025, city-wide). Evaluation: 临港区…未达到50%;
  // 南海新区…达85.12%. A district is not the city: shown beside the city's target, not judged.
  test("district actuals stand beside the city-wide target without a verdict", () => {
    const lingang = find("public_kindergarten_enrolment_share", "临港区");
    const nanhai = find("public_kindergarten_enrolment_share", "南海新区");
    expect([lingang.plan_scope, lingang.plan_value, lingang.actual_value]).toEqual([
      "city",
      67,
      50,
    ]);
    expect([lingang.assessment, nanhai.assessment]).toEqual([
      ASSESSMENT.SCOPES_DIFFER,
      ASSESSMENT.SCOPES_DIFFER,
    ]);
  });

  // 2019 plan: 新增学位5010个 (city-wide, 2019). Evaluation: 乳山市…新增学位1170个 (2022).
  test("one county's new places are not judged against a city-wide target", () => {
    const r = find("new_school_places", "乳山市", "weihai-2019-work-plan");
    expect([r.plan_value, r.actual_value, r.assessment]).toEqual([
      5010,
      1170,
      ASSESSMENT.SCOPES_DIFFER,
    ]);
  });

  // Plan: 每年培训乡村中小学教师6000人次以上 (rural teachers). Evaluation: 中小学班主任…干部全员培训
  // 全年培训6万人次 (all staff). The same indicator counts different people: not judged.
  test("training attendances of rural teachers are not judged by those of all staff", () => {
    const r = find("teacher_training_person_times", "city");
    expect([r.plan_value, r.actual_value, r.assessment]).toEqual([
      6000,
      60000,
      ASSESSMENT.DEFINITIONS_DIFFER,
    ]);
  });

  // 2019 plan: 年培训教师3万余人次 (its own year). Evaluation 2022: 6万人次. 2022 is past the
  // 2019 plan's deadline.
  test("an actual after the target's deadline is outside its period", () => {
    const r = find("teacher_training_person_times", "city", "weihai-2019-work-plan");
    expect(r.assessment).toBe(ASSESSMENT.OUTSIDE_PERIOD);
  });

  // Plan 2023–2025: 义务教育阶段本科及以上学历专任教师比例达到96%. Evaluation 2022 (the plan's
  // baseline year): 98.1%.
  test("a baseline-year actual already past the target reads as already exceeded at baseline", () => {
    const r = find("compulsory_teacher_bachelor_share", "city");
    expect([r.plan_value, r.actual_year, r.actual_value, r.assessment]).toEqual([
      96,
      2022,
      98.1,
      "already exceeded at baseline",
    ]);
  });

  test("every verdict has a Chinese and an English label, and met differs from already met", () => {
    for (const a of Object.values(ASSESSMENT)) {
      expect(assessmentLabel(a, "zh")).toMatch(/[\u4e00-\u9fff]/);
      expect(assessmentLabel(a, "en")).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(assessmentLabel(ASSESSMENT.MET, "en")).not.toBe(
      assessmentLabel(ASSESSMENT.ALREADY_MET, "en"),
    );
  });

  // 2019 work plan: 普惠性幼儿园覆盖率达到89%; the 2022 evaluation gives no figure for it.
  test("plan targets the evaluation does not report are listed as not reported", () => {
    expect(find("inclusive_kindergarten_share", "city", "weihai-2019-work-plan").assessment).toBe(
      "not reported",
    );
  });

  test("a city without an evaluation is refused, naming the cities that have one", () => {
    expect(() => planVersusOutcome(corpus, { city: "Yantai" })).toThrow(
      message.emptySelection("reported actuals of 烟台", ["威海"]),
    );
  });
});

describe("milestoneSeries", () => {
  // 全市省级一类以上幼儿园比例到2023年底达到85%,2024年底达到87%,2025年底达到90%。
  test("milestoneSeries gives one row per year of a staged target", () => {
    const s = objects(milestoneSeries(corpus, "high_quality_kindergarten_share"));
    expect(s.map((r) => [r.year, r.value])).toEqual([
      [2023, 85],
      [2024, 87],
      [2025, 90],
    ]);
  });
});
