import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { NUMERIC_STORAGE, storageOf } from "../../src/schema/storage.js";
import { TABLES } from "../../src/schema/tables.js";
import { ROOT } from "../helpers/corpus.js";

// The committed JSON tables say which columns hold numbers: each such column must be stored as a
// number, each text column as text, and whole-number columns must hold whole numbers only.
describe("column storage in typed formats", () => {
  test.each(Object.keys(TABLES))(
    "%s: numbers in data/*.json are exactly the columns stored as numbers",
    (table) => {
      const rows = JSON.parse(readFileSync(join(ROOT, "data", `${table}.json`), "utf8")) as Record<
        string,
        unknown
      >[];
      for (const column of TABLES[table as keyof typeof TABLES].columns.map((c) => c.name)) {
        const values = rows.map((r) => r[column]).filter((v) => v !== null);
        const storage = storageOf(table, column);
        if (storage === "utf8")
          expect(
            values.every((v) => typeof v === "string"),
            `${table}.${column}`,
          ).toBe(true);
        else
          expect(
            values.every((v) => typeof v === "number"),
            `${table}.${column}`,
          ).toBe(true);
        if (storage === "int32")
          expect(values.every(Number.isInteger), `${table}.${column}`).toBe(true);
      }
    },
  );

  test('storageOf("targets", "value") is float64, year int32, quote utf8', () => {
    expect([
      storageOf("targets", "value"),
      storageOf("targets", "year"),
      storageOf("targets", "quote"),
    ]).toEqual(["float64", "int32", "utf8"]);
    expect(Object.keys(NUMERIC_STORAGE.indicators)).toEqual([]);
  });
});
