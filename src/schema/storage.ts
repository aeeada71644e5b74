import type {
  CorrectionRow,
  DocumentRow,
  IndicatorRow,
  MentionRow,
  QualityRow,
  TargetRow,
} from "./rows.js";

/**
 * How a numeric column is stored in a typed format (Parquet): whole numbers as 32-bit integers
 * (years, offsets, counts: a JavaScript string index never exceeds 2^31), measured values as
 * doubles. Every other column is text. Declared once per table so that every file of a dataset
 * has the same schema whatever its rows hold (a batch whose `value_max` is all empty still
 * writes a double column), and readers that union the files by name see one type per column.
 */
export type Storage = "int32" | "float64";

/** The columns of a row type that hold numbers. */
type NumericColumns<R> = {
  [K in keyof R]-?: NonNullable<R[K]> extends number ? K : never;
}[keyof R];

/** Exactly one storage entry per numeric column: the compiler rejects a missing or extra one. */
type StorageOf<R> = { readonly [K in NumericColumns<R>]: Storage };

/** Storage of the numeric columns of every exported table (the other columns are text). */
export const NUMERIC_STORAGE: {
  readonly documents: StorageOf<DocumentRow>;
  readonly targets: StorageOf<TargetRow>;
  readonly mentions: StorageOf<MentionRow>;
  readonly quality: StorageOf<QualityRow>;
  readonly corrections: StorageOf<CorrectionRow>;
  readonly indicators: StorageOf<IndicatorRow>;
} = Object.freeze({
  documents: { period_start: "int32", period_end: "int32" },
  targets: { value: "float64", value_max: "float64", year: "int32", start: "int32", end: "int32" },
  mentions: { start: "int32", end: "int32" },
  quality: {
    tokens: "int32",
    figures: "int32",
    rows: "int32",
    share_to_rows: "float64",
    year: "int32",
    date: "int32",
    doc_number: "int32",
    ordinal: "int32",
    name: "int32",
    indefinite: "int32",
    rate_period: "int32",
    other_sector: "int32",
    table_other: "int32",
    furniture: "int32",
    unrecognised: "int32",
  },
  corrections: { n: "int32" },
  indicators: {},
});

/**
 * The storage of one column of a table.
 * @param table A table name ("targets").
 * @param column One of its columns.
 * @returns "int32" or "float64" for a numeric column, "utf8" for text (and for unknown names).
 * @example storageOf("targets", "value") // "float64"
 */
export function storageOf(table: string, column: string): Storage | "utf8" {
  const numeric = (NUMERIC_STORAGE as Record<string, Record<string, Storage>>)[table];
  return numeric?.[column] ?? "utf8";
}
