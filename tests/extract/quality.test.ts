import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildAll, extractCorpus, message, SeedError } from "../../src/index.js";

/** A folder with one document whose body is page furniture (a list of publication dates). */
function furnitureFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "edu-quality-"));
  const lines = Array.from({ length: 30 }, (_, i) => `发布时间:${2000 + i} 阅读次数:${100 + i}`);
  writeFileSync(join(dir, "page.txt"), `${lines.join("\n")}\n到2025年,学前三年毛入园率达到98%。\n`);
  writeFileSync(
    join(dir, "metadata.json"),
    JSON.stringify([
      {
        doc_id: "page",
        source_file: "page.txt",
        city: "样例",
        city_en: "Sample",
        province: "样例省",
        province_en: "Sample",
        title: "样例市教育工作要点",
        issuer: "样例市教育局",
        issued: "2023-01-01",
        period_start: 2023,
        period_end: 2025,
        doc_type: "plan",
      },
    ]),
  );
  return dir;
}

describe("quality report", () => {
  test("the seeds are read without warnings, and most of each document's figures become rows", () => {
    const { quality } = extractCorpus();
    expect(quality.map((q) => q.warning)).toEqual(["", "", "", "", ""]);
    for (const q of quality) expect(q.figures).toBeGreaterThan(0.2 * q.tokens);
  });

  test("a document that loses most of its numbers to page furniture gets a warning naming why", () => {
    const { quality } = extractCorpus({ seedsDir: furnitureFolder() });
    expect(quality[0]!.furniture).toBeGreaterThan(50);
    expect(quality[0]!.warning).toMatch(/went to page furniture/);
  });

  test("--strict turns the warning into a failure and writes nothing", async () => {
    const dir = furnitureFolder();
    const out = join(dir, "out");
    const run = buildAll({ seedsDir: dir, outDir: out, tablesOnly: true, strict: true });
    await expect(run).rejects.toThrow(SeedError);
    await expect(run).rejects.toThrow(/--strict: 1 document\(s\) look badly read/);
    expect(message.strictWarnings(["a"])).toContain("nothing was written");
  });
});
