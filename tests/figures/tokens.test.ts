import { describe, expect, test } from "vitest";
import { findNumericTokens } from "../../src/figures/tokens.js";

const tokens = (text: string) => findNumericTokens(text, text).map((t) => [t.text, t.value]);

describe("findNumericTokens", () => {
  // Weihai 2019 work plan: 新建改扩建普惠性幼儿园20所,新增学位5010个
  test("digits, with their values and offsets", () => {
    const text = "新建改扩建普惠性幼儿园20所,新增学位5010个";
    const found = findNumericTokens(text, text);
    expect(found.map((t) => [t.text, t.value, text.slice(t.start, t.end)])).toEqual([
      ["20", 20, "20"],
      ["5010", 5010, "5010"],
    ]);
  });

  // Fixture written for the tests: 全市新建改扩建中小学校1,200所
  test("a comma between digit groups before a unit is a thousands separator", () => {
    expect(tokens("全市新建改扩建中小学校1,200所")).toEqual([["1,200", 1200]]);
  });

  // Guigang: 指导办好一批高水平的民办…; the evaluation: 完善…一体化
  test("一 before a classifier is a number; 一 inside a word is not", () => {
    expect(tokens("指导办好一批高水平的民办")).toEqual([["一", 1]]);
    expect(tokens("推进城乡教育一体化")).toEqual([]);
  });

  // Fixture: 新建幼儿园十二所
  test("a run of Chinese numerals is one number", () => {
    expect(tokens("新建幼儿园十二所")).toEqual([["十二", 12]]);
  });

  test("full-width digits in the raw text are told apart", () => {
    const raw = "优良率达到５０％";
    const text = "优良率达到50%";
    expect(findNumericTokens(text, raw).map((t) => [t.text, t.numeral])).toEqual([
      ["５０", "fullwidth"],
    ]);
  });
});
