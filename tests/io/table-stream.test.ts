import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { OutputBatch, TableStream, toCsv, toJson } from "../../src/index.js";

const COLUMNS = ["city", "value", "unit"];
const rows = [
  { city: "威海", value: 110, unit: "%" },
  { unit: "所", city: "烟台, 芝罘区", value: 5 }, // keys out of order, a comma to quote
  { city: "贵港", value: null },
];

function streamed(batches: object[][], formats: ("csv" | "json")[]) {
  const dir = mkdtempSync(join(tmpdir(), "edu-stream-"));
  const sink = new OutputBatch(dir);
  const table = new TableStream(sink, "t", COLUMNS, formats);
  for (const b of batches) table.writeRows(b);
  table.close();
  sink.commit();
  const read = (f: string) => readFileSync(join(dir, `t.${f}`), "utf8");
  return {
    csv: formats.includes("csv") ? read("csv") : "",
    json: formats.includes("json") ? read("json") : "",
    rows: table.rows,
  };
}

describe("a table written batch by batch", () => {
  test("has the bytes of the whole table written at once", () => {
    const s = streamed([[rows[0]!], [], [rows[1]!, rows[2]!]], ["csv", "json"]);
    expect(s.csv).toBe('\uFEFFcity,value,unit\n威海,110,%\n"烟台, 芝罘区",5,所\n贵港,,\n');
    expect(s.json).toBe(
      '[\n{"city":"威海","value":110,"unit":"%"},\n{"city":"烟台, 芝罘区","value":5,"unit":"所"},\n{"city":"贵港","value":null,"unit":null}\n]\n',
    );
    expect(s.csv).toBe(toCsv(rows, COLUMNS));
    expect(s.json).toBe(toJson(rows, COLUMNS));
    expect(s.rows).toBe(3);
  });

  test("with no rows at all, is a header or an empty array", () => {
    const s = streamed([[], []], ["csv", "json"]);
    expect(s.csv).toBe("\uFEFFcity,value,unit\n");
    expect(s.json).toBe("[\n\n]\n");
    expect(JSON.parse(s.json)).toEqual([]);
    expect([s.csv, s.json]).toEqual([toCsv([], COLUMNS), toJson([], COLUMNS)]);
  });

  test("text over the write buffer's size arrives whole", () => {
    const many = Array.from({ length: 40_000 }, (_, i) => ({
      city: `城市${i}`,
      value: i,
      unit: "个",
    }));
    const s = streamed([many.slice(0, 17_000), many.slice(17_000)], ["csv"]);
    expect(s.csv).toBe(toCsv(many, COLUMNS));
    expect(s.csv.length).toBeGreaterThan(1 << 19);
  });
});
