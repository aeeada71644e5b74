import { describe, expect, test } from "vitest";
import { plainRows, plainValue } from "../../src/query/plain-rows.js";

describe("plain values from DuckDB", () => {
  test("plainValue(42n) is 42; a BigInt past 2^53 keeps its digits", () => {
    expect(plainValue(42n)).toBe(42);
    expect(plainValue(2n ** 60n)).toBe("1152921504606846976");
    expect(plainValue(-(2n ** 53n))).toBe("-9007199254740992");
  });

  test("dates become ISO text; lists and structs are converted inside", () => {
    const day = new Date(Date.UTC(2022, 2, 19));
    expect(plainValue(day, true)).toBe("2022-03-19");
    expect(plainValue({ years: [2020n, 2025n], at: day })).toEqual({
      years: [2020, 2025],
      at: "2022-03-19T00:00:00.000Z",
    });
  });

  test("plainRows treats the DATE columns it is told of as days", () => {
    const issued = new Date(Date.UTC(2023, 11, 16));
    expect(plainRows([{ n: 3n, issued, value: 75, unit: "%" }], new Set(["issued"]))).toEqual([
      { n: 3, issued: "2023-12-16", value: 75, unit: "%" },
    ]);
  });
});
