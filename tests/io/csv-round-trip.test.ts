import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { COMPARATOR } from "../../src/schema/vocab.js";

// The committed data/ tables, read back with a standard CSV parser (d3-dsv) and compared cell by
// cell with the JSON of the same table.
const DATA = join(import.meta.dirname, "..", "..", "data");
const tables = readdirSync(DATA)
  .filter((f) => f.endsWith(".csv"))
  .map((f) => f.slice(0, -4));

/** What a JSON value must read as in the CSV: empty for null, the text of a number or string. */
function expectedCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v);
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe("CSV and JSON hold the same tables", () => {
  it("finds every table of data/ in both formats", () => {
    expect(tables).toEqual(
      expect.arrayContaining(["targets", "documents", "mentions", "indicators", "quality"]),
    );
  });

  for (const name of tables) {
    it(`${name}.csv equals ${name}.json column for column`, () => {
      const csvText = readFileSync(join(DATA, `${name}.csv`), "utf8");
      expect(csvText.charCodeAt(0)).toBe(0xfeff);
      const csv = csvParse(csvText.slice(1));
      const json = JSON.parse(readFileSync(join(DATA, `${name}.json`), "utf8")) as Record<
        string,
        unknown
      >[];
      expect(csv.length).toBe(json.length);
      if (json.length > 0) expect(csv.columns).toEqual(Object.keys(json[0]!));
      const guarded: string[] = [];
      json.forEach((row, i) => {
        for (const col of csv.columns) {
          const want = expectedCell(row[col]);
          const got = csv[i]![col];
          // Free text a spreadsheet would run as a formula keeps its leading apostrophe in CSV.
          if (typeof row[col] === "string" && FORMULA_START.test(want)) {
            guarded.push(col);
            expect(got).toBe(`'${want}`);
          } else expect(got, `${name} row ${i + 1} column ${col}`).toBe(want);
        }
      });
      // The toolkit's own vocabularies never need the guard: only free-text columns may.
      for (const col of guarded)
        expect(["comparator", "kind", "level", "unit", "unit_en", "year_source"]).not.toContain(
          col,
        );
    });
  }

  it("writes comparators as words no spreadsheet reads as a formula", () => {
    for (const c of Object.values(COMPARATOR)) expect(c).toMatch(/^[a-z_]+$/);
    const csv = csvParse(readFileSync(join(DATA, "targets.csv"), "utf8").slice(1));
    const seen = new Set(csv.map((r) => r.comparator));
    // 毛入园率达到110% and the like: the seeds state minimums, so at_least is among the values.
    expect(seen.has("at_least")).toBe(true);
    for (const c of seen) if (c !== "") expect(Object.values(COMPARATOR)).toContain(c);
  });
});
