import { COMPARATOR_SIGN, isComparator } from "../schema/vocab.js";
import type { TopLevelSpec } from "vega-lite";
import type { CompareInput } from "../compare/rows.js";
import { rowsOf } from "../compare/rows.js";
import { fail } from "../errors/error.js";
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
  view: object,
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
  } as TopLevelSpec;
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
  },
  lang: Lang,
): string {
  if (r.value === null) return "";
  const unit =
    r.unit === "%"
      ? "%"
      : r.unit === "个百分点"
        ? lang === "zh"
          ? "个百分点"
          : " pp"
        : r.unit === "ratio"
          ? ""
          : lang === "zh"
            ? (r.unit ?? "")
            : ` ${r.unit ?? ""}`;
  const v =
    r.value_max !== null && r.value_max !== undefined ? `${r.value}–${r.value_max}` : `${r.value}`;
  return `${isComparator(r.comparator) ? COMPARATOR_SIGN[r.comparator] : ""}${v}${unit}`;
}

/** The colour scale that keeps each city's colour fixed. */
export function cityScale(cities: readonly { city: string; city_en: string }[], lang: Lang) {
  return {
    domain: cities.map((c) => cityName(c, lang)),
    range: cities.map((c, i) => cityColor(c.city, i)),
  };
}

/** Throws when a chart has nothing to draw, listing what is available. */
export function requireRows(
  rows: readonly unknown[],
  what: string,
  available: readonly string[],
): void {
  if (rows.length === 0) fail(message.emptySelection(what, available), "chart");
}

export { WORDS };
