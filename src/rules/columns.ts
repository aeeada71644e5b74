/**
 * Names of table columns and what their numbers are: the label of a row, a figure (with the unit
 * the column implies), or a number that is not a figure (a rubric's weight, a maximum score).
 */
export const COLUMN_MEANINGS: readonly {
  name: RegExp;
  role: "label" | "number" | "grade";
  figure: boolean;
  unit: string | null;
  why: string;
}[] = Object.freeze([
  {
    name: /^(项目|指标|指标名称|评估项目|内容|类别)$/,
    role: "label",
    figure: false,
    unit: null,
    why: "row label",
  },
  {
    name: /^(权重|分值|满分|标准分|赋分)$/,
    role: "number",
    figure: false,
    unit: null,
    why: "rubric weight, not a figure",
  },
  { name: /^(得分率|达成率|完成率)$/, role: "number", figure: true, unit: "%", why: "" },
  { name: /^(得分|评分|实得分)$/, role: "number", figure: true, unit: "分", why: "" },
  { name: /^(等级|等次|评定|结果)$/, role: "grade", figure: false, unit: null, why: "grade" },
]);
