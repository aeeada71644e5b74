// Staged milestones: one line per indicator a sentence sets for several years.
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
import { milestoneSeries } from "../compare/milestones.js";
import { catalogue, rowsOf, type CompareInput } from "../compare/rows.js";
import { INDICATORS } from "../rules/indicators.js";
import { sourceLine } from "./theme.js";
import { loadPlot, type PlotFigure } from "./plot-render.js";

/**
 * Staged milestones: one line per series (an indicator a sentence sets for several years).
 * @param input The `targets` and `documents` tables.
 * @param options `indicators` to keep (default: all series) and the common chart options.
 * @returns A vega-lite specification.
 * @example milestoneTimelineSpec(corpus, { lang: "zh" })
 */
export function milestoneTimelineSpec(
  input: CompareInput,
  options: ChartOptions & { indicators?: readonly string[] } = {},
): TopLevelSpec {
  const lang = langOf(options);
  const w = WORDS[lang];
  const series = rowsOf<Row>(milestoneSeries(input, options.indicators));
  requireRows(
    series,
    "staged milestones",
    INDICATORS.map((i) => i.id),
  );
  const { cities } = catalogue(input.documents);
  const values = series.map((r) => {
    const city = cities.find((c) => c.city === r.city)!;
    const { row_id: _rowId, ...rest } = r;
    return {
      ...rest,
      cityLabel: cityName(city, lang),
      seriesLabel: `${cityName(city, lang)} · ${indicatorName(r.indicator_id as string, r.indicator_zh as string, lang)}`,
      label: valueLabel(r as never, lang),
    };
  });
  const view: NonNormalizedSpec = {
    data: { values },
    facet: {
      field: "seriesLabel",
      type: "nominal",
      title: null,
      header: { labelFontWeight: 700, labelLimit: 320 },
    },
    columns: 2,
    resolve: { axis: { x: "independent" } },
    spec: {
      width: options.width ?? 260,
      height: 150,
      encoding: {
        x: { field: "year", type: "ordinal", title: w.year, axis: { labelAngle: 0 } },
        y: {
          field: "value",
          type: "quantitative",
          title: `${w.target} (%)`,
          scale: { domain: [0, 100] },
        },
        color: {
          field: "cityLabel",
          type: "nominal",
          title: null,
          scale: cityScale(cities, lang),
          legend: null,
        },
      },
      layer: [
        { mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 50 } } },
        { mark: { type: "text", dy: -11, fontSize: 10 }, encoding: { text: { field: "label" } } },
      ],
    },
  };
  const title =
    options.title ??
    (lang === "zh" ? "分年度目标:逐年推进的里程碑" : "Staged milestones, year by year");
  return frame(
    view,
    { text: title },
    usedDocs(
      documentsOf(input),
      values.map((r) => (r as Row).doc_id as string),
    ),
    lang,
  );
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
