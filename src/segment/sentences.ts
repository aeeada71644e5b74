import { CLAUSE_BREAK } from "../rules/phrases.js";

/** A sentence: up to 。！？; or a line break. */
export interface Sentence {
  start: number;
  end: number;
}

/**
 * Splits text into sentences at 。！？; and line breaks; offsets are kept, blank ones dropped.
 * @param text Cleaned text.
 * @returns Sentence spans, trimmed of surrounding spaces.
 * @example splitSentences("达到90%。保持100%").length // 2
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (
      c === "。" ||
      c === "！" ||
      c === "？" ||
      c === ";" ||
      c === "!" ||
      c === "?" ||
      c === "\n"
    ) {
      push(c === "\n" ? i : i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * The sentence holding an offset.
 * @param sentences From {@link splitSentences}.
 * @param offset A character offset.
 * @returns The last sentence starting at or before it.
 * @example sentenceAt(splitSentences("甲。乙"), 2).start // 2
 */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]!;
}

/**
 * Where the clause holding an offset starts: after the last clause break before it.
 * @param text The text.
 * @param from The offset.
 * @param floor Do not look before this offset (the sentence start).
 * @returns The clause start.
 * @example clauseStart("甲,乙", 3, 0) // 2
 */
export function clauseStart(text: string, from: number, floor: number): number {
  for (let i = from - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return floor;
}

/**
 * The next clause break at or after an offset.
 * @param text The text.
 * @param from The offset.
 * @param limit Do not look past this offset (the sentence end).
 * @returns The break's offset, or `limit`.
 * @example nextClauseBreak("甲,乙", 0, 3) // 1
 */
export function nextClauseBreak(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (CLAUSE_BREAK.test(text[i]!)) return i;
  return limit;
}
