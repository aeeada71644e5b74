import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fail, refuse, SeedError, SelectionError, snippet } from "../../src/errors/error.js";
import { naming, systemErrorMessage } from "../../src/errors/system.js";

describe("input errors", () => {
  test("fail throws a SeedError carrying the file and the offset", () => {
    try {
      fail("seeds/a.txt: empty", "seeds/a.txt", 0);
    } catch (e) {
      expect(e).toBeInstanceOf(SeedError);
      expect([(e as SeedError).file, (e as SeedError).offset]).toEqual(["seeds/a.txt", 0]);
    }
    expect.assertions(2);
  });

  test("refuse names what was asked for, not a file", () => {
    expect(() => refuse("unknown indicator", "indicator")).toThrow(SelectionError);
  });

  // From the Weihai 2019 work plan: 新建改扩建普惠性幼儿园20所,新增学位5010个
  test("snippet quotes the text around an offset on one line", () => {
    const text = "新建改扩建普惠性幼儿园20所,\n新增学位5010个";
    expect(snippet(text, text.indexOf("5010"), 4)).toBe("新增学位5010");
  });
});

describe("file-system errors", () => {
  test("reading a folder as a file gives one line naming the path and the problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "edu-errors-"));
    let thrown: unknown;
    try {
      naming(dir, () => readFileSync(dir));
    } catch (e) {
      thrown = e;
    }
    const text = systemErrorMessage(thrown)!;
    expect(text.startsWith(`${dir}: is a folder, not a file (EISDIR)`)).toBe(true);
    expect(text).not.toContain("\n");
  });

  test("an error that is not a file-system error is left to the caller", () => {
    expect(systemErrorMessage(new TypeError("x"))).toBeUndefined();
  });
});
