import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { registerKernel, ROOT } from "./kernel.js";

const NOTEBOOKS = join(ROOT, "notebooks");
const OUTPUT = join(ROOT, "tests", "output", "notebooks");
const PYTHON = "/usr/bin/python3";

interface Summary {
  status: number;
  cells: { index: number; mimes: string[]; stderr: string }[];
}

/** What each notebook must show, by the mime types its outputs carry. */
const TABLE = "text/html";
const CHART = ["application/vnd.vegalite.v5+json", "image/svg+xml"];
const EXPECTED: Record<string, string[]> = {
  "01-tour.ipynb": [TABLE, "text/stdout"],
  "02-enrolment.ipynb": [TABLE, ...CHART],
  "03-teachers.ipynb": [TABLE, ...CHART],
  "04-myopia-health.ipynb": [TABLE, ...CHART],
  "05-weihai-plan-outcome.ipynb": [TABLE, ...CHART],
  "06-report-authors.ipynb": [...CHART, "image/png"],
  "07-classroom-exercises.ipynb": [TABLE],
};

const files = readdirSync(NOTEBOOKS).filter((f) => f.endsWith(".ipynb")).sort();

describe("notebooks", () => {
  test("every notebook has its expected outputs listed in this test", () => {
    expect(files.filter((f) => !(f in EXPECTED))).toEqual([]);
  });

  for (const file of files) {
    test(`${file} is committed without outputs, execution counts or machine paths`, () => {
      const text = readFileSync(join(NOTEBOOKS, file), "utf8");
      const nb = JSON.parse(text) as { cells: { cell_type: string; outputs?: unknown[]; execution_count?: unknown }[] };
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        expect(cell.outputs).toEqual([]);
        expect(cell.execution_count).toBeNull();
      }
      expect(text).not.toMatch(/\/work\/|\/home\/|\/root\/|\/tmp\//);
    });

    test(`${file} runs top to bottom in a fresh tslab kernel`, () => {
      expect(existsSync(PYTHON), "Debian's python3 with Jupyter is missing: run tests/setup-system.sh").toBe(true);
      mkdirSync(OUTPUT, { recursive: true });
      const run = spawnSync(PYTHON, [join(ROOT, "tests", "notebooks", "run_notebook.py"), file, join(OUTPUT, file)], {
        cwd: NOTEBOOKS,
        env: registerKernel(),
        encoding: "utf8",
        timeout: 600_000,
      });
      expect(run.status, `${file} failed:\n${run.stderr}`).toBe(0);
      const summary = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Summary;
      const mimes = new Set(summary.cells.flatMap((c) => c.mimes));
      for (const mime of EXPECTED[file] ?? []) expect(mimes, `${file} shows no ${mime} output`).toContain(mime);
    }, 600_000);
  }
});
