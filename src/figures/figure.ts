import { COMPARATOR, type Comparator } from "../schema/vocab.js";
import { RATIO_UNIT, UNITS } from "../rules/units.js";
import { parseChineseNumeral, scale } from "./numbers.js";
import type { NumericToken } from "./tokens.js";

/** A quantity as written: a number or range with its multiplier, unit and trailing qualifier. */
export interface Figure {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  /** Unit after folding 万/亿 into the value (万元 → 元), null when none is written. */
  unit: string | null;
  /** Comparator written after the figure: 以上, 以下, 以内, 左右, 余. */
  suffix: Comparator | null;
  /** Start offsets of the numeric tokens the figure covers (two for a range). */
  tokenStarts: number[];
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?)\s?(万|亿|千(?![米克瓦]))?`;
const RANGE_SEP = String.raw`[—–\-~至到]`;
// 人 is a unit, but not in 人口 (population), 人民, 人才 or 人员.
const UNIT_ALT = UNITS.map((u) =>
  u.zh === "人" ? "人(?![口民才员])" : u.zh.replace(/[%]/g, "\\$&"),
).join("|");
const FIGURE = new RegExp(
  String.raw`^${NUM}\s?(余|多)?\s?(%)?(?:\s?${RANGE_SEP}\s?${NUM}\s?(%)?)?\s?(万|亿)?(${UNIT_ALT})?(余)?(以上|以下|以内|左右|余|多)?`,
);
const MIXED = /^(\d+(?:\.\d+)?)(亿|万)([〇零一二两三四五六七八九十百千]+万?)/;
const UNIT_AFTER = new RegExp(`^(${UNIT_ALT})`);
const RATIO_PAIR = /^(\d+)\s?[:：]\s?(\d+)/;

/**
 * Reads the quantity that starts at an Arabic number: value, range, 万/亿, unit and a trailing
 * 以上/以下/以内/左右/余. `4%—6%`, `3—5所`, `2.1万个`, `4.85亿元`, `3万余人次`, `0.5 个百分点`.
 * @param text Cleaned text.
 * @param at Offset of the first digit.
 * @returns The figure; its unit is null when none is written (the caller decides if it is a ratio).
 * @example readFigure("新增学位约2.1万个", 5).value // 21000
 */
export function readFigure(text: string, at: number): Figure {
  const rest = text.slice(at, at + 40);
  const pair = RATIO_PAIR.exec(rest);
  if (pair && !/^\d+:\d{2}\b/.test(rest.replace(/\s/g, "")) && Number(pair[2]) > 0) {
    return {
      start: at,
      end: at + pair[0].length,
      value: Number(pair[1]) / Number(pair[2]),
      valueMax: null,
      unit: RATIO_UNIT.zh,
      suffix: null,
      tokenStarts: [at, at + pair[0].length - pair[2]!.length],
    };
  }
  const mixed = MIXED.exec(rest);
  if (mixed) {
    // 3亿五千万元 (3.5亿), 8万二 (8.2万): Arabic digits, a multiplier, then Chinese numerals.
    const [whole, digits, mul, chinese] = mixed;
    const big = mul === "亿" ? 1e8 : 1e4;
    const tail = parseChineseNumeral(chinese!.replace(/万$/, ""));
    if (tail !== null) {
      const part = /^[一二两三四五六七八九]$/.test(chinese!)
        ? tail * (big / 10)
        : tail * (chinese!.endsWith("万") ? 1e4 : 1);
      const unitM = UNIT_AFTER.exec(rest.slice(whole!.length));
      const unit = unitM?.[1] ?? null;
      return {
        start: at,
        end: at + whole!.length + (unitM?.[0].length ?? 0),
        value: scale(Number(digits) * big + part, undefined),
        valueMax: null,
        unit: unit === "百分点" ? "个百分点" : unit,
        suffix: null,
        tokenStarts: [at],
      };
    }
  }
  const m = FIGURE.exec(rest)!;
  const [, a, aMul, aMore, aPct, b, bMul, bPct, lateMul, unitRaw, more2, tail] = m;
  let unit: string | null = unitRaw ?? (aPct || bPct ? "%" : null);
  const mulA =
    aMul ??
    (b === undefined ? lateMul : undefined) ??
    (b !== undefined ? (bMul ?? lateMul) : undefined);
  const mulB = bMul ?? lateMul ?? aMul;
  // Thousands separators (1,200所) are dropped.
  let value = scale(Number(a!.replace(/,/g, "")), mulA);
  let valueMax = b === undefined ? null : scale(Number(b.replace(/,/g, "")), mulB);
  if (unit === "百分点") unit = "个百分点";
  let end = at + m[0].length;
  // A trailing 年 after a bare number is a year or duration only when the number is small; years
  // themselves are handled before figures are read.
  while (end > at && /\s/.test(text[end - 1]!)) end--;
  const suffixWord = tail ?? (aMore || more2 ? "余" : undefined);
  const suffix: Comparator | null =
    suffixWord === "以上"
      ? COMPARATOR.GE
      : suffixWord === "以下" || suffixWord === "以内"
        ? COMPARATOR.LE
        : suffixWord === "左右"
          ? COMPARATOR.APPROX
          : suffixWord === "余" || suffixWord === "多"
            ? COMPARATOR.GT
            : null;
  const tokenStarts = [at];
  if (b !== undefined) {
    const bAt = rest.indexOf(b, (a ?? "").length + 1);
    tokenStarts.push(at + bAt);
  }
  if (valueMax !== null && valueMax < value) [value, valueMax] = [valueMax, value];
  return { start: at, end, value, valueMax, unit, suffix, tokenStarts };
}

/**
 * Reads the quantity of a Chinese-numeral token: 百分之九十五 (a percentage) or 十二所 (a count
 * with its classifier).
 * @param text Cleaned text.
 * @param token The token.
 * @returns The figure.
 * @example chineseFigure("新建十二所", { start: 2, end: 4, text: "十二", numeral: "chinese", value: 12 }).unit // "所"
 */
export function chineseFigure(text: string, token: NumericToken): ReturnType<typeof readFigure> {
  if (text.slice(token.start - 3, token.start) === "百分之") {
    return {
      start: token.start - 3,
      end: token.end,
      value: token.value ?? 0,
      valueMax: null,
      unit: "%",
      suffix: null,
      tokenStarts: [token.start],
    };
  }
  const unit = /^[所个项名位人]/.exec(text.slice(token.end))?.[0] ?? null;
  return {
    start: token.start,
    end: token.end + (unit ? 1 : 0),
    value: token.value ?? 0,
    valueMax: null,
    unit,
    suffix: null,
    tokenStarts: [token.start],
  };
}
