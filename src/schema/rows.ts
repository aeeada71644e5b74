import type { Comparator, DocType, Kind, Level, MentionClass, YearSource } from "./vocab.js";

/** One source document: the `documents` table. */
export interface DocumentRow {
  doc_id: string;
  city: string;
  city_en: string;
  province: string;
  province_en: string;
  title: string;
  issuer: string;
  issued: string;
  period_start: number;
  period_end: number;
  doc_type: DocType;
  source_file: string;
  sha256: string;
}

/** One quantitative statement (target, baseline, actual) or numberless commitment. */
export interface TargetRow {
  row_id: string;
  doc_id: string;
  city: string;
  scope: string;
  /** The scope in English: "city-wide", or the district's English name from the metadata. */
  scope_en: string;
  section: string;
  indicator_id: string | null;
  indicator_zh: string;
  indicator_en: string | null;
  level: Level;
  /** Measure type from the unit (share, change_pp, persons, institutions, spending, count …). */
  measure: string | null;
  kind: Kind;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  unit_en: string | null;
  comparator: Comparator | null;
  year: number | null;
  year_source: YearSource | null;
  binding: string | null;
  /** For targets and commitments: firm, stated, aspirational or qualified (rules/strength.ts). */
  commitment_strength: string | null;
  /** The word that decided the strength (确保, 力争, 基本 …); empty when none was written. */
  commitment_cue: string | null;
  text: string;
  source_file: string;
  start: number;
  end: number;
  quote: string;
  /** extracted, corrected (fields changed by a corrections file) or added (by a corrections file). */
  provenance: "extracted" | "corrected" | "added";
  /** For corrected and added rows: the corrections' reasons and authors. */
  correction: string;
}

/** One entry of a corrections file and what became of it: the `corrections` table. */
export interface CorrectionRow {
  /** Position of the entry in corrections.json, from 1. */
  n: number;
  action: "remove" | "change" | "add";
  row_id: string;
  doc_id: string;
  status: "applied" | "not applied";
  detail: string;
  reason: string;
  author: string;
}

/** One numeric token of a document and what became of it: the `mentions` audit. */
export interface MentionRow {
  doc_id: string;
  source_file: string;
  start: number;
  end: number;
  text: string;
  numeral: "arabic" | "fullwidth" | "chinese";
  class: MentionClass;
  row_ids: string;
  reason: string;
}

/** How well one document was read: the `quality` table. */
export interface QualityRow {
  doc_id: string;
  source_file: string;
  /** Numeric tokens in the document. */
  tokens: number;
  /** Tokens that feed rows. */
  figures: number;
  /** Numeric rows. */
  rows: number;
  /** figures / tokens. */
  share_to_rows: number;
  year: number;
  date: number;
  doc_number: number;
  ordinal: number;
  name: number;
  indefinite: number;
  rate_period: number;
  other_sector: number;
  table_other: number;
  furniture: number;
  unrecognised: number;
  /** Empty, or what looks wrong and where to look. */
  warning: string;
}

/** Column order of the `documents` table. */
export const DOCUMENT_COLUMNS = Object.freeze([
  "doc_id",
  "city",
  "city_en",
  "province",
  "province_en",
  "title",
  "issuer",
  "issued",
  "period_start",
  "period_end",
  "doc_type",
  "source_file",
  "sha256",
] as const satisfies readonly (keyof DocumentRow)[]);

/** Column order of the `targets` table. */
export const TARGET_COLUMNS = Object.freeze([
  "row_id",
  "doc_id",
  "city",
  "scope",
  "scope_en",
  "section",
  "indicator_id",
  "indicator_zh",
  "indicator_en",
  "level",
  "measure",
  "kind",
  "value",
  "value_max",
  "unit",
  "unit_en",
  "comparator",
  "year",
  "year_source",
  "binding",
  "commitment_strength",
  "commitment_cue",
  "text",
  "source_file",
  "start",
  "end",
  "quote",
  "provenance",
  "correction",
] as const satisfies readonly (keyof TargetRow)[]);

/** Column order of the `corrections` table. */
export const CORRECTION_COLUMNS = Object.freeze([
  "n",
  "action",
  "row_id",
  "doc_id",
  "status",
  "detail",
  "reason",
  "author",
] as const satisfies readonly (keyof CorrectionRow)[]);

/** Column order of the `mentions` table. */
export const MENTION_COLUMNS = Object.freeze([
  "doc_id",
  "source_file",
  "start",
  "end",
  "text",
  "numeral",
  "class",
  "row_ids",
  "reason",
] as const satisfies readonly (keyof MentionRow)[]);

/** Column order of the `quality` table. */
export const QUALITY_COLUMNS = Object.freeze([
  "doc_id",
  "source_file",
  "tokens",
  "figures",
  "rows",
  "share_to_rows",
  "year",
  "date",
  "doc_number",
  "ordinal",
  "name",
  "indefinite",
  "rate_period",
  "other_sector",
  "table_other",
  "furniture",
  "unrecognised",
  "warning",
] as const satisfies readonly (keyof QualityRow)[]);

/** Column order of the `indicators` table (the vocabulary as exported). */
export const INDICATOR_COLUMNS = Object.freeze([
  "indicator_id",
  "zh",
  "aliases",
  "en",
  "unit",
  "level",
  "definition",
  "comparability",
] as const);
