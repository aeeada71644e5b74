import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildAll, ChartError, indicatorAcrossCitiesSpec, NoDataError } from "../../src/index.js";

const out = () => mkdtempSync(join(tmpdir(), "edu-build-all-"));

describe("buildAll and its charts", () => {
  test("a chart with nothing to draw is skipped and said; the others are drawn", async () => {
    const dir = out();
    const r = await buildAll({
      outDir: dir,
      langs: ["en"],
      charts: [
        {
          name: "preschool-enrolment",
          build: (input, lang) =>
            indicatorAcrossCitiesSpec(input, { indicator: "preschool_gross_enrolment_rate", lang }),
        },
        {
          name: "empty",
          build: () => {
            throw new NoDataError("no rows of nothing", "nothing");
          },
        },
      ],
    });
    expect(r.charts).toBe(1);
    expect(r.skipped).toEqual(["empty-en: no rows of nothing"]);
    expect(readdirSync(join(dir, "charts")).sort()).toEqual([
      "preschool-enrolment-en.png",
      "preschool-enrolment-en.svg",
      "preschool-enrolment-en.vl.json",
    ]);
  });

  test("a chart that fails for another reason fails the build, naming the chart, writing nothing", async () => {
    const dir = out();
    const run = buildAll({
      outDir: dir,
      langs: ["en"],
      charts: [
        {
          name: "broken",
          build: () => {
            throw new TypeError("cannot read properties of undefined");
          },
        },
      ],
    });
    await expect(run).rejects.toThrow(ChartError);
    await expect(run).rejects.toThrow(/chart broken-en failed: cannot read properties/);
    expect(existsSync(join(dir, "data"))).toBe(false);
  });
});
