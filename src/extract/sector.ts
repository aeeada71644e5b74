import { EDUCATION_WORDS, NOT_EDUCATION_PHRASES, OTHER_SECTORS } from "../rules/sectors.js";

/** The sector a figure belongs to, and the word that decided it. */
export interface SectorCall {
  /** "education", another sector's id from `OTHER_SECTORS`, or "unknown". */
  id: string;
  en: string;
  word: string;
}

const EDUCATION = { id: "education", en: "education" };

/**
 * Decides the sector of a figure from its surroundings, narrowest first: its own label, its
 * clause, its sentence, its section headings. The first of these that names education and no
 * other sector, or another sector and not education, decides; where each names both or neither,
 * a figure whose label or clause names education is education, and otherwise the document decides (an education plan's figures are education; a mixed document's are
 * "unknown" and stay out of the tables).
 * @param contexts Texts around the figure, narrowest first.
 * @param educationDocument Whether the document as a whole is about education.
 * @returns The sector and the word that decided it.
 * @example sectorOf(["城镇登记失业率", "城镇登记失业率控制在5%"], false).id // "employment"
 */
export function sectorOf(contexts: readonly string[], educationDocument: boolean): SectorCall {
  let sawEducation = false;
  let decided: SectorCall | null = null;
  contexts.forEach((context, level) => {
    if (decided) return;
    const text = context.replace(NOT_EDUCATION_PHRASES, "□");
    const edu = EDUCATION_WORDS.exec(text);
    let other: { s: (typeof OTHER_SECTORS)[number]; m: RegExpExecArray } | undefined;
    for (const s of OTHER_SECTORS) {
      const m = s.words.exec(text);
      if (m) {
        other = { s, m };
        break;
      }
    }
    if (edu && !other) decided = { ...EDUCATION, word: edu[0] };
    else if (other && !edu) decided = { id: other.s.id, en: other.s.en, word: other.m[0] };
    // Education named in the figure's own words or clause, beside another sector, still counts.
    else if (edu && level < 2) sawEducation = true;
  });
  if (decided) return decided;
  if (educationDocument || sawEducation) return { ...EDUCATION, word: "" };
  return { id: "unknown", en: "no sector named near it in a mixed document", word: "" };
}
