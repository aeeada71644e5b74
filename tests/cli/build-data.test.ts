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
      /no metadata.json; add one listing the documents/,
    );
    expect(existsSync(join(out, "data"))).toBe(false);
  });
});

describe("the command line", () => {
  const cli = join(ROOT, "dist", "cli", "main.js");

  test("edu-targets --tables-only --formats csv,json,parquet writes the tables and prints a summary", () => {
    const out = tmp();
    const run = spawnSync(
      process.execPath,
      [cli, "--out", out, "--tables-only", "--formats", "csv,json,parquet"],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\[1\/3\] reading the seeds/);
    expect(run.stderr).toMatch(
      /done in [\d.]+ s: 5 documents, \d+ target rows, \d+ numeric tokens audited, 0 charts/,
    );
    const files = readdirSync(join(out, "data"));
    expect(files).toContain("targets.csv");
    expect(files).not.toContain("targets.parquet");
    expect(readdirSync(join(out, "data", "parquet")).sort()).toEqual([
      "corrections",
      "documents",
      "indicators",
      "mentions",
      "quality",
      "targets",
    ]);
    // Guigang's plan (贵港, Guangxi), dated 2022年3月19日 (guigang-2021-2023-action-plan.txt line 7).
    const part = join(
      out,
      "data",
      "parquet",
      "targets",
      "province_en=Guangxi Zhuang Autonomous Region",
      "doc_year=2022",
      "part-00000.parquet",
    );
    expect(readFileSync(part).subarray(0, 4).toString()).toBe("PAR1");
    // The seeds have no corrections.json: the table is one file without rows, still readable.
    expect(readdirSync(join(out, "data", "parquet", "corrections"))).toEqual([
      "part-00000.parquet",
    ]);
  });

  test("a second run with --formats parquet into the same folder takes data/parquet/ as its own", () => {
    const out = tmp();
    for (let i = 0; i < 2; i++) {
      const run = spawnSync(
        process.execPath,
        [cli, "--out", out, "--tables-only", "--formats", "parquet"],
        { encoding: "utf8" },
      );
      expect(run.status, run.stderr).toBe(0);
    }
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

  test("a folder without metadata.json exits non-zero, says what to add, and nothing is written", () => {
    const seeds = tmp();
    writeFileSync(join(seeds, "stranger.txt"), "毛入园率达到100%。");
    const out = tmp();
    const run = spawnSync(process.execPath, [cli, "--seeds", seeds, "--out", out], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no metadata.json; add one listing the documents");
    expect(readdirSync(out)).toEqual([]);
  });

  test("an unknown format or language exits 2", () => {
    const fmt = spawnSync(process.execPath, [cli, "--formats", "xlsx", "--out", tmp()], {
      encoding: "utf8",
    });
    expect(fmt.status).toBe(2);
    expect(fmt.stderr).toContain("unknown format(s) xlsx; choose from csv, json, parquet;");
    const lang = spawnSync(process.execPath, [cli, "--lang", "fr", "--out", tmp()], {
      encoding: "utf8",
    });
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('unknown language "fr"');
  });
});
