import { describe, expect, test } from "vitest";
import { indicatorAcrossCitiesSpec, lineUp, loadCorpus, planOutcomePlot } from "../../src/index.js";
import { chartBundle, plotBundle, tableBundle } from "../../src/notebook/display.js";
import { ROOT } from "../helpers/corpus.js";

const corpus = loadCorpus({ seedsDir: `${ROOT}seeds` });

describe("tableBundle", () => {
  // Weihai's 2023–2025 plan states no upper-secondary enrolment rate: value and year are missing.
  const t = lineUp(corpus, "upper_secondary_gross_enrolment_rate").select(
    "city_en",
    "status",
    "value",
    "target_year",
  );

  test("tableBundle(lineUp(…)) shows Weihai's missing value and year as empty cells, in HTML and text", () => {
    const bundle = tableBundle(t);
    const html = bundle["text/html"] as string;
    const text = bundle["text/plain"] as string;
    expect(html).not.toContain("null");
    expect(text).not.toContain("null");
    expect(html).toContain(
      '<td style="text-align: left;">not addressed</td><td style="text-align: right;"></td><td style="text-align: right;"></td>',
    );
    expect(text.split("\n")).toEqual([
      "|city_en|status|value|target_year|",
      "|:-|:-|-:|-:|",
      "|Weihai|not addressed|||",
      "|Guigang|numeric target|93|2023|",
      "|Yantai|numeric target|100|2025|",
      "",
    ]);
  });

  test("tableBundle(table) formats numbers as arquero does: the decimals the column needs", () => {
    const text = tableBundle(t.derive({ value: (d) => d.value / 8 }))["text/plain"] as string;
    expect(text).toContain("|Guigang|numeric target|11.625|2023|");
    expect(text).toContain("|Yantai|numeric target|12.500|2025|");
  });

  test("tableBundle(table, { limit: 2 }) says how many rows are left out", () => {
    const bundle = tableBundle(t, { limit: 2 });
    expect(bundle["text/plain"]).toMatch(/\n… 1 more rows$/);
    expect(bundle["text/html"]).toMatch(/<p>… 1 more rows<\/p>$/);
  });
});

describe("chartBundle and plotBundle", () => {
  test("chartBundle(spec) keeps the vega-lite spec beside an SVG that carries its own font, and the title as text", async () => {
    const spec = indicatorAcrossCitiesSpec(corpus, {
      indicator: "preschool_gross_enrolment_rate",
      lang: "zh",
    });
    const bundle = await chartBundle(spec);
    expect(Object.keys(bundle)).toEqual([
      "application/vnd.vegalite.v5+json",
      "image/svg+xml",
      "text/plain",
    ]);
    expect(bundle["application/vnd.vegalite.v5+json"]).toBe(spec);
    expect(bundle["image/svg+xml"]).toMatch(
      /^<svg[^>]*><defs><style>@font-face\{font-family:"NotoSansSC-[0-9a-f]{10}"/,
    );
    expect(bundle["text/plain"]).toBe("[chart] 学前教育毛入园率:各市目标");
  });

  test("plotBundle(figure) shows a self-contained SVG and the title", () => {
    const bundle = plotBundle(planOutcomePlot(corpus, { lang: "en" }));
    expect(bundle["image/svg+xml"]).toContain("@font-face");
    expect(bundle["text/plain"]).toBe("[chart] Weihai: planned targets versus the 2022 evaluation");
  });
});
