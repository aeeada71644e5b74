import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildData } from "../../src/cli/build-data.js";
import { csvCell, safeOutputPath, toCsv } from "../../src/io/write.js";
import { ROOT } from "../helpers/corpus.js";

const tmp = () => mkdtempSync(join(tmpdir(), "edu-targets-"));

describe("data/ is the current output (golden tables)", () => {
  test("regenerating the tables from seeds/ reproduces data/ byte for byte", () => {
    const out = tmp();
    buildData({ seedsDir: join(ROOT, "seeds"), dataDir: out });
    const committed = readdirSync(join(ROOT, "data")).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const f of committed) {
      const fresh = readFileSync(join(out, f), "utf8");
      const golden = readFileSync(join(ROOT, "data", f), "utf8");
      if (fresh !== golden) mkdirSync(join(ROOT, "tests", "output"), { recursive: true });
      if (fresh !== golden) writeFileSync(join(ROOT, "tests", "output", `${f}-changed`), fresh);
      expect(
        fresh === golden,
        `data/${f} differs from what the code produces; run npm run main and commit with a reason`,
      ).toBe(true);
    }
  });
});

describe("safe output", () => {
  test('csvCell("=1+1") neutralises a formula with an apostrophe', () => {
    expect([csvCell("=1+1"), csvCell("+86"), csvCell("-x"), csvCell("@a"), csvCell(-3)]).toEqual([
      "'=1+1",
      "'+86",
      "'-x",
      "'@a",
      "-3",
    ]);
  });

  test("toCsv starts with a BOM and quotes commas, quotes and newlines", () => {
    expect(toCsv([{ a: '毛入园率,"达到"', b: null }], ["a", "b"])).toBe(
      '\uFEFFa,b\n"毛入园率,""达到""",\n',
    );
  });

  test("safeOutputPath refuses a path outside the output folder", () => {
    expect(() => safeOutputPath("/tmp/out", "../etc/passwd")).toThrow(RangeError);
    expect(() => safeOutputPath("/tmp/out", "/etc/passwd")).toThrow(RangeError);
    expect(safeOutputPath("/tmp/out", "data/a.csv")).toBe("/tmp/out/data/a.csv");
  });

  test("a failing build writes nothing", () => {
    const seeds = tmp();
    writeFileSync(join(seeds, "stranger.txt"), "毛入园率达到100%。");
    const out = tmp();
    expect(() => buildData({ seedsDir: seeds, dataDir: join(out, "data") })).toThrow(
      /not a registered document/,
    );
    expect(existsSync(join(out, "data"))).toBe(false);
  });
});

describe("the command line", () => {
  const cli = join(ROOT, "dist", "cli", "main.js");

  test("edu-targets --out DIR writes the tables and prints a summary", () => {
    const out = tmp();
    const run = spawnSync(process.execPath, [cli, "--out", out], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/5 documents, \d+ target rows, \d+ numeric tokens audited/);
    expect(readdirSync(join(out, "data"))).toContain("targets.csv");
  });

  test("a missing seeds folder exits non-zero and says what to fix", () => {
    const run = spawnSync(process.execPath, [cli, "--seeds", "/no/such/seeds", "--out", tmp()], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "/no/such/seeds: no such folder; pass the folder that holds the seed documents.",
    );
  });

  test("an unknown format exits 2", () => {
    const run = spawnSync(process.execPath, [cli, "--formats", "xlsx", "--out", tmp()], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown format(s) xlsx");
  });
});
