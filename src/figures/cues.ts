import { COMPARATOR, type Comparator } from "../schema/vocab.js";

/** Comparator cue words, longest first; the one nearest the figure wins. */
const CUES: readonly [string, Comparator][] = [
  ["未达到", COMPARATOR.LT],
  ["未实现", COMPARATOR.LT],
  ["不低于", COMPARATOR.GE],
  ["不少于", COMPARATOR.GE],
  ["不超过", COMPARATOR.LE],
  ["不高于", COMPARATOR.LE],
  ["控制在", COMPARATOR.LE],
  ["下降到", COMPARATOR.LE],
  ["降低到", COMPARATOR.LE],
  ["降至", COMPARATOR.LE],
  ["提高到", COMPARATOR.GE],
  ["提升到", COMPARATOR.GE],
  ["提升至", COMPARATOR.GE],
  ["扩容到", COMPARATOR.GE],
  ["扩增至", COMPARATOR.GE],
  ["增加到", COMPARATOR.GE],
  ["增至", COMPARATOR.GE],
  ["稳定在", COMPARATOR.EQ],
  ["保持在", COMPARATOR.EQ],
  ["保持", COMPARATOR.EQ],
  ["至少", COMPARATOR.GE],
  ["超过", COMPARATOR.GT],
  ["高于", COMPARATOR.GT],
  ["低于", COMPARATOR.LT],
  ["不足", COMPARATOR.LT],
  ["达到", COMPARATOR.GE],
  ["大约", COMPARATOR.APPROX],
  ["约", COMPARATOR.APPROX],
  ["超", COMPARATOR.GT],
  ["达", COMPARATOR.GE],
];

/** Cue words that state a shortfall: the figure is a threshold the actual stayed under. */
export const SHORTFALL = /未达到|未实现|未完成|不足|低于/;

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
