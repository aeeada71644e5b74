import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type opentypeModule from "opentype.js";
import type { Font } from "opentype.js";
import { lazy } from "../lazy.js";
import { setFontDates } from "./font-head.js";

const opentype = lazy<typeof opentypeModule>("opentype.js");

const require = createRequire(import.meta.url);
const ROOT = dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json"));

/** The bundled Noto Sans SC files (SIL OFL 1.1): regular and bold. */
export const FONT_FILES = Object.freeze({
  regular: join(ROOT, "400Regular", "NotoSansSC_400Regular.ttf"),
  bold: join(ROOT, "700Bold", "NotoSansSC_700Bold.ttf"),
});

const loaded: { regular?: Font; bold?: Font } = {};

/**
 * Width of a string in the bundled font, in pixels: what vega needs to place labels when it
 * renders without a browser (its own guess cuts Chinese labels short).
 * @param text The string.
 * @param size Font size in pixels.
 * @param bold Whether the bold weight is used.
 * @returns The advance width.
 * @example measureText("毛入园率", 12) // 48
 */
export function measureText(text: string, size: number, bold = false): number {
  return fontFor(bold).getAdvanceWidth(text, size);
}

/**
 * The parsed bundled font (loaded once, on first use).
 * @param bold Bold rather than regular.
 * @returns The opentype.js font.
 * @example fontFor(false).names.fontFamily.en // "Noto Sans SC"
 */
export function fontFor(bold = false): Font {
  const weight = bold ? "bold" : "regular";
  return (loaded[weight] ??= parseFont(FONT_FILES[weight]));
}

function parseFont(path: string): Font {
  const bytes = readFileSync(path);
  // lowMemory parses glyphs on demand: a chart needs a few hundred of the font's 30 000.
  const parse = opentype().parse as unknown as (
    buffer: ArrayBuffer,
    options: { lowMemory: boolean },
  ) => Font;
  return parse(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    { lowMemory: true },
  );
}

/**
 * A subset of the bundled font holding just the characters of a text, as OpenType (CFF) bytes:
 * small enough to embed in a self-contained HTML page or SVG so that Chinese renders on machines
 * without Chinese fonts. The same text gives the same bytes on every run: the subset is dated with
 * the bundled font's own `head.modified`, not the time it was made.
 * @param text Every character the page shows.
 * @param familyName Family name to give the subset (default "Noto Sans SC").
 * @param bold Subset the bold weight instead of the regular one (default false).
 * @returns The font file's bytes.
 * @example subsetFont("毛入园率达到110%").byteLength
 */
export function subsetFont(text: string, familyName = "Noto Sans SC", bold = false): Uint8Array {
  const font = fontFor(bold);
  const notdef = font.glyphs.get(0);
  const glyphs = [
    new (opentype().Glyph)({
      name: ".notdef",
      unicode: undefined as unknown as number,
      advanceWidth: notdef.advanceWidth ?? font.unitsPerEm,
      path: notdef.path,
    }),
  ];
  const seen = new Set<number>();
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0)!;
    if (code < 32 || seen.has(code)) continue;
    const g = font.charToGlyph(ch);
    if (!g || g.index === 0) continue;
    seen.add(code);
    glyphs.push(
      new (opentype().Glyph)({
        name: `u${code.toString(16)}`,
        unicode: code,
        advanceWidth: g.advanceWidth ?? 0,
        path: g.path,
      }),
    );
  }
  const sub = new (opentype().Font)({
    familyName,
    styleName: bold ? "Bold" : "Regular",
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    glyphs,
  });
  // opentype.js dates the head table with the current time; the subset takes the date of the
  // font it is cut from instead, so that its bytes depend on the text alone.
  const modified = (font.tables.head as unknown as { modified: number }).modified;
  return setFontDates(new Uint8Array(sub.toArrayBuffer()), modified);
}
