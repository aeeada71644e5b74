import { COMPARATOR, KIND, type Comparator, type Kind } from "../schema/vocab.js";
import { RATIO_UNIT } from "../rules/units.js";
import { plausibleYear } from "../figures/year-range.js";

/** A stretch of text standing as one cell of a table. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/**
 * One number of a table, read with its row and column: what every table layout returns, and
 * what the extractor turns into a row.
 */
export interface TableFigure {
  /** The number as written. */
  cell: Cell;
  value: number;
  /** Unit after folding 万 into the value, or null when the table gives none. */
  unit: string | null;
  /** baseline or target for a year column; null: as the document reports (actual or target). */
  kind: Kind | null;
  /** The column's year, or null when the column has none (the document's year applies). */
  year: number | null;
  /** What is measured: the row's label without its unit. */
  label: string;
  /** The group the row belongs to (学前教育), or "". */
  group: string;
  /** The comparator printed in the cell (≥55), else `=`. */
  comparator: Comparator;
  /** 预期性 / 约束性, when the table says. */
  binding: string | null;
  /** The row as a line of text: group | label | year: value … */
  quote: string;
}

/** A table found by a layout: its span, title, figures and the numbers that are not figures. */
export interface FoundTable {
  layout: string;
  title: string;
  start: number;
  end: number;
  figures: TableFigure[];
  /** Numbers of the table that are not figures (year headings, row numbers, rubric weights). */
  others: { start: number; end: number; reason: string }[];
}

/**
 * The non-blank lines of a text as cells, with offsets.
 * @param text Any text.
 * @returns One cell per non-blank line, trimmed.
 * @example lineCells("a\n\n b ")[1] // { text: "b", start: 4, end: 5 }
 */
export function lineCells(text: string): Cell[] {
  const out: Cell[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = pos + line.indexOf(trimmed);
      out.push({ text: trimmed, start, end: start + trimmed.length });
    }
    pos += line.length + 1;
  }
  return out;
}

/** A label's unit in brackets, as tables print it: 在校生(万人) → 人 ×10⁴; 毛入园率(%) → %. */
export function unitOfLabel(label: string): { name: string; unit: string | null; factor: number } {
  const m = /\(([^()]*)\)$/.exec(label);
  const written = m?.[1]?.trim() ?? "";
  const name = label.replace(/\([^()]*\)$/, "").trim();
  if (!m) return { name, unit: null, factor: 1 };
  const wan = /^万(.+)$/.exec(written);
  if (wan) return { name, unit: wan[1]!, factor: 1e4 };
  return { name, unit: written === "" ? null : written, factor: 1 };
}

/** A table cell holding a number, optionally after a comparator sign: 98, 94.64, ≥55, ＜5, 100%. */
export const NUMBER_CELL = /^(≥|≤|>|<|＞|＜|≧|≦)?\s?\d+(\.\d+)?\s?%?$/;

/**
 * The value of a cell that is one plain number as printed — digits, thousands commas in their
 * places, one decimal point, an optional per cent sign — else null (924.961.5%, 1,00, ≥55).
 * @param text The cell's text.
 * @returns The number, or null when the cell is not one number.
 * @example plainNumber("1,000.5%") // 1000.5
 */
export function plainNumber(text: string): number | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?%?$/.exec(text);
  return m ? Number(`${m[1]!.replace(/,/g, "")}${m[2] ?? ""}`) : null;
}

/** Comparator signs printed in table cells. */
export const SIGNS: Readonly<Record<string, Comparator>> = {
  "≥": COMPARATOR.GE,
  "≧": COMPARATOR.GE,
  "≤": COMPARATOR.LE,
  "≦": COMPARATOR.LE,
  ">": COMPARATOR.GT,
  "＞": COMPARATOR.GT,
  "<": COMPARATOR.LT,
  "＜": COMPARATOR.LT,
};

/**
 * The number and comparator of a table cell, and where its digits start.
 * @param cell A cell matching {@link NUMBER_CELL}.
 * @returns Value, comparator and the cell of its digits.
 * @example cellNumber({ text: "≥55", start: 10, end: 13 }) // { value: 55, comparator: ">=", digits: { text: "55", start: 11, end: 13 } }
 */
export function cellNumber(cell: Cell): { value: number; comparator: Comparator; digits: Cell } {
  const m = /^(≥|≤|>|<|＞|＜|≧|≦)?\s?(\d+(?:\.\d+)?)/.exec(cell.text)!;
  const at = cell.start + m[0].length - m[2]!.length;
  return {
    value: Number(m[2]),
    comparator: m[1] ? SIGNS[m[1]]! : COMPARATOR.EQ,
    digits: { text: m[2]!, start: at, end: at + m[2]!.length },
  };
}

/**
 * The figures of one row of a table with year columns: the first year's value is the baseline,
 * the others are targets; the row's quote reads `group | label | 2020年: 98 | 2025年: 100 | 预期性`.
 * @param label The row's label cell, with its unit in brackets (毛入园率(%), 在校生(万人)).
 * @param group The row's group, or "".
 * @param years The year cells, in column order.
 * @param values The row's value cells, one per year.
 * @param binding 预期性/约束性, when the table says.
 * @returns One figure per year.
 * @example yearRowFigures({ text: "毛入园率(%)", start: 0, end: 7 }, "", [y2020, y2025], [v98, v100], null).map((f) => f.kind) // ["baseline", "target"]
 */
export function yearRowFigures(
  label: Cell,
  group: string,
  years: readonly Cell[],
  values: readonly Cell[],
  binding: string | null,
): TableFigure[] {
  const { name, unit, factor } = unitOfLabel(label.text);
  const yearOf = (c: Cell) => Number(c.text.slice(0, 4));
  const quote = [
    group,
    label.text,
    ...years.map((y, n) => `${yearOf(y)}年: ${values[n]!.text}`),
    binding ?? "",
  ]
    .filter(Boolean)
    .join(" | ");
  return values.map((written, n) => {
    const { value, comparator, digits: cell } = cellNumber(written);
    return {
      cell,
      value: Number((value * factor).toPrecision(12)),
      comparator,
      unit: unit ?? RATIO_UNIT.zh,
      kind: n === 0 ? KIND.BASELINE : KIND.TARGET,
      year: plausibleYear(yearOf(years[n]!)) ? yearOf(years[n]!) : null,
      label: name,
      group: group || name,
      binding,
      quote,
    };
  });
}

/**
 * The audit entries of a table's year headings: numbers that head columns, not figures.
 * @param years The year cells.
 * @returns One entry per year cell.
 * @example yearHeadings([{ text: "2020年", start: 0, end: 5 }])[0]?.reason // "year heading a table column"
 */
export function yearHeadings(years: readonly Cell[]): FoundTable["others"] {
  return years.map((y) => ({ start: y.start, end: y.end, reason: "year heading a table column" }));
}
