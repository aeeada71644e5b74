import { toCsv, toJson } from "../io/write.js";

/** How the query command prints a result. */
export type RowFormat = "text" | "csv" | "json";

/** Every result format, for checking user input. */
export const ROW_FORMATS: readonly RowFormat[] = Object.freeze(["text", "csv", "json"]);

/** Widest cell of an aligned text table, in terminal columns; longer text is cut with "…". */
export const TEXT_CELL_WIDTH = 60;

// Characters a terminal draws two columns wide: CJK ideographs and punctuation, kana, hangul,
// full-width forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * The width of a text in terminal columns: two for a wide (CJK, full-width) character, one for
 * any other.
 * @param text Any text.
 * @returns Its width.
 * @example displayWidth("贵港 Guigang") // 12
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value).replace(/\s+/g, " ");
}

/**
 * An aligned text table: a header, a rule, one line per row, numbers right-aligned, text
 * left-aligned and cut at {@link TEXT_CELL_WIDTH} columns, empty cells blank, then the row count.
 * Chinese counts two columns a character, so columns line up in a terminal.
 * @param columns The columns, in order.
 * @param rows The rows.
 * @returns The table, ending in a newline.
 * @example formatText(["city", "value"], [{ city: "贵港", value: 92.4 }])
 * // "city  value\n----  -----\n贵港   92.4\n(1 row)\n"
 */
export function formatText(columns: readonly string[], rows: readonly Record<string, unknown>[]) {
  const cells = rows.map((r) => columns.map((c) => cut(cell(r[c]), TEXT_CELL_WIDTH)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c), ...cells.map((line) => displayWidth(line[i]!))),
  );
  const numeric = columns.map(
    (c) => rows.length > 0 && rows.every((r) => r[c] === null || typeof r[c] === "number"),
  );
  const pad = (text: string, i: number) => {
    const room = " ".repeat(widths[i]! - displayWidth(text));
    return numeric[i] ? room + text : text + room;
  };
  const line = (parts: string[]) => parts.join("  ").trimEnd();
  return [
    line(columns.map((c, i) => pad(c, i))),
    line(widths.map((w) => "-".repeat(w))),
    ...cells.map((parts) => line(parts.map(pad))),
    `(${rows.length} ${rows.length === 1 ? "row" : "rows"})`,
    "",
  ].join("\n");
}

/**
 * Formats a query result for the terminal or a file.
 * @param format text (an aligned table), csv (as the data folder's CSV files, without the
 *   byte-order mark) or json (an array, one row per line).
 * @param columns The columns, in order.
 * @param rows The rows.
 * @returns The formatted result.
 * @example formatRows("csv", ["city"], [{ city: "贵港" }]) // "city\n贵港\n"
 */
export function formatRows(
  format: RowFormat,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  if (format === "csv") {
    // Lists and structs as JSON text rather than "[object Object]".
    const flat = rows.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, v !== null && typeof v === "object" ? cell(v) : v]),
      ),
    );
    return toCsv(flat, columns).replace(/^\uFEFF/, "");
  }
  if (format === "json") return toJson(rows, columns);
  return formatText(columns, rows);
}
