// Teacher qualification targets: each share from baseline to target, city by city.
// The vega-lite specification and, where there is one, its Observable Plot twin.
import {
  cityName,
  cityScale,
  documentsOf,
  frame,
  indicatorName,
  usedDocs,
  valueLabel,
  WORDS,
  langOf,
  yearLabel,
  type ChartOptions,
  type Row,
} from "./frame.js";
import { ASSESSMENT, assessmentLabel } from "../compare/verdicts.js";
import type { TopLevelSpec } from "vega-lite";
import type { Field } from "vega-lite/build/src/channeldef.js";
import type { LayerSpec, NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { lineUp, PROGRESS, STATUS } from "../compare/line-up.js";
import { colour, loadPlot, type PlotFigure } from "./plot-render.js";
import { sourceLine } from "./theme.js";
import { catalogue, rowsOf, type CompareInput } from "../compare/rows.js";

const TEACHER_SHARES = [
  "compulsory_teacher_bachelor_share",
  "kindergarten_teacher_certified_rate",
  "kindergarten_teacher_ece_graduate_share",
  "kindergarten_teacher_college_share",
  "upper_secondary_teacher_master_share",
  "vocational_dual_qualified_teacher_share",
];

/** What both renderers draw: one point per city and share, the cities without any, the words. */
function teacherData(input: CompareInput, options: ChartOptions) {
  const lang = langOf(options);
  const { cities } = catalogue(input.documents);
  const all = rowsOf<Row>(lineUp(input, TEACHER_SHARES));
  const lined = all.filter((r) => r.status === STATUS.NUMERIC);
  const values = lined.map((r) => ({
    cityLabel: cityName(r as never, lang),
    indicatorLabel: indicatorName(r.indicator_id as string, r.indicator_zh as string, lang),
    value: r.value,
    // A baseline already past the target is said in words, not drawn as a line running back.
    baseline: r.progress === PROGRESS.EXCEEDED_AT_BASELINE ? null : r.baseline_value,
    label: `${valueLabel(r as never, lang)}${yearLabel(r.target_year, lang)}${
      r.progress === PROGRESS.EXCEEDED_AT_BASELINE
        ? ` (${assessmentLabel(ASSESSMENT.EXCEEDED_AT_BASELINE, lang)}: ${r.baseline_value}%, ${r.baseline_year})`
        : ""
    }`,
    doc_id: r.doc_id,
  }));
  const silent = cities
    .filter((c) => !lined.some((r) => r.city === c.city))
    .map((c) => cityName(c, lang));
  const subtitle =
    (lang === "zh"
      ? "空心点:基期或更早的实际值;实心点:目标。"
      : "Open: baseline or earlier actual; filled: target. ") +
    (silent.length
      ? lang === "zh"
        ? `${silent.join("、")}未设教师学历目标。`
        : `${silent.join(", ")}: no teacher-qualification targets.`
      : "");
  const title =
    options.title ?? (lang === "zh" ? "教师队伍:学历与资格目标" : "Teacher qualification targets");
  const order = TEACHER_SHARES.map((id) => indicatorName(id, "", lang));
  const docs = usedDocs(
    documentsOf(input),
    values.map((r) => r.doc_id as string),
  );
  return { lang, cities, values, title, subtitle, order, docs };
}

/**
 * Teacher-qualification targets by city: baseline (open) to target (filled) for each share.
 * @param input The `targets` and `documents` tables.
 * @param options The common chart options.
 * @returns A vega-lite specification.
 * @example teacherQualificationSpec(corpus, { lang: "en" })
 */
export function teacherQualificationSpec(
  input: CompareInput,
  options: ChartOptions = {},
): TopLevelSpec {
  const { lang, cities, values, title, subtitle, order, docs } = teacherData(input, options);
  const w = WORDS[lang];
  const enc: LayerSpec<Field>["encoding"] = {
    y: {
      field: "indicatorLabel",
      type: "nominal",
      title: null,
      sort: order,
      axis: { labelLimit: 300 },
    },
    yOffset: { field: "cityLabel", type: "nominal", sort: cities.map((c) => cityName(c, lang)) },
    color: {
      field: "cityLabel",
      type: "nominal",
      title: null,
      scale: cityScale(
        cities,
        lang,
        values.map((v) => v.cityLabel),
      ),
    },
  };
  const view: NonNormalizedSpec = {
    width: options.width ?? 420,
    height: { step: 26 },
    data: { values },
    encoding: enc,
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2 },
        encoding: { x: { field: "baseline", type: "quantitative" }, x2: { field: "value" } },
        transform: [{ filter: "datum.baseline != null" }],
      },
      {
        mark: { type: "point", filled: false, size: 60, strokeWidth: 2 },
        encoding: { x: { field: "baseline", type: "quantitative" } },
        transform: [{ filter: "datum.baseline != null" }],
      },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          x: {
            field: "value",
            type: "quantitative",
            title: `${w.target} (%)`,
            scale: { domain: [50, 100] },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 8, fontSize: 10 },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
  return frame(view, { text: title, subtitle }, docs, lang);
}

/**
 * Observable Plot version of {@link teacherQualificationSpec}.
 * @param input The `targets` and `documents` tables.
 * @param options The common chart options.
 * @returns A {@link PlotFigure}.
 * @example renderPlotSvg(teacherQualificationPlot(corpus, { lang: "zh" }))
 */
export function teacherQualificationPlot(
  input: CompareInput,
  options: ChartOptions = {},
): PlotFigure {
  const Plot = loadPlot();
  const { lang, values, title, subtitle, order, docs } = teacherData(input, options);
  const { domain, range } = colour(
    input,
    lang,
    values.map((v) => v.cityLabel),
  );
  const withBaseline = values.filter((v) => v.baseline !== null && v.baseline !== undefined);
  return {
    title,
    subtitle,
    source: sourceLine(docs, lang),
    legend: domain.map((label, i) => ({ label, color: range[i]! })),
    options: {
      width: options.width ?? 760,
      height: 60 + 30 * values.length + 24 * order.length,
      marginLeft: 120,
      marginRight: 330,
      x: { domain: [0, 100], label: `${WORDS[lang].target} (%)`, grid: true },
      y: { label: null },
      // Each share's name above its panel, so that long names and value labels do not meet.
      fy: { domain: order, label: null, axis: null, padding: 0.3 },
      marginTop: 30,
      color: { domain, range },
      marks: [
        Plot.text(order, {
          fy: (d: string) => d,
          text: (d: string) => d,
          frameAnchor: "top-left",
          dx: -110,
          dy: -18,
          fontWeight: 700,
          fontSize: 11,
        }),
        Plot.link(withBaseline, {
          x1: "baseline",
          x2: "value",
          y1: "cityLabel",
          y2: "cityLabel",
          fy: "indicatorLabel",
          stroke: "cityLabel",
          strokeWidth: 2,
        }),
        Plot.dot(withBaseline, {
          x: "baseline",
          y: "cityLabel",
          fy: "indicatorLabel",
          stroke: "cityLabel",
          r: 5,
        }),
        Plot.dot(values, {
          x: "value",
          y: "cityLabel",
          fy: "indicatorLabel",
          fill: "cityLabel",
          r: 5,
        }),
        Plot.text(values, {
          x: "value",
          y: "cityLabel",
          fy: "indicatorLabel",
          text: "label",
          dx: 10,
          textAnchor: "start",
          fill: "cityLabel",
          fontSize: 10,
        }),
      ],
    },
  };
}
