import { describe, expect, test } from "vitest";
import { cleanText, extractDocument, findCue, readFigure } from "../../src/index.js";

function figureIn(sentence: string, number: string) {
  const { text } = cleanText(sentence, "t.txt");
  const f = readFigure(text, text.indexOf(number));
  return {
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    suffix: f.suffix,
    text: sentence.slice(f.start, f.end),
  };
}

describe("readFigure", () => {
  // weihai-2023-2025-action-plan.txt, item 31
  test('readFigure("4%—6%") reads a percentage range', () =>
    expect(figureIn("分别足额提取4%—6%、3%—5%", "4")).toEqual({
      value: 4,
      valueMax: 6,
      unit: "%",
      suffix: null,
      text: "4%—6%",
    }));
  // guigang-2021-2023-action-plan.txt: 建设3—5所自治区示范性中等职业学校
  test('readFigure("3—5所") reads a count range', () =>
    expect(figureIn("建设3—5所自治区示范性中等职业学校", "3")).toEqual({
      value: 3,
      valueMax: 5,
      unit: "所",
      suffix: null,
      text: "3—5所",
    }));
  // guigang: 每一所奖补3500—5000万元资金支持
  test('readFigure("3500—5000万元") applies 万 to both ends', () =>
    expect(figureIn("奖补3500—5000万元资金", "3500")).toEqual({
      value: 35_000_000,
      valueMax: 50_000_000,
      unit: "元",
      suffix: null,
      text: "3500—5000万元",
    }));
  // weihai-2023: 新增学位约2.1万个
  test('readFigure("2.1万个") folds 万 into the value', () =>
    expect(figureIn("新增学位约2.1万个", "2.1")).toEqual({
      value: 21000,
      valueMax: null,
      unit: "个",
      suffix: null,
      text: "2.1万个",
    }));
  // weihai-2019-work-plan.txt: 年培训教师3万余人次
  test('readFigure("3万余人次") reads 余 as "more than"', () =>
    expect(figureIn("年培训教师3万余人次", "3")).toEqual({
      value: 30000,
      valueMax: null,
      unit: "人次",
      suffix: "more_than",
      text: "3万余人次",
    }));
  // weihai-2019: 总体近视率年度降低 0.5 个百分点
  test('readFigure("0.5 个百分点") reads percentage points across a space', () =>
    expect(figureIn("年度降低 0.5 个百分点", "0.5")).toEqual({
      value: 0.5,
      valueMax: null,
      unit: "个百分点",
      suffix: null,
      text: "0.5 个百分点",
    }));
  // yantai: 普惠性幼儿园在园幼儿数占比保持在93%以上
  test('readFigure("93%以上") reads 以上 as >=', () =>
    expect(figureIn("占比保持在93%以上", "93")).toEqual({
      value: 93,
      valueMax: null,
      unit: "%",
      suffix: "at_least",
      text: "93%以上",
    }));
  // guigang: 按1:1的比例分担
  test('readFigure("1:1") reads a ratio', () =>
    expect(figureIn("按1:1的比例分担", "1")).toEqual({
      value: 1,
      valueMax: null,
      unit: "ratio",
      suffix: null,
      text: "1:1",
    }));
});

describe("findCue", () => {
  test('findCue("毛入园率达到") returns >=', () =>
    expect(findCue("毛入园率达到")?.comparator).toBe("at_least"));
  test('findCue("校际差异系数分别不超过") returns <=', () =>
    expect(findCue("校际差异系数分别不超过")?.comparator).toBe("at_most"));
  test('findCue("合格率超过") returns >', () =>
    expect(findCue("合格率超过")?.comparator).toBe("more_than"));
  test('findCue("临港区公办幼儿园在园幼儿占比未达到") returns <', () =>
    expect(findCue("临港区公办幼儿园在园幼儿占比未达到")?.comparator).toBe("less_than"));
  test('findCue("幼儿园平均班额低于") returns <', () =>
    expect(findCue("幼儿园平均班额低于")?.comparator).toBe("less_than"));
  test('findCue("新建公办幼儿园") returns null', () =>
    expect(findCue("新建公办幼儿园")).toBeNull());
});

describe("numbers that mix scripts or overflow (issue: read or audited whole)", () => {
  const options = {
    doc_id: "t",
    city: "样例",
    source_file: "t.txt",
    doc_type: "plan" as const,
    period_start: 2021,
    period_end: 2025,
    title: "样例市教育规划",
  };
  const read = (s: string) => extractDocument(cleanText(s, "t.txt"), options);

  test('readFigure("3亿五千万元") is 350,000,000 元 and "8万二个" is 82,000 个', () => {
    expect(readFigure("3亿五千万元", 0)).toMatchObject({ value: 350000000, unit: "元", end: 6 });
    expect(readFigure("8万二个", 0)).toMatchObject({ value: 82000, unit: "个", end: 4 });
  });

  test("始建于1921年 is a year of history, not a quantity", () => {
    const { targets, mentions } = read("学校始建于1921年,新建学校3所。");
    expect(targets.map((t) => t.value)).toEqual([3]);
    expect(mentions.map((m) => m.class)).toEqual(["year", "figure"]);
  });

  // Found by the fuzzer (tests/fuzz): 1914 typed into 确保九年义务教育巩固率 dated its figures 1914.
  test("a year before 1949 (确保九1914年…) does not date a figure: the plan's horizon does", () => {
    const { targets } = read("确保九1914年义务教育巩固率保持在97.5%以上。");
    expect(targets.map((t) => [t.value, t.year])).toEqual([[97.5, 2025]]);
  });

  test("a number too large for a double is audited, never Infinity", () => {
    const { targets, mentions } = read(`达到${"9".repeat(400)}%。`);
    expect(targets).toEqual([]);
    expect(mentions.map((m) => m.class)).toEqual(["unrecognised"]);
  });
});
