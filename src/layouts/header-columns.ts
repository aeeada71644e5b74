import { NUMERIC_LINE } from "../rules/layout.js";
import { COMPARATOR } from "../schema/vocab.js";
import { COLUMN_MEANINGS } from "../rules/columns.js";
import { lineCells, plainNumber, type Cell, type FoundTable, type TableFigure } from "./cells.js";

/**
 * Tables printed one cell per line under a header of column names — a 督导 score table:
 * `项目 / 权重 / 得分 / 得分率 / 等级 / A1领导职责 / 100 / 93 / 93.00% / 优秀 / …`. The columns'
 * names say what their numbers are (`rules/columns.ts`): scores and rates are figures, weights
 * and maxima are not. Records run while each starts with a label and holds numbers where the
 * header has numeric columns.
 * @param text The view's text.
 * @returns The tables found (figures have no kind or year: the document's apply).
 * @example headerColumnTables("项目\n权重\n得分\n得分率\nA1领导职责\n100\n93\n93.00%")[0]?.figures.length // 2
 */
export function headerColumnTables(text: string): FoundTable[] {
  const all = lineCells(text);
  const tables: FoundTable[] = [];
  for (let i = 0; i < all.length; i++) {
    const head: Cell[] = [];
    let j = i;
    while (
      j < all.length &&
      head.length < 8 &&
      COLUMN_MEANINGS.some((c) => c.name.test(all[j]!.text)) &&
      all[j]!.text.length <= 6
    )
      head.push(all[j++]!);
    if (head.length < 3 || j >= all.length) continue;
    const meaning = head.map((h) => COLUMN_MEANINGS.find((c) => c.name.test(h.text))!);
    if (!meaning.some((m) => m.figure) || meaning[0]!.role !== "label") continue;
    const figures: TableFigure[] = [];
    const others: FoundTable["others"] = [];
    let end = head[head.length - 1]!.end;
    while (j + head.length <= all.length) {
      const record = all.slice(j, j + head.length);
      const fits = record.every((cell, c) =>
        meaning[c]!.role === "label" || meaning[c]!.role === "grade"
          ? !NUMERIC_LINE.test(cell.text) && cell.text.length <= 30
          : NUMERIC_LINE.test(cell.text) &&
            (!meaning[c]!.figure || plainNumber(cell.text) !== null),
      );
      if (!fits) break;
      const label = record[0]!.text;
      const quote = record.map((c) => c.text).join(" | ");
      record.forEach((cell, c) => {
        const m = meaning[c]!;
        if (m.role !== "number") return;
        if (!m.figure) {
          others.push({ start: cell.start, end: cell.end, reason: `${head[c]!.text}: ${m.why}` });
          return;
        }
        figures.push({
          cell,
          value: plainNumber(cell.text)!,
          unit: m.unit ?? (cell.text.endsWith("%") ? "%" : null),
          kind: null,
          year: null,
          comparator: COMPARATOR.EQ,
          label: `${label}${head[c]!.text}`,
          group: label,
          binding: null,
          quote,
        });
      });
      end = record[record.length - 1]!.end;
      j += head.length;
    }
    if (figures.length === 0) continue;
    tables.push({
      layout: "header of column names, one cell per line",
      title: "",
      start: head[0]!.start,
      end,
      figures,
      others,
    });
    i = j - 1;
  }
  return tables;
}
