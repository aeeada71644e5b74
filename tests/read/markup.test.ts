import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cleanText, extractOne, message, REGISTRY, type TargetRow } from "../../src/index.js";
import { seedText } from "../helpers/corpus.js";

// Markup as pages and attacks spell it; none of it is a figure or a word of the document.
const SPELLINGS = [
  "<script/x>",
  "<svg/onload=alert(1)>",
  "<img src=x onerror=alert(2)>",
  "<IMG SRC=x ONERROR=alert(3)>",
  "<ScRiPt>alert(4)</sCrIpT>",
  "</div >",
  '<Div class="p5">',
  "<br/>",
  "<!-- saved 6 copies -->",
  "<![CDATA[7]]>",
];

describe("markup on a line of its own is blanked", () => {
  test.each(SPELLINGS)("%s between two sentences becomes spaces, nothing else moves", (tag) => {
    const raw = `毛入园率达到110%。\n${tag}\n巩固率保持100%。`;
    const { text, masks } = cleanText(raw, "t.txt");
    // The tag starts after the first line and its line break: 11 characters.
    expect(masks).toEqual([{ start: 12, end: 12 + tag.length, reason: "html tag" }]);
    expect(text).toBe(`毛入园率达到110%。\n${" ".repeat(tag.length)}\n巩固率保持100%。`);
  });

  test("a comment or script a line leaves open is blanked to the end of that line only", () => {
    const raw = "入园率98%。\n<!-- a\n<script>\n巩固率100%。";
    expect(cleanText(raw, "t.txt").text).toBe("入园率98%。\n      \n        \n巩固率100%。");
  });

  test("a < before a digit or a Chinese character is text (生师比<17, 印发<方案>的通知)", () => {
    const raw = "生师比<17:1。关于印发<实施方案>的通知";
    expect(cleanText(raw, "t.txt")).toEqual({
      raw,
      text: "生师比<17:1。关于印发<实施方案>的通知",
      masks: [],
    });
  });
});

describe("markup inside a line of text is refused at its offset", () => {
  test.each(SPELLINGS)("%s inside a sentence with a figure", (tag) => {
    // The tag follows the six characters of 毛入园率达到.
    expect(() => cleanText(`毛入园率达到${tag}110%。`, "t.txt")).toThrow(
      message.htmlInFigure("t.txt", 6, `毛入园率达到${tag}110%。`.slice(0, 26).trim()),
    );
  });

  test("a tag inside words without figures is refused too", () => {
    expect(() => cleanText("推进<svg/onload=x>集团化办学", "t.txt")).toThrow(
      message.htmlInText("t.txt", 2, "推进<svg/onload=x>集团化办学"),
    );
  });

  test("a tag a line leaves unclosed is still markup", () => {
    expect(() => cleanText("达到110% <img src=x onerror=alert(1)\n", "t.txt")).toThrow(
      /t\.txt: at character 7 an HTML tag breaks a sentence with figures/,
    );
  });
});

describe("a saved web page is refused", () => {
  const header = "<!-- saved from url=(0042)https://jyj.weihai.gov.cn/art/2023/12/16.html -->";

  test("the comment a browser writes at the top of a saved page names it, at character 0", () => {
    const raw = `${header}\n${seedText("weihai-2019-work-plan.txt")}`;
    expect(() => cleanText(raw, "saved.txt")).toThrow(
      message.htmlPage("saved.txt", 0, "<!-- saved f"),
    );
  });

  test("the comment is found below a few lines as well, at its offset", () => {
    const raw = `威海市教育局\n\n${header}\n<p>毛入园率</p>`;
    // 威海市教育局 (6) and two line breaks put the comment at character 8.
    expect(() => cleanText(raw, "saved.txt")).toThrow(
      message.htmlPage("saved.txt", 8, raw.slice(0, 20).replace(/\s+/g, " ").trim()),
    );
  });

  test.each(["<HTML lang=zh>", "<body class=x>", '<?xml version="1.0"?>'])(
    "a page's own structure (%s) marks a page anywhere",
    (tag) => {
      expect(() => cleanText(`威海市\n${tag}\n入园率98%。`, "p.txt")).toThrow(
        message.htmlPage(
          "p.txt",
          4,
          `威海市\n${tag}\n入园率98%。`.slice(0, 16).replace(/\s+/g, " ").trim(),
        ),
      );
    },
  );
});

describe("a real seed with markup lines put in between its sentences", () => {
  const spec = REGISTRY.find((s) => s.doc_id === "weihai-2023-action-plan")!;
  const { sha256: _sha, ...unchecked } = spec;
  const raw = seedText(spec.source_file);
  const read = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), "edu-markup-"));
    writeFileSync(join(dir, spec.source_file), text);
    return extractOne(unchecked, dir);
  };
  // After every line that ends a sentence, a line of one spelling, each in turn.
  const lines = raw.split("\n");
  let ends = 0;
  const injected = lines
    .map((line) =>
      /。\s*$/.test(line) && ++ends > 0 ? `${line}\n${SPELLINGS[ends % SPELLINGS.length]}` : line,
    )
    .join("\n");
  const figures = (rows: readonly TargetRow[]) =>
    rows.map((r) => [r.text, r.kind, r.value, r.unit, r.year, r.indicator_zh]);

  test("yields the same figures as the seed, and no tag text in any row", () => {
    expect(ends).toBeGreaterThan(SPELLINGS.length);
    const plain = read(raw);
    const dirty = read(injected);
    expect(figures(dirty.targets)).toEqual(figures(plain.targets));
    expect(dirty.mentions.map((m) => m.text)).toEqual(plain.mentions.map((m) => m.text));
    const leaked = dirty.targets.filter((r) =>
      /<[a-z/!]|alert|onerror|onload/i.test(`${r.quote} ${r.indicator_zh} ${r.text}`),
    );
    expect(leaked.map((r) => r.row_id)).toEqual([]);
  });

  test("one tag inside a sentence of the seed refuses the document, naming the file", () => {
    const at = raw.indexOf("毛入园率");
    expect(at).toBeGreaterThan(0);
    const broken = `${raw.slice(0, at)}<svg/onload=alert(1)>${raw.slice(at)}`;
    expect(() => read(broken)).toThrow(
      new RegExp(`${spec.source_file}: at character ${at} an HTML tag`),
    );
  });
});
