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
/**
 * Markup in every spelling a browser reads as markup, any case: comments, `<script>` and
 * `<style>` elements with their content (each within one line, so that a stray opening never
 * hides the document's text below it), declarations (`<!DOCTYPE …>`, `<![CDATA[…]]>`),
 * processing instructions (`<?xml …?>`) and tags, whose name ends at a space, a slash or `>`
 * (`<script/x>`, `<svg/onload=alert(1)>`, `</div >`), including one a line leaves unclosed. A
 * `<` before anything but an ASCII letter, `!`, `/` or `?` (生师比<17, 《关于印发<…>的通知》)
 * is text.
 */
const MARKUP = new RegExp(
  [
    /<!--[^\n]*?(?:-->|$)/.source,
    /<(script|style)\b[^<>]*>[^\n]*?<\/\1\s*>/.source,
    /<[!?][^<>]*>/.source,
    /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[\s/][^<>]*)?>/.source,
    /<\/?[a-zA-Z][a-zA-Z0-9-]*[\s/][^<>\n]*$/.source,
  ].join("|"),
  "gim",
);
/**
 * A saved web page rather than a document's text: the "saved from url" comment browsers write at
 * the top of a saved page, or the page's own structure (doctype, html, head, body, an XML
 * declaration) anywhere.
 */
const PAGE = /<!--\s*saved from url=|<(?:!doctype|html|head|body|\?xml)\b/i;
/** What may stay on a line beside markup: spaces, bullets and the list numbers of page debris. */
const DEBRIS_REST = /^(?:\d{1,2}\.)?$/;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;

/**
 * Checks that markup stands on lines of its own (page debris, which is blanked): a line that
 * also holds text is refused, naming the first markup on it, so that no tag reaches a label or
 * a quote (quotes are cut from the raw text).
 * @param raw The decoded text.
 * @param markup The markup found, in order.
 * @param file The file name, for error messages.
 */
function checkDebris(raw: string, markup: readonly Mask[], file: string): void {
  const blanked = blank(raw, markup);
  const checked = new Set<number>();
  for (const m of markup) {
    // Every line the markup touches, from the one it starts on.
    for (let at = m.start; at >= 0 && at < Math.max(m.end, m.start + 1); ) {
      const lineStart = raw.lastIndexOf("\n", at - 1) + 1;
      const next = raw.indexOf("\n", at);
      const lineEnd = next < 0 ? raw.length : next;
      at = next < 0 ? -1 : next + 1;
      if (checked.has(lineStart)) continue;
      checked.add(lineStart);
      const rest = blanked.slice(lineStart, lineEnd).replace(/[\s\u00a0\u3000\u2022]/g, "");
      if (DEBRIS_REST.test(rest)) continue;
      const show = snippet(raw, m.start, 20);
      if (/[0-9０-９]/.test(rest)) fail(message.htmlInFigure(file, m.start, show), file, m.start);
      fail(message.htmlInText(file, m.start, show), file, m.start);
    }
  }
}

/**
 * Replaces the masked stretches of a text with spaces, keeping their line breaks.
 * @param text The text.
 * @param masks Stretches to blank, in order of their starts (they may overlap: an entity inside
 *   a tag).
 * @returns A text of the same length.
 */
function blank(text: string, masks: readonly Mask[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of masks) {
    const from = Math.max(at, m.start);
    parts.push(text.slice(at, from));
    if (m.end > from) parts.push(text.slice(from, m.end).replace(/[^\n]/g, " "));
    at = Math.max(at, m.end);
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * Normalises a document's text for extraction without moving any character: markup (tags in any
 * spelling, comments, scripts) that stands on lines of its own is blanked (page debris),
 * full-width digits and punctuation are folded to ASCII. Markup inside a line of text, character
 * references and saved web pages are refused, naming the file and offset.
 * @param raw The decoded text.
 * @param file The file name, for error messages.
 * @returns The cleaned text, same length as `raw`.
 * @example cleanText("达到１１０％", "a.txt").text // "达到110%"
 */
export function cleanText(raw: string, file: string): CleanText {
  const page = raw.search(PAGE);
  if (page >= 0) fail(message.htmlPage(file, page, snippet(raw, page)), file, page);
  const masks: Mask[] = [];
  for (const m of raw.matchAll(ENTITY)) {
    if (m[0].toLowerCase() !== "&nbsp;")
      fail(message.htmlEntity(file, m.index, m[0]), file, m.index);
    masks.push({ start: m.index, end: m.index + m[0].length, reason: "html entity" });
  }
  const markup: Mask[] = [];
  for (const m of raw.matchAll(MARKUP))
    markup.push({ start: m.index, end: m.index + m[0].length, reason: "html tag" });
  if (markup.length) checkDebris(raw, markup, file);
  for (const m of markup) masks.push(m);
  const folded = raw.replace(FOLDABLE, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xff10 + 48) : FOLD[c]!;
  });
  masks.sort((x, y) => x.start - y.start);
  const text = masks.length ? blank(folded, masks) : folded;
  return { raw, text, masks };
}
