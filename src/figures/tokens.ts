import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./numbers.js";

/** A numeric token: a run of digits (with decimals and 万/亿) or of Chinese numerals. */
export interface NumericToken {
  start: number;
  end: number;
  /** As written in the raw text. */
  text: string;
  numeral: "arabic" | "fullwidth" | "chinese";
  /** Parsed value (before any 万/亿 that follows), null for Chinese runs that are not one number. */
  value: number | null;
}

// A comma between digit groups is a thousands separator only before a unit (1,200所, 3,500万元).
const TOKEN = new RegExp(
  `\\d{1,3}(?:,\\d{3})+(?=\\s?[万亿%所个人元项名位次节处家])|\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+`,
  "g",
);

/** Classifiers after which a lone 一 counts as the number one (一所, 一批). */
const CLASSIFIER = /^[所个项名位人次批类节处家条种支届期级]/;

/**
 * Finds every numeric token of a cleaned text. A Chinese-numeral run counts when it holds more
 * than the character 一, or when 一 stands before a classifier (一批) or after 第; a bare 一 inside
 * words such as 统一 or 一体化 is not a number.
 * @param text Cleaned text (full-width digits already folded).
 * @param raw The raw text, to tell full-width digits apart.
 * @returns Tokens in document order.
 * @example findNumericTokens("达到110%", "达到110%")[0]?.value // 110
 */
export function findNumericTokens(text: string, raw: string): NumericToken[] {
  const out: NumericToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const s = m[0];
    if (/^\d/.test(s)) {
      const rawText = raw.slice(start, end);
      out.push({
        start,
        end,
        text: rawText,
        numeral: rawText === s ? "arabic" : "fullwidth",
        value: Number(s.replace(/,/g, "")),
      });
      continue;
    }
    const onlyOne = /^一+$/.test(s);
    const onlyMultiplier = /^[万亿千百]+$/.test(s);
    const prevIsDigit = start > 0 && /\d/.test(text[start - 1]!);
    if (prevIsDigit && /^[万亿]/.test(s)) continue;
    if (onlyMultiplier) continue;
    if (onlyOne && !(CLASSIFIER.test(text.slice(end)) || text[start - 1] === "第")) continue;
    if (/^一一+$/.test(s)) continue;
    out.push({
      start,
      end,
      text: raw.slice(start, end),
      numeral: "chinese",
      value: parseChineseNumeral(s),
    });
  }
  return out;
}
