import { LEVEL, type Level } from "../schema/vocab.js";
import type { Indicator } from "./indicators.js";

/**
 * The category layer of the vocabulary: what a row without an exact indicator still says in
 * English — its level (stage or domain) and its measure type, read from its unit. Together they
 * name the row, e.g. "preschool education: share (%)".
 */
export const LEVEL_EN: Readonly<Record<Level, string>> = Object.freeze({
  [LEVEL.PRESCHOOL]: "preschool education",
  [LEVEL.COMPULSORY]: "compulsory education",
  [LEVEL.HIGH_SCHOOL]: "general high school",
  [LEVEL.VOCATIONAL]: "vocational education",
  [LEVEL.HIGHER]: "higher education",
  [LEVEL.SPECIAL]: "special education",
  [LEVEL.TEACHERS]: "teachers",
  [LEVEL.HEALTH]: "pupils' health and sport",
  [LEVEL.DIGITAL]: "digital education",
  [LEVEL.FINANCE]: "education funding",
  [LEVEL.FACILITIES]: "school places and facilities",
  [LEVEL.GOVERNANCE]: "governance and evaluation",
  [LEVEL.OTHER]: "education (other)",
});

/** Measure types by unit; a unit not listed is a count of that unit. */
export const MEASURES: readonly { id: string; en: string; units: readonly string[] }[] =
  Object.freeze([
    { id: "share", en: "share or rate (%)", units: ["%"] },
    { id: "change_pp", en: "change (percentage points)", units: ["个百分点", "百分点"] },
    { id: "ratio", en: "ratio", units: ["ratio"] },
    { id: "spending", en: "amount (yuan)", units: ["元"] },
    { id: "persons", en: "number of people", units: ["人", "名", "位"] },
    { id: "attendances", en: "person-times", units: ["人次"] },
    { id: "institutions", en: "number of schools or institutions", units: ["所"] },
    { id: "area", en: "area (square metres)", units: ["平方米", "平方"] },
    { id: "duration", en: "time", units: ["小时", "分钟", "课时", "学时", "年"] },
  ]);

const BY_UNIT = new Map(MEASURES.flatMap((m) => m.units.map((u) => [u, m] as const)));

/**
 * The measure type of a unit.
 * @param unit The `unit` column (null for a numberless commitment).
 * @param unitEn Its English name, used for counts of other units.
 * @returns The measure's id and English name.
 * @example measureOf("%", "percent").id // "share"
 */
export function measureOf(unit: string | null, unitEn: string | null): { id: string; en: string } {
  if (unit === null) return { id: "commitment", en: "commitment without a number" };
  const m = BY_UNIT.get(unit);
  if (m) return m;
  return { id: "count", en: `number (${unitEn ?? unit})` };
}

/**
 * An English label composed from the category layer, for a row with no exact indicator.
 * @example composedLabel("preschool", "%", "percent") // "preschool education: share or rate (%)"
 */
export function composedLabel(level: Level, unit: string | null, unitEn: string | null): string {
  return `${LEVEL_EN[level]}: ${measureOf(unit, unitEn).en}`;
}

/**
 * A row's English label: the exact indicator's name; a broad indicator's name after the row's
 * level (it has none of its own); else the label composed from level and measure.
 * @param ind The row's indicator, if any.
 * @param level The row's level.
 * @param unit The row's unit.
 * @param unitEn Its English name.
 * @returns The `indicator_en` of the row.
 * @example rowLabelEn(undefined, "preschool", "%", "percent") // "preschool education: share or rate (%)"
 */
export function rowLabelEn(
  ind: Indicator | undefined,
  level: Level,
  unit: string | null,
  unitEn: string | null,
): string {
  if (!ind) return composedLabel(level, unit, unitEn);
  // "teachers: teachers and education staff" says it twice.
  if (ind.level !== null || level === LEVEL.OTHER || ind.en.includes(LEVEL_EN[level]))
    return ind.en;
  return `${LEVEL_EN[level]}: ${ind.en}`;
}
