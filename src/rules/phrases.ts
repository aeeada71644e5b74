import { CUES, LABEL_TAIL_VERBS } from "./cues.js";

/** How documents phrase what a figure measures: the words around it that are not its label. */

/** Characters that end a clause. */
export const CLAUSE_BREAK = /[,;:!?。\n]/;

/** Words that open a clause without being part of what is measured. */
export const FILLERS =
  /^(其中|全市|年内|每年|同时|并|和|及|与|共|再|累计|力争|确保|争取|努力|实现|计划|要|、|\s)+/;

/** Year phrases before a figure (到2025年, 2021—2025年底); 到 after a verb is not part of the year. */
export const YEAR_PHRASE =
  /((?<![高升加长降低少大容增])(到|至|于))?\s?(19|20)\d\d\s?([—–\-~至到]\s?((19|20)\d\d)?\s?)?年?(底|末|前|内|度)?(前)?/g;

/** Cue verbs and comparators that end the words before a figure (from `rules/cues.ts`). */
export const CUE_TAIL = new RegExp(
  `(${[...CUES.map(([w]) => w), ...LABEL_TAIL_VERBS]
    .sort((a, b) => b.length - a.length)
    .join("|")})+\\s*$`,
  "g",
);

/**
 * Words right after a count that make it the shape of something rather than a figure: the
 * members of a body (27个部门组成), a denominator (24个指标中), a procedural duration (5个工作日,
 * 3个月之内), the count of labels that follow (4个“100%”), rounds of a larger total (2批共20所).
 */
export const STRUCTURE_AFTER =
  /^((个)?(部门|部分|方面|成员单位)组成|[^,;。\d]{0,6}指标中|工作日|月(?!份)|“\d|共\d)/;

/**
 * Verbs that open a label without saying what is measured: 建成市级课程基地 measures 市级课程基地,
 * 开展特殊教育教师培训 measures 特殊教育教师培训. Verbs that define the quantity (新建, 改扩建,
 * 新增, 招聘, 培训) are not listed: 新建公办幼儿园 counts new kindergartens, not kindergartens.
 */
export const LABEL_LEAD_VERBS = new RegExp(
  `^(${[
    "加快推进",
    "推动完善",
    "持续保持",
    "全面完成",
    "争取设立",
    "立项建设",
    "培育建设",
    "建成",
    "建设",
    "设立",
    "评选",
    "打造",
    "开展",
    "推进",
    "保障",
    "创建",
    "培育",
    "遴选",
    "实施",
    "完成",
    "推动",
    "引导",
    "依托",
    "发挥",
    "组建",
    "成立",
    "选拔",
    "培养",
    "制作",
    "开发",
    "扶持",
    "安排",
    "组织",
    "认定",
    "命名",
    "立项",
    "保持",
    "落实",
    "支持",
    "推出",
    "形成",
    "建立",
    "完善",
    "入选",
    "下发了?",
    "预计",
    "我市",
    "全区",
    "全县",
    "共有",
  ].join("|")})+`,
);
