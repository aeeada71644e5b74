import { COMPARATOR_SIGN, isComparator } from "../schema/vocab.js";
import type { NonNormalizedSpec } from "vega-lite/build/src/spec/index.js";
import { ASSESSMENT, assessmentLabel } from "../compare/verdicts.js";
import { unitSuffix } from "../rules/units.js";
import type { TopLevelSpec } from "vega-lite";
import type { CompareInput } from "../compare/rows.js";
import { rowsOf } from "../compare/rows.js";
import { NoDataError } from "../errors/error.js";
import { message } from "../errors/messages.js";
import type { DocumentRow } from "../schema/rows.js";
import { indicatorById } from "../rules/indicators.js";
import { cityColor, sourceLine, VEGA_CONFIG, WORDS, type Lang } from "./theme.js";

/** Options every chart builder takes. */
export interface ChartOptions {
  /** Label language (default "en"). */
  lang?: Lang;
  /** Overrides the chart's title. */
  title?: string;
  /** Width of the plotting area in pixels (default 520). */
  width?: number;
}

/**
 * Wraps a view with the shared theme, a title and a source line under the chart.
 * @param view A vega-lite view (single, layered, faceted or concatenated).
 * @param title Title (and optional subtitle) of the chart.
 * @param docs Documents the chart draws on, for the source line.
 * @param lang Label language.
 * @returns A complete vega-lite specification.
 */
export function frame(
  view: NonNormalizedSpec,
  title: { text: string; subtitle?: string },
  docs: readonly DocumentRow[],
  lang: Lang,
): TopLevelSpec {
  const source = sourceLine(docs, lang);
  const [head, ...rest] = source.split(lang === "zh" ? ";" : "; ");
  const lines = [head!, ...rest.map((l) => `  ${l}`)];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: VEGA_CONFIG,
    title: title.subtitle ? { text: title.text, subtitle: title.subtitle } : { text: title.text },
    vconcat: [
      {
        ...view,
        title: {
          text: lines,
          orient: "bottom",
          anchor: "start",
          fontSize: 9,
          fontWeight: 400,
          color: "#666",
          offset: 14,
        },
      },
    ],
  };
}

/** Documents by id, from the input. */
export function documentsOf(input: CompareInput): DocumentRow[] {
  return rowsOf<DocumentRow>(input.documents);
}

/** The documents whose ids appear in some rows. */
export function usedDocs(
  docs: readonly DocumentRow[],
  ids: Iterable<string | null | undefined>,
): DocumentRow[] {
  const want = new Set([...ids].filter((x): x is string => !!x));
  return docs.filter((d) => want.has(d.doc_id));
}

/** City label in the chosen language. */
export function cityName(doc: { city: string; city_en: string }, lang: Lang): string {
  return lang === "zh" ? doc.city : doc.city_en;
}

/** Indicator label in the chosen language. */
export function indicatorName(id: string | null, zh: string, lang: Lang): string {
  if (!id) return zh;
  const ind = indicatorById(id);
  if (!ind) return zh;
  return ind.short?.[lang] ?? (lang === "zh" ? ind.zh : ind.en);
}

/** A value as a short label: ≥110%, 3–5, ≈2.1万 … with the unit in the chosen language. */
export function valueLabel(
  r: {
    comparator: string | null;
    value: number | null;
    value_max?: number | null;
    unit: string | null;
    indicator_id?: string | null;
  },
  lang: Lang,
): string {
  if (r.value === null) return "";
  const counts = r.indicator_id ? indicatorById(r.indicator_id)?.countsEn : undefined;
  const unit = unitSuffix(r.unit, lang, counts);
  const v =
    r.value_max !== null && r.value_max !== undefined ? `${r.value}–${r.value_max}` : `${r.value}`;
  return `${isComparator(r.comparator) ? COMPARATOR_SIGN[r.comparator] : ""}${v}${unit}`;
}

/** The colour scale that keeps each city's colour fixed. */
export function cityScale(
  cities: readonly { city: string; city_en: string }[],
  lang: Lang,
  present?: Iterable<unknown>,
) {
  const keep = present ? new Set(present) : null;
  // Each city keeps the colour of its place in the catalogue; the legend lists only those drawn.
  const all = cities.map((c, i) => ({ name: cityName(c, lang), color: cityColor(c.city, i) }));
  const shown = keep ? all.filter((c) => keep.has(c.name)) : all;
  return { domain: shown.map((c) => c.name), range: shown.map((c) => c.color) };
}

/** Throws when a chart has nothing to draw, listing what is available. */
export function requireRows(
  rows: readonly unknown[],
  what: string,
  available: readonly string[],
): void {
  if (rows.length === 0) throw new NoDataError(message.emptySelection(what, available), what);
}

export { WORDS };

/** A row of a comparison table, as the chart builders read it. */
export type Row = Record<string, unknown>;

/** The language of a chart (default English). */
export const langOf = (o: ChartOptions): Lang => o.lang ?? "en";

/** A target year as a value label ends: (2025年) or " by 2025". */
export const yearLabel = (y: unknown, lang: Lang) => (lang === "zh" ? `(${y}年)` : ` by ${y}`);

/**
 * A scope as charts name it: 全市 or "city-wide", or the district in the chosen language.
 * @param scope The `scope` column.
 * @param scopeEn The `scope_en` column.
 * @param lang The chart's language.
 * @returns The label.
 * @example scopeLabel("city", "city-wide", "zh") // "全市"
 */
export function scopeLabel(scope: string, scopeEn: string | null | undefined, lang: Lang): string {
  if (lang === "en") return scopeEn || scope;
  return scope === "city" ? "全市" : scope;
}

/** Colours of the verdicts: reached in green, missed in red, the rest in greys. */
const VERDICT_COLOUR: Readonly<Record<string, string>> = Object.freeze({
  [ASSESSMENT.MET]: "#1e7b46",
  [ASSESSMENT.ALREADY_MET]: "#4caf7a",
  [ASSESSMENT.EXCEEDED_AT_BASELINE]: "#8fd1a8",
  [ASSESSMENT.NOT_MET]: "#b03a2e",
  [ASSESSMENT.NOT_YET_MET]: "#e08070",
  [ASSESSMENT.UNDETERMINED]: "#888888",
});

/**
 * The colour scale of the verdicts a chart shows, in the order of the vocabulary: only those
 * present, so that the legend lists what is drawn; a refusal to compare is light grey.
 * @param present The assessment values drawn.
 * @param lang The chart's language.
 * @returns A vega-lite scale ({ domain, range }) of labels.
 * @example assessmentScale(["met"], "en").domain // ["met by the deadline"]
 */
export function assessmentScale(present: readonly string[], lang: Lang) {
  const order = Object.values(ASSESSMENT) as string[];
  const shown = order.filter((a) => present.includes(a));
  return {
    domain: shown.map((a) => assessmentLabel(a, lang)),
    range: shown.map((a) => VERDICT_COLOUR[a] ?? "#c8c8c8"),
  };
}

/**
 * The evaluation a plan-versus-outcome chart draws from, and the chart's title naming its city
 * and year.
 * @param docs The documents.
 * @param rows Plan-versus-outcome rows drawn.
 * @param lang The chart's language.
 * @returns The evaluation documents and the title.
 * @example planOutcomeTitle(docs, rows, "en").title // "Weihai: planned targets versus the 2022 evaluation"
 */
export function planOutcomeTitle(
  docs: readonly DocumentRow[],
  rows: readonly { actual_row_id?: unknown }[],
  lang: Lang,
): { evaluation: DocumentRow[]; title: string } {
  const ids = new Set(rows.map((r) => String(r.actual_row_id ?? "").split("@")[0]));
  const evaluation = docs.filter((d) => d.doc_type === "evaluation" && ids.has(d.doc_id));
  const first = evaluation[0];
  const title = !first
    ? lang === "zh"
      ? "规划目标与评价结果"
      : "Planned targets versus the evaluation"
    : lang === "zh"
      ? `${first.city}：规划目标与${first.period_end}年评价结果`
      : `${first.city_en}: planned targets versus the ${first.period_end} evaluation`;
  return { evaluation, title };
}

/**
 * The cities that have an evaluation, named in both languages, for a message that lists what
 * a plan-versus-outcome chart can draw.
 * @param input The `documents` table.
 * @returns For example ["威海 (Weihai)"].
 */
export function citiesWithEvaluation(input: CompareInput): string[] {
  const docs = documentsOf(input).filter((d) => d.doc_type === "evaluation");
  return [...new Set(docs.map((d) => `${d.city} (${d.city_en})`))];
}
