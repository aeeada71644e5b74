/**
 * Whether a year written in a document can be the year of one of its figures: from the founding
 * of the People's Republic (1949) to the end of the century. 始建于1914年 is history and 1900年 a
 * typo; neither dates a figure (both are still audited as years).
 * @param year The year as written.
 * @returns True for 1949–2100.
 * @example plausibleYear(1914) // false
 */
export function plausibleYear(year: number): boolean {
  return year >= 1949 && year <= 2100;
}
