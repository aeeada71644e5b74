import { HEADING_START } from "../rules/layout.js";
import {
  NUMBER_CELL,
  type Cell,
  type FoundTable,
  type TableFigure,
  yearHeadings,
  yearRowFigures,
} from "./cells.js";

const YEAR = /^(19|20)\d\d\s?年?$/;
const BINDING_CELL = /^(预期性|约束性)$/;

/** Splits a line into cells at tabs, "|" or runs of two or more spaces, keeping offsets. */
function splitRow(line: string, offset: number): Cell[] {
  const out: Cell[] = [];
  const re = /[^\t|]+?(?=\s{2,}|\t|\||$)/g;
  for (const m of line.matchAll(re)) {
    const t = m[0].trim();
    if (!t) continue;
    const start = offset + m.index + m[0].indexOf(t);
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}

/**
 * Tables laid out one row per line, cells separated by tabs, "|" or wide spaces: a header with
 * two or more years, then `indicator  value  value …  [预期性|约束性]` rows, with group names on
 * lines of their own. The first year is the baseline, the others are targets.
 * @param text The view's text.
 * @returns The tables found.
 * @example rowPerLineTables("指标\t2020年\t2025年\n毛入园率(%)\t96\t98")[0]?.figures.length // 2
 */
export function rowPerLineTables(text: string): FoundTable[] {
  const lines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    lines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  const tables: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A header holds two years and is split by a tab, a bar or a wide space.
    if (
      !/[\t|]|\s{2,}\S/.test(lines[i]!.text) ||
      !/(19|20)\d\d[^]*(19|20)\d\d/.test(lines[i]!.text)
    )
      continue;
    const head = splitRow(lines[i]!.text, lines[i]!.start);
    const years = head.filter((c) => YEAR.test(c.text));
    if (head.length < 3 || years.length < 2) continue;
    const titleLine = lines
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((l) => /指标/.test(l.text));
    const figures: TableFigure[] = [];
    let group: Cell | null = null;
    let misses = 0;
    let end = head[head.length - 1]!.end;
    let j = i + 1;
    for (; j < lines.length && misses < 2; j++) {
      const row = splitRow(lines[j]!.text, lines[j]!.start);
      if (row.length === 0) continue;
      if (HEADING_START.test(row[0]!.text)) break;
      const nums = row.filter((c) => NUMBER_CELL.test(c.text));
      const labels = row.filter((c) => !NUMBER_CELL.test(c.text) && !BINDING_CELL.test(c.text));
      if (nums.length === 0 && labels.length === 1) {
        group = labels[0]!;
        continue;
      }
      const last = row[row.length - 1]!.text;
      if (
        nums.length !== years.length ||
        labels.length < 1 ||
        !(NUMBER_CELL.test(last) || BINDING_CELL.test(last))
      ) {
        misses++;
        continue;
      }
      misses = 0;
      const nameCell = labels[labels.length - 1]!;
      const groupText = labels.length > 1 ? labels[0]!.text : (group?.text ?? "");
      const binding = row.find((c) => BINDING_CELL.test(c.text))?.text ?? null;
      figures.push(...yearRowFigures(nameCell, groupText, years, nums, binding));
      end = row[row.length - 1]!.end;
    }
    if (figures.length === 0) continue;
    tables.push({
      layout: "one row per line",
      title: titleLine?.text.trim() ?? "",
      start: titleLine
        ? titleLine.start + (titleLine.text.length - titleLine.text.trimStart().length)
        : head[0]!.start,
      end,
      figures,
      others: yearHeadings(years),
    });
    i = j - 1;
  }
  return tables;
}
