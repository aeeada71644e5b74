import type { Config } from "vega-lite";
import type { DocumentRow } from "../schema/rows.js";

/** Chart language: Chinese or English labels. */
export type Lang = "zh" | "en";

/** The bundled font every chart is drawn and measured with. */
export const FONT = "Noto Sans SC";

/** Fixed city colours, the same in every chart. */
export const CITY_COLORS: Readonly<Record<string, string>> = Object.freeze({
  威海: "#1f5fa8",
  贵港: "#d9822b",
  烟台: "#2e8b57",
});
const SPARE = ["#8e44ad", "#c0392b", "#16a085", "#7f8c8d"];

/**
 * Colour of a city: fixed for the three cities of the corpus, then a spare palette.
 * @param city City in Chinese.
 * @param index Its position among the cities, for spare colours.
 * @returns A CSS colour.
 * @example cityColor("威海") // "#1f5fa8"
 */
export function cityColor(city: string, index = 0): string {
  return CITY_COLORS[city] ?? SPARE[index % SPARE.length]!;
}

/** Words the charts use, in both languages. */
export const WORDS = Object.freeze({
  zh: {
    source: "资料来源",
    city: "城市",
    year: "年份",
    value: "数值",
    target: "目标",
    baseline: "基期",
    actual: "实际",
    noNumber: "有表述, 无量化目标",
    notAddressed: "未涉及",
    related: "以相关指标表述",
    by: "",
    ppPerYear: "每年下降(百分点)",
    level2030: "2030年近视率上限(%)",
    plan: "规划目标",
    outcome: "2022年评价结果",
    below: "低于",
  },
  en: {
    source: "Source",
    city: "City",
    year: "Year",
    value: "Value",
    target: "target",
    baseline: "baseline",
    actual: "actual",
    noNumber: "addressed, no numeric goal",
    notAddressed: "not addressed",
    related: "addressed through a related indicator",
    by: " by ",
    ppPerYear: "annual fall (percentage points)",
    level2030: "2030 ceiling on the myopia rate (%)",
    plan: "planned target",
    outcome: "reported in the 2022 evaluation",
    below: "below",
  },
});

/**
 * The source line naming the documents a chart draws on.
 * @param docs The documents used.
 * @param lang Label language.
 * @returns e.g. "Source: Weihai, 威海市…(2023—2025年) (2023-12-16); …".
 * @example sourceLine([doc], "en")
 */
export function sourceLine(docs: readonly DocumentRow[], lang: Lang): string {
  const w = WORDS[lang];
  const parts = docs.map((d) =>
    lang === "zh"
      ? `${d.city}:《${d.title.replace(/^《|》.*$/g, "")}》(${d.issued})`
      : `${d.city_en}: ${d.title} (${d.issued})`,
  );
  return `${w.source}${lang === "zh" ? ":" : ": "}${parts.join(lang === "zh" ? ";" : "; ")}`;
}

/** The vega-lite `config` shared by every chart. */
export const VEGA_CONFIG: Readonly<Config> = Object.freeze<Config>({
  font: FONT,
  background: "white",
  padding: 12,
  view: { stroke: null },
  title: {
    font: FONT,
    fontSize: 16,
    fontWeight: 700,
    anchor: "start",
    color: "#1a1a1a",
    subtitleFont: FONT,
    subtitleColor: "#555",
    subtitleFontSize: 11,
  },
  axis: {
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 400,
    labelAngle: 0,
    gridColor: "#e6e6e6",
    domainColor: "#888",
    tickColor: "#888",
    labelLimit: 260,
  },
  legend: {
    labelFont: FONT,
    titleFont: FONT,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 400,
    labelLimit: 320,
    orient: "bottom",
    direction: "horizontal",
  },
  header: { labelFont: FONT, titleFont: FONT, labelFontSize: 12, labelLimit: 300 },
  text: { font: FONT, fontSize: 11 },
  concat: { spacing: 16 },
});
