import { ACHIEVED_WORDS, PLANNED_WORDS, PLAN_HEADING, REVIEW_HEADING } from "../rules/kinds.js";
import type { Section } from "../segment/sections.js";

const PLANNED_ALL = new RegExp(PLANNED_WORDS.source, "g");
const ACHIEVED_ALL = new RegExp(ACHIEVED_WORDS.source, "g");

/** Which of the planned and achieved words comes last in a stretch of text. */
export function lastCue(stretch: string): "planned" | "achieved" | null {
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of stretch.matchAll(re)) at = m.index;
    return at;
  };
  const p = last(PLANNED_ALL);
  const a = last(ACHIEVED_ALL);
  return p < 0 && a < 0 ? null : p > a ? "planned" : "achieved";
}

const sectionStances = new WeakMap<Section, "review" | "plan" | null>();

/** Whether a section, or the nearest enclosing one whose heading says, looks back or ahead. */
export function sectionStance(section: Section | undefined): "review" | "plan" | null {
  if (!section) return null;
  const known = sectionStances.get(section);
  if (known !== undefined) return known;
  const stance = PLAN_HEADING.test(section.heading)
    ? "plan"
    : REVIEW_HEADING.test(section.heading)
      ? "review"
      : sectionStance(section.parent);
  sectionStances.set(section, stance);
  return stance;
}
