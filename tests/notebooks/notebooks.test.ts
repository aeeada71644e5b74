import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { EXPECTED, FILES, NOTEBOOKS } from "./expected.js";

// Running them is the Notebook UI test's job (notebook-ui.test.ts): here, how they are committed.
describe("notebooks", () => {
  test("every notebook has its expected outputs listed in tests/notebooks/expected.ts", () => {
    expect(FILES.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  for (const file of FILES) {
    test(`${file} is committed without outputs, execution counts or machine paths, for the tslab kernel`, () => {
      const text = readFileSync(join(NOTEBOOKS, file), "utf8");
      const nb = JSON.parse(text) as {
        metadata: { kernelspec?: { name?: string } };
        cells: { cell_type: string; outputs?: unknown[]; execution_count?: unknown }[];
      };
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        expect(cell.outputs).toEqual([]);
        expect(cell.execution_count).toBeNull();
      }
      expect(nb.metadata.kernelspec?.name).toBe("tslab");
      expect(text).not.toMatch(/\/work\/|\/home\/|\/root\/|\/tmp\//);
    });
  }
});
