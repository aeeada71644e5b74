import { isBroadIndicator } from "../rules/indicators.js";
import { comparatorOf } from "../schema/vocab.js";
import type { TargetRow } from "../schema/rows.js";
import type { GoldFigure, Negative } from "./annotation.js";

/** Scores of one document, or of a whole set when `doc` is "(all)". */
export interface DocScore {
  doc: string;
  /** Annotated figures that count (not optional). */
  gold: number;
  /** Of those, found by some row (same kind, value, year when given, keyword). */
  found: number;
  /** Of those, found by a row whose span lies inside the annotated quote. */
  foundInPlace: number;
  /** Rows with a number, less those that match only optional figures. */
  rows: number;
  /** Numeric rows that carry a canonical indicator_id (the vocabulary's coverage). */
  withIndicator: number;
  /** Of those, rows whose indicator is an exact one (not a broad family). */
  withExactIndicator: number;
  /** Of those, rows that match some annotated figure. */
  right: number;
  negatives: number;
  /** Negatives that became rows. */
  negativesExtracted: number;
  /** Pairs of an annotated figure and a row in its quote with the same value. */
  pairs: number;
  sameKind: number;
  sameYear: number;
  sameComparator: number;
  sameUnit: number;
  /** Annotated figures whose `indicator_zh` contains the row's label or is contained in it. */
  labelAgree: number;
}

/** The result of scoring rows against a hand annotation. */
export interface Score {
  overall: DocScore;
  docs: DocScore[];
  /** Annotated figures no row found, with the row in their quote (if any) that came closest. */
  misses: { gold: GoldFigure; near: TargetRow | null }[];
  /** Numeric rows that match no annotated figure. */
  falseRows: TargetRow[];
  /** Negatives that became rows. */
  negativeRows: { negative: Negative; row: TargetRow }[];
}

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

function sameValue(a: number, b: number): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  // 万/亿 may be multiplied out on one side only (6.67万个 → 66700; 1.2万元 kept as 1.2).
  return [1, 1e4, 1e8, 1e-4, 1e-8].some((f) => close(a * f, b));
}

/** The unit of an annotation as the toolkit writes it: 万元 → 元, 百分点 → 个百分点, ％ → %. */
function normUnit(u: string | null): string {
  let s = norm(u ?? "");
  if (/^[万亿]./.test(s)) s = s.slice(1);
  if (s === "百分点") s = "个百分点";
  if (s === "" || s === "ratio") return "ratio";
  return s;
}

function inPlace(row: TargetRow, g: GoldFigure): boolean {
  return row.start < g.at + g.quote.length && row.end > g.at;
}

function matches(row: TargetRow, g: GoldFigure): boolean {
  if (row.value === null || row.kind !== g.kind || !sameValue(row.value, g.value)) return false;
  if (g.year !== null && row.year !== g.year) return false;
  const key = norm(g.keyword);
  return norm(row.indicator_zh).includes(key) || norm(row.quote).includes(key);
}

function emptyScore(doc: string): DocScore {
  return {
    doc,
    gold: 0,
    found: 0,
    foundInPlace: 0,
    rows: 0,
    withIndicator: 0,
    withExactIndicator: 0,
    right: 0,
    negatives: 0,
    negativesExtracted: 0,
    pairs: 0,
    sameKind: 0,
    sameYear: 0,
    sameComparator: 0,
    sameUnit: 0,
    labelAgree: 0,
  };
}

/**
 * Scores extracted rows against a hand annotation, by the rules of the development corpus: a
 * figure is found when a row of the same file has its kind and value (万/亿 scalings allowed),
 * its year when the annotation gives one, and its keyword in the row's label or quote; a numeric
 * row is right when it matches some annotated figure. Optional figures count neither as misses
 * nor as errors. Agreement on kind, year, comparator and unit is measured on the rows that lie in
 * an annotated quote with its value.
 * @param rows Extracted rows (any documents; only the annotated files are scored).
 * @param gold The annotated figures.
 * @param negatives Numbers that must not become rows.
 * @returns Per-document and overall scores, misses, false rows and extracted negatives.
 * @example scoreRows(extractCorpus({ seedsDir }).targets, readGold(path), []).overall.found
 */
export function scoreRows(
  rows: readonly TargetRow[],
  gold: readonly GoldFigure[],
  negatives: readonly Negative[],
): Score {
  const files = [...new Set(gold.map((g) => g.doc))].sort();
  const byFile = new Map<string, TargetRow[]>();
  for (const r of rows) {
    if (r.value === null) continue;
    const list = byFile.get(r.source_file) ?? [];
    list.push(r);
    byFile.set(r.source_file, list);
  }
  const docs: DocScore[] = [];
  const misses: Score["misses"] = [];
  const falseRows: TargetRow[] = [];
  const negativeRows: Score["negativeRows"] = [];
  for (const file of files) {
    const s = emptyScore(file);
    const docGold = gold.filter((g) => g.doc === file);
    const docRows = byFile.get(file) ?? [];
    for (const g of docGold) {
      const hits = docRows.filter((r) => matches(r, g));
      const here = docRows.filter(
        (r) => inPlace(r, g) && r.value !== null && sameValue(r.value, g.value),
      );
      const pair = here.find((r) => matches(r, g)) ?? here[0];
      if (pair) {
        s.pairs++;
        if (pair.kind === g.kind) s.sameKind++;
        if (pair.year === g.year) s.sameYear++;
        if (pair.comparator === comparatorOf(g.comparator)) s.sameComparator++;
        if (normUnit(pair.unit) === normUnit(g.unit)) s.sameUnit++;
        const a = norm(pair.indicator_zh);
        const b = norm(g.indicator_zh);
        if (a.length >= 2 && (a.includes(b) || b.includes(a))) s.labelAgree++;
      }
      if (g.optional) continue;
      s.gold++;
      if (hits.length) s.found++;
      if (hits.some((r) => inPlace(r, g))) s.foundInPlace++;
      if (!hits.length)
        misses.push({ gold: g, near: pair ?? docRows.find((r) => inPlace(r, g)) ?? null });
    }
    for (const r of docRows) {
      const hit = docGold.filter((g) => matches(r, g));
      if (hit.length && hit.every((g) => g.optional)) continue;
      s.rows++;
      if (r.indicator_id) s.withIndicator++;
      if (r.indicator_id && !isBroadIndicator(r.indicator_id)) s.withExactIndicator++;
      if (hit.length) s.right++;
      else falseRows.push(r);
    }
    for (const n of negatives.filter((x) => x.doc === file)) {
      s.negatives++;
      const row = docRows.find(
        (r) =>
          r.value !== null &&
          sameValue(r.value, n.value) &&
          r.start < n.at + n.quote.length &&
          r.end > n.at,
      );
      if (row) {
        s.negativesExtracted++;
        negativeRows.push({ negative: n, row });
      }
    }
    docs.push(s);
  }
  const overall = emptyScore("(all)");
  for (const d of docs)
    for (const k of Object.keys(overall) as (keyof DocScore)[])
      if (k !== "doc") (overall[k] as number) += d[k] as number;
  return { overall, docs, misses, falseRows, negativeRows };
}

/**
 * A share as a percentage with one decimal, or "–" when there is nothing to count.
 * @param part The count.
 * @param whole The total.
 * @returns For example "91.3 %".
 * @example percent(1, 3) // "33.3 %"
 */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;
}
