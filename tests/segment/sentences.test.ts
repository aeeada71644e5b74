import { describe, expect, test } from "vitest";
import { clauseStart, sentenceAt, splitSentences } from "../../src/segment/sentences.js";

// From the Weihai 2019 work plan: 扩增普惠性学前教育资源,新建改扩建普惠性幼儿园20所,新增学位5010个。加快城镇普通中小学建设力度
const LINE =
  "扩增普惠性学前教育资源,新建改扩建普惠性幼儿园20所,新增学位5010个。加快城镇普通中小学建设力度";

describe("splitSentences", () => {
  test("splits at 。 and keeps offsets into the text", () => {
    const s = splitSentences(LINE);
    expect(s.map((x) => LINE.slice(x.start, x.end))).toEqual([
      "扩增普惠性学前教育资源,新建改扩建普惠性幼儿园20所,新增学位5010个。",
      "加快城镇普通中小学建设力度",
    ]);
  });

  test("a line break ends a sentence; blank lines give none", () => {
    const text = "一、发展目标\n\n到2025年,全市学前三年毛入园率达到98%以上";
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual([
      "一、发展目标",
      "到2025年,全市学前三年毛入园率达到98%以上",
    ]);
  });

  test("sentenceAt finds the sentence holding an offset", () => {
    const s = splitSentences(LINE);
    expect(sentenceAt(s, LINE.indexOf("加快")).start).toBe(LINE.indexOf("加快"));
    expect(sentenceAt(s, LINE.indexOf("5010")).start).toBe(0);
  });
});

describe("clauseStart", () => {
  test("the clause of 新增学位5010个 starts after the comma before it", () => {
    const at = LINE.indexOf("5010");
    expect(LINE.slice(clauseStart(LINE, at, 0), at)).toBe("新增学位");
  });
});
