import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";

/** One cell of a table laid out one cell per line. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

/** One indicator row of a planning-indicator table: baseline, target, binding. */
export interface TableRow {
  group: Cell;
  name: Cell;
  baseline: Cell;
  target: Cell;
  binding: Cell | null;
}

/** A planning-indicator table: its title, its two year columns and its rows. */
export interface IndicatorTable {
  title: string;
  start: number;
  end: number;
  baselineYear: Cell;
  targetYear: Cell;
  rows: TableRow[];
}

const YEAR_CELL = /^(19|20)\d\d年$/;
const NUMBER_CELL = /^\d+(\.\d+)?$/;
const BINDING_CELL = /^(预期性|约束性)$/;
const HEADING = /^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/;

function cells(text: string): Cell[] {
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

/**
 * Finds the planning-indicator tables that five-year plans print one cell per line: a header of
 * two year cells (baseline, target) and 指标属性, then per group a group name, its indicator
 * names, the baseline values, the target values and 预期性/约束性 for each.
 * @param text Cleaned text.
 * @param file File name, for errors when a table does not line up.
 * @returns The tables found.
 * @example findIndicatorTables("x\n2020年\n2025年\n指标属性\n学前教育\n毛入园率(%)\n98\n100\n预期性\n二、任务", "a").length // 1
 */
export function findIndicatorTables(text: string, file: string): IndicatorTable[] {
  const all = cells(text);
  const tables: IndicatorTable[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    if (!(YEAR_CELL.test(all[i]!.text) && YEAR_CELL.test(all[i + 1]!.text))) continue;
    const titleCell = [...all.slice(Math.max(0, i - 3), i)]
      .reverse()
      .find((c) => /指标/.test(c.text) && c.text.length > 4);
    let j = i + 2;
    if (all[j] && /指标属性/.test(all[j]!.text)) j++;
    const rows: TableRow[] = [];
    while (j < all.length && !HEADING.test(all[j]!.text)) {
      const labels: Cell[] = [];
      while (j < all.length && !NUMBER_CELL.test(all[j]!.text) && !HEADING.test(all[j]!.text))
        labels.push(all[j++]!);
      if (labels.length === 0) break;
      const nums: Cell[] = [];
      while (j < all.length && NUMBER_CELL.test(all[j]!.text)) nums.push(all[j++]!);
      const bindings: Cell[] = [];
      while (j < all.length && BINDING_CELL.test(all[j]!.text)) bindings.push(all[j++]!);
      if (nums.length === 0) break;
      const [group, ...names] = labels;
      const at = group!.start;
      if (names.length === 0 || nums.length !== 2 * names.length) {
        fail(
          message.tableShape(
            file,
            at,
            `group "${group!.text}" has ${names.length} indicators but ${nums.length} values (expected ${2 * names.length})`,
          ),
          file,
          at,
        );
      }
      if (bindings.length !== 0 && bindings.length !== names.length) {
        fail(
          message.tableShape(
            file,
            at,
            `group "${group!.text}" has ${names.length} indicators but ${bindings.length} 预期性/约束性 cells`,
          ),
          file,
          at,
        );
      }
      names.forEach((name, k) =>
        rows.push({
          group: group!,
          name,
          baseline: nums[k]!,
          target: nums[names.length + k]!,
          binding: bindings[k] ?? null,
        }),
      );
    }
    const last = rows[rows.length - 1];
    tables.push({
      title: titleCell?.text ?? "",
      start: (titleCell ?? all[i]!).start,
      end: last ? Math.max(last.target.end, last.binding?.end ?? 0) : all[i + 1]!.end,
      baselineYear: all[i]!,
      targetYear: all[i + 1]!,
      rows,
    });
    i = j - 1;
  }
  return tables;
}
