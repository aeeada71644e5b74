import { HEADING_START, NUMERIC_LINE } from "../rules/layout.js";
import {
  lineCells,
  NUMBER_CELL,
  type Cell,
  type FoundTable,
  type TableFigure,
  yearHeadings,
  yearRowFigures,
} from "./cells.js";

const YEAR_CELL = /^(19|20)\d\d\s?年$/;
const BINDING_CELL = /^(预期性|约束性)$/;
/** A label cell is short and is not a sentence. */
const LABEL_CELL = (c: Cell) =>
  c.text.length <= 40 && !/[。;]/.test(c.text) && !HEADING_START.test(c.text);

/**
 * Planning-indicator tables printed one cell per line, column by column: a header of two or more
 * year cells (the first year is the baseline, the others are targets) and 指标属性, then per
 * group its labels — a group name, then one indicator name per row — followed by the values of
 * every row for the first year, then for the next year, …, and optionally 预期性/约束性 per row.
 * `学前教育 / 毛入园率(%) / 普惠率(%) / 98.94 / 94.64 / 98.96 / 95 / 99 / 96`.
 * A group whose values do not divide among its labels and years ends the table.
 * @param text The view's text.
 * @returns The tables found.
 * @example yearColumnTables("2020年\n2025年\n学前教育\n毛入园率(%)\n98\n100\n二、任务")[0]?.figures.length // 2
 */
export function yearColumnTables(text: string): FoundTable[] {
  const all = lineCells(text);
  const tables: FoundTable[] = columnBlockTables(all);
  for (let i = 0; i + 1 < all.length; i++) {
    if (tables.some((t) => t.start <= all[i]!.start && all[i]!.start < t.end)) continue;
    if (!(YEAR_CELL.test(all[i]!.text) && YEAR_CELL.test(all[i + 1]!.text))) continue;
    const years: Cell[] = [];
    let j = i;
    while (j < all.length && YEAR_CELL.test(all[j]!.text)) years.push(all[j++]!);
    const titleCell = [...all.slice(Math.max(0, i - 3), i)]
      .reverse()
      .find((c) => /指标|目标/.test(c.text) && c.text.length > 4);
    if (all[j] && /指标属性/.test(all[j]!.text)) j++;
    const figures: TableFigure[] = [];
    let end = years[years.length - 1]!.end;
    while (j < all.length) {
      const labels: Cell[] = [];
      let k = j;
      while (
        k < all.length &&
        !NUMERIC_LINE.test(all[k]!.text) &&
        LABEL_CELL(all[k]!) &&
        !BINDING_CELL.test(all[k]!.text)
      )
        labels.push(all[k++]!);
      const nums: Cell[] = [];
      while (k < all.length && NUMBER_CELL.test(all[k]!.text)) nums.push(all[k++]!);
      const bindings: Cell[] = [];
      while (k < all.length && BINDING_CELL.test(all[k]!.text)) bindings.push(all[k++]!);
      const rows = nums.length / years.length;
      if (
        labels.length === 0 ||
        nums.length === 0 ||
        !Number.isInteger(rows) ||
        rows > labels.length
      )
        break;
      if (bindings.length !== 0 && bindings.length !== rows) break;
      const names = labels.slice(labels.length - rows);
      const group = labels
        .slice(0, labels.length - rows)
        .map((c) => c.text)
        .join(" ");
      names.forEach((nameCell, r) => {
        const values = years.map((_, y) => nums[y * rows + r]!);
        figures.push(...yearRowFigures(nameCell, group, years, values, bindings[r]?.text ?? null));
      });
      end = (bindings[bindings.length - 1] ?? nums[nums.length - 1]!).end;
      j = k;
    }
    if (figures.length === 0) continue;
    tables.push({
      layout: "year columns, one cell per line",
      title: titleCell?.text ?? "",
      start: (titleCell ?? years[0]!).start,
      end,
      figures,
      others: yearHeadings(years),
    });
    i = j - 1;
  }
  return tables;
}

/**
 * The same tables flattened column by column with each column's year heading it: the row labels,
 * then `2020年` and every row's 2020 value, then `2022年` and its values, …
 * (`指标 / 毛入园率(%) / 巩固率(%) / 2020年 / 96.4 / 99.2 / 2025年 / 98 / 99.5`).
 */
function columnBlockTables(all: readonly Cell[]): FoundTable[] {
  const tables: FoundTable[] = [];
  for (let i = 1; i < all.length; i++) {
    if (!YEAR_CELL.test(all[i]!.text) || YEAR_CELL.test(all[i - 1]!.text)) continue;
    const labels: Cell[] = [];
    for (let k = i - 1; k >= 0 && LABEL_CELL(all[k]!) && !NUMERIC_LINE.test(all[k]!.text); k--)
      labels.unshift(all[k]!);
    // The first label is the header of the label column when it names none (指标, 项目).
    if (labels.length && /^(主要)?(指标|项目|指标名称)$/.test(labels[0]!.text)) labels.shift();
    const rows = labels.length;
    if (rows === 0) continue;
    const years: Cell[] = [];
    const columns: Cell[][] = [];
    let j = i;
    while (j < all.length && YEAR_CELL.test(all[j]!.text)) {
      const values = all.slice(j + 1, j + 1 + rows);
      if (values.length < rows || !values.every((c) => NUMBER_CELL.test(c.text))) break;
      years.push(all[j]!);
      columns.push(values);
      j += 1 + rows;
    }
    if (years.length < 2) continue;
    const titleCell = [...all.slice(Math.max(0, i - rows - 4), i - rows)]
      .reverse()
      .find((c) => /指标|目标/.test(c.text) && c.text.length > 4);
    const figures: TableFigure[] = [];
    labels.forEach((nameCell, r) => {
      const values = years.map((_, n) => columns[n]![r]!);
      figures.push(...yearRowFigures(nameCell, "", years, values, null));
    });
    const last = columns[columns.length - 1]!;
    tables.push({
      layout: "year columns, each headed by its year, one cell per line",
      title: titleCell?.text ?? "",
      start: (titleCell ?? labels[0]!).start,
      end: last[last.length - 1]!.end,
      figures,
      others: yearHeadings(years),
    });
    i = j - 1;
  }
  return tables;
}
