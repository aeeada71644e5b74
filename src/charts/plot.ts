import { COMPARATOR } from "../schema/vocab.js";
import { assessmentLabel } from "../compare/verdicts.js";
import type * as PlotModule from "@observablehq/plot";
import type * as Linkedom from "linkedom";
import { lazy } from "../lazy.js";
import { lineUp, PROGRESS, STATUS } from "../compare/line-up.js";
import { milestoneSeries } from "../compare/milestones.js";
import { planVersusOutcome } from "../compare/plan-outcome.js";
import { catalogue, checkIndicators, rowsOf, type CompareInput } from "../compare/rows.js";
import { escapeXml } from "../io/escape.js";
import { INDICATORS, indicatorById, isBroadIndicator } from "../rules/indicators.js";
import {
  assessmentScale,
  citiesWithEvaluation,
  cityName,
  cityScale,
  documentsOf,
  indicatorName,
  planOutcomeTitle,
  requireRows,
  scopeLabel,
  usedDocs,
  valueLabel,
  WORDS,
  type ChartOptions,
} from "./frame.js";
import { FONT, sourceLine, type Lang } from "./theme.js";

const loadPlot = lazy<typeof PlotModule>("@observablehq/plot");
const linkedom = lazy<typeof Linkedom>("linkedom");

/** An Observable Plot figure before rendering: its options plus the title and source line drawn around it. */
export interface PlotFigure {
  options: PlotModule.PlotOptions;
  title: string;
  subtitle?: string;
  source: string;
}

type Row = Record<string, unknown>;
const langOf = (o: ChartOptions): Lang => o.lang ?? "en";

/**
 * Renders a Plot figure to standalone SVG in Node (linkedom as the DOM), with the title, subtitle
 * and source line drawn inside the SVG so that they survive export.
 * @param figure From one of the `…Plot` builders.
 * @returns SVG markup.
 * @example renderPlotSvg(indicatorAcrossCitiesPlot(corpus, { indicator: "compulsory_retention_rate" }))
 */
export function renderPlotSvg(figure: PlotFigure): string {
  const Plot = loadPlot();
  const { document } = linkedom().parseHTML("<!doctype html><html><body></body></html>");
  type Node = {
    outerHTML: string;
    tagName: string;
    getAttribute(n: string): string | null;
    querySelector(s: string): Node | null;
  };
  let node = Plot.plot({
    ...figure.options,
    document,
  } as PlotModule.PlotOptions) as unknown as Node;
  // With a legend Plot returns a <figure> (HTML legend + SVG): keep the plot's own SVG.
  if (node.tagName.toLowerCase() !== "svg")
    node = node.querySelector("svg:not([class*=swatch]) ") ?? node;
  const width = Number(node.getAttribute("width"));
  const height = Number(node.getAttribute("height"));
  const inner = node.outerHTML
    .replace(/font-family="[^"]*"/, `font-family="${FONT}"`)
    .replace(/^<svg /, '<svg x="0" y="0" ');
  const top = figure.subtitle ? 52 : 34;
  const sourceLines = figure.source.split(/; |;/);
  const bottom = 10 + 12 * sourceLines.length;
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 24}" height="${height + top + bottom + 12}" font-family="${FONT}" viewBox="0 0 ${width + 24} ${height + top + bottom + 12}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    text(12, 24, 16, 700, "#1a1a1a", figure.title),
    figure.subtitle ? text(12, 42, 11, 400, "#555", figure.subtitle) : "",
    `<g transform="translate(12,${top})">${inner}</g>`,
    ...sourceLines.map((l, i) =>
      text(12, top + height + 18 + 12 * i, 9, 400, "#666", i ? `  ${l}` : l),
    ),
    `</svg>`,
  ].join("");
}

function colour(input: CompareInput, lang: Lang, present?: Iterable<unknown>) {
  const { cities } = catalogue(input.documents);
  const s = cityScale(cities, lang, present);
  return { domain: s.domain, range: s.range };
}

/**
 * Observable Plot version of {@link indicatorAcrossCitiesSpec}.
 * @param input The `targets` and `documents` tables.
 * @param options `indicator` and the common chart options.
 * @returns A {@link PlotFigure}.
 * @example renderPlotSvg(indicatorAcrossCitiesPlot(corpus, { indicator: "preschool_gross_enrolment_rate" }))
 */
export function indicatorAcrossCitiesPlot(
  input: CompareInput,
  options: ChartOptions & { indicator: string },
): PlotFigure {
  const Plot = loadPlot();
  const lang = langOf(options);
  const w = WORDS[lang];
  const { domain, range } = colour(input, lang);
  const ind = indicatorById(checkIndicators([options.indicator])[0]!)!;
  const rows = rowsOf<Row>(lineUp(input, options.indicator)).map((r) => ({
    city: cityName(r as never, lang),
    value: r.value as number | null,
    label:
      r.status === STATUS.NUMERIC
        ? `${valueLabel(r as never, lang)}${lang === "zh" ? `(${r.target_year}年)` : ` by ${r.target_year}`}`
        : r.status === STATUS.COMMITMENT
          ? w.noNumber
          : r.status === STATUS.RELATED
            ? w.related
            : w.notAddressed,
    doc_id: r.doc_id as string | null,
  }));
  return {
    title: options.title ?? (lang === "zh" ? `${ind.zh}:各市目标` : `${ind.en}: targets by city`),
    source: sourceLine(
      usedDocs(
        documentsOf(input),
        rows.map((r) => r.doc_id),
      ),
      lang,
    ),
    options: {
      width: options.width ?? 640,
      height: 60 + 44 * rows.length,
      marginLeft: 90,
      marginRight: 150,
      x: { label: lang === "zh" ? ind.zh : ind.en, grid: true },
      y: { domain, label: null },
      color: { domain, range },
      marks: [
        Plot.barX(
          rows.filter((r) => r.value !== null),
          { x: "value", y: "city", fill: "city" },
        ),
        Plot.text(rows, {
          x: (d: { value: number | null }) => d.value ?? 0,
          y: "city",
          text: "label",
          textAnchor: "start",
          dx: 5,
          fontSize: 11,
        }),
        Plot.ruleX([0]),
      ],
    },
  };
}

/**
 * Observable Plot version of {@link baselineTargetSpec}: one panel per indicator.
 * @param input The `targets` and `documents` tables.
 * @param options `indicators` (default: those with a baseline, in percent) and the common options.
 * @returns A {@link PlotFigure}.
 * @example renderPlotSvg(baselineTargetPlot(corpus, { lang: "zh" }))
 */
export function baselineTargetPlot(
  input: CompareInput,
  options: ChartOptions & { indicators?: readonly string[] } = {},
): PlotFigure {
  const Plot = loadPlot();
  const lang = langOf(options);
  const ids = options.indicators
    ? checkIndicators(options.indicators)
    : INDICATORS.filter((i) => i.unit === "%" && !isBroadIndicator(i.id)).map((i) => i.id);
  const lined = rowsOf<Row>(lineUp(input, ids)).filter(
    (r) =>
      r.baseline_value !== null &&
      r.value !== r.baseline_value &&
      r.progress !== PROGRESS.EXCEEDED_AT_BASELINE,
  );
  requireRows(
    lined,
    `baselines of ${ids.join(", ")}`,
    INDICATORS.map((i) => i.id),
  );
  const points = lined.flatMap((r) => {
    const base = {
      city: cityName(r as never, lang),
      panel: indicatorName(r.indicator_id as string, r.indicator_zh as string, lang),
    };
    return [
      {
        ...base,
        year: r.baseline_year as number,
        value: r.baseline_value as number,
        label: String(r.baseline_value),
      },
      {
        ...base,
        year: r.target_year as number,
        value: r.value as number,
        label: valueLabel(r as never, lang),
      },
    ];
  });
  const { domain, range } = colour(
    input,
    lang,
    points.map((p) => p.city),
  );
  const panels = [...new Set(points.map((p) => p.panel))];
  return {
    title: options.title ?? (lang === "zh" ? "从基期到目标" : "From baseline to target"),
    subtitle:
      lang === "zh"
        ? "基期取规划表基期列, 无则取更早年份的评价实际值"
        : "Baseline: the plan's base-year column, else an earlier reported actual",
    source: sourceLine(
      usedDocs(
        documentsOf(input),
        lined.map((r) => r.doc_id as string),
      ),
      lang,
    ),
    options: {
      width: options.width ?? Math.max(480, 230 * panels.length),
      height: 260,
      marginTop: 30,
      fx: { label: null, domain: panels },
      x: {
        label: WORDS[lang].year,
        tickFormat: "d",
        ticks: [...new Set(points.map((p) => p.year))],
        inset: 16,
      },
      y: { label: "%", grid: true, inset: 14 },
      color: { domain, range },
      marks: [
        Plot.line(points, { fx: "panel", x: "year", y: "value", stroke: "city", strokeWidth: 2 }),
        Plot.dot(points, { fx: "panel", x: "year", y: "value", fill: "city", r: 4 }),
        Plot.text(points, {
          fx: "panel",
          x: "year",
          y: "value",
          text: (d: { city: string; label: string }) => `${d.city} ${d.label}`,
          dy: -10,
          fill: "city",
          fontSize: 10,
        }),
      ],
    },
  };
}

/**
 * Observable Plot version of {@link milestoneTimelineSpec}.
 * @param input The `targets` and `documents` tables.
 * @param options `indicators` to keep and the common chart options.
 * @returns A {@link PlotFigure}.
 * @example renderPlotSvg(milestoneTimelinePlot(corpus))
 */
export function milestoneTimelinePlot(
  input: CompareInput,
  options: ChartOptions & { indicators?: readonly string[] } = {},
): PlotFigure {
  const Plot = loadPlot();
  const lang = langOf(options);
  const series = rowsOf<Row>(milestoneSeries(input, options.indicators));
  requireRows(
    series,
    "staged milestones",
    INDICATORS.map((i) => i.id),
  );
  const values = series.map((r) => ({
    series: indicatorName(r.indicator_id as string, r.indicator_zh as string, lang),
    year: r.year as number,
    value: r.value as number,
    label: valueLabel(r as never, lang),
  }));
  return {
    title: options.title ?? (lang === "zh" ? "分年度目标" : "Staged milestones"),
    source: sourceLine(
      usedDocs(
        documentsOf(input),
        series.map((r) => r.doc_id as string),
      ),
      lang,
    ),
    options: {
      width: options.width ?? 220 * new Set(values.map((v) => v.series)).size + 60,
      height: 300,
      marginTop: 34,
      fx: { label: null },
      x: {
        label: WORDS[lang].year,
        tickFormat: "d",
        ticks: [...new Set(values.map((v) => v.year))],
        inset: 24,
      },
      y: { label: `${WORDS[lang].target} (%)`, domain: [0, 100], grid: true },
      marks: [
        Plot.line(values, {
          fx: "series",
          x: "year",
          y: "value",
          stroke: "#1f5fa8",
          strokeWidth: 2,
        }),
        Plot.dot(values, { fx: "series", x: "year", y: "value", fill: "#1f5fa8", r: 4 }),
        Plot.text(values, {
          fx: "series",
          x: "year",
          y: "value",
          text: "label",
          dy: -10,
          fill: "#1f5fa8",
          fontSize: 10,
        }),
      ],
    },
  };
}

/**
 * Observable Plot version of {@link planOutcomeSpec}.
 * @param input The `targets` and `documents` tables.
 * @param options `city` (default 威海) and the common chart options.
 * @returns A {@link PlotFigure}.
 * @example renderPlotSvg(planOutcomePlot(corpus, { lang: "zh" }))
 */
export function planOutcomePlot(
  input: CompareInput,
  options: ChartOptions & { city?: string } = {},
): PlotFigure {
  const Plot = loadPlot();
  const lang = langOf(options);
  const rows = rowsOf<Row>(
    planVersusOutcome(input, options.city ? { city: options.city } : {}),
  ).filter((r) => r.plan_value !== null && r.actual_value !== null && r.unit === "%");
  requireRows(rows, "plan-versus-outcome pairs in percent", citiesWithEvaluation(input));
  const values = rows.map((r) => ({
    row: `${indicatorName(r.indicator_id as string, r.indicator_zh as string, lang)} · ${scopeLabel(r.scope as string, r.scope_en as string, lang)}`,
    plan: r.plan_value as number,
    actual: r.actual_value as number,
    assessment: assessmentLabel(r.assessment as string, lang),
    symbol: r.actual_comparator === COMPARATOR.LT ? "triangle" : "circle",
    label: `${valueLabel({ comparator: r.actual_comparator as string, value: r.actual_value as number, unit: "%" }, lang)} (${r.actual_year})`,
  }));
  const docIds = rows.flatMap((r) => [
    r.plan_doc_id as string,
    (r.actual_row_id as string).split("@")[0]!,
  ]);
  const { title } = planOutcomeTitle(documentsOf(input), rows, lang);
  return {
    title: options.title ?? title,
    subtitle:
      lang === "zh"
        ? "竖线：规划目标；点：评价报告的实际值；三角：低于所示数值；灰色：范围或口径不同，不作判断"
        : "Tick: planned target; dot: actual reported; triangle: below the value shown; grey: not the same scope or definition, not judged",
    source: sourceLine(usedDocs(documentsOf(input), docIds), lang),
    options: {
      width: options.width ?? 720,
      height: 50 + 44 * values.length,
      marginLeft: 260,
      marginRight: 90,
      x: { domain: [0, 100], label: "%", grid: true },
      y: { label: null },
      color: {
        ...assessmentScale(
          rows.map((r) => r.assessment as string),
          lang,
        ),
        legend: true,
      },
      marks: [
        Plot.tickX(values, { x: "plan", y: "row", strokeWidth: 3, stroke: "#333" }),
        Plot.dot(values, { x: "actual", y: "row", symbol: "symbol", fill: "assessment", r: 6 }),
        Plot.text(values, { x: "actual", y: "row", text: "label", dy: -12, fontSize: 10 }),
      ],
    },
  };
}
