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
  return [...cellPerLineTables(text, file), ...rowPerLineTables(text)].sort(
    (a, b) => a.start - b.start,
  );
}

/** Tables laid out one cell per line (Yantai's). */
function cellPerLineTables(text: string, file: string): IndicatorTable[] {
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
 * Tables laid out one row per line, cells separated by tabs, "|" or wide spaces:
 * a header with two years, then `indicator  baseline  target  [预期性|约束性]` rows, with group
 * names on lines of their own.
 */
function rowPerLineTables(text: string): IndicatorTable[] {
  const lines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    lines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  const tables: IndicatorTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = splitRow(lines[i]!.text, lines[i]!.start);
    const years = head.filter((c) => YEAR_CELL.test(c.text) || /^(19|20)\d\d$/.test(c.text));
    if (head.length < 3 || years.length !== 2) continue;
    const titleLine = lines
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((l) => /指标/.test(l.text));
    const rows: TableRow[] = [];
    let group: Cell | null = null;
    let misses = 0;
    let j = i + 1;
    for (; j < lines.length && misses < 2; j++) {
      const row = splitRow(lines[j]!.text, lines[j]!.start);
      if (row.length === 0) continue;
      if (HEADING.test(row[0]!.text)) break;
      const nums = row.filter((c) => NUMBER_CELL.test(c.text));
      const labels = row.filter((c) => !NUMBER_CELL.test(c.text) && !BINDING_CELL.test(c.text));
      if (nums.length === 0 && labels.length === 1) {
        group = labels[0]!;
        continue;
      }
      if (
        nums.length !== 2 ||
        labels.length < 1 ||
        (!NUMBER_CELL.test(row[row.length - 1]!.text) &&
          !BINDING_CELL.test(row[row.length - 1]!.text))
      ) {
        misses++;
        continue;
      }
      misses = 0;
      const name = labels[labels.length - 1]!;
      const rowGroup = labels.length > 1 ? labels[0]! : (group ?? name);
      rows.push({
        group: rowGroup,
        name,
        baseline: nums[0]!,
        target: nums[1]!,
        binding: row.find((c) => BINDING_CELL.test(c.text)) ?? null,
      });
    }
    if (rows.length === 0) continue;
    const last = rows[rows.length - 1]!;
    const toCell = (c: Cell): Cell => (YEAR_CELL.test(c.text) ? c : { ...c, text: `${c.text}年` });
    tables.push({
      title: titleLine?.text.trim() ?? "",
      start: titleLine ? titleLine.start : head[0]!.start,
      end: Math.max(last.target.end, last.binding?.end ?? 0),
      baselineYear: toCell(years[0]!),
      targetYear: toCell(years[1]!),
      rows,
    });
    i = j - 1;
  }
  return tables;
}
