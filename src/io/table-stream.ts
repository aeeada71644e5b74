import type { FileWriter, OutputSink } from "./write.js";
import { CSV_BOM, csvHeader, csvLines, jsonLines } from "./write.js";

/** Text formats a table is streamed in. */
export type TextFormat = "csv" | "json";

/**
 * One table written batch by batch as CSV and/or JSON, with the same bytes as `toCsv` / `toJson`
 * of all its rows at once: the header (CSV) or the opening bracket (JSON) when it opens, the
 * batches' lines as they come, the closing bracket when it closes.
 */
export class TableStream {
  private readonly files: Partial<Record<TextFormat, FileWriter>> = {};
  private jsonRows = false;
  /** Rows written so far. */
  rows = 0;

  /**
   * Opens the table's files in a sink.
   * @param sink Where files are staged.
   * @param path Path of the table without extension, e.g. "data/targets".
   * @param columns Column order.
   * @param formats Formats to write.
   */
  constructor(
    sink: OutputSink,
    path: string,
    private readonly columns: readonly string[],
    formats: readonly TextFormat[],
  ) {
    for (const f of formats) {
      const file = sink.open(`${path}.${f}`);
      file.write(f === "csv" ? `${CSV_BOM}${csvHeader(columns)}\n` : "[\n");
      this.files[f] = file;
    }
  }

  /**
   * Appends rows.
   * @param rows Plain objects.
   */
  writeRows(rows: readonly object[]): void {
    const chunks: Partial<Record<TextFormat, string | Uint8Array>> = {};
    if (this.files.csv) chunks.csv = csvLines(rows, this.columns);
    if (this.files.json) chunks.json = jsonLines(rows, this.columns);
    this.writeText(chunks, rows.length);
  }

  /**
   * Appends rows already written as text (by `csvLines` / `jsonLines` with this table's columns,
   * for example in the worker thread that extracted them), as a string or its UTF-8 bytes.
   * @param chunks The lines, by format; every format of the table must be given.
   * @param count How many rows they hold.
   */
  writeText(chunks: Partial<Record<TextFormat, string | Uint8Array>>, count: number): void {
    if (!count) return;
    for (const [f, file] of Object.entries(this.files) as [TextFormat, FileWriter][]) {
      const text = chunks[f];
      if (text === undefined) throw new Error(`no ${f} text given for ${count} rows`);
      if (f === "json") {
        if (this.jsonRows) file.write(",\n");
        this.jsonRows = true;
      }
      file.write(text);
    }
    this.rows += count;
  }

  /** Finishes and closes the files. */
  close(): void {
    for (const [f, file] of Object.entries(this.files) as [TextFormat, FileWriter][]) {
      if (f === "json") file.write("\n]\n");
      file.close();
    }
  }
}
