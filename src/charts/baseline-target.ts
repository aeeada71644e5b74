// From baseline to target: each city's starting point and goal for the indicators in percent.
// The vega-lite specification and, where there is one, its Observable Plot twin.
import {
  cityName,
  cityScale,
  documentsOf,
  frame,
  indicatorName,
  requireRows,
  usedDocs,
  valueLabel,
  WORDS,
  langOf,
  type ChartOptions,
  type Row,
} from "./frame.js";
import type { TopLevelSpec } from "vega-lite";
import type { NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { lineUp, PROGRESS } from "../compare/line-up.js";
import { catalogue, checkIndicators, rowsOf, type CompareInput } from "../compare/rows.js";
import { INDICATORS, isBroadIndicator } from "../rules/indicators.js";
import { sourceLine } from "./theme.js";
import { colour, loadPlot, type PlotFigure } from "./plot-render.js";

/**
 * Baseline → target slopes, one panel per indicator, for every city where a baseline is known.
 * @param input The `targets` and `documents` tables.
 * @param options `indicators` (default: all with a baseline) and the common chart options.
 * @returns A vega-lite specification.
 * @example baselineTargetSpec(corpus, { lang: "en" })
 */
export function baselineTargetSpec(
  input: CompareInput,
  options: ChartOptions & { indicators?: readonly string[] } = {},
): TopLevelSpec {
  const lang = langOf(options);
  const w = WORDS[lang];
  const { cities } = catalogue(input.documents);
  const ids = options.indicators
    ? checkIndicators(options.indicators)
    : INDICATORS.filter(
        (i) => (i.unit === "%" || i.unit === "ratio") && !isBroadIndicator(i.id),
      ).map((i) => i.id);
  const lined = rowsOf<Row>(lineUp(input, ids)).filter(
    (r) => r.baseline_value !== null && r.progress !== PROGRESS.EXCEEDED_AT_BASELINE,
  );
  requireRows(
    lined,
    `baselines of ${ids.join(", ")}`,
    INDICATORS.map((i) => i.id),
  );
  const points = lined.flatMap((r) => {
    const base = {
      cityLabel: cityName(r as never, lang),
      indicatorLabel: indicatorName(r.indicator_id as string, r.indicator_zh as string, lang),
      doc_id: r.doc_id,
    };
    return [
      {
        ...base,
        year: r.baseline_year,
        value: r.baseline_value,
        phase: r.baseline_kind === "actual" ? w.actual : w.baseline,
        label: `${r.baseline_value}`,
      },
      {
        ...base,
        year: r.target_year,
        value: r.value,
        phase: w.target,
        label: valueLabel(r as never, lang),
      },
    ];
  });
  const view: NonNormalizedSpec = {
    data: { values: points },
    facet: {
      field: "indicatorLabel",
      type: "nominal",
      title: null,
      header: { labelFontWeight: 700, labelLimit: 250 },
    },
    columns: 3,
    resolve: { scale: { y: "independent" }, axis: { x: "independent" } },
    spec: {
      width: 220,
      height: 160,
      layer: [
        { mark: { type: "line", strokeWidth: 2 }, encoding: { detail: { field: "cityLabel" } } },
        {
          mark: { type: "point", filled: true, size: 60 },
          encoding: { shape: { field: "phase", type: "nominal", title: null } },
        },
        { mark: { type: "text", dy: -10, fontSize: 10 }, encoding: { text: { field: "label" } } },
      ],
      encoding: {
        x: {
          field: "year",
          type: "quantitative",
          title: w.year,
          axis: { format: "d", tickMinStep: 1 },
          scale: { zero: false, padding: 12 },
        },
        y: {
          field: "value",
          type: "quantitative",
          title: null,
          scale: { zero: false, padding: 16 },
        },
        color: {
          field: "cityLabel",
          type: "nominal",
          title: null,
          scale: cityScale(
            cities,
            lang,
            points.map((p) => p.cityLabel),
          ),
        },
      },
    },
  };
  const title =
    options.title ??
    (lang === "zh" ? "从基期到目标:各市指标的起点与终点" : "From baseline to target");
  return frame(
    view,
    {
      text: title,
      subtitle:
        lang === "zh"
          ? "基期取规划表基期列, 无则取更早年份的评价实际值"
          : "Baseline: the plan's base-year column, else an earlier reported actual",
    },
    usedDocs(
      documentsOf(input),
      lined.map((r) => r.doc_id as string),
    ),
    lang,
  );
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
