// Myopia goals: annual falls in points and 2030 ceilings, city by city.
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
  yearLabel,
  type ChartOptions,
  type Row,
} from "./frame.js";
import type { TopLevelSpec } from "vega-lite";
import type { Field } from "vega-lite/build/src/channeldef.js";
import type { Encoding } from "vega-lite/build/src/encoding.js";
import type { NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { catalogue, rowsOf, type CompareInput } from "../compare/rows.js";
import type { TargetRow } from "../schema/rows.js";

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
