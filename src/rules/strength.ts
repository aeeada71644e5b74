/**
 * How firmly a document promises a figure, read from the words before it. Each entry is one
 * degree and the words that state it; the nearest word before a figure decides, and a firm,
 * aspirational or qualified word anywhere earlier in the sentence outranks the plain verbs of a
 * stated target (力争到2025年，毛入园率达到95% is aspirational, not stated).
 */
export const STRENGTH = Object.freeze({
  FIRM: "firm",
  STATED: "stated",
  ASPIRATIONAL: "aspirational",
  QUALIFIED: "qualified",
} as const);
/** One degree of commitment. */
export type Strength = (typeof STRENGTH)[keyof typeof STRENGTH];

/** Words that commit the issuer beyond a plain statement, each with its degree. */
export const STRENGTH_WORDS: readonly (readonly [RegExp, Strength])[] = Object.freeze([
  // 确保适龄儿童入学率100%, 必须, 务必, 坚决
  [/确保|必须|务必|坚决|严格控制/g, STRENGTH.FIRM],
  // 力争到2025年, 争取, 努力实现, 力求, 争创
  [/力争|争取|努力|力求|争创/g, STRENGTH.ASPIRATIONAL],
  // 基本实现, 基本普及, 原则上, 逐步 — 基本 only before a verb: 基本公共服务 is not a hedge.
  [/原则上|基本(?=[达实普消建形满完覆解消])|逐步/g, STRENGTH.QUALIFIED],
]);

/** Verbs and comparators of a plainly stated target (达到95%, 不低于, 控制在, 超过). */
export const STATED_WORDS =
  /达到|不低于|不少于|不超过|控制在|保持在|提高到|提升到|增长到|降低到|下降到|超过|以上|以内|以下|达|至|为/g;
