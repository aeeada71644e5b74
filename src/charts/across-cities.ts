// The same indicator across cities: each city's headline target as a bar, with its year; a city without a number says what its documents do say.
// The vega-lite specification and, where there is one, its Observable Plot twin.
import {
  cityName,
  cityScale,
  documentsOf,
  frame,
  usedDocs,
  valueLabel,
  WORDS,
  langOf,
  yearLabel,
  type ChartOptions,
  type Row,
} from "./frame.js";
import type { TopLevelSpec } from "vega-lite";
import type { Field } from "vega-lite/build/src/channeldef.js";
import type { Encoding } from "vega-lite/build/src/encoding.js";
import type { NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { lineUp, STATUS } from "../compare/line-up.js";
import { catalogue, checkIndicators, rowsOf, type CompareInput } from "../compare/rows.js";
import { indicatorById } from "../rules/indicators.js";
import { sourceLine } from "./theme.js";
import { colour, loadPlot, type PlotFigure } from "./plot-render.js";

/**
 * One indicator across cities: each city's headline target and its target year; cities with a
 * numberless commitment or no mention say so instead of showing an empty bar.
 * @param input The `targets` and `documents` tables.
 * @param options `indicator` (required) and the common chart options.
 * @returns A vega-lite specification.
 * @example indicatorAcrossCitiesSpec(corpus, { indicator: "preschool_gross_enrolment_rate", lang: "zh" })
 */
export function indicatorAcrossCitiesSpec(
  input: CompareInput,
  options: ChartOptions & { indicator: string },
): TopLevelSpec {
  const lang = langOf(options);
  const w = WORDS[lang];
  const { cities } = catalogue(input.documents);
  const rows = rowsOf<Row>(lineUp(input, options.indicator)).map((r) => ({
    ...r,
    cityLabel: cityName(r as { city: string; city_en: string }, lang),
    bar: r.value,
    label:
      r.status === STATUS.NUMERIC
        ? `${valueLabel(r as never, lang)}${yearLabel(r.target_year, lang)}`
        : r.status === STATUS.COMMITMENT
          ? w.noNumber
          : r.status === STATUS.RELATED
            ? w.related
            : w.notAddressed,
  }));
  const ind = indicatorById(options.indicator)!;
  const name = lang === "zh" ? ind.zh : ind.en;
  const unit =
    ind.unit === "%"
      ? " (%)"
      : ind.unit === "个百分点"
        ? lang === "zh"
          ? "(个百分点)"
          : " (percentage points)"
        : "";
  const y: Encoding<Field>["y"] = {
    field: "cityLabel",
    type: "nominal",
    sort: cities.map((c) => cityName(c, lang)),
    title: null,
  };
  const view: NonNormalizedSpec = {
    width: options.width ?? 520,
    height: { step: 38 },
    data: { values: rows },
    encoding: { y },
    layer: [
      {
        mark: { type: "bar", height: 22 },
        encoding: {
          x: { field: "bar", type: "quantitative", title: `${name}${unit}`, scale: { zero: true } },
          color: {
            field: "cityLabel",
            type: "nominal",
            scale: cityScale(cities, lang),
            legend: null,
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 5, fontSize: 11, color: "#222" },
        encoding: { x: { datum: 0, type: "quantitative" }, text: { field: "label" } },
        transform: [{ filter: "datum.bar == null" }],
      },
      {
        mark: { type: "text", align: "left", dx: 5, fontSize: 11, color: "#222" },
        encoding: { x: { field: "bar", type: "quantitative" }, text: { field: "label" } },
        transform: [{ filter: "datum.bar != null" }],
      },
    ],
  };
  const title =
    options.title ?? (lang === "zh" ? `${ind.zh}:各市目标` : `${ind.en}: targets by city`);
  return frame(
    view,
    {
      text: title,
      subtitle:
        lang === "zh"
          ? "目标年份见括号;基期与口径差异见比较表"
          : "Target year after each value; see the line-up table for baselines and definitions",
    },
    usedDocs(
      documentsOf(input),
      rows.map((r) => (r as Row).doc_id as string),
    ),
    lang,
  );
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
