import type { TopLevelSpec } from "vega-lite";
import type { CompareInput } from "../compare/rows.js";
import { indicatorAcrossCitiesSpec } from "../charts/across-cities.js";
import { baselineTargetSpec } from "../charts/baseline-target.js";
import { milestoneTimelineSpec } from "../charts/milestones.js";
import { myopiaGoalsSpec } from "../charts/myopia-goals.js";
import { planOutcomeSpec } from "../charts/plan-outcome.js";
import { teacherQualificationSpec } from "../charts/teacher-qualifications.js";
import type { Lang } from "../charts/theme.js";

/** One chart the main command draws. */
export interface ChartEntry {
  name: string;
  build: (input: CompareInput, lang: Lang) => TopLevelSpec;
}

const across = (indicator: string, name: string): ChartEntry => ({
  name,
  build: (input, lang) => indicatorAcrossCitiesSpec(input, { indicator, lang }),
});

/** The charts of the main command, in report order. */
export const CHART_SET: readonly ChartEntry[] = Object.freeze([
  across("preschool_gross_enrolment_rate", "preschool-enrolment"),
  across("upper_secondary_gross_enrolment_rate", "upper-secondary-enrolment"),
  across("compulsory_retention_rate", "compulsory-retention"),
  across("compulsory_teacher_bachelor_share", "teacher-bachelor-share"),
  { name: "baseline-target", build: (input, lang) => baselineTargetSpec(input, { lang }) },
  { name: "milestones", build: (input, lang) => milestoneTimelineSpec(input, { lang }) },
  { name: "myopia-goals", build: (input, lang) => myopiaGoalsSpec(input, { lang }) },
  {
    name: "teacher-qualifications",
    build: (input, lang) => teacherQualificationSpec(input, { lang }),
  },
  { name: "weihai-plan-outcome", build: (input, lang) => planOutcomeSpec(input, { lang }) },
]);
