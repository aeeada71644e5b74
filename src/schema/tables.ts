import type { Comparator, DocType, Kind, Level, MentionClass, YearSource } from "./vocab.js";
import { MEASURES } from "../rules/measures.js";
import { COMPARATOR, KIND, LEVEL, MENTION_CLASS, YEAR_SOURCE } from "./vocab.js";

/**
 * The exported tables, each column declared once: its name, its type in the row (`type` is a
 * marker for the compiler, nothing at run time) and its English description. The row types, the
 * column order of every file and the codebook (data/README.md) are derived from here
 * (`schema/rows.ts`, `schema/codebook.ts`), so a column cannot be added in one place only.
 */

/** Declares a column's type for the compiler; its value at run time is undefined. */
const t = <T>(): T => undefined as T;

/** One column as declared. */
export interface ColumnDecl {
  readonly name: string;
  readonly type: unknown;
  readonly description: string;
}

/** One table: what a row is, and its columns in order. */
export interface TableDecl {
  readonly summary: string;
  readonly columns: readonly ColumnDecl[];
}

/** The row type a table's columns declare. */
export type RowOf<C extends readonly ColumnDecl[]> = {
  -readonly [K in C[number] as K["name"]]: K["type"];
};

/** Column documentation of every exported table, in column order. */
export const TABLES = Object.freeze({
  documents: {
    summary: "One row per source document.",
    columns: [
      { name: "doc_id", type: t<string>(), description: "Stable id: city, year, kind of plan." },
      { name: "city", type: t<string>(), description: "City, in Chinese (威海, 贵港, 烟台)." },
      { name: "city_en", type: t<string>(), description: "City, in English." },
      { name: "province", type: t<string>(), description: "Province or region, in Chinese." },
      { name: "province_en", type: t<string>(), description: "Province or region, in English." },
      { name: "title", type: t<string>(), description: "Title of the document as issued." },
      { name: "issuer", type: t<string>(), description: "Body that issued or published it." },
      { name: "issued", type: t<string>(), description: "Date issued (signed), ISO 8601." },
      { name: "period_start", type: t<number>(), description: "First year the document covers." },
      {
        name: "period_end",
        type: t<number>(),
        description:
          "Last year it covers: its horizon, used as the year of figures that give none.",
      },
      { name: "doc_type", type: t<DocType>(), description: "plan, work_plan or evaluation." },
      { name: "source_file", type: t<string>(), description: "File name in seeds/." },
      {
        name: "sha256",
        type: t<string>(),
        description: "SHA-256 of the raw file: cite it with the file.",
      },
    ] as const,
  },
  targets: {
    summary:
      "One row per quantitative statement (target, baseline, reported actual), plus one `commitment` row per vocabulary indicator a plan addresses without a number. A figure that applies to several districts gives one row per district.",
    columns: [
      {
        name: "row_id",
        type: t<string>(),
        description:
          "doc_id@offset of the figure in the raw file (rows sharing a figure, one per district, add :scope): stable across extractor versions as long as the figure is read at the same place.",
      },
      { name: "doc_id", type: t<string>(), description: "The document (see documents)." },
      { name: "city", type: t<string>(), description: "City, in Chinese." },
      {
        name: "scope",
        type: t<string>(),
        description:
          "'city', or the district named (环翠区, 临港区 …) when the figure is about one.",
      },
      {
        name: "scope_en",
        type: t<string>(),
        description:
          "The scope in English: 'city-wide', or the district's English name as the document's metadata gives it.",
      },
      {
        name: "section",
        type: t<string>(),
        description: "Heading path, outermost first, joined by ' > '.",
      },
      {
        name: "indicator_id",
        type: t<string | null>(),
        description:
          "Canonical indicator id (see indicators); empty when no vocabulary entry applies.",
      },
      {
        name: "indicator_zh",
        type: t<string>(),
        description: "What is measured, as the sentence words it (cue words and years trimmed).",
      },
      {
        name: "indicator_en",
        type: t<string | null>(),
        description:
          "English name of the canonical indicator; for a row with no indicator_id, a label composed from its level and measure (preschool education: share or rate (%)), so that every row has English.",
      },
      {
        name: "level",
        type: t<Level>(),
        description: `Stage or domain: ${Object.values(LEVEL).join(", ")}.`,
      },
      {
        name: "measure",
        type: t<string | null>(),
        description: `Measure type, from the unit: ${MEASURES.map((m) => m.id).join(", ")}, count (of another unit) or commitment (no number).`,
      },
      {
        name: "kind",
        type: t<Kind>(),
        description: `${Object.values(KIND).join(", ")}. Plans state targets, evaluations actuals; a table's base-year column gives baselines; commitment = addressed without a number.`,
      },
      {
        name: "value",
        type: t<number | null>(),
        description:
          "The number, with 万/亿 folded in (4.85亿元 → 485000000, unit 元). Lower bound of a range. Empty for commitments.",
      },
      {
        name: "value_max",
        type: t<number | null>(),
        description: "Upper bound of a range (3—5所, 4%—6%); empty otherwise.",
      },
      {
        name: "unit",
        type: t<string | null>(),
        description:
          "Unit after folding multipliers: %, 个百分点 (percentage points), 元, 人, 人次, 所, 个 …; 'ratio' for ratios and coefficients.",
      },
      { name: "unit_en", type: t<string | null>(), description: "English name of the unit." },
      {
        name: "comparator",
        type: t<Comparator | null>(),
        description: `${Object.values(COMPARATOR).join(", ")}: words rather than signs, so that CSV, JSON and Parquet hold the same value and no spreadsheet reads it as a formula. 达到/不低于/以上 → at_least (≥); 超过/余 → more_than (>); 控制在…以下/不超过 → at_most (≤); 低于/未达到 → less_than (<); 保持 or no cue → equal; 左右/约 → about (≈). For actuals, 达 reads as equal, and 未达到 N as less_than N (the actual stayed below N).`,
      },
      { name: "year", type: t<number | null>(), description: "Year the figure refers to." },
      {
        name: "year_source",
        type: t<YearSource | null>(),
        description: `${Object.values(YEAR_SOURCE).join(", ")}: from the sentence (到2023年底), a table column heading, the section, or the document's horizon (period_end).`,
      },
      {
        name: "binding",
        type: t<string | null>(),
        description: "预期性 (indicative) or 约束性 (binding), where the document states it.",
      },
      {
        name: "commitment_strength",
        type: t<string | null>(),
        description:
          "For targets and numberless commitments, how firmly the wording promises the figure: firm (确保, 必须, 务必), stated (达到, 不低于, 控制在, or a figure in a plan's table), aspirational (力争, 争取, 努力) or qualified (基本实现, 原则上, 逐步). Read from the sentence up to the figure: a firm, aspirational or qualified word there outranks a plain verb after it. Empty for baselines, actuals and rows added by a corrections file. No public targets dataset records this; it lets a reader weigh a 确保 against a 力争.",
      },
      {
        name: "commitment_cue",
        type: t<string | null>(),
        description:
          "The word that decided commitment_strength; empty when the figure is stated without a verb.",
      },
      {
        name: "text",
        type: t<string>(),
        description: "The figure exactly as written in the raw file (= raw[start:end]).",
      },
      { name: "source_file", type: t<string>(), description: "File name in seeds/." },
      {
        name: "start",
        type: t<number>(),
        description:
          "Start of the figure: JavaScript string index (UTF-16 code units) into the decoded raw file, BOM excluded.",
      },
      { name: "end", type: t<number>(), description: "End of the figure (exclusive)." },
      {
        name: "quote",
        type: t<string>(),
        description:
          "The sentence the figure comes from, verbatim; for a cell of an indicator table, the table row reassembled as 'group | indicator | year: value | …'.",
      },
      {
        name: "provenance",
        type: t<"extracted" | "corrected" | "added">(),
        description:
          "extracted (as the extractor read it), corrected (fields set by the folder's corrections.json) or added (a figure the extractor missed, added there).",
      },
      {
        name: "correction",
        type: t<string>(),
        description:
          "For corrected and added rows: each correction's reason and author ('reason — author').",
      },
    ] as const,
  },
  mentions: {
    summary:
      "Every numeric token of every document (Arabic, full-width and Chinese numerals) and what became of it: the proof that nothing is lost.",
    columns: [
      { name: "doc_id", type: t<string>(), description: "The document." },
      { name: "source_file", type: t<string>(), description: "File name in seeds/." },
      {
        name: "start",
        type: t<number>(),
        description: "Start offset of the token in the raw file (same convention as targets).",
      },
      { name: "end", type: t<number>(), description: "End offset (exclusive)." },
      { name: "text", type: t<string>(), description: "The token as written." },
      {
        name: "numeral",
        type: t<"arabic" | "fullwidth" | "chinese">(),
        description: "arabic, fullwidth or chinese.",
      },
      {
        name: "class",
        type: t<MentionClass>(),
        description: `${Object.values(MENTION_CLASS).join(", ")}. figure = feeds the targets rows in row_ids; the others say why the token is not a figure (other_sector: a figure of health, employment, the economy… in a mixed document, named in reason; table_other: a number of a table that is not one of its figures, such as a rubric weight; removed_by_correction: its row was removed by corrections.json).`,
      },
      {
        name: "row_ids",
        type: t<string>(),
        description: "The targets rows the token feeds, separated by ';'.",
      },
      {
        name: "reason",
        type: t<string>(),
        description: "For figures, kind and indicator; otherwise why the token was set aside.",
      },
    ] as const,
  },
  quality: {
    summary:
      "One row per document: how many of its numbers became rows and where the others went, with a warning when most were lost (`--strict` makes a warning fail the run).",
    columns: [
      { name: "doc_id", type: t<string>(), description: "The document." },
      { name: "source_file", type: t<string>(), description: "File name in the seeds folder." },
      {
        name: "tokens",
        type: t<number>(),
        description: "Numeric tokens in the document (rows of mentions).",
      },
      { name: "figures", type: t<number>(), description: "Tokens that feed target rows." },
      { name: "rows", type: t<number>(), description: "Target rows with a number." },
      { name: "share_to_rows", type: t<number>(), description: "figures / tokens." },
      { name: "year", type: t<number>(), description: "Tokens of mentions class year." },
      { name: "date", type: t<number>(), description: "Tokens of mentions class date." },
      {
        name: "doc_number",
        type: t<number>(),
        description: "Tokens of mentions class doc_number.",
      },
      { name: "ordinal", type: t<number>(), description: "Tokens of mentions class ordinal." },
      { name: "name", type: t<number>(), description: "Tokens of mentions class name." },
      {
        name: "indefinite",
        type: t<number>(),
        description: "Tokens of mentions class indefinite.",
      },
      {
        name: "rate_period",
        type: t<number>(),
        description: "Tokens of mentions class rate_period.",
      },
      {
        name: "other_sector",
        type: t<number>(),
        description: "Tokens of mentions class other_sector.",
      },
      {
        name: "table_other",
        type: t<number>(),
        description: "Tokens of mentions class table_other.",
      },
      { name: "furniture", type: t<number>(), description: "Tokens of mentions class furniture." },
      {
        name: "unrecognised",
        type: t<number>(),
        description: "Tokens of mentions class unrecognised.",
      },
      {
        name: "warning",
        type: t<string>(),
        description:
          "Empty, or why the document looks badly read: most of its numbers went to page furniture or unrecognised, or none became a row.",
      },
    ] as const,
  },
  corrections: {
    summary:
      "One row per entry of the seeds folder's corrections.json (empty without one) and what became of it. A correction whose row the extractor no longer makes, or whose figure now reads otherwise, is listed as not applied, never dropped silently.",
    columns: [
      {
        name: "n",
        type: t<number>(),
        description: "Position of the entry in corrections.json, from 1.",
      },
      {
        name: "action",
        type: t<"remove" | "change" | "add">(),
        description: "remove, change or add.",
      },
      {
        name: "row_id",
        type: t<string>(),
        description: "The row removed, changed or added (added rows: doc_id@offset:added).",
      },
      { name: "doc_id", type: t<string>(), description: "Its document." },
      {
        name: "status",
        type: t<"applied" | "not applied">(),
        description: "applied or not applied.",
      },
      { name: "detail", type: t<string>(), description: "What was done, or why it was not." },
      {
        name: "reason",
        type: t<string>(),
        description: "Why the correction was made, as its author wrote.",
      },
      { name: "author", type: t<string>(), description: "Who made it." },
    ] as const,
  },
  indicators: {
    summary: "The canonical indicator vocabulary that lines the cities up.",
    columns: [
      { name: "indicator_id", type: t<string>(), description: "Stable id." },
      { name: "zh", type: t<string>(), description: "Canonical Chinese name." },
      {
        name: "aliases",
        type: t<string>(),
        description: "Other wordings in the documents, separated by '|'.",
      },
      { name: "en", type: t<string>(), description: "English name (glossary rendering)." },
      { name: "unit", type: t<string>(), description: "Unit it is stated in." },
      { name: "level", type: t<string>(), description: "Stage or domain." },
      { name: "definition", type: t<string>(), description: "What is measured." },
      {
        name: "comparability",
        type: t<string>(),
        description: "How it relates to neighbouring indicators; what to watch when comparing.",
      },
    ] as const,
  },
});

/** The names of a table's columns, in order. */
export function columnNames<C extends readonly ColumnDecl[]>(table: {
  readonly columns: C;
}): readonly C[number]["name"][] {
  return Object.freeze(table.columns.map((c) => c.name as C[number]["name"]));
}
