import {
  COMPARISON_BEFORE,
  FIVE_YEAR_PLAN,
  fivePlanEnd,
  RELATIVE_YEARS,
  WITHIN_YEAR,
  YEAR_IN_TEXT,
} from "../rules/years.js";
import { plausibleYear } from "../figures/year-range.js";
import type { Section } from "../segment/sections.js";

/**
 * The year written nearest before a figure in a stretch of text: 2025年, or 今年/明年/去年 from
 * the issue year, or 年内/全年 (the year in question), or a five-year plan (“十四五”末 → 2025); the base of a comparison (比2015年,
 * 由2020年的) does not count.
 * @param text The text.
 * @param from Start of the stretch (the sentence start).
 * @param to End of the stretch (the figure).
 * @param issued The issue year, or null.
 * @param withinYear The year 年内 means, or null.
 * @returns The year and its offset, or null.
 * @example yearIn("到2025年,达到90%", 0, 9, null, null)?.year // 2025
 */
export function yearIn(
  text: string,
  from: number,
  to: number,
  issued: number | null,
  withinYear: number | null,
): { year: number; at: number } | null {
  let found: { year: number; at: number } | null = null;
  const slice = text.slice(from, to);
  const candidates: { year: number; at: number }[] = [];
  for (const m of slice.matchAll(FIVE_YEAR_PLAN)) {
    const n = 10 + "一二三四五六七八九".indexOf(m[1]!) + 1;
    candidates.push({ year: fivePlanEnd(n), at: from + m.index });
  }
  // Every other way of naming a year ends in or holds 年.
  if (!slice.includes("年")) {
    for (const c of candidates) if (!found || c.at > found.at) found = c;
    return found;
  }
  for (const m of slice.matchAll(YEAR_IN_TEXT)) {
    // 比2015年提高, 由2023年的88.6%: the base of a comparison does not date what follows.
    if (COMPARISON_BEFORE.test(slice.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (plausibleYear(Number(m[2]))) candidates.push({ year: Number(m[2]), at: from + m.index });
  }
  if (withinYear !== null)
    for (const m of slice.matchAll(WITHIN_YEAR))
      candidates.push({ year: withinYear, at: from + m.index });
  if (issued !== null) {
    for (const [re, delta] of RELATIVE_YEARS) {
      for (const m of slice.matchAll(re)) {
        if (COMPARISON_BEFORE.test(slice.slice(Math.max(0, m.index - 2), m.index))) continue;
        candidates.push({ year: issued + delta, at: from + m.index });
      }
    }
  }
  for (const c of candidates) if (!found || c.at > found.at) found = c;
  return found;
}

const sectionYears = new WeakMap<Section, number | null>();

/** The year a section's opening words set (到2025年 …), else its parent's; cached per section. */
export function sectionYear(text: string, section: Section | undefined): number | null {
  if (!section) return null;
  const known = sectionYears.get(section);
  if (known !== undefined) return known;
  const lineEnd = text.indexOf("\n", section.start);
  const first = text.slice(section.start, lineEnd < 0 ? text.length : lineEnd);
  const m = /到\s?(20\d\d)\s?年/.exec(first.split("。")[0] ?? "");
  const year = m ? Number(m[1]) : sectionYear(text, section.parent);
  sectionYears.set(section, year);
  return year;
}
