import { LEVEL, type Level } from "../schema/vocab.js";
import { LEVEL_WORDS } from "../rules/levels.js";
import { CUE_TAIL, FILLERS, LABEL_LEAD_VERBS, YEAR_PHRASE } from "../rules/phrases.js";

/**
 * The words right after a figure, up to the clause's end or the next number: the noun a count
 * counts (新建幼儿园 in 8所新建幼儿园), kept with a parenthesis that belongs to it.
 * @param text The text.
 * @param from The figure's end.
 * @param limit The sentence's end.
 * @returns The phrase, trimmed.
 * @example postPhrase("建成8所示范校,", 4, 8) // "示范校"
 */
export function postPhrase(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && !/[,;:、。\n\d]/.test(text[i]!)) {
    // A parenthesis belongs to the phrase: 的县(市、区)通过…认定.
    if (text[i] === "(") {
      const close = text.indexOf(")", i);
      if (close > 0 && close < limit && close - i < 20) {
        i = close + 1;
        continue;
      }
      break;
    }
    if (text[i] === ")") break;
    i++;
  }
  return text.slice(from, i).trim();
}

/**
 * The label of a figure from the words before it: year phrases, cue words and fillers stripped.
 * @param pre The words between the clause start and the figure.
 * @returns The label.
 * @example subjectOf("到2025年,学前三年毛入园率达到") // "学前三年毛入园率"
 */
export function subjectOf(pre: string): string {
  return pre
    .replace(YEAR_PHRASE, "")
    .replace(/(由|从)?的?$/, "")
    .replace(/(分别|均|逐年|总计|合计|全部)$/g, "")
    .replace(CUE_TAIL, "")
    .replace(/(分别|均|共)$/g, "")
    .replace(/(由|从)?的?$/, "")
    .replace(FILLERS, "")
    .replace(/^的/, "")
    .replace(/[,、\s]+$/g, "")
    .trim();
}

/**
 * A label as the noun phrase of what is measured: the framing verbs that open it
 * (`LABEL_LEAD_VERBS`: 建成, 开展, 评选 …) taken off, unless nothing of substance would be left.
 * @param label The label.
 * @returns The noun phrase.
 * @example nounPhrase("建成市级课程基地") // "市级课程基地"
 */
export function nounPhrase(label: string): string {
  const rest = label.replace(LABEL_LEAD_VERBS, "").replace(/^[、,的]+/, "");
  return rest.length >= 2 ? rest : label;
}

/**
 * The level of education a label belongs to, by the first family of words it contains.
 * @param texts Label first, then wider context.
 * @returns The level, or "other".
 * @example levelOf("幼儿园专任教师持证率") // "teachers"
 */
export function levelOf(...texts: string[]): Level {
  for (const t of texts) {
    for (const [re, level] of LEVEL_WORDS) if (re.test(t)) return level;
  }
  return LEVEL.OTHER;
}
