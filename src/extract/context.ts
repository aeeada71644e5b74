import type { MentionRow, TargetRow } from "../schema/rows.js";
import type { DocType, MentionClass } from "../schema/vocab.js";
import type { CleanText } from "../read/clean.js";
import { viewSpan, type TextView } from "../read/view.js";
import { findSections, sectionAt, type Section } from "../segment/sections.js";
import { splitSentences, type Sentence } from "../segment/sentences.js";
import { findQuotedSpans } from "../figures/classify.js";
import { findNumericTokens, type NumericToken } from "../figures/tokens.js";
import { findTables } from "../layouts/tables.js";
import type { FoundTable } from "../layouts/cells.js";
import { PLAN_HEADING } from "../rules/kinds.js";
import { EDUCATION_DOCUMENT } from "../rules/sectors.js";
import type { District } from "./scope.js";

/** What the extractor needs to know about a document. */
export interface ExtractOptions {
  doc_id: string;
  city: string;
  source_file: string;
  doc_type: DocType;
  period_start: number;
  period_end: number;
  /** Title and issuer: an education document's figures are education unless their words say not. */
  title?: string;
  issuer?: string;
  /** ISO date of issue: 今年, 明年 and 去年 are counted from its year. */
  issued?: string;
  /** Places whose names scope a figure to them (see `districtScope`). */
  districts?: readonly District[];
  /**
   * Where district names scope figures: in the sentence before the figure ("clause", for
   * evaluations that report by district) or only through section headings ("section").
   * Default: "clause" for evaluations, "section" otherwise.
   */
  districtScope?: "clause" | "section";
}

/** The rows one document yields. */
export interface Extracted {
  targets: TargetRow[];
  mentions: MentionRow[];
}

/** What became of a numeric token, as the audit records it. */
export interface MentionEntry {
  class: MentionClass;
  rows: string[];
  reason: string;
}

/**
 * Everything the stages of one document's extraction share: the view and its segments, the
 * tokens and tables, the rows made so far and the audit entries.
 */
export interface Context {
  view: TextView;
  text: string;
  raw: string;
  masks: { start: number; end: number }[];
  file: string;
  options: ExtractOptions;
  sections: Section[];
  sentences: Sentence[];
  quoted: [number, number][];
  tables: FoundTable[];
  tokens: NumericToken[];
  districts: readonly District[];
  names: { a: string; zh: string }[];
  districtScope: "clause" | "section";
  targets: TargetRow[];
  educationDocument: boolean;
  issuedYear: number | null;
  reviewYear: number;
  /** Figures of a section that looks back: baselines or actuals (see `settleBaselines`). */
  reviewed: TargetRow[];
  entryOf: Map<string, { reason: string }>;
  /** Figures of 从X增长到Y in a plan's background: both ends are levels the plan starts from. */
  forcedBaselines: Set<TargetRow>;
  mentionOf: Map<number, MentionEntry>;
  /** Where each row's quote sits in the view, to map it back to the raw text. */
  quoteSpans: Map<TargetRow, { start: number; end: number }>;
  nextId: () => string;
  sectionPath: (at: number) => string;
  base: (
    start: number,
    end: number,
    quote: string,
  ) => Pick<
    TargetRow,
    | "doc_id"
    | "city"
    | "source_file"
    | "start"
    | "end"
    | "text"
    | "quote"
    | "provenance"
    | "correction"
  >;
}

/**
 * Reads a document's view into the shared context: sections, sentences, quoted spans, tables,
 * numeric tokens, and what the metadata implies (issue year, the year under review, whether the
 * document is about education).
 * @param view The view of the cleaned text.
 * @param clean The cleaned text (for its masks).
 * @param options The document's metadata.
 * @returns The context.
 * @example createContext(joinLines("达到90%", "达到90%"), cleanText("达到90%", "a"), options).tokens.length // 1
 */
export function createContext(view: TextView, clean: CleanText, options: ExtractOptions): Context {
  const { text, raw } = view;
  const masks = clean.masks.map((m) => viewSpan(view, m));
  const file = options.source_file;
  const sections = findSections(text);
  const sentences = splitSentences(text);
  const quoted = findQuotedSpans(text);
  const tables = findTables(text);
  const tokens = findNumericTokens(text, raw);
  const districts = options.districts ?? [];
  const names = districts.flatMap((d) =>
    [d.zh, ...(d.aliases ?? [])].map((a) => ({ a, zh: d.zh })),
  );
  const districtScope: "clause" | "section" =
    options.districtScope ?? (options.doc_type === "evaluation" ? "clause" : "section");
  const targets: TargetRow[] = [];
  const educationDocument = EDUCATION_DOCUMENT.test(
    `${options.title ?? ""} ${options.issuer ?? ""}`,
  );
  const issuedYear = options.issued ? Number(options.issued.slice(0, 4)) : null;
  // An evaluation reports on its period's last year, unless it also plans ahead (2024年工作总结
  // 及2025年工作思路): then its actuals belong to the period's first year.
  const reviewYear = sections.some((s) => PLAN_HEADING.test(s.heading))
    ? options.period_start
    : options.period_end;
  /** Figures of a section that looks back, with their labels: baselines or actuals (see below). */
  const reviewed: TargetRow[] = [];
  const entryOf = new Map<string, { reason: string }>();
  /** Figures of 从X增长到Y in a plan's background: both ends are levels the plan starts from. */
  const forcedBaselines = new Set<TargetRow>();
  const mentionOf = new Map<number, MentionEntry>();
  let n = 0;
  const nextId = () => `${options.doc_id}-${String(++n).padStart(4, "0")}`;
  const sectionPath = (at: number) => sectionAt(sections, at)?.path.join(" > ") ?? "";

  const base = (start: number, end: number, quote: string) => ({
    doc_id: options.doc_id,
    city: options.city,
    source_file: file,
    start,
    end,
    text: raw.slice(start, end),
    quote,
    provenance: "extracted" as const,
    correction: "",
  });

  return {
    view,
    text,
    raw,
    masks,
    file,
    options,
    sections,
    sentences,
    quoted,
    tables,
    tokens,
    districts,
    names,
    districtScope,
    targets,
    educationDocument,
    issuedYear,
    reviewYear,
    reviewed,
    entryOf,
    forcedBaselines,
    mentionOf,
    quoteSpans: new Map(),
    nextId,
    sectionPath,
    base,
  };
}
