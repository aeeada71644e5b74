import { MEASURES } from "../rules/measures.js";
import { COMPARATOR, KIND, LEVEL, MENTION_CLASS, YEAR_SOURCE } from "./vocab.js";

/** One column of an exported table and what it holds. */
export interface ColumnDoc {
  name: string;
  description: string;
}

/** Column documentation of every exported table, in column order. */
export const CODEBOOK: Readonly<
  Record<string, { summary: string; columns: readonly ColumnDoc[] }>
> = Object.freeze({
  documents: {
    summary: "One row per source document.",
    columns: [
      { name: "doc_id", description: "Stable id: city, year, kind of plan." },
      { name: "city", description: "City, in Chinese (威海, 贵港, 烟台)." },
      { name: "city_en", description: "City, in English." },
      { name: "province", description: "Province or region, in Chinese." },
      { name: "province_en", description: "Province or region, in English." },
      { name: "title", description: "Title of the document as issued." },
      { name: "issuer", description: "Body that issued or published it." },
      { name: "issued", description: "Date issued (signed), ISO 8601." },
      { name: "period_start", description: "First year the document covers." },
      {
        name: "period_end",
        description:
          "Last year it covers: its horizon, used as the year of figures that give none.",
      },
      { name: "doc_type", description: "plan, work_plan or evaluation." },
      { name: "source_file", description: "File name in seeds/." },
      { name: "sha256", description: "SHA-256 of the raw file: cite it with the file." },
    ],
  },
  targets: {
    summary:
      "One row per quantitative statement (target, baseline, reported actual), plus one `commitment` row per vocabulary indicator a plan addresses without a number. A figure that applies to several districts gives one row per district.",
    columns: [
      {
        name: "row_id",
        description:
          "doc_id@offset of the figure in the raw file (rows sharing a figure, one per district, add :scope): stable across extractor versions as long as the figure is read at the same place.",
      },
      { name: "doc_id", description: "The document (see documents)." },
      { name: "city", description: "City, in Chinese." },
      {
        name: "scope",
        description:
          "'city', or the district named (环翠区, 临港区 …) when the figure is about one.",
      },
      {
        name: "scope_en",
        description:
          "The scope in English: 'city-wide', or the district's English name as the document's metadata gives it.",
      },
      { name: "section", description: "Heading path, outermost first, joined by ' > '." },
      {
        name: "indicator_id",
        description:
          "Canonical indicator id (see indicators); empty when no vocabulary entry applies.",
      },
      {
        name: "indicator_zh",
        description: "What is measured, as the sentence words it (cue words and years trimmed).",
      },
      {
        name: "indicator_en",
        description:
          "English name of the canonical indicator; for a row with no indicator_id, a label composed from its level and measure (preschool education: share or rate (%)), so that every row has English.",
      },
      { name: "level", description: `Stage or domain: ${Object.values(LEVEL).join(", ")}.` },
      {
        name: "measure",
        description: `Measure type, from the unit: ${MEASURES.map((m) => m.id).join(", ")}, count (of another unit) or commitment (no number).`,
      },
      {
        name: "kind",
        description: `${Object.values(KIND).join(", ")}. Plans state targets, evaluations actuals; a table's base-year column gives baselines; commitment = addressed without a number.`,
      },
      {
        name: "value",
        description:
          "The number, with 万/亿 folded in (4.85亿元 → 485000000, unit 元). Lower bound of a range. Empty for commitments.",
      },
      { name: "value_max", description: "Upper bound of a range (3—5所, 4%—6%); empty otherwise." },
      {
        name: "unit",
        description:
          "Unit after folding multipliers: %, 个百分点 (percentage points), 元, 人, 人次, 所, 个 …; 'ratio' for ratios and coefficients.",
      },
      { name: "unit_en", description: "English name of the unit." },
      {
        name: "comparator",
        description: `${Object.values(COMPARATOR).join(", ")}: words rather than signs, so that CSV, JSON and Parquet hold the same value and no spreadsheet reads it as a formula. 达到/不低于/以上 → at_least (≥); 超过/余 → more_than (>); 控制在…以下/不超过 → at_most (≤); 低于/未达到 → less_than (<); 保持 or no cue → equal; 左右/约 → about (≈). For actuals, 达 reads as equal, and 未达到 N as less_than N (the actual stayed below N).`,
      },
      { name: "year", description: "Year the figure refers to." },
      {
        name: "year_source",
        description: `${Object.values(YEAR_SOURCE).join(", ")}: from the sentence (到2023年底), a table column heading, the section, or the document's horizon (period_end).`,
      },
      {
        name: "binding",
        description: "预期性 (indicative) or 约束性 (binding), where the document states it.",
      },
      {
        name: "commitment_strength",
        description:
          "For targets and numberless commitments, how firmly the wording promises the figure: firm (确保, 必须, 务必), stated (达到, 不低于, 控制在, or a figure in a plan's table), aspirational (力争, 争取, 努力) or qualified (基本实现, 原则上, 逐步). Read from the sentence up to the figure: a firm, aspirational or qualified word there outranks a plain verb after it. Empty for baselines, actuals and rows added by a corrections file. No public targets dataset records this; it lets a reader weigh a 确保 against a 力争.",
      },
      {
        name: "commitment_cue",
        description:
          "The word that decided commitment_strength; empty when the figure is stated without a verb.",
      },
      {
        name: "text",
        description: "The figure exactly as written in the raw file (= raw[start:end]).",
      },
      { name: "source_file", description: "File name in seeds/." },
      {
        name: "start",
        description:
          "Start of the figure: JavaScript string index (UTF-16 code units) into the decoded raw file, BOM excluded.",
      },
      { name: "end", description: "End of the figure (exclusive)." },
      {
        name: "quote",
        description:
          "The sentence the figure comes from, verbatim; for a cell of an indicator table, the table row reassembled as 'group | indicator | year: value | …'.",
      },
      {
        name: "provenance",
        description:
          "extracted (as the extractor read it), corrected (fields set by the folder's corrections.json) or added (a figure the extractor missed, added there).",
      },
      {
        name: "correction",
        description:
          "For corrected and added rows: each correction's reason and author ('reason — author').",
      },
    ],
  },
  mentions: {
    summary:
      "Every numeric token of every document (Arabic, full-width and Chinese numerals) and what became of it: the proof that nothing is lost.",
    columns: [
      { name: "doc_id", description: "The document." },
      { name: "source_file", description: "File name in seeds/." },
      {
        name: "start",
        description: "Start offset of the token in the raw file (same convention as targets).",
      },
      { name: "end", description: "End offset (exclusive)." },
      { name: "text", description: "The token as written." },
      { name: "numeral", description: "arabic, fullwidth or chinese." },
      {
        name: "class",
        description: `${Object.values(MENTION_CLASS).join(", ")}. figure = feeds the targets rows in row_ids; the others say why the token is not a figure (other_sector: a figure of health, employment, the economy… in a mixed document, named in reason; table_other: a number of a table that is not one of its figures, such as a rubric weight; removed_by_correction: its row was removed by corrections.json).`,
      },
      { name: "row_ids", description: "The targets rows the token feeds, separated by ';'." },
      {
        name: "reason",
        description: "For figures, kind and indicator; otherwise why the token was set aside.",
      },
    ],
  },
  quality: {
    summary:
      "One row per document: how many of its numbers became rows and where the others went, with a warning when most were lost (`--strict` makes a warning fail the run).",
    columns: [
      { name: "doc_id", description: "The document." },
      { name: "source_file", description: "File name in the seeds folder." },
      { name: "tokens", description: "Numeric tokens in the document (rows of mentions)." },
      { name: "figures", description: "Tokens that feed target rows." },
      { name: "rows", description: "Target rows with a number." },
      { name: "share_to_rows", description: "figures / tokens." },
      ...(
        [
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
        ] as const
      ).map((c) => ({ name: c, description: `Tokens of mentions class ${c}.` })),
      {
        name: "warning",
        description:
          "Empty, or why the document looks badly read: most of its numbers went to page furniture or unrecognised, or none became a row.",
      },
    ],
  },
  corrections: {
    summary:
      "One row per entry of the seeds folder's corrections.json (empty without one) and what became of it. A correction whose row the extractor no longer makes, or whose figure now reads otherwise, is listed as not applied, never dropped silently.",
    columns: [
      { name: "n", description: "Position of the entry in corrections.json, from 1." },
      { name: "action", description: "remove, change or add." },
      {
        name: "row_id",
        description: "The row removed, changed or added (added rows: doc_id@offset:added).",
      },
      { name: "doc_id", description: "Its document." },
      { name: "status", description: "applied or not applied." },
      { name: "detail", description: "What was done, or why it was not." },
      { name: "reason", description: "Why the correction was made, as its author wrote." },
      { name: "author", description: "Who made it." },
    ],
  },
  indicators: {
    summary: "The canonical indicator vocabulary that lines the cities up.",
    columns: [
      { name: "indicator_id", description: "Stable id." },
      { name: "zh", description: "Canonical Chinese name." },
      { name: "aliases", description: "Other wordings in the documents, separated by '|'." },
      { name: "en", description: "English name (glossary rendering)." },
      { name: "unit", description: "Unit it is stated in." },
      { name: "level", description: "Stage or domain." },
      { name: "definition", description: "What is measured." },
      {
        name: "comparability",
        description: "How it relates to neighbouring indicators; what to watch when comparing.",
      },
    ],
  },
});

/**
 * Renders the codebook as Markdown (written to data/README.md).
 * @returns The Markdown text.
 * @example renderCodebook().startsWith("# Codebook") // true
 */
export function renderCodebook(): string {
  const out = [
    "# Codebook",
    "",
    "Generated by `npm run main` from `src/schema/codebook.ts`; do not edit by hand.",
    "Every table is written as CSV (UTF-8 with BOM, so Excel shows Chinese; cells that a spreadsheet",
    "would run as a formula start with an apostrophe) and as JSON (an array, one row per line).",
    "",
  ];
  for (const [name, { summary, columns }] of Object.entries(CODEBOOK)) {
    out.push(`## ${name}`, "", summary, "", "| column | meaning |", "|---|---|");
    for (const c of columns) out.push(`| ${c.name} | ${c.description.replace(/\|/g, "\\|")} |`);
    out.push("");
  }
  return out.join("\n");
}
