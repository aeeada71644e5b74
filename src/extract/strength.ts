import { STATED_WORDS, STRENGTH, STRENGTH_WORDS, type Strength } from "../rules/strength.js";

/** A figure's degree of commitment and the word that decided it. */
export interface StrengthCue {
  strength: Strength;
  cue: string;
}

/**
 * How firmly the words before a figure promise it: the last firm, aspirational or qualified word
 * of the stretch if there is one, else a plain verb of a stated target, else `stated` with no cue
 * (a figure in a plan's table or list is stated by being there).
 * @param before The sentence from its start up to the figure.
 * @returns The degree and its cue word ("" when none was written).
 * @example commitmentStrength("力争到2025年，学前教育毛入园率达到").strength // "aspirational"
 */
export function commitmentStrength(before: string): StrengthCue {
  let best: { at: number; cue: string; strength: Strength } | null = null;
  for (const [re, strength] of STRENGTH_WORDS)
    for (const m of before.matchAll(re))
      if (!best || m.index > best.at) best = { at: m.index, cue: m[0], strength };
  if (best) return { strength: best.strength, cue: best.cue };
  let stated = "";
  for (const m of before.matchAll(STATED_WORDS)) stated = m[0];
  return { strength: STRENGTH.STATED, cue: stated };
}
