import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  baselineTargetPlot,
  baselineTargetSpec,
  compileSpec,
  indicatorAcrossCitiesPlot,
  indicatorAcrossCitiesSpec,
  loadCorpus,
  milestoneTimelinePlot,
  milestoneTimelineSpec,
  myopiaGoalsSpec,
  outlineText,
  planOutcomePlot,
  planOutcomeSpec,
  renderPlotSvg,
  renderSvg,
  svgToPng,
  teacherQualificationPlot,
  teacherQualificationSpec,
  type Lang,
} from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";
import { matchSnapshot } from "../helpers/snapshot.js";

const corpus = loadCorpus({ seedsDir: `${ROOT}seeds` });
const SNAP = join(ROOT, "tests", "charts", "__snapshots__");

const builders = {
  "preschool-across-cities": (lang: Lang) =>
    indicatorAcrossCitiesSpec(corpus, { indicator: "preschool_gross_enrolment_rate", lang }),
  "baseline-target": (lang: Lang) => baselineTargetSpec(corpus, { lang }),
  milestones: (lang: Lang) => milestoneTimelineSpec(corpus, { lang }),
  myopia: (lang: Lang) => myopiaGoalsSpec(corpus, { lang }),
  teachers: (lang: Lang) => teacherQualificationSpec(corpus, { lang }),
  "plan-outcome": (lang: Lang) => planOutcomeSpec(corpus, { lang }),
};

/** Rounds coordinates and drops generated ids, so SVG snapshots compare structure and text. */
function normalise(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/id="[^"]*"/g, 'id=""')
    .replace(/url\(#[^)]*\)/g, "url(#)")
    .replace(/></g, ">\n<");
}

describe("vega-lite chart specs", () => {
  for (const [name, build] of Object.entries(builders)) {
    for (const lang of ["en", "zh"] as const) {
      test(`${name} (${lang}) compiles without vega-lite warnings and matches its committed spec`, async () => {
        const spec = build(lang);
        expect(compileSpec(spec).warnings).toEqual([]);
        matchSnapshot(`${JSON.stringify(spec, null, 2)}\n`, join(SNAP, `${name}-${lang}.vl.json`));
      });
    }
  }

  test("the across-cities chart shows each city's value and target year (en)", async () => {
    const svg = await renderSvg(builders["preschool-across-cities"]("en"));
    for (const label of [
      "Weihai",
      "Guigang",
      "Yantai",
      "≥110% by 2025",
      "≥92.4% by 2023",
      "100% by 2025",
      "Source: Weihai",
    ])
      expect(svg).toContain(label);
  });

  test("the myopia chart names Guigang's numberless commitment (zh)", async () => {
    const svg = await renderSvg(builders.myopia("zh"));
    for (const label of [
      "贵港",
      "有表述, 无量化目标: 努力降低学生近视率",
      "≤38%(2030年)",
      "≈3%(2030年)",
      "资料来源",
    ])
      expect(svg).toContain(label);
  });

  test("the plan-versus-outcome chart shows Lingang below 50 % against the 67 % target (en)", async () => {
    const svg = await renderSvg(builders["plan-outcome"]("en"));
    expect(svg).toContain("&lt;50% (2022)");
    expect(svg).toContain("planned target ≥67% by 2025");
  });

  test("SVG snapshots (bundled font metrics, normalised) match", async () => {
    for (const name of ["preschool-across-cities", "myopia"] as const) {
      const svg = normalise(await renderSvg(builders[name]("zh")));
      matchSnapshot(svg, join(SNAP, `${name}-zh.svg`));
    }
  });

  test("an unknown indicator or an empty selection fails with what is available", () => {
    expect(() => indicatorAcrossCitiesSpec(corpus, { indicator: "nope" })).toThrow(
      /unknown indicator "nope". Available: preschool_gross_enrolment_rate/,
    );
    expect(() =>
      milestoneTimelineSpec(corpus, { indicators: ["compulsory_retention_rate"] }),
    ).toThrow(/no rows for staged milestones. Available:/);
  });
});

const plots = {
  "preschool-across-cities": (lang: Lang) =>
    indicatorAcrossCitiesPlot(corpus, { indicator: "preschool_gross_enrolment_rate", lang }),
  "baseline-target": (lang: Lang) => baselineTargetPlot(corpus, { lang }),
  milestones: (lang: Lang) => milestoneTimelinePlot(corpus, { lang }),
  "plan-outcome": (lang: Lang) => planOutcomePlot(corpus, { lang }),
  teachers: (lang: Lang) => teacherQualificationPlot(corpus, { lang }),
};

describe("Observable Plot figures", () => {
  for (const [name, build] of Object.entries(plots)) {
    for (const lang of ["en", "zh"] as const) {
      test(`${name} (${lang}) matches its committed SVG (normalised)`, () => {
        matchSnapshot(
          normalise(renderPlotSvg(build(lang))),
          join(SNAP, "plot", `${name}-${lang}.svg`),
        );
      });
    }
  }
});

test("a Plot figure with a legend keeps its plot and draws the legend as SVG (plan outcome, en)", () => {
  const svg = renderPlotSvg(plots["plan-outcome"]("en"));
  // The figure is as wide as its plot, not as a swatch, and names the verdicts it draws.
  expect(Number(/width="(\d+)"/.exec(svg)![1])).toBeGreaterThan(600);
  expect(svg).toContain("already exceeded at baseline");
  expect(svg).toContain("not comparable: district against city-wide");
  expect(svg).toContain("&lt;50% (2022)");
});

describe("PNG export", () => {
  test("svgToPng draws the Chinese labels with the bundled font (text pixels present)", () => {
    const withText =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="white"/><text x="4" y="28" font-size="24" fill="black">毛入园率</text></svg>';
    const outlined = outlineText(withText);
    expect(outlined).not.toContain("<text");
    expect(outlined).toMatch(/<path d="M/);
    const pixels = new Resvg(outlined, { font: { loadSystemFonts: false } }).render().pixels;
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) dark++;
    expect(dark).toBeGreaterThan(150);
  });

  test("a chart renders to a PNG at the chosen scale", async () => {
    const svg = await renderSvg(builders["preschool-across-cities"]("zh"));
    const png = svgToPng(svg, { scale: 2 });
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(width * 2);
    mkdirSync(join(ROOT, "tests", "output"), { recursive: true });
    writeFileSync(join(ROOT, "tests", "output", "preschool-across-cities-zh.png"), png);
  });
});

describe("Observable Plot figures", () => {
  test("Plot figures render to standalone SVG with title and source inside", () => {
    const figures = [
      indicatorAcrossCitiesPlot(corpus, {
        indicator: "preschool_gross_enrolment_rate",
        lang: "zh",
      }),
      baselineTargetPlot(corpus, { indicators: ["public_kindergarten_enrolment_share"] }),
      milestoneTimelinePlot(corpus),
      planOutcomePlot(corpus),
    ];
    const svgs = figures.map(renderPlotSvg);
    for (const [i, svg] of svgs.entries()) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain(figures[i]!.title.replace(/'/g, "&#39;"));
      expect(svg).toMatch(/资料来源|Source/);
    }
    expect(svgs[0]).toContain("≥110%(2025年)");
    expect(svgs[1]).toContain("Yantai 41.17");
  });
});
