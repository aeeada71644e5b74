/**
 * Closed vocabularies of the tables. Each is a frozen object whose values form a union type,
 * with an `isX` guard for input checks.
 */

/** How a figure relates to its value: the comparator a statement sets. */
export const COMPARATOR = Object.freeze({
  GE: "at_least",
  GT: "more_than",
  LE: "at_most",
  LT: "less_than",
  EQ: "equal",
  APPROX: "about",
  RANGE: "range",
} as const);
/**
 * One comparator: `at_least` (≥), `more_than` (>), `at_most` (≤), `less_than` (<), `equal`, `about`
 * (≈) or `range`. Words, not signs, so that no spreadsheet reads a cell as a formula and CSV, JSON
 * and Parquet hold the same value.
 */
export type Comparator = (typeof COMPARATOR)[keyof typeof COMPARATOR];
const comparators = new Set<string>(Object.values(COMPARATOR));
/**
 * Whether a value is a comparator.
 * @param value Any value.
 * @returns True for one of the comparator codes.
 * @example isComparator(">=") // true
 */
export function isComparator(value: unknown): value is Comparator {
  return typeof value === "string" && comparators.has(value);
}

/** The sign each comparator is printed with in charts and reports (`equal` prints none). */
export const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = Object.freeze({
  at_least: "≥",
  more_than: ">",
  at_most: "≤",
  less_than: "<",
  equal: "",
  about: "≈",
  range: "",
});

const FROM_SIGN: Readonly<Record<string, Comparator>> = Object.freeze({
  ">=": "at_least",
  "≥": "at_least",
  ">": "more_than",
  "<=": "at_most",
  "≤": "at_most",
  "<": "less_than",
  "=": "equal",
  "~": "about",
  "≈": "about",
});

/**
 * Reads a comparator written either as its name or as a sign, as hand annotations and
 * corrections files may write it.
 * @param value A comparator name (`at_least`) or sign (`>=`, `≥`).
 * @returns The comparator, or null when the value is neither.
 * @example comparatorOf(">=") // "at_least"
 */
export function comparatorOf(value: unknown): Comparator | null {
  if (isComparator(value)) return value;
  return typeof value === "string" ? (FROM_SIGN[value.trim()] ?? null) : null;
}

/** What kind of statement a row records. */
export const KIND = Object.freeze({
  TARGET: "target",
  BASELINE: "baseline",
  ACTUAL: "actual",
  COMMITMENT: "commitment",
} as const);
/** One kind: `target`, `baseline`, `actual` or `commitment` (addressed without a number). */
export type Kind = (typeof KIND)[keyof typeof KIND];
const kinds = new Set<string>(Object.values(KIND));
/**
 * Whether a value is a statement kind.
 * @param value Any value.
 * @returns True for one of the kinds.
 * @example isKind("baseline") // true
 */
export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && kinds.has(value);
}

/** The stage or domain of education a row belongs to. */
export const LEVEL = Object.freeze({
  PRESCHOOL: "preschool",
  COMPULSORY: "compulsory",
  HIGH_SCHOOL: "high_school",
  VOCATIONAL: "vocational",
  HIGHER: "higher",
  SPECIAL: "special",
  TEACHERS: "teachers",
  HEALTH: "health",
  DIGITAL: "digital",
  FINANCE: "finance",
  FACILITIES: "facilities",
  GOVERNANCE: "governance",
  OTHER: "other",
} as const);
/** One level of education or policy domain. */
export type Level = (typeof LEVEL)[keyof typeof LEVEL];
const levels = new Set<string>(Object.values(LEVEL));
/**
 * Whether a value is a level.
 * @param value Any value.
 * @returns True for one of the levels.
 * @example isLevel("preschool") // true
 */
export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && levels.has(value);
}

/** Where a row's year came from, most specific first. */
export const YEAR_SOURCE = Object.freeze({
  SENTENCE: "sentence",
  TABLE: "table",
  SECTION: "section",
  DOCUMENT: "document",
} as const);
/** One year source. */
export type YearSource = (typeof YEAR_SOURCE)[keyof typeof YEAR_SOURCE];

/** The genre of a source document. */
export const DOC_TYPE = Object.freeze({
  PLAN: "plan",
  WORK_PLAN: "work_plan",
  EVALUATION: "evaluation",
} as const);
/** One document type. */
export type DocType = (typeof DOC_TYPE)[keyof typeof DOC_TYPE];
const docTypes = new Set<string>(Object.values(DOC_TYPE));
/**
 * Whether a value is a document type.
 * @param value Any value.
 * @returns True for `plan`, `work_plan` or `evaluation`.
 * @example isDocType("plan") // true
 */
export function isDocType(value: unknown): value is DocType {
  return typeof value === "string" && docTypes.has(value);
}

/** What became of a numeric token found in a document (the `mentions` audit). */
export const MENTION_CLASS = Object.freeze({
  FIGURE: "figure",
  YEAR: "year",
  DATE: "date",
  DOC_NUMBER: "doc_number",
  ORDINAL: "ordinal",
  NAME: "name",
  FURNITURE: "furniture",
  INDEFINITE: "indefinite",
  UNIT_OF_RATE: "rate_period",
  OTHER_SECTOR: "other_sector",
  TABLE_OTHER: "table_other",
  CORRECTED_AWAY: "removed_by_correction",
  UNRECOGNISED: "unrecognised",
} as const);
/** One mention class. */
export type MentionClass = (typeof MENTION_CLASS)[keyof typeof MENTION_CLASS];
