import { existsSync, readFileSync } from "node:fs";
import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";

/**
 * One figure of a hand annotation (`gold.jsonl`): what a researcher would tabulate, with the
 * exact quote that holds it and its character offset in the document.
 */
export interface GoldFigure {
  /** File name of the document. */
  doc: string;
  kind: "target" | "baseline" | "actual";
  indicator_zh: string;
  value: number;
  value_max: number | null;
  /** Unit as written (万元 keeps the number: 1.2万元 is value 1.2). */
  unit: string;
  year: number | null;
  comparator: string;
  /** A short part of the indicator found in the quote or the table's row label. */
  keyword: string;
  /** Exact substring of the document holding the figure. */
  quote: string;
  /** Character offset of `quote`. */
  at: number;
  scope: string;
  note?: string;
  /** Debatable calls: neither a miss nor an error. */
  optional?: boolean;
}

/** A number of a document that must not become a row (`negatives.jsonl`). */
export interface Negative {
  doc: string;
  value: number;
  quote: string;
  at: number;
  why: string;
}

function readJsonl(path: string): unknown[] {
  if (!existsSync(path)) fail(`${path}: no such annotation file.`, path);
  const out: unknown[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        out.push(JSON.parse(line));
      } catch (e) {
        fail(message.badAnnotation(path, i + 1, (e as Error).message), path);
      }
    });
  return out;
}

/**
 * Reads a hand annotation of figures, one JSON object per line, checking the fields scoring uses.
 * @param path Path of `gold.jsonl`.
 * @returns The figures.
 * @example readGold("../shared/corpus/gold.jsonl").length
 */
export function readGold(path: string): GoldFigure[] {
  return readJsonl(path).map((v, i) => {
    const g = v as GoldFigure;
    const ok =
      typeof g.doc === "string" &&
      ["target", "baseline", "actual"].includes(g.kind) &&
      typeof g.value === "number" &&
      typeof g.quote === "string" &&
      typeof g.at === "number" &&
      typeof g.keyword === "string" &&
      (g.year === null || typeof g.year === "number");
    if (!ok)
      fail(
        message.badAnnotation(path, i + 1, "needs doc, kind, value, year, keyword, quote, at"),
        path,
      );
    return g;
  });
}

/**
 * Reads the numbers that must not become rows, one JSON object per line.
 * @param path Path of `negatives.jsonl`; a missing file gives no negatives.
 * @returns The negatives.
 * @example readNegatives("../shared/corpus/negatives.jsonl").length
 */
export function readNegatives(path: string): Negative[] {
  if (!existsSync(path)) return [];
  return readJsonl(path).map((v, i) => {
    const n = v as Negative;
    if (typeof n.doc !== "string" || typeof n.value !== "number" || typeof n.at !== "number")
      fail(message.badAnnotation(path, i + 1, "needs doc, value, quote, at"), path);
    return n;
  });
}
