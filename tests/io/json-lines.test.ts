import { describe, expect, test } from "vitest";
import { jsonLines, toJson } from "../../src/index.js";

describe("rows as JSON lines", () => {
  test("keys in the columns' order, only those, whatever the row's own order", () => {
    expect(jsonLines([{ b: "乙", extra: 1, a: 2 }], ["a", "b"])).toBe('{"a":2,"b":"乙"}');
  });

  test("a missing value, undefined, NaN and Infinity are null", () => {
    expect(jsonLines([{ a: undefined, b: Number.NaN }, { a: Infinity }], ["a", "b"])).toBe(
      '{"a":null,"b":null},\n{"a":null,"b":null}',
    );
  });

  test("a nested value is written whole, not filtered by the column list", () => {
    expect(jsonLines([{ a: { a: 1, z: 2 }, b: [1, "二"] }], ["a", "b"])).toBe(
      '{"a":{"a":1,"z":2},"b":[1,"二"]}',
    );
  });

  test("quotes, backslashes and line breaks in text are escaped", () => {
    const text = '他说"达到"\\\n100%';
    expect(JSON.parse(toJson([{ q: text }], ["q"]))).toEqual([{ q: text }]);
  });
});
