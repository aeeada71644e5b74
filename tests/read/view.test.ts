import { describe, expect, test } from "vitest";
import { cleanText, joinLines, rawSpan } from "../../src/index.js";

// Lines as a Word file flattened onto a web page writes them (the layout of
// ../shared/corpus/docs/sanming-2021-shisiwu-jiaoyu-guihua.txt, with its CRLF line ends).
const view = (raw: string) => joinLines(cleanText(raw, "t.txt").text, raw);

describe("joinLines", () => {
  test('joinLines("全市学前三年入园率\\r\\n98.94%\\r\\n，比\\r\\n2015\\r\\n年提高") joins the sentence', () => {
    const raw = "全市学前三年入园率\r\n98.94%\r\n，比\r\n2015\r\n年提高\r\n2.14%\r\n，公办率";
    expect(view(raw).text).toBe("全市学前三年入园率98.94%,比2015年提高2.14%,公办率");
  });

  test("a figure alone on a line between words joins both (高于省定\\n50%\\n目标)", () => {
    expect(view("高于省定\r\n50%\r\n目标，普惠率").text).toBe("高于省定50%目标,普惠率");
  });

  test("以上 after a figure continues its line (80%\\n以上学校通过)", () => {
    expect(view("学校创建，\r\n80%\r\n以上学校通过管理标准化评估").text).toBe(
      "学校创建,80%以上学校通过管理标准化评估",
    );
  });

  test("a year that a Word file broke into pieces (20 / 21 / 年) is put back together", () => {
    expect(view("表1  20\r\n22\r\n年年末人口数").text).toBe("表1  2022年年末人口数");
  });

  test("numbers on lines of their own in a run stay apart (table columns)", () => {
    const raw = "普通话普及率（\r\n%\r\n）\r\n89.32\r\n90\r\n92\r\n第三章";
    expect(
      view(raw)
        .text.split("\n")
        .map((l) => l.trim()),
    ).toEqual(["普通话普及率(%)", "89.32", "90", "92", "第三章"]);
  });

  test("a header of year columns keeps its years apart (2020 / 年 / 2022 / 年)", () => {
    const raw = "主要发展指标\r\n2020\r\n年\r\n2022\r\n年\r\n2025\r\n年\r\n学前";
    expect(
      view(raw)
        .text.split("\n")
        .map((l) => l.trim()),
    ).toEqual(["主要发展指标", "2020年", "2022年", "2025年", "学前"]);
  });

  test("a sentence end or a heading keeps its line break", () => {
    expect(view("教育发展水平不断提高。\r\n全市").text).toBe("教育发展水平不断提高。 \n全市");
    expect(view("高于\r\n一、发展基础").text).toBe("高于 \n一、发展基础");
  });

  test("rawSpan maps a span of the view back to the raw text", () => {
    const raw = "入园率\r\n98.94%\r\n，";
    const v = view(raw);
    const at = v.text.indexOf("98.94%");
    const [s, e] = rawSpan(v, at, at + "98.94%".length);
    expect(raw.slice(s, e)).toBe("98.94%");
    const [s2, e2] = rawSpan(v, 0, v.text.length);
    expect(raw.slice(s2, e2)).toBe(raw);
  });
});
