import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { matchSnapshot } from "./snapshot.js";

describe("matchSnapshot", () => {
  test("a mismatch fails, keeps the snapshot and writes the new output beside it as -changed", () => {
    if (process.env.UPDATE_SNAPSHOTS === "1") return;
    const dir = mkdtempSync(join(tmpdir(), "edu-snap-"));
    const file = join(dir, "chart-en.vl.json");
    writeFileSync(file, '{"title":"old"}\n');
    expect(() => matchSnapshot('{"title":"new"}\n', file)).toThrow(/chart-en-changed\.vl\.json/);
    expect(readFileSync(file, "utf8")).toBe('{"title":"old"}\n');
    expect(readFileSync(join(dir, "chart-en-changed.vl.json"), "utf8")).toBe('{"title":"new"}\n');
    // Once the output matches again, the -changed file goes.
    matchSnapshot('{"title":"old"}\n', file);
    expect(existsSync(join(dir, "chart-en-changed.vl.json"))).toBe(false);
  });
});
