import { STRUCTURE_AFTER } from "../rules/phrases.js";
import {
  DEFINES_AFTER,
  INSPECTION_WORDS,
  ONE_PER_BEFORE,
  WEIGHT_BEFORE,
  REQUIREMENT_AFTER,
} from "../rules/non-figures.js";
import type { Context } from "../extract/context.js";
import { levelOf, nounPhrase, postPhrase, subjectOf } from "../extract/label.js";
import { districtOfSection, lastDistrictRun, scopeEn } from "../extract/scope.js";
import { sectorOf } from "../extract/sector.js";
import { lastCue, sectionStance } from "../extract/stance.js";
import { sectionYear, yearIn } from "../extract/year.js";
import { classifyToken } from "../figures/classify.js";
import { SHORTFALL, comparatorFor, findCue, type Cue } from "../figures/cues.js";
import { chineseFigure, readFigure } from "../figures/figure.js";
import { matchIndicator } from "../rules/indicators.js";
import {
  ACHIEVED_WORDS,
  PAST_WORDS,
  EXISTING_WORDS,
  MOVED_TO,
  MOVE_TO,
  PLANNED_WORDS,
  TARGET_WORDS,
} from "../rules/kinds.js";
import { RATIO_UNIT, unitEn } from "../rules/units.js";
import type { MentionRow } from "../schema/rows.js";
import {
  COMPARATOR,
  KIND,
  MENTION_CLASS,
  YEAR_SOURCE,
  type Comparator,
  type Kind,
  type YearSource,
} from "../schema/vocab.js";
import { sectionAt } from "../segment/sections.js";
import { clauseStart, nextClauseBreak, sentenceAt } from "../segment/sentences.js";
import { plausibleYear } from "../figures/year-range.js";

/**
 * The prose layout: every numeric token of running text not claimed by a table is read as a
 * figure (value, range, unit, trailing qualifier) or classed as something else; a figure then
 * gets, from its clause, sentence and section: qualifier check, sector, kind, comparator, year,
 * label, indicator and scope. Figures standing on lines of their own reach it already joined
 * into their sentences by the view.
 * @param ctx The document's context after the table phase.
 * @example readProse(ctx)
 */
export function readProse(ctx: Context): void {
  const {
    text,
    raw,
    masks,
    options,
    sections,
    sentences,
    quoted,
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
    quoteSpans,
    nextId,
    base,
  } = ctx;
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
    if (!Number.isFinite(fig.value) || (fig.valueMax !== null && !Number.isFinite(fig.valueMax))) {
      const entry = {
        class: MENTION_CLASS.UNRECOGNISED,
        rows: [],
        reason: "a number too large to be a figure (it would be Infinity)",
      };
      for (const st of fig.tokenStarts) mentionOf.set(st, entry);
      skipUntil = fig.end;
      skipClass = entry;
      continue;
    }
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
    const threshold = fig.suffix === COMPARATOR.GE || fig.suffix === COMPARATOR.LE;
    const qualifier =
      /^人口/.test(after) ||
      DEFINES_AFTER.test(text.slice(fig.end - (fig.suffix ? 2 : 0), fig.end + 6)) ||
      (threshold && /^\s?\d/.test(after)) ||
      /人口$/.test(localPre) ||
      (fig.unit === "年" &&
        !/年限|年数|学制|教龄|期限|时长/.test(`${localPre}${after.slice(0, 4)}`)) ||
      fig.unit === "周岁" ||
      fig.unit === "岁" ||
      (/^(以上|以下)?的/.test(after) && (/\d/.test(after) || threshold) && !findCue(localPre)) ||
      // 总得分85分及以上的: a threshold that defines who qualifies.
      /^及(以上|以下)的/.test(after);
    // 行业扶贫、定点扶贫、协作扶贫3项攻坚任务: the count of the items just named is structure.
    const named = localPre
      .replace(/^.*[,;:]/, "")
      .split(/[、]/)
      .filter((x) => x.trim() !== "");
    const structure =
      named.length >= 2 &&
      named.length === fig.value &&
      !/等\s*$/.test(localPre) &&
      /^[项个类]?$/.test(fig.unit ?? "") &&
      !/^[^,;。]{0,8}?(学校|所|校|园|幼儿园|中学|小学)/.test(after);
    const costShare = fig.unit === RATIO_UNIT.zh && /^(的)?比例分担|^分担/.test(after);
    // 每个乡镇至少办好1所: one per unit is a standing norm.
    const norm =
      fig.value === 1 &&
      fig.valueMax === null &&
      /^[所个名项家处间次节]$|^(小时|课时|学时)$/.test(fig.unit ?? "") &&
      ONE_PER_BEFORE.test(clausePre) &&
      !/(每年|逐年)/.test(clausePre) &&
      !/(建成|新建|建设)\s*$/.test(localPre);
    const shape =
      norm ||
      WEIGHT_BEFORE.test(localPre) ||
      STRUCTURE_AFTER.test(after) ||
      REQUIREMENT_AFTER.test(after) ||
      (options.doc_type === "evaluation" && INSPECTION_WORDS.test(clausePre));
    if (structure || costShare || shape) {
      const entry = {
        class: MENTION_CLASS.NAME,
        rows: [],
        reason: structure
          ? "count of the items just named (structure, not a figure)"
          : costShare
            ? "cost-sharing rule (1:1的比例分担), not a figure"
            : WEIGHT_BEFORE.test(localPre)
              ? "a rubric's weight (所占分值3分), not a figure"
              : norm
                ? "a standing norm, one per unit (每个乡镇至少办好1所), not a figure"
                : REQUIREMENT_AFTER.test(after)
                  ? "a requirement cited as a yardstick (未达到5%的规定要求), not a figure"
                  : INSPECTION_WORDS.test(clausePre) && options.doc_type === "evaluation"
                    ? "the evaluation's own sample or activity (察看23所学校, 问卷1260份), not a figure"
                    : "structure or duration (27个部门组成, 24个指标中, 5个工作日, 2批共20所), not a figure",
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
    } else if (
      options.doc_type === "evaluation" &&
      !SHORTFALL.test(clausePre) &&
      TARGET_WORDS.test(clauseText)
    ) {
      kind = KIND.TARGET;
    } else if (/^\s?(的|预期)?目标/.test(text.slice(fig.end, fig.end + 4))) {
      // 高于省定50%目标: a goal quoted as the yardstick of what was achieved.
      kind = KIND.TARGET;
      review = stance === "review";
    } else if (
      options.doc_type !== "evaluation" &&
      EXISTING_WORDS.test(clausePre) &&
      !/(建立|建设|新建|创建|打造|培育|建成|完成|新增)/.test(
        clausePre.slice(clausePre.search(EXISTING_WORDS)),
      )
    ) {
      // 依托20所实验校: what the plan builds on exists when it is issued.
      kind = KIND.BASELINE;
      existing = true;
    } else if (
      stance !== "review" &&
      PLANNED_WORDS.test(clausePre) &&
      !ACHIEVED_WORDS.test(localPre)
    ) {
      kind = KIND.TARGET;
    } else if (
      ACHIEVED_WORDS.test(clausePre) &&
      !PLANNED_WORDS.test(clauseText) &&
      // In a plan's own goals, 累计 sums what the plan will do (三年内累计安排…不少于6000万元).
      !(options.doc_type === "plan" && stance !== "review" && !PAST_WORDS.test(clausePre))
    ) {
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
    const y =
      own && plausibleYear(Number(own[1]))
        ? { year: Number(own[1]), at: 0 }
        : yearIn(
            text,
            sentence.start,
            token.start,
            issuedYear,
            // 全年, 年内: the year reported on, for what was done; a target keeps its own year.
            kind === KIND.TARGET
              ? null
              : options.doc_type === "evaluation"
                ? reviewYear
                : options.period_start - 1,
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
    if (
      kind === KIND.ACTUAL &&
      yearSource === YEAR_SOURCE.SENTENCE &&
      issuedYear !== null &&
      year! > issuedYear
    )
      kind = KIND.TARGET;
    // A plan's figure dated before the plan starts (中职学校达标率:2022年85%,2025年100%) is where
    // it starts from.
    if (
      kind === KIND.TARGET &&
      options.doc_type === "plan" &&
      yearSource === YEAR_SOURCE.SENTENCE &&
      year! < options.period_start
    )
      kind = KIND.BASELINE;

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
    // The words as written decide sector and indicator (创建 makes a school a model school); the
    // label is their noun phrase.
    const wording = subject.slice(-40).replace(/^[、,)]+/, "");
    const indicatorZh = nounPhrase(wording);

    // Sector: only education figures become rows; the others are audited with their sector.
    // A sentence that names no sector goes on with the one before it in the same paragraph.
    const before = text.slice(Math.max(0, sentence.start - 200), sentence.start);
    const paragraph = before.slice(before.lastIndexOf("\n") + 1);
    const previous =
      paragraph
        .replace(/[。;!?]\s*$/, "")
        .split(/[。;!?]/)
        .pop() ?? "";
    const sector = sectorOf(
      [`${wording} ${post}`, text.slice(cStart, clauseEnd), sentenceText, previous, path],
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
    const ind = matchIndicator(`${wording} ${post}`.trim(), `${path} ${sentenceText}`, fig.unit);

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
        scope_en: scopeEn(scope, districts),
        section: path,
        indicator_id: ind?.id ?? null,
        indicator_zh: indicatorZh,
        indicator_en: null,
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
        commitment_strength: null,
        measure: null,
        commitment_cue: null,
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
