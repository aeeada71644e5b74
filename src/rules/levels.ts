import { LEVEL, type Level } from "../schema/vocab.js";

/** Words that place a row in a stage or domain of education when no indicator applies. */
export const LEVEL_WORDS: readonly [RegExp, Level][] = [
  [/教师|师资|校长|名师|班主任|教研员|督学/, LEVEL.TEACHERS],
  [/近视|视力|体质|体育|健康|卫生|心理/, LEVEL.HEALTH],
  [/学前|幼儿|入园/, LEVEL.PRESCHOOL],
  [/特殊教育|特教|残疾|随班就读/, LEVEL.SPECIAL],
  [/职业|中职|高职|职教|产教|技能/, LEVEL.VOCATIONAL],
  [/高等|高校|大学|学院/, LEVEL.HIGHER],
  [/高中/, LEVEL.HIGH_SCHOOL],
  [/义务教育|中小学|小学|初中/, LEVEL.COMPULSORY],
  [/信息化|数字|智慧|网络|带宽|Mbps|互联网/, LEVEL.DIGITAL],
  [/经费|资金|投入|补助|资助|亿元|万元|元/, LEVEL.FINANCE],
  [/学位|新建|改扩建|校舍|场地|建设/, LEVEL.FACILITIES],
  [/督导|评价|治理|执法|管理/, LEVEL.GOVERNANCE],
];
