import { COMPARATOR, type Comparator } from "../schema/vocab.js";

/**
 * Comparator cues before a figure, and the other verbs that end the words before it without
 * being part of what is measured. The figure reader and the label cleaner both use these lists,
 * so a cue added here is both read as a comparator and kept out of labels.
 */

/** Comparator cue words, longest first; the one nearest the figure wins. */
export const CUES: readonly [string, Comparator][] = Object.freeze([
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
  ["提高至", COMPARATOR.GE],
  ["增长到", COMPARATOR.GE],
  ["增长至", COMPARATOR.GE],
  ["增至", COMPARATOR.GE],
  ["稳定在", COMPARATOR.EQ],
  ["保持在", COMPARATOR.EQ],
  ["保持", COMPARATOR.EQ],
  ["至少", COMPARATOR.GE],
  ["超过", COMPARATOR.GT],
  ["突破", COMPARATOR.GT],
  ["高于", COMPARATOR.GT],
  ["低于", COMPARATOR.LT],
  ["不足", COMPARATOR.LT],
  ["达到", COMPARATOR.GE],
  ["大约", COMPARATOR.APPROX],
  ["约", COMPARATOR.APPROX],
  ["超", COMPARATOR.GT],
  ["达", COMPARATOR.GE],
]);

/** Cue words that state a shortfall: the figure is a threshold the actual stayed under. */
export const SHORTFALL = /未达到|未实现|未完成|不足|低于/;

/** Verbs before a figure that set no comparator but are not part of its label either. */
export const LABEL_TAIL_VERBS: readonly string[] = Object.freeze(["为", "巩固在", "扩大到"]);
