import { ACHIEVED_WORDS, PLANNED_WORDS, PLAN_HEADING, REVIEW_HEADING } from "../rules/kinds.js";
import type { Section } from "../segment/sections.js";

const HEADING_MARKER =
  /^\s*(第[一二三四五六七八九十]+[章节篇]\s?|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d{1,2}[.、]|专栏\s*\d*\s*[:：]?)/;

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
  // A heading names its stance in its first words (一、发展基础, 二、2025年工作思路); further on,
  // the same words are part of an action (夯实社会事业发展基础).
  const head = section.heading.replace(HEADING_MARKER, "").slice(0, 12);
  const stance = PLAN_HEADING.test(head)
    ? "plan"
    : REVIEW_HEADING.test(head)
      ? "review"
      : sectionStance(section.parent);
  sectionStances.set(section, stance);
  return stance;
}
