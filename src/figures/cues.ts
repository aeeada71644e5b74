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

/** The cue words by their last character, longest first (a word's first entry in CUES wins). */
const CUES_BY_LAST = (() => {
  const byLast = new Map<string, [string, Comparator][]>();
  for (const cue of CUES) {
    const last = cue[0].at(-1)!;
    byLast.set(last, [...(byLast.get(last) ?? []), cue]);
  }
  for (const list of byLast.values()) list.sort((x, y) => y[0].length - x[0].length);
  return byLast;
})();

/**
 * The comparator cue nearest the end of the text before a figure: the cue that ends last, and of
 * those ending at the same place the longest (不低于 over 低于). Found by walking back from the end,
 * so the work is the distance to the cue, not the number of cue words.
 * @param pre Text from the start of the clause to the figure.
 * @returns The cue, or null.
 * @example findCue("毛入园率达到")?.comparator // ">="
 */
export function findCue(pre: string): Cue | null {
  for (let end = pre.length; end > 0; end--) {
    const words = CUES_BY_LAST.get(pre[end - 1]!);
    if (!words) continue;
    for (const [word, comparator] of words) {
      const at = end - word.length;
      if (at >= 0 && pre.startsWith(word, at)) return { comparator, word, at };
    }
  }
  return null;
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
