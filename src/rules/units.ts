/**
 * Units the documents count in, longest first so that 个百分点 wins over 个. Each unit carries its
 * English name.
 */
export const UNITS: readonly { zh: string; en: string }[] = Object.freeze([
  { zh: "个百分点", en: "percentage points" },
  { zh: "百分点", en: "percentage points" },
  { zh: "平方米", en: "square metres" },
  { zh: "人次", en: "person-times" },
  { zh: "场次", en: "sessions" },
  { zh: "分钟", en: "minutes" },
  { zh: "平方", en: "square metres" },
  { zh: "周岁", en: "years of age" },
  { zh: "课时", en: "class periods" },
  { zh: "学时", en: "class hours" },
  { zh: "小时", en: "hours" },
  { zh: "Mbps", en: "Mbps" },
  { zh: "%", en: "percent" },
  { zh: "元", en: "yuan" },
  { zh: "所", en: "schools/institutions" },
  { zh: "个", en: "units" },
  { zh: "人", en: "persons" },
  { zh: "名", en: "persons" },
  { zh: "位", en: "persons" },
  { zh: "项", en: "items" },
  { zh: "次", en: "times" },
  { zh: "节", en: "lessons" },
  { zh: "处", en: "sites" },
  { zh: "家", en: "organisations" },
  { zh: "批", en: "batches" },
  { zh: "类", en: "categories" },
  { zh: "条", en: "items" },
  { zh: "种", en: "kinds" },
  { zh: "支", en: "teams" },
  { zh: "本", en: "volumes" },
  { zh: "星", en: "stars" },
  { zh: "场", en: "events" },
  { zh: "份", en: "copies" },
  { zh: "件", en: "items" },
  { zh: "户", en: "households" },
  { zh: "轮", en: "rounds" },
  { zh: "门", en: "courses" },
  { zh: "起", en: "cases" },
  { zh: "间", en: "rooms" },
  { zh: "套", en: "sets" },
  { zh: "台", en: "machines" },
  { zh: "组", en: "groups" },
  { zh: "篇", en: "articles" },
  { zh: "册", en: "volumes" },
  { zh: "倍", en: "times (multiple)" },
  { zh: "分", en: "points (score)" },
  { zh: "岁", en: "years of age" },
  { zh: "年", en: "years" },
  { zh: "G", en: "Gbps" },
]);

/** The code used for dimensionless ratios and coefficients (1.05, 0.45, 1:1). */
export const RATIO_UNIT = Object.freeze({ zh: "ratio", en: "ratio" });

/**
 * English name of a unit code.
 * @param zh The unit as stored in the `unit` column.
 * @returns Its English name, or null when the unit is unknown.
 * @example unitEn("个百分点") // "percentage points"
 */
export function unitEn(zh: string | null): string | null {
  if (zh === null) return null;
  return UNIT_EN.get(zh) ?? null;
}

const UNIT_EN = new Map<string, string>([
  ...UNITS.map((u) => [u.zh, u.en] as [string, string]),
  [RATIO_UNIT.zh, RATIO_UNIT.en],
]);

/**
 * A unit as a value label writes it after the number: % glued on; percentage points as 个百分点
 * or " pp"; a ratio bare; other units as written in Chinese, and in English after a space as
 * what they count (`counts`, when the indicator says: "places" rather than "units").
 * @param unit The `unit` column.
 * @param lang "zh" or "en".
 * @param counts What one unit counts, in English (the indicator's `countsEn`).
 * @returns The suffix.
 * @example unitSuffix("个", "en", "places") // " places"
 */
export function unitSuffix(unit: string | null, lang: "zh" | "en", counts?: string): string {
  if (unit === null || unit === RATIO_UNIT.zh) return "";
  if (unit === "%") return "%";
  if (lang === "zh") return unit;
  if (unit === "个百分点" || unit === "百分点") return " pp";
  return ` ${counts ?? unitEn(unit) ?? unit}`;
}
