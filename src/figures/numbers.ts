/**
 * Numbers as the documents write them: Arabic and full-width digits, Chinese numerals,
 * and the 万/亿 multipliers.
 */

const DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can form a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿";

/**
 * Parses a Chinese numeral written with place units (十五, 二百零八, 三千五百万) or digit by
 * digit (二〇二五). Returns null for strings that are not one well-formed number, such as 十四五.
 * @param s The numeral.
 * @returns Its value, or null.
 * @example parseChineseNumeral("一百二十") // 120
 */
export function parseChineseNumeral(s: string): number | null {
  if (s === "") return null;
  if (
    (/^[〇零一二三四五六七八九]{3,}$/.test(s) ||
      /^[一二三四五六七八九][〇零一二三四五六七八九]*〇/.test(s)) &&
    !/^零/.test(s)
  ) {
    return Number([...s].map((c) => DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  for (const c of s) {
    if (DIGIT[c] !== undefined) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGIT[c]!;
    } else if (SMALL_UNIT[c] !== undefined) {
      const unit = SMALL_UNIT[c]!;
      if (unit >= lastSmall) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastSmall = unit;
    } else if (BIG_UNIT[c] !== undefined) {
      const unit = BIG_UNIT[c]!;
      if (unit >= lastBig) return null;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * unit;
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastBig = unit;
    } else {
      return null;
    }
  }
  // A lone trailing digit after a place unit is a bare units digit only after 零 or at the start
  // (二百零八 = 208); 十四五 leaves 五 after 四 without a unit and was refused above.
  section += digit ?? 0;
  return total + section;
}

/**
 * Parses an Arabic number with an optional 万 or 亿 multiplier (ASCII or full-width digits).
 * @param s The number as written, e.g. "1.2万".
 * @returns Its value, or null.
 * @example parseNumber("1.2万") // 12000
 */
export function parseNumber(s: string): number | null {
  const folded = s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/．/g, ".");
  const m = /^(\d+(?:\.\d+)?)(万|亿)?$/.exec(folded);
  if (m) return scale(Number(m[1]), m[2]);
  return parseChineseNumeral(folded);
}

/**
 * Multiplies by 万 (10⁴) or 亿 (10⁸), rounding away binary noise (4.85亿 = 485000000 exactly).
 * @param value The number before the multiplier.
 * @param multiplier "万", "亿" or nothing.
 * @returns The scaled value.
 * @example scale(2.1, "万") // 21000
 */
export function scale(value: number, multiplier?: string): number {
  const factor =
    multiplier === "万" ? 1e4 : multiplier === "亿" ? 1e8 : multiplier === "千" ? 1e3 : 1;
  return Number((value * factor).toPrecision(12));
}
