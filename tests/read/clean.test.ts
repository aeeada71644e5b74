import { describe, expect, test } from "vitest";
import { cleanText, message } from "../../src/index.js";
import { seedText } from "../helpers/corpus.js";

describe("cleanText", () => {
  test("cleanText folds full-width digits and punctuation without moving any character", () => {
    const raw = "毛入园率达到１１０％，巩固率保持１００％。";
    const { text } = cleanText(raw, "a.txt");
    expect(text).toBe("毛入园率达到110%,巩固率保持100%。");
    expect(text.length).toBe(raw.length);
  });

  test("cleanText blanks the HTML debris lines at the top of the Yantai seed and keeps offsets", () => {
    const raw = seedText("yantai-2021-2025-five-year-plan.txt");
    const { text, masks } = cleanText(raw, "yantai.txt");
    expect(text.length).toBe(raw.length);
    expect(text).not.toMatch(/<[a-z]+ id=/);
    expect(masks.filter((m) => m.reason === "html tag").length).toBeGreaterThan(20);
    const at = raw.indexOf("毛入园率");
    expect(text.slice(at, at + 4)).toBe("毛入园率");
  });

  test("cleanText refuses a whole HTML page, naming file and offset", () => {
    const raw = "<!DOCTYPE html><html><body>毛入园率达到110%</body></html>";
    expect(() => cleanText(raw, "page.html")).toThrow(
      message.htmlPage("page.html", 0, "<!DOCTYPE ht"),
    );
  });

  test("cleanText refuses markup inside a sentence with figures", () => {
    expect(() => cleanText("毛入园率达到<b>110%</b>。", "tag.txt")).toThrow(
      /tag\.txt: at character 6 an HTML tag/,
    );
  });

  test("cleanText refuses HTML character references other than &nbsp;", () => {
    expect(() => cleanText("毛入园率达到110&#37;。", "ent.txt")).toThrow(
      message.htmlEntity("ent.txt", 9, "&#37;"),
    );
  });
});
