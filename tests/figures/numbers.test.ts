import { describe, expect, test } from "vitest";
import { parseChineseNumeral, parseNumber, scale } from "../../src/index.js";

describe("parseNumber", () => {
  test('parseNumber("1.2万") returns 12000', () => expect(parseNumber("1.2万")).toBe(12000));
  // guigang-2021-2023-action-plan.txt: 全市计划投入资金4.85亿元
  test('parseNumber("4.85亿") returns 485000000 exactly', () =>
    expect(parseNumber("4.85亿")).toBe(485000000));
  // weihai-2023-2025-action-plan.txt: 新增学位约2.1万个
  test('parseNumber("2.1万") returns 21000', () => expect(parseNumber("2.1万")).toBe(21000));
  test('parseNumber("１１０") reads full-width digits', () =>
    expect(parseNumber("１１０")).toBe(110));
  test('parseNumber("abc") returns null', () => expect(parseNumber("abc")).toBeNull());
});

describe("parseChineseNumeral", () => {
  // yantai-2021-2025-five-year-plan.txt: 特殊教育学校实行十五年一贯制办学
  test('parseChineseNumeral("十五") returns 15', () =>
    expect(parseChineseNumeral("十五")).toBe(15));
  test('parseChineseNumeral("二十") returns 20', () =>
    expect(parseChineseNumeral("二十")).toBe(20));
  test('parseChineseNumeral("一百二十") returns 120', () =>
    expect(parseChineseNumeral("一百二十")).toBe(120));
  test('parseChineseNumeral("二百零八") returns 208', () =>
    expect(parseChineseNumeral("二百零八")).toBe(208));
  test('parseChineseNumeral("三千五百万") returns 35000000', () =>
    expect(parseChineseNumeral("三千五百万")).toBe(35_000_000));
  test('parseChineseNumeral("两") returns 2', () => expect(parseChineseNumeral("两")).toBe(2));
  test('parseChineseNumeral("二〇二五") reads digit by digit', () =>
    expect(parseChineseNumeral("二〇二五")).toBe(2025));
  // the name 十四五 (14th five-year plan) is not one number
  test('parseChineseNumeral("十四五") returns null', () =>
    expect(parseChineseNumeral("十四五")).toBeNull());
});

describe("scale", () => {
  test('scale(19.28, "亿") returns 1928000000', () =>
    expect(scale(19.28, "亿")).toBe(1_928_000_000));
});
