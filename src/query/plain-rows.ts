/** One row of a query's result, as plain JavaScript values. */
export type Row = Record<string, unknown>;

/**
 * Turns a value DuckDB's client returns in its JavaScript form into a plain one that prints and
 * serialises as JSON: a 64-bit integer (BigInt) becomes a number when it is a safe integer and
 * its decimal digits otherwise; a date or timestamp becomes its ISO 8601 text (`dateOnly`: the
 * day alone, for DATE columns); lists and structs are converted element by element.
 * @param value A value from `getRowObjectsJS()`.
 * @param dateOnly Whether a date stands for a day (a DATE column) rather than an instant.
 * @returns The plain value.
 * @example plainValue(42n) // 42
 */
export function plainValue(value: unknown, dateOnly = false): unknown {
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) {
    const iso = value.toISOString();
    return dateOnly ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map((v) => plainValue(v));
  if (value !== null && typeof value === "object" && !ArrayBuffer.isView(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  return value;
}

/**
 * Converts every value of rows read from DuckDB (see {@link plainValue}).
 * @param rows Rows from `getRowObjectsJS()`.
 * @param dateColumns Columns of SQL type DATE.
 * @returns The rows with plain values.
 * @example plainRows([{ n: 3n, day: new Date("2023-12-16") }], new Set(["day"])) // [{ n: 3, day: "2023-12-16" }]
 */
export function plainRows(rows: readonly Row[], dateColumns: ReadonlySet<string>): Row[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v, dateColumns.has(k))])),
  );
}
