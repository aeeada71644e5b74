import type { MentionRow, TargetRow } from "../schema/rows.js";
import {
  COMPARATOR,
  KIND,
  LEVEL,
  MENTION_CLASS,
  YEAR_SOURCE,
  type Comparator,
  type DocType,
  type Kind,
  type Level,
  type YearSource,
} from "../schema/vocab.js";
import { INDICATORS, matchIndicator } from "../rules/indicators.js";
import { RATIO_UNIT, unitEn } from "../rules/units.js";
import { classifyToken, findQuotedSpans } from "../figures/classify.js";
import type { CleanText } from "../read/clean.js";
import { comparatorFor, findCue, SHORTFALL, type Cue } from "../figures/cues.js";
import { readFigure } from "../figures/figure.js";
import { findSections, sectionAt, splitSentences, type Section, type Sentence } from "../segment/sections.js";
import { findTables } from "../layouts/tables.js";
import { findNumericTokens, type NumericToken } from "../figures/tokens.js";
import { EXISTING_WORDS, ACHIEVED_WORDS, LEVEL_LABEL, PLANNED_WORDS, PLAN_HEADING, REVIEW_HEADING } from "../rules/kinds.js";
import { COMPARISON_BEFORE, RELATIVE_YEARS, WITHIN_YEAR, YEAR_IN_TEXT } from "../rules/years.js";
import { EDUCATION_DOCUMENT } from "../rules/sectors.js";
import { sectorOf } from "./sector.js";
import { joinLines, rawSpan, viewSpan, type TextView } from "../read/view.js";

/** A place below the city that findings can be scoped to. */
export interface District {
  zh: string;
  en: string;
  /** Other spellings in the documents (高区 for 火炬高技术产业开发区). */
  aliases?: readonly string[];
}

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

const CLAUSE_BREAK = /[,;:!?。\n]/;
const LEVEL_WORDS: readonly [RegExp, Level][] = [
  [/教师|师资|校长|名师|班主任|教研员|督学/, LEVEL.TEACHERS],
  [/近视|视力|体质|体育|健康|卫生|心理/, LEVEL.HEALTH],
  [/学前|幼儿|入园/, LEVEL.PRESCHOOL],
  [/特殊教育|特教|残疾|随班就读/, LEVEL.SPECIAL],
  [/职业|中职|高职|职教|产教|技能/, LEVEL.VOCATIONAL],
  [/高等|高校|大学|学院/, LEVEL.HIGHER],
  [/高中/, LEVEL.HIGH_SCHOOL],
  [/义务教育|中小学|小学|初中/, LEVEL.COMPULSORY],
  [/信息化|数字|智慧|网络|带宽|Mbps|互联网/, LEVEL.DIGITAL],
  [/经费|资金|投入|补助|资助|亿元|万元|元/, LEVEL.FINANCE],
  [/学位|新建|改扩建|校舍|场地|建设/, LEVEL.FACILITIES],
  [/督导|评价|治理|执法|管理/, LEVEL.GOVERNANCE],
];
const FILLERS =
  /^(其中|全市|年内|每年|同时|并|和|及|与|共|再|累计|力争|确保|争取|努力|实现|计划|要|、|\s)+/;
const TARGET_WORDS = /目标|确保|力争|努力推动|要求/;
const MOVE_TO =
  /^[^,;。]*?(提高到|提升到|提升至|增加到|增长到|增至|达到|下降到|降低到|降至|减少到)/;

const MOVED_TO = /(提高到|提升到|提升至|增加到|增长到|增至|达到|下降到|降低到|降至|减少到)\s*$/;

function levelOf(...texts: string[]): Level {
  for (const t of texts) {
    for (const [re, level] of LEVEL_WORDS) if (re.test(t)) return level;
  }
  return LEVEL.OTHER;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]!;
}

function clauseStart(text: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return floor;
}

function nextClauseBreak(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return limit;
}

function postPhrase(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && !/[,;:、。\n\d]/.test(text[i]!)) {
    // A parenthesis belongs to the phrase: 的县(市、区)通过…认定.
    if (text[i] === "(") {
      const close = text.indexOf(")", i);
      if (close > 0 && close < limit && close - i < 20) {
        i = close + 1;
        continue;
      }
      break;
    }
    if (text[i] === ")") break;
    i++;
  }
  return text.slice(from, i).trim();
}

/** Strips year phrases, cue words and fillers from the words before a figure. */
function subjectOf(pre: string): string {
  return pre
    .replace(
      // 到 belongs to the year (到2025年) unless it ends a verb (提高到2025年的92%).
      /((?<![高升加长降低少大容增])(到|至|于))?\s?(19|20)\d\d\s?([—–\-~至到]\s?((19|20)\d\d)?\s?)?年?(底|末|前|内|度)?(前)?/g,
      "",
    )
    .replace(/(由|从)?的?$/, "")
    .replace(/(分别|均|逐年|总计|合计|全部)$/g, "")
    .replace(
      /(达到|达|不低于|不少于|不超过|不高于|超过|高于|低于|控制在|保持在|保持|稳定在|提高到|提升到|提升至|增至|增加到|扩增至|扩容到|下降到|降低到|降至|至少|约|大约|未达到|为)+\s*$/g,
      "",
    )
    .replace(/(分别|均|共)$/g, "")
    .replace(/(由|从)?的?$/, "")
    .replace(FILLERS, "")
    .replace(/^的/, "")
    .replace(/[,、\s]+$/g, "")
    .trim();
}

function yearIn(
  text: string,
  from: number,
  to: number,
  issued: number | null,
  withinYear: number | null,
): { year: number; at: number } | null {
  let found: { year: number; at: number } | null = null;
  const slice = text.slice(from, to);
  const candidates: { year: number; at: number }[] = [];
  for (const m of slice.matchAll(YEAR_IN_TEXT)) {
    // 比2015年提高, 由2023年的88.6%: the base of a comparison does not date what follows.
    if (COMPARISON_BEFORE.test(slice.slice(Math.max(0, m.index - 3), m.index))) continue;
    candidates.push({ year: Number(m[2]), at: from + m.index });
  }
  if (withinYear !== null)
    for (const m of slice.matchAll(WITHIN_YEAR)) candidates.push({ year: withinYear, at: from + m.index });
  if (issued !== null) {
    for (const [re, delta] of RELATIVE_YEARS) {
      for (const m of slice.matchAll(re)) {
        if (COMPARISON_BEFORE.test(slice.slice(Math.max(0, m.index - 2), m.index))) continue;
        candidates.push({ year: issued + delta, at: from + m.index });
      }
    }
  }
  for (const c of candidates) if (!found || c.at > found.at) found = c;
  return found;
}

/** Which of the planned and achieved words comes last in a stretch of text. */
function lastCue(stretch: string): "planned" | "achieved" | null {
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of stretch.matchAll(new RegExp(re.source, "g"))) at = m.index;
    return at;
  };
  const p = last(PLANNED_WORDS);
  const a = last(ACHIEVED_WORDS);
  return p < 0 && a < 0 ? null : p > a ? "planned" : "achieved";
}

const sectionStances = new WeakMap<Section, "review" | "plan" | null>();

/** Whether a section, or the nearest enclosing one whose heading says, looks back or ahead. */
function sectionStance(section: Section | undefined): "review" | "plan" | null {
  if (!section) return null;
  const known = sectionStances.get(section);
  if (known !== undefined) return known;
  const stance = PLAN_HEADING.test(section.heading)
    ? "plan"
    : REVIEW_HEADING.test(section.heading)
      ? "review"
      : sectionStance(section.parent);
  sectionStances.set(section, stance);
  return stance;
}

const sectionYears = new WeakMap<Section, number | null>();

/** The year a section's opening words set (到2025年 …), else its parent's; cached per section. */
function sectionYear(text: string, section: Section | undefined): number | null {
  if (!section) return null;
  const known = sectionYears.get(section);
  if (known !== undefined) return known;
  const lineEnd = text.indexOf("\n", section.start);
  const first = text.slice(section.start, lineEnd < 0 ? text.length : lineEnd);
  const m = /到\s?(20\d\d)\s?年/.exec(first.split("。")[0] ?? "");
  const year = m ? Number(m[1]) : sectionYear(text, section.parent);
  sectionYears.set(section, year);
  return year;
}

/**
 * Extracts every quantitative statement of one document, and the audit of all its numeric
 * tokens. General rules only: what a document needs of its own comes in through `options`.
 * @param clean The cleaned text.
 * @param options The document's metadata.
 * @returns Targets rows and mentions rows.
 * @example extractDocument(cleanText("毛入园率达到110%。", "a.txt"), { doc_id: "a", city: "威海", source_file: "a.txt", doc_type: "plan", period_start: 2023, period_end: 2025 }).targets[0]?.value // 110
 */
export function extractDocument(clean: CleanText, options: ExtractOptions): Extracted {
  const view = joinLines(clean.text, clean.raw);
  const out = extractView(view, clean, options);
  if (view.joins === 0) return out;
  const span = (r: { start: number; end: number }) => rawSpan(view, r.start, r.end);
  for (const t of out.targets) {
    const [s, e] = span(t);
    t.start = s;
    t.end = e;
    t.text = clean.raw.slice(s, e);
    const q = quoteSpans.get(t);
    if (q) t.quote = clean.raw.slice(...span(q));
  }
  for (const m of out.mentions) {
    const [s, e] = span(m);
    m.start = s;
    m.end = e;
    m.text = clean.raw.slice(s, e);
  }
  return out;
}

/** Where each row's quote sits in the view, to map it back to the raw text. */
const quoteSpans = new WeakMap<TargetRow, { start: number; end: number }>();

function extractView(view: TextView, clean: CleanText, options: ExtractOptions): Extracted {
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
  const districtScope =
    options.districtScope ?? (options.doc_type === "evaluation" ? "clause" : "section");
  const targets: TargetRow[] = [];
  const educationDocument = EDUCATION_DOCUMENT.test(`${options.title ?? ""} ${options.issuer ?? ""}`);
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
  const mentionOf = new Map<
    number,
    { class: MentionRow["class"]; rows: string[]; reason: string }
  >();
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
  });

  // Tables, by every layout (layouts/): their cells become rows, their other numbers are audited.
  const tokenAt = (pos: number) => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    const t = tokens[lo];
    return t && t.start <= pos && pos < t.end ? t : undefined;
  };
  for (const table of tables) {
    const section = [sectionPath(table.start), table.title].filter(Boolean).join(" > ");
    for (const o of table.others) {
      const t = tokenAt(o.start);
      if (t && !mentionOf.has(t.start))
        mentionOf.set(t.start, {
          class: /^year/.test(o.reason)
            ? MENTION_CLASS.YEAR
            : /row number/.test(o.reason)
              ? MENTION_CLASS.ORDINAL
              : MENTION_CLASS.TABLE_OTHER,
          rows: [],
          reason: o.reason,
        });
    }
    for (const f of table.figures) {
      const t = tokenAt(f.cell.start);
      const sector = sectorOf([`${f.group} ${f.label}`, table.title], educationDocument);
      if (sector.id !== "education") {
        if (t && !mentionOf.has(t.start))
          mentionOf.set(t.start, {
            class: MENTION_CLASS.OTHER_SECTOR,
            rows: [],
            reason: `sector: ${sector.en}${sector.word ? ` (${sector.word})` : ""}`,
          });
        continue;
      }
      const ind = matchIndicator(f.label, `${f.group} ${f.label}`);
      const kind = f.kind ?? (options.doc_type === "evaluation" ? KIND.ACTUAL : KIND.TARGET);
      const id = nextId();
      targets.push({
        row_id: id,
        ...base(f.cell.start, f.cell.end, f.quote),
        scope: "city",
        section,
        indicator_id: ind && unitsAgree(ind.unit, f.unit) ? ind.id : null,
        indicator_zh: f.label,
        indicator_en: ind && unitsAgree(ind.unit, f.unit) ? ind.en : null,
        level: ind?.level ?? levelOf(f.label, f.group),
        kind,
        value: f.value,
        value_max: null,
        unit: f.unit ?? RATIO_UNIT.zh,
        unit_en: unitEn(f.unit ?? RATIO_UNIT.zh),
        comparator: COMPARATOR.EQ,
        year: f.year ?? (kind === KIND.TARGET ? options.period_end : reviewYear),
        year_source: f.year !== null ? YEAR_SOURCE.TABLE : YEAR_SOURCE.DOCUMENT,
        binding: f.binding,
      });
      if (t) {
        const known = mentionOf.get(t.start);
        if (known?.class === MENTION_CLASS.FIGURE) known.rows.push(id);
        else
          mentionOf.set(t.start, {
            class: MENTION_CLASS.FIGURE,
            rows: [id],
            reason: `${kind} in a table (${table.layout})`,
          });
      }
    }
    // Whatever else a table holds (a digit in a label) is not read as prose.
    for (const t of tokens)
      if (t.start >= table.start && t.start < table.end && !mentionOf.has(t.start))
        mentionOf.set(t.start, {
          class: MENTION_CLASS.TABLE_OTHER,
          rows: [],
          reason: `inside a table (${table.layout}), not one of its cells`,
        });
  }

  // Running prose.
  let skipUntil = -1;
  let skipClass: { class: MentionRow["class"]; rows: string[]; reason: string } | null = null;
  let prev: {
    end: number;
    clause: number;
    subject: string;
    verb: string;
    comparator: Comparator | null;
    kind: Kind;
    sentence: number;
    moveFrom: boolean;
  } | null = null;
  for (const token of tokens) {
    if (mentionOf.has(token.start)) continue;
    if (token.start < skipUntil && skipClass) {
      mentionOf.set(token.start, skipClass);
      continue;
    }
    const debris = masks.length > 0 && onMaskedLine(text, masks, token.start);
    const non = debris
      ? {
          class: MENTION_CLASS.FURNITURE,
          reason: "list marker left by HTML debris",
          end: token.end,
        }
      : classifyToken(text, token, quoted);
    if (non) {
      const entry = { class: non.class, rows: [], reason: non.reason };
      mentionOf.set(token.start, entry);
      skipUntil = non.end;
      skipClass = entry;
      continue;
    }
    const fig =
      token.numeral === "chinese" ? chineseFigure(text, token) : readFigure(text, token.start);
    const sentence = sentenceAt(sentences, token.start);
    const cStart = clauseStart(text, token.start, sentence.start);
    const sameClause: boolean =
      prev !== null && prev.clause === cStart && prev.sentence === sentence.start;
    const localFrom = sameClause ? Math.max(cStart, prev!.end) : cStart;
    const localPre = text.slice(localFrom, fig.start);
    const clausePre = text.slice(cStart, fig.start);
    const clauseEnd = nextClauseBreak(text, fig.end, sentence.end);
    const after = text.slice(fig.end, clauseEnd);
    // A number that defines who or what is counted (6岁儿童, 20万人口以上的区市, 随班就读5人以上的
    // 学校) is part of the indicator, not a figure; "不少于20%的县" keeps its cue and stays a figure.
    const threshold = fig.suffix === ">=" || fig.suffix === "<=";
    const qualifier =
      /^人口/.test(after) ||
      (threshold && /^\s?\d/.test(after)) ||
      /人口$/.test(localPre) ||
      (fig.unit === "年" && !/年限|年数|学制|教龄|期限|时长/.test(`${localPre}${after.slice(0, 4)}`)) ||
      fig.unit === "周岁" ||
      fig.unit === "岁" ||
      (/^(以上|以下)?的/.test(after) && (/\d/.test(after) || threshold) && !findCue(localPre));
    // 行业扶贫、定点扶贫、协作扶贫3项攻坚任务: the count of the items just named is structure.
    const named = localPre.replace(/^.*[,;:]/, "").split(/[、]/).filter((x) => x.trim() !== "");
    const structure =
      named.length >= 2 &&
      named.length === fig.value &&
      !/等\s*$/.test(localPre) &&
      /^[项个类]?$/.test(fig.unit ?? "") &&
      !/^[^,;。]{0,8}?(学校|所|校|园|幼儿园|中学|小学)/.test(after);
    const costShare = fig.unit === RATIO_UNIT.zh && /^(的)?比例分担|^分担/.test(after);
    if (structure || costShare) {
      const entry = {
        class: MENTION_CLASS.NAME,
        rows: [],
        reason: structure
          ? "count of the items just named (structure, not a figure)"
          : "cost-sharing rule (1:1的比例分担), not a figure",
      };
      for (const st of fig.tokenStarts) mentionOf.set(st, entry);
      skipUntil = fig.end;
      skipClass = entry;
      continue;
    }
    if (
      qualifier ||
      (/^[项个]指标/.test(text.slice(fig.end - 1, fig.end + 3)) && /达到|不超过|低于/.test(after))
    ) {
      const entry = {
        class: MENTION_CLASS.NAME,
        rows: [],
        reason: "qualifier inside the indicator's definition (6岁儿童, 20万人口以上的, 7项指标)",
      };
      for (const st of fig.tokenStarts) mentionOf.set(st, entry);
      skipUntil = fig.end;
      skipClass = entry;
      continue;
    }
    if (fig.unit === null && /^(学校|幼儿园|中学|小学|高中)/.test(text.slice(fig.end, fig.end + 3)))
      fig.unit = "所";
    if (fig.unit === null) {
      if (/(之比|系数|比值|比例之比)/.test(text.slice(sentence.start, token.start)))
        fig.unit = RATIO_UNIT.zh;
      else {
        const entry = {
          class: MENTION_CLASS.UNRECOGNISED,
          rows: [],
          reason: "a number with no unit and no ratio wording",
        };
        mentionOf.set(token.start, entry);
        continue;
      }
    }
    const quote = raw.slice(sentence.start, sentence.end);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const section = sectionAt(sections, token.start);
    const path = section?.path.join(" > ") ?? "";

    // Kind: 由…提高到… gives a baseline; otherwise the clause's own words (力争, 已, 累计), then
    // the section (发展基础 looks back, 工作思路 ahead), then the document's type.
    let kind: Kind = KIND.TARGET;
    const clauseText = text.slice(cStart, clauseEnd);
    const stance = sectionStance(section);
    let review = false;
    let moveFrom = false;
    let existing = false;
    let moveTo = false;
    if (
      /(由|从)\s?((19|20)\d\d\s?年(底|末)?)?的?\s*$/.test(localPre) &&
      MOVE_TO.test(text.slice(fig.end, clauseEnd))
    ) {
      kind = KIND.BASELINE;
      moveFrom = true;
    } else if (options.doc_type === "evaluation" && !SHORTFALL.test(clausePre) && TARGET_WORDS.test(clauseText)) {
      kind = KIND.TARGET;
    } else if (/^\s?(的|预期)?目标/.test(text.slice(fig.end, fig.end + 4))) {
      // 高于省定50%目标: a goal quoted as the yardstick of what was achieved.
      kind = KIND.TARGET;
      review = stance === "review";
    } else if (
      options.doc_type !== "evaluation" &&
      EXISTING_WORDS.test(clausePre) &&
      !/(建立|建设|新建|创建|打造|培育|建成|完成|新增)/.test(clausePre.slice(clausePre.search(EXISTING_WORDS)))
    ) {
      // 依托20所实验校: what the plan builds on exists when it is issued.
      kind = KIND.BASELINE;
      existing = true;
    } else if (PLANNED_WORDS.test(clausePre) && !ACHIEVED_WORDS.test(localPre)) {
      kind = KIND.TARGET;
    } else if (ACHIEVED_WORDS.test(clausePre) && !PLANNED_WORDS.test(clauseText)) {
      kind = KIND.ACTUAL;
      review = stance === "review";
    } else if (stance !== "review" && lastCue(text.slice(sentence.start, cStart)) === "planned") {
      // 计划建设10所公办幼儿园,其中…各2所: the sentence's plan governs its later clauses.
      kind = KIND.TARGET;
    } else if (stance === "review") {
      kind = KIND.ACTUAL;
      review = true;
    } else if (stance === "plan") {
      kind = KIND.TARGET;
    } else if (options.doc_type === "evaluation") {
      kind = KIND.ACTUAL;
    }

    // 从50.54亿元增长到69.33亿元 in a plan's background: where the last period started and ended.
    if (stance === "review" && options.doc_type !== "evaluation") {
      if (moveFrom) review = true;
      else if (sameClause && prev!.moveFrom && MOVED_TO.test(localPre)) {
        kind = KIND.BASELINE;
        review = true;
        moveTo = true;
      }
    }

    // Comparator: written after the figure, else the cue before it, else as the previous figure
    // of a list (分别不超过0.5、0.45), else "=".
    const listItem: boolean = sameClause && /^\s*[、和及与]?\s*$/.test(localPre);
    // The words right before the figure count even when a previous figure's noun phrase ran
    // over them (…建8学校年投入约5000万元).
    const nearPre = text.slice(Math.max(cStart, token.start - 3), token.start);
    const cue: Cue | null =
      findCue(localPre) ?? findCue(nearPre) ?? (sameClause ? null : findCue(clausePre));
    let comparator: Comparator =
      fig.valueMax !== null
        ? COMPARATOR.RANGE
        : (fig.suffix ??
          (cue
            ? comparatorFor(cue, kind === KIND.ACTUAL)
            : listItem && prev!.comparator
              ? prev!.comparator
              : COMPARATOR.EQ));
    if (cue && SHORTFALL.test(cue.word)) comparator = cue.comparator;
    if (fig.suffix && cue && SHORTFALL.test(cue.word)) comparator = cue.comparator;

    // Year: the nearest year before the figure in its sentence, else its section, else the horizon.
    let year: number | null = null;
    let yearSource: YearSource | null = null;
    const own =
      kind === KIND.BASELINE
        ? (/(?:由|从)\s?((?:19|20)\d\d)\s?年/.exec(localPre) ??
          (existing && issuedYear !== null ? [String(issuedYear), String(issuedYear)] : null))
        : null;
    const y = own ? { year: Number(own[1]), at: 0 } : yearIn(
          text,
          sentence.start,
          token.start,
          issuedYear,
          options.doc_type === "evaluation" ? reviewYear : issuedYear,
        );
    if (y) {
      year = y.year;
      yearSource = YEAR_SOURCE.SENTENCE;
    } else {
      const sy = kind === KIND.TARGET && !review ? sectionYear(text, section) : null;
      if (sy !== null) {
        year = sy;
        yearSource = YEAR_SOURCE.SECTION;
      } else if (review) {
        // A plan's background reports the year before the plan starts; 从X… starts a period
        // as long as the plan's own.
        const span = options.period_end - options.period_start + 1;
        year =
          options.doc_type === "evaluation"
            ? reviewYear
            : options.period_start - 1 - (moveFrom ? span : 0);
        yearSource = YEAR_SOURCE.DOCUMENT;
      } else {
        // A target is due at the horizon; an actual reports the period under review (an
        // evaluation's own year, the year before a plan or work plan starts).
        year =
          kind === KIND.TARGET
            ? options.period_end
            : options.doc_type === "evaluation"
              ? reviewYear
              : options.period_start - 1;
        yearSource = YEAR_SOURCE.DOCUMENT;
      }
    }

    // What is dated after the document was issued cannot have been achieved yet.
    if (kind === KIND.ACTUAL && yearSource === YEAR_SOURCE.SENTENCE && issuedYear !== null && year! > issuedYear)
      kind = KIND.TARGET;

    // Indicator: the words before the figure, else the verb before it plus the noun after it,
    // else the previous figure's (staged milestones: 2024年底达到87%).
    const post = postPhrase(text, fig.end, sentence.end).replace(/^(以上|以下|以内|左右|余)/, "");
    let subject = subjectOf(localPre);
    let verb = "";
    const sameSentence = prev !== null && prev.sentence === sentence.start;
    let usedPost = false;
    if (listItem && subject === "" && (post === "" || post.startsWith("的")))
      subject = prev!.subject;
    else if (sameSentence && subject === "" && post === "") subject = prev!.subject;
    else if (subject.length <= 6 && post !== "" && !/率|比例|占比|比$/.test(subject)) {
      verb = subject || (sameClause ? prev!.verb : "");
      subject = `${verb}${post}`;
      usedPost = true;
    } else if (subject === "" && sameClause) subject = prev!.subject;
    if (subject === "")
      subject =
        subjectOf(clausePre) || post || (section?.heading.replace(/^专栏\s*\d+\s*/, "") ?? "");
    const indicatorZh = subject.slice(-40).replace(/^[、,)]+/, "");

    // Sector: only education figures become rows; the others are audited with their sector.
    const sector = sectorOf(
      [`${indicatorZh} ${post}`, text.slice(cStart, clauseEnd), sentenceText, path],
      educationDocument,
    );
    if (sector.id !== "education") {
      const entry = {
        class: MENTION_CLASS.OTHER_SECTOR,
        rows: [],
        reason: `sector: ${sector.en}${sector.word ? ` (${sector.word})` : ""}`,
      };
      for (const st of fig.tokenStarts) mentionOf.set(st, entry);
      skipUntil = fig.end;
      skipClass = entry;
      continue;
    }
    const matched = matchIndicator(`${indicatorZh} ${post}`.trim(), `${path} ${sentenceText}`);
    const ind = matched && unitsAgree(matched.unit, fig.unit) ? matched : undefined;

    // Scope: a section headed by a district, or district names before the figure in its sentence.
    let scopes: string[] = ["city"];
    const heading = section ? districtOfSection(section, districts) : null;
    if (heading) scopes = [heading];
    if (districtScope === "clause") {
      const head = text.slice(cStart, token.start);
      const run = lastDistrictRun(head, names);
      const named =
        run && head.length - run.end <= 45 ? districts.filter((d) => run.zh.includes(d.zh)) : [];
      if (named.length) scopes = named.map((d) => d.zh);
    }

    const rowIds: string[] = [];
    for (const scope of scopes) {
      const id = nextId();
      rowIds.push(id);
      targets.push({
        row_id: id,
        ...base(fig.start, fig.end, quote),
        scope,
        section: path,
        indicator_id: ind?.id ?? null,
        indicator_zh: indicatorZh,
        indicator_en: ind?.en ?? null,
        level: ind?.level ?? levelOf(indicatorZh, path),
        kind,
        value: fig.value,
        value_max: fig.valueMax,
        unit: fig.unit,
        unit_en: unitEn(fig.unit),
        comparator,
        year,
        year_source: yearSource,
        binding: /^\s*\(?(预期性|约束性)/.exec(text.slice(fig.end, fig.end + 6))?.[1] ?? null,
      });
      quoteSpans.set(targets[targets.length - 1]!, sentence);
      if (review) reviewed.push(targets[targets.length - 1]!);
      if (moveFrom || moveTo) forcedBaselines.add(targets[targets.length - 1]!);
    }
    const entry = { class: MENTION_CLASS.FIGURE, rows: rowIds, reason: `${kind}: ${indicatorZh}` };
    for (const id of rowIds) entryOf.set(id, entry);
    for (const s of fig.tokenStarts) mentionOf.set(s, entry);
    skipUntil = fig.end;
    skipClass = entry;
    prev = {
      end: fig.end + (usedPost ? post.length : 0),
      clause: cStart,
      subject,
      verb,
      comparator,
      kind,
      sentence: sentence.start,
      moveFrom,
    };
  }

  // In a plan's background, a level (a rate, a share, years of schooling) is where the plan
  // starts from; counts of what was built or won are actuals.
  if (options.doc_type !== "evaluation") {
    for (const r of reviewed) {
      const level =
        forcedBaselines.has(r) ||
        r.unit === "%" || r.unit === "年" || r.unit === RATIO_UNIT.zh || LEVEL_LABEL.test(r.indicator_zh);
      if (!level || /(增长|提高|下降|降低|增加|减少|增幅)$/.test(r.indicator_zh)) continue;
      // The starting point of something the plan sets a goal for: its measure recurs in a target.
      const measure = r.indicator_zh.slice(-3);
      if (!forcedBaselines.has(r) && !targets.some((t) => t.kind === KIND.TARGET && t.indicator_zh.includes(measure)))
        continue;
      r.kind = KIND.BASELINE;
      const entry = entryOf.get(r.row_id);
      if (entry) entry.reason = `${KIND.BASELINE}: ${r.indicator_zh}`;
    }
  }

  // Vocabulary indicators a plan addresses in words only.
  if (options.doc_type !== "evaluation") {
    const have = new Set(targets.map((t) => t.indicator_id));
    for (const ind of INDICATORS) {
      if (!ind.mention) continue;
      const family = INDICATORS.filter((o) => (o.family ?? o.id) === (ind.family ?? ind.id));
      if (family.some((o) => have.has(o.id))) continue;
      const hit = text.indexOf(ind.mention);
      if (hit < 0) continue;
      const sentence = sentenceAt(sentences, hit);
      // The words around the keyword, within its clause: 努力降低学生近视率.
      let from = hit;
      while (from > Math.max(sentence.start, hit - 10) && !/[,;:、《》\n]/.test(text[from - 1]!))
        from--;
      from += /^\s*(\d{1,2}[.、]|[(][一二三四五六七八九十]+[)])?/.exec(text.slice(from, hit))![0]
        .length;
      let to = hit + ind.mention.length;
      while (
        to < Math.min(sentence.end, hit + ind.mention.length + 8) &&
        !/[,;:、。《》\n]/.test(text[to]!)
      )
        to++;
      targets.push({
        row_id: nextId(),
        ...base(from, to, raw.slice(sentence.start, sentence.end)),
        scope: "city",
        section: sectionPath(hit),
        indicator_id: ind.id,
        indicator_zh: text.slice(from, to),
        indicator_en: ind.en,
        level: ind.level,
        kind: KIND.COMMITMENT,
        value: null,
        value_max: null,
        unit: null,
        unit_en: null,
        comparator: null,
        year: options.period_end,
        year_source: YEAR_SOURCE.DOCUMENT,
        binding: null,
      });
      quoteSpans.set(targets[targets.length - 1]!, sentence);
    }
  }

  const mentions: MentionRow[] = [];
  for (const token of tokens) {
    const m = mentionOf.get(token.start) ?? {
      class: MENTION_CLASS.UNRECOGNISED,
      rows: [],
      reason: "not reached by any rule",
    };
    mentions.push({
      doc_id: options.doc_id,
      source_file: file,
      start: token.start,
      end: token.end,
      text: token.text,
      numeral: token.numeral,
      class: m.class,
      row_ids: m.rows.join(";"),
      reason: m.reason,
    });
  }
  targets.sort((a, b) => a.start - b.start || a.row_id.localeCompare(b.row_id));
  return { targets, mentions };
}

/** Whether the line holding an offset had markup blanked out (HTML debris). */
function onMaskedLine(
  text: string,
  masks: readonly { start: number; end: number }[],
  at: number,
): boolean {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const lineEnd = text.indexOf("\n", at);
  return masks.some((m) => m.start < (lineEnd < 0 ? text.length : lineEnd) && m.end > lineStart);
}

const sectionDistricts = new WeakMap<Section, string | null>();

/** The district a section is headed by (八、南海新区), or its parent's; cached per section. */
function districtOfSection(section: Section, districts: readonly District[]): string | null {
  const known = sectionDistricts.get(section);
  if (known !== undefined) return known;
  const own = section.heading.replace(/^[一二三四五六七八九十]+、/, "");
  const found = districts.some((d) => d.zh === own)
    ? own
    : section.parent
      ? districtOfSection(section.parent, districts)
      : null;
  sectionDistricts.set(section, found);
  return found;
}

/** The last list of district names (环翠区、文登区、南海新区) in a stretch of text. */
function lastDistrictRun(
  head: string,
  names: readonly { a: string; zh: string }[],
): { end: number; zh: string[] } | null {
  const hits: { start: number; end: number; zh: string }[] = [];
  for (const { a, zh } of names) {
    for (let i = head.indexOf(a); i >= 0; i = head.indexOf(a, i + 1))
      hits.push({ start: i, end: i + a.length, zh });
  }
  if (hits.length === 0) return null;
  hits.sort((x, y) => x.start - y.start);
  let run = [hits[hits.length - 1]!];
  for (let k = hits.length - 2; k >= 0; k--) {
    const gap = head.slice(hits[k]!.end, run[0]!.start);
    if (/^[、和及与,]?$/.test(gap)) run = [hits[k]!, ...run];
    else break;
  }
  return { end: run[run.length - 1]!.end, zh: run.map((h) => h.zh) };
}

function unitsAgree(expected: string, written: string | null): boolean {
  if (written === expected) return true;
  // Facilities are counted in 所 or 处.
  if (expected === "所" && written === "处") return true;
  if (expected === "个百分点" && written === "%") return true;
  return false;
}

function chineseFigure(text: string, token: NumericToken): ReturnType<typeof readFigure> {
  if (text.slice(token.start - 3, token.start) === "百分之") {
    return {
      start: token.start - 3,
      end: token.end,
      value: token.value ?? 0,
      valueMax: null,
      unit: "%",
      suffix: null,
      tokenStarts: [token.start],
    };
  }
  const unit = /^[所个项名位人]/.exec(text.slice(token.end))?.[0] ?? null;
  return {
    start: token.start,
    end: token.end + (unit ? 1 : 0),
    value: token.value ?? 0,
    valueMax: null,
    unit,
    suffix: null,
    tokenStarts: [token.start],
  };
}
