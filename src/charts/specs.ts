import { COMPARATOR } from "../schema/vocab.js";
import { ASSESSMENT, assessmentLabel } from "../compare/verdicts.js";
import type { TopLevelSpec } from "vega-lite";
import type { Field } from "vega-lite/build/src/channeldef.js";
import type { Encoding } from "vega-lite/build/src/encoding.js";
import type { LayerSpec, NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { lineUp, PROGRESS, STATUS } from "../compare/line-up.js";
import { milestoneSeries } from "../compare/milestones.js";
import { planVersusOutcome } from "../compare/plan-outcome.js";
import { catalogue, checkIndicators, rowsOf, type CompareInput } from "../compare/rows.js";
import type { TargetRow } from "../schema/rows.js";
import { INDICATORS, indicatorById, isBroadIndicator } from "../rules/indicators.js";
import {
  assessmentScale,
  citiesWithEvaluation,
  cityName,
  cityScale,
  documentsOf,
  frame,
  indicatorName,
  planOutcomeTitle,
  requireRows,
  scopeLabel,
  usedDocs,
  valueLabel,
  WORDS,
  type ChartOptions,
} from "./frame.js";
import type { Lang } from "./theme.js";

type Row = Record<string, unknown>;
const langOf = (o: ChartOptions): Lang => o.lang ?? "en";
const yearLabel = (y: unknown, lang: Lang) => (lang === "zh" ? `(${y}年)` : ` by ${y}`);

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

const MYOPIA_RATES = ["myopia_rate_annual_reduction_pp", "poor_vision_rate_annual_reduction_pp"];
const MYOPIA_LEVELS = [
  "myopia_rate_age6",
  "myopia_rate_primary",
  "myopia_rate_lower_secondary",
  "myopia_rate_upper_secondary",
];

/**
 * Myopia goals side by side: the yearly fall each plan asks for (and poor vision, kept apart), the
 * ceilings set by school stage, and cities that address myopia without a number or not at all.
 * @param input The `targets` and `documents` tables.
 * @param options The common chart options.
 * @returns A vega-lite specification.
 * @example myopiaGoalsSpec(corpus, { lang: "zh" })
 */
export function myopiaGoalsSpec(input: CompareInput, options: ChartOptions = {}): TopLevelSpec {
  const lang = langOf(options);
  const w = WORDS[lang];
  const { docs, cities } = catalogue(input.documents);
  const rows = rowsOf<TargetRow>(input.targets).filter(
    (r) => r.scope === "city" && docs.get(r.doc_id)?.doc_type !== "evaluation",
  );
  const rates: Row[] = [];
  for (const c of cities) {
    const mine = rows.filter(
      (r) =>
        r.city === c.city &&
        (MYOPIA_RATES.includes(r.indicator_id ?? "") || r.indicator_id?.startsWith("myopia")),
    );
    const numeric = mine.filter((r) => MYOPIA_RATES.includes(r.indicator_id!) && r.value !== null);
    for (const r of numeric) {
      const doc = docs.get(r.doc_id)!;
      const what =
        r.indicator_id === "poor_vision_rate_annual_reduction_pp"
          ? lang === "zh"
            ? "视力不良率"
            : "poor vision"
          : lang === "zh"
            ? "近视率"
            : "myopia";
      rates.push({
        cityLabel: cityName(c, lang),
        row: `${cityName(c, lang)} · ${what} · ${doc.period_start === doc.period_end ? doc.period_end : `${doc.period_start}–${doc.period_end}`}`,
        value: r.value,
        label: valueLabel(r, lang) + (lang === "zh" ? "/年" : " a year"),
        doc_id: r.doc_id,
      });
    }
    if (numeric.length === 0) {
      const said = mine.find((r) => r.kind === "commitment");
      const hasLevels = mine.some((r) => MYOPIA_LEVELS.includes(r.indicator_id ?? ""));
      if (!hasLevels || said)
        rates.push({
          cityLabel: cityName(c, lang),
          row: `${cityName(c, lang)}`,
          value: null,
          label: said
            ? `${w.noNumber}: ${said.quote.match(/[^,。;]*近视率[^,。;]*/)?.[0] ?? said.text}`
            : w.notAddressed,
          doc_id: said?.doc_id ?? null,
        });
    }
  }
  const levels = rows
    .filter((r) => MYOPIA_LEVELS.includes(r.indicator_id ?? "") && r.value !== null)
    .map((r) => {
      const c = cities.find((x) => x.city === r.city)!;
      return {
        cityLabel: cityName(c, lang),
        row: `${cityName(c, lang)} · ${indicatorName(r.indicator_id, r.indicator_zh, lang)}`,
        value: r.value,
        label: `${valueLabel(r, lang)}${yearLabel(r.year, lang)}`,
        doc_id: r.doc_id,
      };
    });
  requireRows([...rates, ...levels], "myopia goals", MYOPIA_RATES.concat(MYOPIA_LEVELS));
  const colour: Encoding<Field>["color"] = {
    field: "cityLabel",
    type: "nominal",
    scale: cityScale(cities, lang),
    legend: null,
  };
  const panel = (values: Row[], xTitle: string): NonNormalizedSpec => ({
    width: options.width ?? 420,
    height: { step: 30 },
    data: { values },
    encoding: {
      y: { field: "row", type: "nominal", sort: values.map((v) => String(v.row)), title: null },
    },
    layer: [
      {
        mark: { type: "bar", height: 18 },
        encoding: { x: { field: "value", type: "quantitative", title: xTitle }, color: colour },
      },
      {
        mark: { type: "text", align: "left", dx: 5, fontSize: 11 },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "label" } },
        transform: [{ filter: "datum.value != null" }],
      },
      {
        mark: {
          type: "text",
          align: "left",
          dx: 5,
          fontSize: 11,
          color: "#555",
          fontStyle: "italic",
        },
        encoding: { x: { datum: 0, type: "quantitative" }, text: { field: "label" } },
        transform: [{ filter: "datum.value == null" }],
      },
    ],
  });
  const view: NonNormalizedSpec = {
    vconcat: [panel(rates, w.ppPerYear), ...(levels.length ? [panel(levels, w.level2030)] : [])],
  };
  const title =
    options.title ?? (lang === "zh" ? "近视防控目标:各市怎么写" : "Myopia goals, city by city");
  const subtitle =
    lang === "zh"
      ? "视力不良率与近视率不是同一指标, 分开列出"
      : "Poor vision (视力不良) is broader than myopia and is listed apart";
  return frame(
    view,
    { text: title, subtitle },
    usedDocs(
      documentsOf(input),
      [...rates, ...levels].map((r) => r.doc_id as string),
    ),
    lang,
  );
}

const TEACHER_SHARES = [
  "compulsory_teacher_bachelor_share",
  "kindergarten_teacher_certified_rate",
  "kindergarten_teacher_ece_graduate_share",
  "kindergarten_teacher_college_share",
  "upper_secondary_teacher_master_share",
  "vocational_dual_qualified_teacher_share",
];

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
  const lang = langOf(options);
  const w = WORDS[lang];
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
  const enc: LayerSpec<Field>["encoding"] = {
    y: {
      field: "indicatorLabel",
      type: "nominal",
      title: null,
      sort: TEACHER_SHARES.map((id) => indicatorName(id, "", lang)),
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
  return frame(
    view,
    { text: title, subtitle },
    usedDocs(
      documentsOf(input),
      values.map((r) => r.doc_id as string),
    ),
    lang,
  );
}

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
