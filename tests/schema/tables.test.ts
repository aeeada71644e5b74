import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus } from "../../src/load.js";
import { renderCodebook } from "../../src/schema/codebook.js";
import { TABLES, type TableDecl } from "../../src/schema/tables.js";
import { ROOT } from "../helpers/corpus.js";

// Each column is declared once (src/schema/tables.ts). These checks tie that declaration to what
// the extractor makes and what the files hold: a column added anywhere else fails here.
const namesOf = (table: string) =>
  (TABLES as Readonly<Record<string, TableDecl>>)[table]!.columns.map((c) => c.name);
const rows = extractCorpus({ seedsDir: join(ROOT, "seeds") });
const produced: Record<string, readonly object[]> = {
  documents: rows.documents,
  targets: rows.targets,
  mentions: rows.mentions,
  quality: rows.quality,
};

describe("the table declarations", () => {
  test.each(Object.keys(TABLES))("%s: unique names, each with a description", (name) => {
    const cols = (TABLES as Readonly<Record<string, TableDecl>>)[name]!.columns;
    expect(new Set(cols.map((c) => c.name)).size).toBe(cols.length);
    for (const c of cols) expect(c.description.length).toBeGreaterThan(3);
  });

  test.each(Object.keys(produced))(
    "%s: every row the extractor makes has exactly the declared columns",
    (name) => {
      const declared = [...namesOf(name)].sort();
      const list = produced[name]!;
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) expect(Object.keys(r).sort()).toEqual(declared);
    },
  );

  test.each(Object.keys(TABLES))("data/%s.csv has the declared columns in order", (name) => {
    const header = readFileSync(join(ROOT, "data", `${name}.csv`), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\n")[0];
    expect(header).toBe(namesOf(name).join(","));
  });

  test("the codebook lists every declared column of every table", () => {
    const md = renderCodebook();
    for (const [name, t] of Object.entries(TABLES)) {
      expect(md).toContain(`## ${name}`);
      for (const c of t.columns) expect(md).toContain(`| ${c.name} |`);
    }
    expect(readFileSync(join(ROOT, "data", "README.md"), "utf8")).toBe(md);
  });
});
