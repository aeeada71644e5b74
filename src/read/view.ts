import { HEADING_START, NUMERIC_LINE, SENTENCE_END } from "../rules/layout.js";

/**
 * The text the stages read: the cleaned text with the line breaks that a web page or a flattened
 * Word file put inside sentences taken out (`入园率\n98.94%\n,` → `入园率98.94%,`), and a map back
 * to raw offsets, so that every offset a row records still points into the raw file.
 */
export interface TextView {
  /** Cleaned text with joined lines. */
  text: string;
  /** The raw characters at the same places (full-width digits unfolded), for quoting tokens. */
  raw: string;
  /** Raw offset of each character of `text`; one more entry, for the end of the text. */
  toRaw: Int32Array;
  /** Line breaks taken out. */
  joins: number;
}

interface Line {
  start: number;
  /** End of the line's content (before trailing spaces). */
  end: number;
  /** Start of the line's content (after leading spaces). */
  contentStart: number;
  body: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    out.push({ start: pos, contentStart: pos + lead, end: pos + lead + body.length, body });
    pos += line.length + 1;
  }
  return out;
}

/** Characters that cannot start a sentence: they continue the previous line. */
const CONTINUES =
  /^([\d%,、。;:)\]．.…—~\-年月日个所人名万亿元项次家位倍]|以上|以下|以内|左右|余|多)/;
/** Characters after which a sentence must go on. */
const OPEN_END = /[(“《、,\-—~至到]$/;

/** Whether the break between two lines is an artefact of the page, not of the document. */
function joinable(lines: readonly Line[], i: number): boolean {
  const p = lines[i]!;
  const n = lines[i + 1]!;
  if (!p.body || !n.body) return false;
  if (SENTENCE_END.test(p.body) || HEADING_START.test(n.body)) return false;
  const pNum = NUMERIC_LINE.test(p.body);
  const nNum = NUMERIC_LINE.test(n.body);
  // Two numbers on lines of their own are cells of a table column, not one number, except the
  // pieces of a year a Word file broke (20 / 21 / 年).
  if (pNum && nNum) return splitYear(lines, i);
  if (nNum && NUMERIC_LINE.test(lines[i + 2]?.body ?? "")) return false;
  if (pNum && NUMERIC_LINE.test(lines[i - 1]?.body ?? "")) return false;
  if (HEADING_START.test(p.body) && !OPEN_END.test(p.body) && !nNum) return false;
  // A header of year columns (2020 / 年 / 2022 / 年 / 2025 / 年) keeps its years apart.
  // …and so does a year heading a column of numbers (2020年 / 96.4 / 92.5 …).
  const y = yearAt(lines, i + 1);
  if (
    y &&
    (yearAt(lines, i + 1 + y) ||
      yearEndsAt(lines, i) ||
      (NUMERIC_LINE.test(lines[i + 1 + y]?.body ?? "") &&
        NUMERIC_LINE.test(lines[i + 2 + y]?.body ?? "")))
  )
    return false;
  // A figure alone on a line between words is inside a sentence (高于省定\n50%\n目标).
  if (pNum && !nNum) return true;
  return CONTINUES.test(n.body) || OPEN_END.test(p.body);
}

/** Lines a year takes from line k (2020年: 1, 2020 / 年: 2), or 0 when none starts there. */
function yearAt(lines: readonly Line[], k: number): number {
  const b = lines[k]?.body ?? "";
  if (/^(19|20)\d\d\s?年$/.test(b)) return 1;
  if (/^(19|20)\d\d$/.test(b) && (lines[k + 1]?.body ?? "") === "年") return 2;
  return 0;
}

/** Whether line k completes a year standing as a cell (2020年, or 年 after 2020). */
function yearEndsAt(lines: readonly Line[], k: number): boolean {
  const b = lines[k]?.body ?? "";
  return (
    /^(19|20)\d\d\s?年$/.test(b) || (b === "年" && /^(19|20)\d\d$/.test(lines[k - 1]?.body ?? ""))
  );
}

/** 20 / 21 / 年 or 202 / 2 / 年: digit lines that together make a year followed by 年 or a dash. */
function splitYear(lines: readonly Line[], i: number): boolean {
  let digits = /\d{1,3}$/.exec(lines[i]!.body)?.[0] ?? "";
  if (digits.length === lines[i]!.body.length && i > 0 && /^\d{1,3}$/.test(lines[i]!.body)) {
    // A year may have begun on an earlier line (20 / 2 / 2 / 年).
    for (let k = i - 1; k >= 0 && /^\d{1,2}$/.test(lines[k]!.body) && digits.length < 4; k--)
      digits = lines[k]!.body + digits;
  }
  for (let k = i + 1; k < lines.length && digits.length < 4; k++) {
    const m = /^\d{1,3}/.exec(lines[k]!.body);
    if (!m) return false;
    digits += m[0];
    if (m[0].length < lines[k]!.body.length) {
      return (
        digits.length === 4 && /^(19|20)\d\d$/.test(digits) && /^\d+[年\-—]/.test(lines[k]!.body)
      );
    }
    if (digits.length === 4) {
      const after = lines[k + 1]?.body ?? "";
      return /^(19|20)\d\d$/.test(digits) && /^[年\-—]/.test(after);
    }
  }
  return false;
}

/**
 * Builds the view of a cleaned text in which line breaks inside sentences are taken out. A break
 * stays where a sentence ends (。;:!?), where a heading or list item starts, and between numbers
 * standing on lines of their own (table columns); it goes where the next line cannot start a
 * sentence (a number, a unit, a comma) or the previous one cannot end one (an open bracket, 、).
 * @param text Cleaned text (same length as the raw text).
 * @param raw The raw text.
 * @returns The view and its map to raw offsets.
 * @example joinLines("入园率\n98%\n,高于", "入园率\n98%\n,高于").text // "入园率98%,高于"
 */
export function joinLines(text: string, raw: string): TextView {
  const lines = linesOf(text);
  const keep = new Uint8Array(text.length).fill(1);
  let joins = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!joinable(lines, i)) continue;
    // Drop the trailing spaces of the line, its break, and the next line's leading spaces.
    for (let k = lines[i]!.end; k < lines[i + 1]!.contentStart; k++) keep[k] = 0;
    joins++;
  }
  if (joins === 0) {
    const toRaw = new Int32Array(text.length + 1);
    for (let k = 0; k <= text.length; k++) toRaw[k] = k;
    return { text, raw, toRaw, joins };
  }
  // Copy the kept stretches whole: the view is built in time and memory linear in the text.
  let size = 0;
  for (let k = 0; k < text.length; k++) size += keep[k]!;
  const toRaw = new Int32Array(size + 1);
  const t: string[] = [];
  const r: string[] = [];
  let j = 0;
  for (let k = 0; k < text.length; ) {
    if (!keep[k]) {
      k++;
      continue;
    }
    let e = k;
    while (e < text.length && keep[e]) toRaw[j++] = e++;
    t.push(text.slice(k, e));
    r.push(raw.slice(k, e));
    k = e;
  }
  toRaw[size] = text.length;
  return { text: t.join(""), raw: r.join(""), toRaw, joins };
}

/**
 * Raw offsets of a span of the view: its first character and one past its last.
 * @param view From {@link joinLines}.
 * @param start Start in the view.
 * @param end End in the view.
 * @returns The span in the raw text.
 * @example rawSpan(joinLines("a\n1", "a\n1"), 0, 2) // [0, 3]
 */
export function rawSpan(view: TextView, start: number, end: number): [number, number] {
  if (end <= start) return [view.toRaw[start]!, view.toRaw[start]!];
  return [view.toRaw[start]!, view.toRaw[end - 1]! + 1];
}

/**
 * The view's span for a span of the raw text (for marks made on the raw text, such as masks).
 * @param view From {@link joinLines}.
 * @param span A raw span.
 * @returns The same span in view offsets.
 * @example viewSpan(joinLines("a\n1", "a\n1"), { start: 2, end: 3 }) // { start: 1, end: 2 }
 */
export function viewSpan<T extends { start: number; end: number }>(view: TextView, span: T): T {
  const at = (raw: number) => {
    let lo = 0;
    let hi = view.toRaw.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.toRaw[mid]! < raw) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { ...span, start: at(span.start), end: at(span.end) };
}
