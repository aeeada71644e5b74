import { COMPARATOR, type Comparator } from "../schema/vocab.js";
import { CUES } from "../rules/cues.js";
export { SHORTFALL } from "../rules/cues.js";

/** A comparator cue found before a figure. */
export interface Cue {
  comparator: Comparator;
  word: string;
  /** Offset of the cue word within the searched string. */
  at: number;
}

/**
 * The comparator cue nearest the end of the text before a figure.
 * @param pre Text from the start of the clause to the figure.
 * @returns The cue, or null.
 * @example findCue("毛入园率达到")?.comparator // ">="
 */
export function findCue(pre: string): Cue | null {
  let best: Cue | null = null;
  for (const [word, comparator] of CUES) {
    const at = pre.lastIndexOf(word);
    if (at < 0) continue;
    const endAt = at + word.length;
    if (
      !best ||
      endAt > best.at + best.word.length ||
      (endAt === best.at + best.word.length && word.length > best.word.length)
    ) {
      best = { comparator, word, at };
    }
  }
  return best;
}

/**
 * For reported actuals a plain 达/达到 states the value reached, so the comparator is `=`;
 * in targets the glossary reads 达到 as "reach", `>=`.
 * @param cue The cue found.
 * @param actual Whether the statement reports an actual.
 * @returns The comparator to record.
 * @example comparatorFor({ comparator: ">=", word: "达", at: 0 }, true) // "="
 */
export function comparatorFor(cue: Cue, actual: boolean): Comparator {
  if (actual && (cue.word === "达" || cue.word === "达到")) return COMPARATOR.EQ;
  return cue.comparator;
}
