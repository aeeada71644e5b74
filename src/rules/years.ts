/** How documents write the year a figure belongs to. */

/** A year (or the end of a period 2021—2025) written with 年, not a date with a month. */
export const YEAR_IN_TEXT =
  /(?:(19\d\d|20\d\d)\s?[—–\-~至到]\s?)?(19\d\d|20\d\d)\s?年(?!\d{1,2}月\d)/g;

/** Words before a year that make it the base of a comparison (比2015年提高), not the figure's year. */
export const COMPARISON_BEFORE = /(比|较|与|同|由|从|相比)\s?$/;

/** Years named relative to the issue date. */
export const RELATIVE_YEARS: readonly [RegExp, number][] = [
  [/今年/g, 0],
  [/明年|下一年/g, 1],
  [/去年|上一年|上年/g, -1],
];

/** Words for "the year in question": an evaluation's year under review, else the issue year. */
export const WITHIN_YEAR = /年内|本年度|全年/g;

/**
 * A five-year plan named by its number (“十四五”末, 十三五期间): the plan's last year stands for
 * it. The third plan ran 1966–1970 and every later one five years after the last, so the nth
 * ends in 1970 + 5 × (n − 3): 十三五 2020, 十四五 2025, 十五五 2030.
 */
export const FIVE_YEAR_PLAN =
  /十([一二三四五六七八九])五\s?[”"]?\s?(末|期末|时期末|期间|时期|以来|结束)/g;

/**
 * The last year of the nth five-year plan.
 * @param n The plan's number (14 for 十四五).
 * @returns Its last year.
 * @example fivePlanEnd(14) // 2025
 */
export function fivePlanEnd(n: number): number {
  return 1970 + 5 * (n - 3);
}
