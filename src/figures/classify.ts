import { MENTION_CLASS, type MentionClass } from "../schema/vocab.js";
import type { NumericToken } from "./tokens.js";
import { FURNITURE_LINE, FURNITURE_MAX_LINE, IDIOMS } from "../rules/non-figures.js";

/** Why a numeric token is not a figure. */
export interface NonFigure {
  class: MentionClass;
  reason: string;
  /** End of the expression the token belongs to (a date, a year range), to skip its other tokens. */
  end: number;
}

/** Spans of “…”, 《…》 and "…" that close within one sentence: names, titles, slogans. */
export function findQuotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const pairs: [string, string][] = [
    ["“", "”"],
    ["《", "》"],
    ["<", ">"],
    ['"', '"'],
  ];
  for (const [open, close] of pairs) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      const inner = j < 0 ? "" : text.slice(i + 1, j);
      if (j > 0 && j - i <= 60 && !/[。\n]/.test(inner)) {
        spans.push([i, j + 1]);
        i = text.indexOf(open, j + 1);
      } else {
        i = text.indexOf(open, i + 1);
      }
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

interface Line {
  start: number;
  line: string;
  furniture: boolean;
}

// Lines are looked up once per token: keep the last one (tokens come in document order).
let lastLine: { text: string; value: Line } | null = null;

function lineOf(text: string, at: number): Line {
  const cached = lastLine?.text === text ? lastLine.value : null;
  if (cached && at >= cached.start && at <= cached.start + cached.line.length) return cached;
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const e = text.indexOf("\n", at);
  const line = text.slice(start, e < 0 ? text.length : e);
  // A body flattened onto one line is not a metadata line, whatever words it holds.
  const value = {
    start,
    line,
    furniture: line.length <= FURNITURE_MAX_LINE && FURNITURE_LINE.test(line),
  };
  lastLine = { text, value };
  return value;
}

let lastFirst: { text: string; word: string; at: number } | null = null;

/** The first offset of a word in a text, remembered for the text in hand. */
function firstIndex(text: string, word: string): number {
  if (lastFirst?.text !== text || lastFirst.word !== word)
    lastFirst = { text, word, at: text.indexOf(word) };
  return lastFirst.at;
}

/** Whether a token lies inside one of the quoted spans (sorted by start): a binary search. */
function insideQuoted(quoted: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = quoted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]![0] < start) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Spans of different quote marks may overlap: look back over the few that start before.
  for (let k = best; k >= 0 && k > best - 8; k--) if (quoted[k]![1] > end) return true;
  return false;
}

const isYear = (s: string) => /^(19[4-9]\d|20\d\d)$/.test(s);

/**
 * Decides whether a numeric token is something other than a figure: a date, a year, a document
 * number, a list ordinal, part of a name, page furniture or an indefinite amount. Returns null
 * when the token should be read as a figure.
 * @param text Cleaned text.
 * @param token The token.
 * @param quoted Spans from {@link findQuotedSpans}.
 * @returns The class and reason, or null.
 * @example classifyToken("2023年12月16日", {start:0,end:4,text:"2023",numeral:"arabic",value:2023}, [])?.class // "date"
 */
export function classifyToken(
  text: string,
  token: NumericToken,
  quoted: readonly [number, number][],
): NonFigure | null {
  const { start, end } = token;
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  const { start: lineStart, line, furniture } = lineOf(text, start);
  const nf = (cls: MentionClass, reason: string, until = end): NonFigure => ({
    class: cls,
    reason,
    end: until,
  });

  if (token.numeral !== "chinese") {
    const s = text.slice(start, end);
    const date = /^\d{4}(?:年\d{1,2}月(?:\d{1,2}日)?|-\d{1,2}-\d{1,2})/.exec(
      text.slice(start, start + 12),
    );
    if (date && isYear(s))
      return nf(MENTION_CLASS.DATE, "publication or signature date", start + date[0].length);
    if (/\d{1,2}月$/.test(before.replace(/\s/g, "")) && after.startsWith("日"))
      return nf(MENTION_CLASS.DATE, "day of a date");
    if (/^\d{1,2}年$/.test(s + "年") && /^月/.test(after) && /\d{4}年$/.test(before))
      return nf(MENTION_CLASS.DATE, "month of a date");
    if (/^:\d{2}/.test(after) || /\d{1,2}:$/.test(before))
      return nf(MENTION_CLASS.DATE, "clock time");
    if (/第\s?$/.test(before)) return nf(MENTION_CLASS.ORDINAL, "ordinal (第39个)");
    if (/〔$/.test(before) || (/^\s?号/.test(after) && /〕\s?$/.test(before)))
      return nf(MENTION_CLASS.DOC_NUMBER, "document number");
    if (furniture)
      return nf(MENTION_CLASS.FURNITURE, "page furniture (metadata line of the web page)");
    // 始建于1921年: a year of history, not a quantity.
    if (/^1[5-9]\d\d$/.test(s) && /^\s?年(?!度?以来的?\d)/.test(after) && !isYear(s))
      return nf(MENTION_CLASS.YEAR, "year (a date in history)");
    if (isYear(s)) {
      if (/^\s?[—–\-~至到]\s?\d{4}\s?年/.test(after))
        return nf(MENTION_CLASS.YEAR, "first year of a period");
      if (/^\s?(年|—|–|-|~)/.test(after) || /(\d{4}\s?[—–\-~至到]\s?)$/.test(before))
        return nf(MENTION_CLASS.YEAR, "year");
    }
    if (
      start === lineStart + (line.length - line.trimStart().length) &&
      /^[.、]/.test(after) &&
      !/^\.\d/.test(after)
    )
      return nf(MENTION_CLASS.ORDINAL, "list item number");
    if (/专栏\s*$/.test(before)) return nf(MENTION_CLASS.ORDINAL, "box number (专栏)");
    if (
      start === lineStart + (line.length - line.trimStart().length) &&
      /^[\u4e00-\u9fff]/.test(after) &&
      !/^[所个项名位人次年%万亿元]/.test(after)
    )
      return nf(MENTION_CLASS.ORDINAL, "list item number (its full stop is missing in the source)");
    if (/^周年/.test(after)) return nf(MENTION_CLASS.NAME, "anniversary (70周年)");
    if (/^个?部门/.test(after) && /等$/.test(before))
      return nf(MENTION_CLASS.NAME, "number of co-issuing departments of a cited document");
    if (
      /^\s*\d{1,3}\s*$/.test(line) &&
      firstIndex(text, "序号") >= 0 &&
      firstIndex(text, "序号") < start
    )
      return nf(MENTION_CLASS.ORDINAL, "row number of a table");
    if (/[A-Za-z]$/.test(before)) return nf(MENTION_CLASS.NAME, "part of an identifier (IPV6)");
    if (/^G(?![A-Za-z])/.test(after) && !/(到|至|达)\s?$/.test(before))
      return nf(MENTION_CLASS.NAME, "name of a technology (5G)");
    if (/^\+/.test(after) || /\+$/.test(before))
      return nf(MENTION_CLASS.NAME, "part of a formula name (1+X, 3+4)");
    if (/^\s?版/.test(after) || /^\.\d版/.test(after))
      return nf(MENTION_CLASS.NAME, "version number");
    if (/满分$/.test(before)) return nf(MENTION_CLASS.NAME, "maximum of a rating scale");
    if (insideQuoted(quoted, start, end))
      return nf(MENTION_CLASS.NAME, "inside a quoted name or title");
    return null;
  }

  const s = token.text;
  if (before.endsWith("百分之") && token.value !== null) return null;
  if (before.endsWith("第")) return nf(MENTION_CLASS.ORDINAL, "ordinal (第…)");
  if (start === lineStart + (line.length - line.trimStart().length) && /^、/.test(after))
    return nf(MENTION_CLASS.ORDINAL, "heading number");
  if (/\($/.test(before) && /^\)/.test(after)) return nf(MENTION_CLASS.ORDINAL, "heading number");
  if (/^[期届]/.test(after)) return nf(MENTION_CLASS.ORDINAL, "phase or term number");
  if (insideQuoted(quoted, start, end))
    return nf(MENTION_CLASS.NAME, "inside a quoted name or title");
  const around = text.slice(Math.max(0, start - 2), end + 6);
  if (
    IDIOMS.some(
      (w) => around.includes(w) && text.slice(start, end + 6).startsWith(w.slice(w.indexOf(s[0]!))),
    )
  ) {
    return nf(MENTION_CLASS.NAME, "part of a set phrase or policy name");
  }
  if (/^批|^些|^系列|^定/.test(after) && s === "一")
    return nf(MENTION_CLASS.INDEFINITE, "indefinite amount (一批: a number of)");
  if (/每$/.test(before)) return nf(MENTION_CLASS.NAME, "distributive phrase (每一所: each)");
  if (/^一+$/.test(s)) return nf(MENTION_CLASS.NAME, "the word 一 (one, a) inside a phrase");
  if (token.value !== null && /^[所个项名位人]/.test(after)) {
    // 新建幼儿园十二所 is a count; 三所高校, 四项指标, 三个月 name a group or a span.
    if (
      /^.[\u4e00-\u9fff\d“《(]/.test(after) &&
      !/(达到|达|新建|建成|增加|新增|共|累计)$/.test(before)
    )
      return nf(
        MENTION_CLASS.NAME,
        "count in Chinese numerals naming a group (三所高校, 四项指标)",
      );
    return null;
  }
  if (/^年/.test(after) && /^[〇零一二三四五六七八九]{4}$/.test(s) && isYear(String(token.value)))
    return nf(MENTION_CLASS.YEAR, "year written in Chinese numerals (二〇二五年)");
  if (/^年/.test(after))
    return nf(
      MENTION_CLASS.NAME,
      "duration naming a programme or school format (三年行动, 十五年一贯制)",
    );
  return nf(MENTION_CLASS.NAME, "numeral inside a word or phrase, not a quantity");
}
