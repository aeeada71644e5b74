/**
 * What kind of statement a figure is — a target, a baseline or a reported actual — read from
 * its sentence and its section; the document's type is only the prior.
 */

/** Headings of sections that look back: a plan's background, a summary's achievements. */
export const REVIEW_HEADING =
  /发展基础|发展现状|现状|基本情况|主要成效|工作成效|取得(的)?成效|主要成绩|工作总结|工作回顾|回顾|成就|进展情况|完成情况|开展情况|工作成果|主要做法/;

/** Headings of sections that look forward: a summary's plan for next year, a plan's goals. */
export const PLAN_HEADING =
  /工作思路|工作计划|工作打算|工作安排|工作要点|重点工作|目标任务|主要目标|发展目标|总体目标|下一步|明年|今后|主要任务|工作重点|工作措施/;

/** Words in a clause that state something planned, whatever the section. */
export const PLANNED_WORDS =
  /力争|(?<!行动|工作|科技)计划(?![覆、,”"》项的实中和与])|预计|拟|争取|确保|目标|到\s?20\d\d\s?年|将要|力求|努力|规划(?:新建|建设|总投资|重建)/;

/** Words in a clause that report something done, whatever the section. */
export const ACHIEVED_WORDS =
  /已经|已|累计|较去年|比上年|较上年|同比|五年来|共有|现有|获评|荣获|入选|先后|完成了|建成了|去年/;

/** Words in a plan that point at what already exists (依托20所实验校): a baseline at the issue date. */
export const EXISTING_WORDS = /依托|发挥|现有|已有/;

/** Words in an evaluation's clause that set a goal rather than report. */
export const TARGET_WORDS = /目标|确保|力争|努力推动|要求/;

const MOVE_VERBS = "提高到|提升到|提升至|增加到|增长到|增至|达到|下降到|降低到|降至|减少到";

/** A move from a starting level to a goal later in the clause: 由85%提高到92%. */
export const MOVE_TO = new RegExp(`^[^,;。]*?(${MOVE_VERBS})`);

/** The verb of such a move right before the second figure. */
export const MOVED_TO = new RegExp(`(${MOVE_VERBS})\\s*$`);

/**
 * Verbs of what a past period did — built, won, ran, recruited — that keep a figure of a plan's
 * background an actual; a background figure without them states a stock or a level, a baseline.
 */
export const ACHIEVEMENT_VERBS =
  /创建|获|入选|累计|争取|五年来|新增(?!劳动力)|新建|确定|建立|实行|改扩建|建成|完成|实施|投入|培训|招聘|补充|成立|评选|命名|设立|开展|实现|配备|落实|消除|认定|通过|录取|培育|打造|举办|组建|引进|选派|交流/;

/** Words that put what a clause reports in the past, whatever the document plans. */
export const PAST_WORDS = /已经|已|五年来|去年|上年|较去年|比上年|完成了|建成了|截至|截止/;

/** Words that date a stock (截至2022年底…有): in a plan's background, a baseline. */
export const STOCK_WORDS = /截至|截止|现有|目前/;
