import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cite, loadCorpus, SelectionError, traceRow } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

// A folder of one's own: the fixture written for the tests, whose first sentence reads
// 到2025年,全市学前三年毛入园率达到98%以上,…
function ownFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "edu-trace-"));
  copyFileSync(join(ROOT, "tests", "fixtures", "sample-variants.txt"), join(dir, "v.txt"));
  const entry = {
    doc_id: "v",
    source_file: "v.txt",
    city: "样例",
    city_en: "Sample",
    province: "某省",
    province_en: "Some Province",
    title: "样例市“十四五”教育发展规划",
    issuer: "样例市教育局",
    issued: "2021-06-01",
    period_start: 2021,
    period_end: 2025,
    doc_type: "plan",
  };
  writeFileSync(join(dir, "metadata.json"), JSON.stringify({ documents: [entry] }));
  return dir;
}

describe("traceRow", () => {
  const corpus = loadCorpus({ seedsDir: ownFolder() });

  test("traces a row of a corpus loaded from another folder, from the texts it carries", () => {
    const row = corpus.targets.objects().find((r) => (r as { value: number }).value === 98) as {
      row_id: string;
    };
    const t = traceRow(corpus, row.row_id, { width: 10 });
    expect(t.source_file).toBe("v.txt");
    // The figure with the words that bound it, at the offsets of the file itself.
    expect(t.figure).toBe("98%以上");
    const raw = readFileSync(join(ROOT, "tests", "fixtures", "sample-variants.txt"), "utf8");
    expect(raw.slice(t.start, t.end)).toBe(t.figure);
    expect(t.before.endsWith("毛入园率达到")).toBe(true);
  });

  test("an unknown row is refused as a selection, not as a file", () => {
    expect(() => traceRow(corpus, "v@0")).toThrow(SelectionError);
  });

  test("cite names the issuer, title, date and file", () => {
    expect(cite(corpus.documents, "v")).toContain(
      "样例市教育局. 样例市“十四五”教育发展规划. 2021-06-01",
    );
  });
});
