import type { Section } from "../segment/sections.js";

/** A place below the city that findings can be scoped to. */
export interface District {
  zh: string;
  en: string;
  /** Other spellings in the documents (高区 for 火炬高技术产业开发区). */
  aliases?: readonly string[];
}

const sectionDistricts = new WeakMap<Section, string | null>();

/** The district a section is headed by (八、南海新区), or its parent's; cached per section. */
export function districtOfSection(section: Section, districts: readonly District[]): string | null {
  const known = sectionDistricts.get(section);
  if (known !== undefined) return known;
  const own = section.heading.replace(/^[一二三四五六七八九十]+、/, "");
  const found = districts.some((d) => d.zh === own)
    ? own
    : section.parent
      ? districtOfSection(section.parent, districts)
      : null;
  sectionDistricts.set(section, found);
  return found;
}

/** The last list of district names (环翠区、文登区、南海新区) in a stretch of text. */
export function lastDistrictRun(
  head: string,
  names: readonly { a: string; zh: string }[],
): { end: number; zh: string[] } | null {
  const hits: { start: number; end: number; zh: string }[] = [];
  for (const { a, zh } of names) {
    for (let i = head.indexOf(a); i >= 0; i = head.indexOf(a, i + 1))
      hits.push({ start: i, end: i + a.length, zh });
  }
  if (hits.length === 0) return null;
  hits.sort((x, y) => x.start - y.start);
  let run = [hits[hits.length - 1]!];
  for (let k = hits.length - 2; k >= 0; k--) {
    const gap = head.slice(hits[k]!.end, run[0]!.start);
    if (/^[、和及与,]?$/.test(gap)) run = [hits[k]!, ...run];
    else break;
  }
  return { end: run[run.length - 1]!.end, zh: run.map((h) => h.zh) };
}

/** How English output names a figure about the whole jurisdiction. */
export const CITY_WIDE_EN = "city-wide";

/**
 * A scope in English.
 * @param scope "city" or a district's Chinese name.
 * @param districts The document's districts, with their English names.
 * @returns "city-wide", the district's English name, or the scope itself when it is not listed.
 * @example scopeEn("city", []) // "city-wide"
 */
export function scopeEn(scope: string, districts: readonly District[]): string {
  if (scope === "city") return CITY_WIDE_EN;
  return districts.find((d) => d.zh === scope)?.en ?? scope;
}
