import { describe, expect, test } from "vitest";
import { cleanText, extractDocument, type ExtractOptions } from "../../src/index.js";

const rows = (raw: string, options: Partial<ExtractOptions>) =>
  extractDocument(cleanText(raw, "t.txt"), {
    doc_id: "t",
    city: "样例",
    source_file: "t.txt",
    doc_type: "plan",
    period_start: 2021,
    period_end: 2025,
    title: "样例市教育发展规划",
    issued: "2021-11-23",
    ...options,
  }).targets.map((r) => [r.kind, r.value, r.year]);

describe("kind and year from the sentence and the section", () => {
  // Wordings of ../shared/corpus/docs/sanming-2021-shisiwu-jiaoyu-guihua.txt.
  test("a plan's background (一、发展基础) gives baselines for levels and actuals for counts, dated 2020", () => {
    const raw =
      "一、发展基础\n全市学前三年入园率98.94%。创建10所全国学校体育工作示范校。\n二、目标\n到2025年,幼儿入园率达99%。";
    expect(rows(raw, {})).toEqual([
      ["baseline", 98.94, 2020],
      ["actual", 10, 2020],
      ["target", 99, 2025],
    ]);
  });

  // Wordings of ../shared/corpus/docs/pingtan-2024-shehuishiye-gongzuozongjie.txt.
  test("a summary that plans ahead: 工作成效 reports 2024, 2025年工作思路 plans 2025", () => {
    const raw =
      "一、工作成效\n新增学位3180个,普惠率达95.1%。\n二、2025年工作思路\n力争普惠率提高至96%。";
    expect(
      rows(raw, {
        doc_type: "evaluation",
        period_start: 2024,
        period_end: 2025,
        title: "社会事业局2024年工作总结及2025年工作思路",
        issued: "2025-09-18",
      }),
    ).toEqual([
      ["actual", 3180, 2024],
      ["actual", 95.1, 2024],
      ["target", 96, 2025],
    ]);
  });

  test("今年 and 明年 count from the issue date; 比2015年 does not date what follows", () => {
    const raw = "今年新增学位300个,明年新增学位500个。入园率98%,比2015年提高2%,公办率62%。";
    expect(rows(raw, { issued: "2023-01-10", period_start: 2023, period_end: 2023 })).toEqual([
      ["target", 300, 2023],
      ["target", 500, 2024],
      ["target", 98, 2023],
      ["target", 2, 2023],
      ["target", 62, 2023],
    ]);
  });

  test("由2023年的88.6%提高到93%: the baseline keeps 2023, the target does not take it", () => {
    expect(rows("普惠率由2023年的88.6%提高到93%。", {})).toEqual([
      ["baseline", 88.6, 2023],
      ["target", 93, 2025],
    ]);
  });
});

describe("numbers that are not figures", () => {
  // Wordings of ../shared/corpus/docs/putian-2010-jiaoyu-zhongdian-shishiyijian.txt and of the
  // seeds (weihai-2023-2025-action-plan.txt: 近视率每年下降1个百分点).
  test("one per unit is a standing norm; a yearly change of one point is a target", () => {
    expect(
      rows("每个街道办事处所辖范围至少要有1所公办幼儿园。近视率每年下降1个百分点。", {}),
    ).toEqual([["target", 1, 2025]]);
  });
  test("an evaluation's own sample and a requirement it cites are not figures", () => {
    const raw =
      "实地察看了23所学校,发放调查问卷1260份。全区教师培训经费占比为3.6%,未达到5%的规定要求。";
    expect(rows(raw, { doc_type: "evaluation", period_start: 2022, period_end: 2022 })).toEqual([
      ["actual", 3.6, 2022],
    ]);
  });
});

describe("five-year plans named by number", () => {
  test("到“十四五”末 dates a work plan's target 2025; “十三五”期间 dates an achievement 2020", () => {
    const options = {
      doc_type: "work_plan" as const,
      period_start: 2023,
      period_end: 2023,
      issued: "2023-02-01",
    };
    expect(
      rows("到“十四五”末,学前三年毛入园率达到95%。“十三五”期间,累计新建学校12所。", options),
    ).toEqual([
      ["target", 95, 2025],
      ["actual", 12, 2020],
    ]);
  });
});

describe("dated figures in plans and tables in evaluations", () => {
  // The 专栏 line layout of tests/fixtures/heldout-2/tangshan-2023-zhiye-jiaoyu-tizhi-peiyou-fangan.txt.
  test("a plan's line 中职学校达标率:2022年85%,2025年100% gives a baseline and a target", () => {
    expect(
      rows("1.中职学校达标率:2022年85%,2025年100%(约束性)。", {
        period_start: 2023,
        period_end: 2025,
        issued: "2023-03-01",
      }),
    ).toEqual([
      ["baseline", 85, 2022],
      ["target", 100, 2025],
    ]);
  });
  test("an evaluation's table reports both its years as actuals", () => {
    const raw = "指标 | 2022年 | 2023年\n各级各类学校数(所) | 1200 | 1186";
    expect(
      rows(raw, {
        doc_type: "evaluation",
        period_start: 2023,
        period_end: 2023,
        title: "2023年教育事业统计公报",
      }),
    ).toEqual([
      ["actual", 1200, 2022],
      ["actual", 1186, 2023],
    ]);
  });
});
