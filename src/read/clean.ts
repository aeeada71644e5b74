import { fail, snippet } from "../errors/error.js";
import { message } from "../errors/messages.js";

/** A stretch of the raw text hidden from extraction, and why. */
export interface Mask {
  start: number;
  end: number;
  reason: string;
}

/** Text ready for extraction: same length as the raw text, so every offset is a raw offset. */
export interface CleanText {
  /** The raw decoded text, untouched. */
  raw: string;
  /** Normalised text of the same length: markup blanked, full-width forms folded. */
  text: string;
  /** What was blanked. */
  masks: Mask[];
}

/** One-for-one folds, so offsets survive: full-width digits and punctuation, odd spaces. */
const FOLD: Record<string, string> = {
  "（": "(",
  "）": ")",
  "，": ",",
  "；": ";",
  "：": ":",
  "．": ".",
  "％": "%",
  "－": "-",
  "～": "~",
  "＋": "+",
  "／": "/",
  "\u00a0": " ",
  "\u3000": " ",
  "\r": " ",
  "\u2022": " ",
};

const FOLDABLE = new RegExp(`[０-９${Object.keys(FOLD).join("")}]`, "g");
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g;
const PAGE_START = /^\s*<(?:!doctype|html|head|body)\b/i;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;

/**
 * Normalises a document's text for extraction without moving any character: HTML tags that
 * stand on lines of their own are blanked (page debris), full-width digits and punctuation are
 * folded to ASCII. Markup inside a line of text, character references and whole HTML pages are
 * refused, naming the file and offset.
 * @param raw The decoded text.
 * @param file The file name, for error messages.
 * @returns The cleaned text, same length as `raw`.
 * @example cleanText("达到１１０％", "a.txt").text // "达到110%"
 */
export function cleanText(raw: string, file: string): CleanText {
  if (PAGE_START.test(raw)) {
    const at = raw.search(/</);
    fail(message.htmlPage(file, at, snippet(raw, at)), file, at);
  }
  const masks: Mask[] = [];
  for (const m of raw.matchAll(ENTITY)) {
    if (m[0].toLowerCase() !== "&nbsp;")
      fail(message.htmlEntity(file, m.index, m[0]), file, m.index);
    masks.push({ start: m.index, end: m.index + m[0].length, reason: "html entity" });
  }
  const checkedLines = new Set<number>();
  for (const m of raw.matchAll(TAG)) {
    const lineStart = raw.lastIndexOf("\n", m.index) + 1;
    if (!checkedLines.has(lineStart)) {
      checkedLines.add(lineStart);
      const lineEndAt = raw.indexOf("\n", m.index);
      const line = raw.slice(lineStart, lineEndAt < 0 ? raw.length : lineEndAt);
      const rest = line
        .replace(TAG, "")
        .replace(/[\s\u00a0\u3000\u2022]/g, "")
        .replace(/^\d{1,2}\.$/, "");
      if (/[0-9０-９]/.test(rest))
        fail(message.htmlInFigure(file, m.index, snippet(raw, m.index, 20)), file, m.index);
    }
    masks.push({ start: m.index, end: m.index + m[0].length, reason: "html tag" });
  }
  let text = raw.replace(FOLDABLE, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : FOLD[c]!;
  });
  if (masks.length) {
    masks.sort((a, b) => a.start - b.start);
    const parts: string[] = [];
    let at = 0;
    for (const m of masks) {
      parts.push(text.slice(at, m.start), " ".repeat(m.end - m.start));
      at = m.end;
    }
    parts.push(text.slice(at));
    text = parts.join("");
  }
  return { raw, text, masks };
}
