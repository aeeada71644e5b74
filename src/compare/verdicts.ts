/**
 * The verdicts of plan versus outcome, each once with its Chinese and English label: the
 * comparison writes the value, the report, the charts and the notebooks show the label.
 */
export const ASSESSMENT = Object.freeze({
  /** The target year reached, the target reached. */
  MET: "met",
  /** An actual of the plan's baseline year already past the target. */
  EXCEEDED_AT_BASELINE: "already exceeded at baseline",
  /** The target reached before its deadline. */
  ALREADY_MET: "already met",
  /** The target year reached, the target missed. */
  NOT_MET: "not met",
  /** The deadline still ahead, the target not reached yet. */
  NOT_YET_MET: "not yet met",
  /** A bound on the actual (未达到50%) that cannot settle it. */
  UNDETERMINED: "undetermined",
  /** A plan target the evaluation gives no figure for. */
  NOT_REPORTED: "not reported",
  /** An actual the plans set no target for. */
  NO_TARGET: "no target in the plans",
  UNITS_DIFFER: "not comparable (units differ)",
  /** A district's actual beside a city-wide target, or the other way round. */
  SCOPES_DIFFER: "not comparable (scopes differ)",
  /** An actual of a year the target does not cover (before the plan, after its deadline). */
  OUTSIDE_PERIOD: "not comparable (outside the target's period)",
  /** Two rows of a broad indicator family whose wordings differ: side by side, not judged. */
  DEFINITIONS_DIFFER: "not compared (definitions may differ)",
} as const);

/** One verdict. */
export type Assessment = (typeof ASSESSMENT)[keyof typeof ASSESSMENT];

/** The labels of each verdict. */
export const ASSESSMENT_LABEL: Readonly<Record<Assessment, { zh: string; en: string }>> =
  Object.freeze({
    [ASSESSMENT.MET]: { zh: "已达成", en: "met by the deadline" },
    [ASSESSMENT.EXCEEDED_AT_BASELINE]: {
      zh: "基线已超过目标",
      en: "already exceeded at baseline",
    },
    [ASSESSMENT.ALREADY_MET]: { zh: "已提前达成", en: "already met, ahead of the deadline" },
    [ASSESSMENT.NOT_MET]: { zh: "未达成", en: "not met by the deadline" },
    [ASSESSMENT.NOT_YET_MET]: { zh: "尚未达成", en: "not yet met, deadline ahead" },
    [ASSESSMENT.UNDETERMINED]: { zh: "无法判断", en: "undetermined" },
    [ASSESSMENT.NOT_REPORTED]: { zh: "评价未报告", en: "not reported in the evaluation" },
    [ASSESSMENT.NO_TARGET]: { zh: "规划无此目标", en: "no target in the plans" },
    [ASSESSMENT.UNITS_DIFFER]: { zh: "单位不同，不可比", en: "not comparable: units differ" },
    [ASSESSMENT.SCOPES_DIFFER]: {
      zh: "范围不同（区市与全市），不可比",
      en: "not comparable: district against city-wide",
    },
    [ASSESSMENT.OUTSIDE_PERIOD]: {
      zh: "不在目标期内，不可比",
      en: "not comparable: outside the target's period",
    },
    [ASSESSMENT.DEFINITIONS_DIFFER]: {
      zh: "口径可能不同，并列不判断",
      en: "side by side: definitions may differ",
    },
  });

/** The verdicts that judge a target, in legend order. */
export const JUDGEMENTS: readonly Assessment[] = Object.freeze([
  ASSESSMENT.MET,
  ASSESSMENT.ALREADY_MET,
  ASSESSMENT.EXCEEDED_AT_BASELINE,
  ASSESSMENT.NOT_MET,
  ASSESSMENT.NOT_YET_MET,
  ASSESSMENT.UNDETERMINED,
]);

/**
 * The label of a verdict in a language.
 * @param a The assessment value.
 * @param lang "zh" or "en".
 * @returns Its label (the value itself if it is not a known verdict).
 * @example assessmentLabel("already met", "zh") // "已提前达成"
 */
export function assessmentLabel(a: string, lang: "zh" | "en"): string {
  return ASSESSMENT_LABEL[a as Assessment]?.[lang] ?? a;
}
