/**
 * Closed vocabularies of the tables. Each is a frozen object whose values form a union type,
 * with an `isX` guard for input checks.
 */

/** How a figure relates to its value: the comparator a statement sets. */
export const COMPARATOR = Object.freeze({
  GE: ">=",
  GT: ">",
  LE: "<=",
  LT: "<",
  EQ: "=",
  APPROX: "~",
  RANGE: "range",
} as const);
/** One comparator: `>=`, `>`, `<=`, `<`, `=`, `~` or `range`. */
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
