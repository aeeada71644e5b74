// Plan versus outcome: each planned target against the actual an evaluation reports.
// The vega-lite specification and, where there is one, its Observable Plot twin.
import {
  assessmentScale,
  citiesWithEvaluation,
  documentsOf,
  frame,
  indicatorName,
  planOutcomeTitle,
  requireRows,
  scopeLabel,
  usedDocs,
  valueLabel,
  WORDS,
  langOf,
  yearLabel,
  type ChartOptions,
  type Row,
} from "./frame.js";
import { COMPARATOR } from "../schema/vocab.js";
import { assessmentLabel } from "../compare/verdicts.js";
import type { TopLevelSpec } from "vega-lite";
import type { NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { planVersusOutcome } from "../compare/plan-outcome.js";
import { catalogue, rowsOf, type CompareInput } from "../compare/rows.js";
import { sourceLine } from "./theme.js";
import { loadPlot, type PlotFigure } from "./plot-render.js";

/**
 * Weihai plan versus outcome: each planned target (tick) against the actual its 2022 evaluation
 * reports (dot; a triangle pointing left for "below N"), city-wide and by district.
 * @param input The `targets` and `documents` tables.
 * @param options `city` (default 威海) and the common chart options.
 * @returns A vega-lite specification.
 * @example planOutcomeSpec(corpus, { lang: "zh" })
 */
export function planOutcomeSpec(
  input: CompareInput,
  options: ChartOptions & { city?: string } = {},
): TopLevelSpec {
  const lang = langOf(options);
  const w = WORDS[lang];
  const rows = rowsOf<Row>(
    planVersusOutcome(input, options.city ? { city: options.city } : {}),
  ).filter((r) => r.plan_value !== null && r.actual_value !== null && r.unit === "%");
  requireRows(rows, "plan-versus-outcome pairs in percent", citiesWithEvaluation(input));
  const { docs } = catalogue(input.documents);
  const values = rows.map((r) => {
    const scope = scopeLabel(r.scope as string, r.scope_en as string, lang);
    const plan = docs.get(r.plan_doc_id as string)!;
    return {
      row: `${indicatorName(r.indicator_id as string, r.indicator_zh as string, lang)} · ${scope}`,
      planLabel: `${w.plan} ${valueLabel({ comparator: r.plan_comparator as string, value: r.plan_value as number, unit: "%" }, lang)}${yearLabel(r.plan_year, lang)}`,
      plan: r.plan_value,
      actual: r.actual_value,
      shape: r.actual_comparator === COMPARATOR.LT ? "triangle-left" : "circle",
      actualLabel: `${valueLabel({ comparator: r.actual_comparator as string, value: r.actual_value as number, unit: "%" }, lang)} (${r.actual_year})`,
      assessment: assessmentLabel(r.assessment as string, lang),
      doc_id: plan.doc_id,
    };
  });
  const { evaluation, title: defaultTitle } = planOutcomeTitle(documentsOf(input), rows, lang);
  const view: NonNormalizedSpec = {
    width: options.width ?? 420,
    height: { step: 34 },
    data: { values },
    encoding: { y: { field: "row", type: "nominal", title: null, axis: { labelLimit: 340 } } },
    layer: [
      {
        mark: { type: "tick", thickness: 3, size: 22, color: "#333" },
        encoding: {
          x: { field: "plan", type: "quantitative", title: "%", scale: { domain: [0, 100] } },
        },
      },
      {
        mark: { type: "point", filled: true, size: 110 },
        encoding: {
          x: { field: "actual", type: "quantitative" },
          shape: { field: "shape", type: "nominal", scale: null },
          color: {
            field: "assessment",
            type: "nominal",
            title: null,
            scale: assessmentScale(
              rows.map((r) => r.assessment as string),
              lang,
            ),
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 10, dy: -8, fontSize: 10 },
        encoding: { x: { field: "actual", type: "quantitative" }, text: { field: "actualLabel" } },
      },
      {
        mark: { type: "text", align: "left", dx: 6, dy: 10, fontSize: 9, color: "#333" },
        encoding: { x: { field: "plan", type: "quantitative" }, text: { field: "planLabel" } },
      },
    ],
  };
  const title = options.title ?? defaultTitle;
  const subtitle =
    lang === "zh"
      ? "竖线：规划目标；圆点：评价报告的实际值；左三角：低于所示数值；灰色：范围或口径不同，不作判断"
      : "Bar: planned target; dot: actual reported; left triangle: below the value shown; grey: not the same scope or definition, not judged";
  return frame(
    view,
    { text: title, subtitle },
    [
      ...usedDocs(
        documentsOf(input),
        values.map((v) => v.doc_id),
      ),
      ...evaluation,
    ],
    lang,
  );
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
  const verdicts = assessmentScale(
    rows.map((r) => r.assessment as string),
    lang,
  );
  return {
    title: options.title ?? title,
    subtitle:
      lang === "zh"
        ? "竖线：规划目标；点：评价报告的实际值；三角：低于所示数值；灰色：范围或口径不同，不作判断"
        : "Tick: planned target; dot: actual reported; triangle: below the value shown; grey: not the same scope or definition, not judged",
    source: sourceLine(usedDocs(documentsOf(input), docIds), lang),
    legend: verdicts.domain.map((label, i) => ({ label, color: verdicts.range[i]! })),
    options: {
      width: options.width ?? 720,
      height: 50 + 44 * values.length,
      marginLeft: 360,
      marginRight: 90,
      x: { domain: [0, 100], label: "%", grid: true },
      y: { label: null },
      color: verdicts,
      marks: [
        Plot.tickX(values, { x: "plan", y: "row", strokeWidth: 3, stroke: "#333" }),
        Plot.dot(values, { x: "actual", y: "row", symbol: "symbol", fill: "assessment", r: 6 }),
        Plot.text(values, { x: "actual", y: "row", text: "label", dy: -12, fontSize: 10 }),
      ],
    },
  };
}
