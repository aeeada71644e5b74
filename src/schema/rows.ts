import { columnNames, TABLES, type RowOf } from "./tables.js";

// Row types and column orders, derived from the one declaration of each table (tables.ts).

/** One source document: the `documents` table. */
export interface DocumentRow extends RowOf<typeof TABLES.documents.columns> {}

/** One quantitative statement (target, baseline, actual) or numberless commitment. */
export interface TargetRow extends RowOf<typeof TABLES.targets.columns> {}

/** One entry of a corrections file and what became of it: the `corrections` table. */
export interface CorrectionRow extends RowOf<typeof TABLES.corrections.columns> {}

/** One numeric token of a document and what became of it: the `mentions` audit. */
export interface MentionRow extends RowOf<typeof TABLES.mentions.columns> {}

/** How well one document was read: the `quality` table. */
export interface QualityRow extends RowOf<typeof TABLES.quality.columns> {}

/** One entry of the vocabulary as exported: the `indicators` table. */
export interface IndicatorRow extends RowOf<typeof TABLES.indicators.columns> {}

/** Column order of the `documents` table. */
export const DOCUMENT_COLUMNS = columnNames(TABLES.documents);

/** Column order of the `targets` table. */
export const TARGET_COLUMNS = columnNames(TABLES.targets);

/** Column order of the `corrections` table. */
export const CORRECTION_COLUMNS = columnNames(TABLES.corrections);

/** Column order of the `mentions` table. */
export const MENTION_COLUMNS = columnNames(TABLES.mentions);

/** Column order of the `quality` table. */
export const QUALITY_COLUMNS = columnNames(TABLES.quality);

/** Column order of the `indicators` table (the vocabulary as exported). */
export const INDICATOR_COLUMNS = columnNames(TABLES.indicators);
