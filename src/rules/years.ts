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
