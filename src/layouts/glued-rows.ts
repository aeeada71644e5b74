import { COMPARATOR, KIND } from "../schema/vocab.js";
import { UNITS } from "../rules/units.js";
import { SIGNS, type FoundTable, type TableFigure } from "./cells.js";
import { plausibleYear } from "../figures/year-range.js";

/** A header of an indicator table whose cells ran together: 序号 指标名称 单位 2020年 2025年 指标属性. */
const HEADER =
  /序号\s?指标(?:名称)?\s?单位\s?((?:19|20)\d\d)\s?年\s?((?:19|20)\d\d)\s?年[^。]{0,30}?(?:指标)?属性(?:绝对值|年均增速|\[累计\]|\s)*/g;
const ROW_END = /(预期性|约束性)/g;
/** Units that tables print in their 单位 column, longest first. */
const TABLE_UNITS = [
  ...new Set([
    "万人次",
    "万人",
    "亿美元",
    "亿元",
    "万元",
    "床",
    "张",
    "户",
    "个",
    "所",
    ...UNITS.map((u) => u.zh),
  ]),
]
  .filter((u) => !/^\d/.test(u))
  .sort((a, b) => b.length - a.length);

interface Split {
  a: string;
  b: string;
}

const NUMBER = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/**
 * Splits two numbers written together (`98.1599` → 98.15 and 99): when the table gives the
 * change ([0.85]), the split that makes it; otherwise the split whose two values are closest in
 * size. Null when no split gives two well-formed numbers.
 */
export function splitGlued(digits: string, change: number | null): Split | null {
  const options: Split[] = [];
  for (let k = 1; k < digits.length; k++) {
    const a = digits.slice(0, k);
    const b = digits.slice(k);
    if (NUMBER.test(a) && NUMBER.test(b)) options.push({ a, b });
  }
  if (options.length === 0) return null;
  if (change !== null) {
    const hit = options.find((o) => Math.abs(Number(o.b) - Number(o.a) - change) < 0.011);
    if (hit) return hit;
  }
  const spread = (o: Split) => Math.abs(Math.log((Number(o.b) || 0.01) / (Number(o.a) || 0.01)));
  return options.reduce((best, o) => (spread(o) < spread(best) ? o : best));
}

/**
 * Indicator tables flattened into running text, their cells run together:
 * `31幼儿入园率%98.1599[0.85]预期性` is row 31, 幼儿入园率, unit %, 2020 value 98.15, 2025 value
 * 99, five-year change 0.85, 预期性. The header (序号指标名称单位2020年2025年指标属性) gives the years;
 * each row ends at its 预期性 or 约束性.
 * @param text The view's text.
 * @returns The tables found; numbers that cannot be split are listed as not figures.
 * @example gluedRowTables("序号指标名称单位2020年2025年指标属性31幼儿入园率%98.1599[0.85]预期性")[0]?.figures.map(f => f.value) // [98.15, 99]
 */
export function gluedRowTables(text: string): FoundTable[] {
  const tables: FoundTable[] = [];
  for (const h of text.matchAll(HEADER)) {
    const years = [Number(h[1]), Number(h[2])];
    let at = h.index + h[0].length;
    const figures: TableFigure[] = [];
    const others: FoundTable["others"] = [];
    let end = at;
    ROW_END.lastIndex = at;
    for (let m = ROW_END.exec(text); m; m = ROW_END.exec(text)) {
      const seg = text.slice(at, m.index);
      if (seg.length > 80 || /[。;]/.test(seg)) break;
      const row =
        /^(\D*?)(\d{1,2})(\D+?)(\d[\d.\s]*?(?:[≥≤><＞＜]\s?[\d.]+)?)\s*(?:\[([\d.\-]+)\])?\s*$/.exec(
          seg,
        );
      const segStart = at;
      at = m.index + m[0].length;
      end = at;
      if (!row) {
        for (const n of seg.matchAll(/\d[\d.]*/g))
          others.push({
            start: segStart + n.index,
            end: segStart + n.index + n[0].length,
            reason: "cell of a flattened table that cannot be split",
          });
        continue;
      }
      const [, category, no, labelUnit, digitsRaw, change] = row;
      const noAt = segStart + category!.length;
      others.push({ start: noAt, end: noAt + no!.length, reason: "row number of a table" });
      const unit = TABLE_UNITS.find((u) => labelUnit!.endsWith(u)) ?? null;
      const label = unit ? labelUnit!.slice(0, -unit.length) : labelUnit!;
      const digitsAt = noAt + no!.length + labelUnit!.length;
      const signed = /^([\d.]+)\s?([≥≤><＞＜])\s?([\d.]+)$/.exec(digitsRaw!.trim());
      const sign = signed ? SIGNS[signed[2]!]! : COMPARATOR.EQ;
      const parts = signed ? [signed[1]!, signed[3]!] : digitsRaw!.trim().split(/\s+/);
      const split =
        parts.length === 2
          ? { a: parts[0]!, b: parts[1]! }
          : splitGlued(parts[0]!, change ? Number(change) : null);
      if (change) {
        const cAt = text.indexOf(`[${change}]`, digitsAt);
        others.push({
          start: cAt + 1,
          end: cAt + 1 + change.length,
          reason: "five-year change printed beside the table's values",
        });
      }
      if (!split || parts.length > 2) {
        for (const n of digitsRaw!.matchAll(/\d[\d.]*/g))
          others.push({
            start: digitsAt + n.index,
            end: digitsAt + n.index + n[0].length,
            reason: "cell of a flattened table that cannot be split",
          });
        continue;
      }
      const aAt = text.indexOf(split.a, digitsAt);
      const bAt = text.indexOf(split.b, aAt + split.a.length);
      const factor =
        unit && /^万/.test(unit) ? 1e4 : unit && /^亿/.test(unit) && unit !== "亿元" ? 1e8 : 1;
      const shownUnit = unit
        ? factor !== 1
          ? unit.slice(1)
          : unit === "亿元" || unit === "万元"
            ? "元"
            : unit
        : null;
      const money = unit === "亿元" ? 1e8 : unit === "万元" ? 1e4 : 1;
      const quote = `${label} | ${unit ?? ""} | ${years[0]}年: ${split.a} | ${years[1]}年: ${split.b}${change ? ` | [${change}]` : ""} | ${m[0]}`;
      [
        [split.a, aAt, KIND.BASELINE, years[0]!],
        [split.b, bAt, KIND.TARGET, years[1]!],
      ].forEach(([v, pos, kind, year]) =>
        figures.push({
          cell: {
            text: v as string,
            start: pos as number,
            end: (pos as number) + (v as string).length,
          },
          value: Number((Number(v) * factor * money).toPrecision(12)),
          unit: shownUnit,
          kind: kind as typeof KIND.BASELINE,
          comparator: kind === KIND.TARGET ? sign : COMPARATOR.EQ,
          year: plausibleYear(year as number) ? (year as number) : null,
          label,
          group: category!.trim() || label,
          binding: m[0],
          quote,
        }),
      );
    }
    if (figures.length === 0) continue;
    tables.push({
      layout: "flattened rows, cells run together",
      title: "",
      start: h.index,
      end,
      figures,
      others,
    });
  }
  return tables;
}
