import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import opentype from "opentype.js";

const require = createRequire(import.meta.url);
const ROOT = dirname(require.resolve("@expo-google-fonts/noto-sans-sc/package.json"));

/** The bundled Noto Sans SC files (SIL OFL 1.1): regular and bold. */
export const FONT_FILES = Object.freeze({
  regular: join(ROOT, "400Regular", "NotoSansSC_400Regular.ttf"),
  bold: join(ROOT, "700Bold", "NotoSansSC_700Bold.ttf"),
});

let fonts: { regular: opentype.Font; bold: opentype.Font } | undefined;

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
export function fontFor(bold = false): opentype.Font {
  fonts ??= { regular: opentype.loadSync(FONT_FILES.regular), bold: opentype.loadSync(FONT_FILES.bold) };
  return bold ? fonts.bold : fonts.regular;
}
