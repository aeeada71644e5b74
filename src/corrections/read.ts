import { existsSync, readFileSync } from "node:fs";
import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { comparatorOf, isKind } from "../schema/vocab.js";

/** Fields of a row that a correction may set. */
export const CORRECTABLE_FIELDS = Object.freeze([
  "kind",
  "value",
  "value_max",
  "unit",
  "year",
  "comparator",
  "indicator_id",
  "indicator_zh",
  "scope",
] as const);
/** One field a correction may set. */
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

interface CorrectionBase {
  /** Why the row is corrected: shown in every output beside the row. */
  reason: string;
  /** Who made the correction. */
  author: string;
}

/** Take a row out of the tables. */
export interface RemoveCorrection extends CorrectionBase {
  action: "remove";
  row_id: string;
}

/** Change fields of a row; `text`, when given, is the figure as written when the correction was made. */
export interface ChangeCorrection extends CorrectionBase {
  action: "change";
  row_id: string;
  set: Partial<Record<CorrectableField, string | number | null>>;
  text?: string;
}

/** Add a row the extractor missed, pointing at the figure's span in the raw file. */
export interface AddCorrection extends CorrectionBase {
  action: "add";
  doc_id: string;
  start: number;
  end: number;
  /** The figure as written: `raw.slice(start, end)` must equal it. */
  text: string;
  set: Partial<Record<CorrectableField, string | number | null>> & {
    kind: string;
    value: number;
    indicator_zh: string;
  };
}

/** One entry of a corrections file. */
export type Correction = RemoveCorrection | ChangeCorrection | AddCorrection;

/** Name of the corrections file beside `metadata.json`. */
export const CORRECTIONS_FILE = "corrections.json";

function checkSet(set: unknown, where: string, i: number): void {
  if (typeof set !== "object" || set === null || Array.isArray(set))
    fail(message.badCorrection(where, i, '"set" must be an object of fields'), where);
  for (const [k, v] of Object.entries(set as object)) {
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(k))
      fail(
        message.badCorrection(
          where,
          i,
          `"${k}" cannot be set; fields: ${CORRECTABLE_FIELDS.join(", ")}`,
        ),
        where,
      );
    const ok =
      k === "kind"
        ? isKind(v)
        : k === "comparator"
          ? v === null || comparatorOf(v) !== null
          : k === "value" || k === "value_max" || k === "year"
            ? v === null || (typeof v === "number" && Number.isFinite(v))
            : v === null || typeof v === "string";
    if (!ok)
      fail(
        message.badCorrection(where, i, `"${k}" has an invalid value ${JSON.stringify(v)}`),
        where,
      );
    // A comparator may be written as a sign (">=") or as its name ("at_least"); keep the name.
    if (k === "comparator" && v !== null) (set as Record<string, unknown>)[k] = comparatorOf(v);
  }
}

/**
 * Reads and checks a corrections file: a JSON list of remove, change and add entries, each with
 * its reason and author. Every problem names the entry and the field.
 * @param path Path of `corrections.json`; a missing file gives no corrections.
 * @returns The corrections.
 * @example readCorrections("my-seeds/corrections.json").length
 */
export function readCorrections(path: string): Correction[] {
  if (!existsSync(path)) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    fail(message.badCorrection(path, 0, `not valid JSON (${(e as Error).message})`), path);
  }
  if (!Array.isArray(parsed))
    fail(message.badCorrection(path, 0, "expected a list of corrections"), path);
  return parsed.map((c: Record<string, unknown>, k) => {
    const i = k + 1;
    if (typeof c !== "object" || c === null)
      fail(message.badCorrection(path, i, "must be an object"), path);
    for (const f of ["reason", "author"])
      if (typeof c[f] !== "string" || (c[f] as string).trim() === "")
        fail(message.badCorrection(path, i, `"${f}" must be a non-empty string`), path);
    if (c.action === "remove" || c.action === "change") {
      if (typeof c.row_id !== "string" || !c.row_id)
        fail(message.badCorrection(path, i, '"row_id" must name a row'), path);
      if (c.action === "change") {
        checkSet(c.set, path, i);
        if (c.text !== undefined && typeof c.text !== "string")
          fail(message.badCorrection(path, i, '"text" must be a string'), path);
      }
    } else if (c.action === "add") {
      if (typeof c.doc_id !== "string")
        fail(message.badCorrection(path, i, '"doc_id" must be a string'), path);
      if (
        !Number.isInteger(c.start) ||
        !Number.isInteger(c.end) ||
        (c.start as number) < 0 ||
        (c.end as number) <= (c.start as number)
      )
        fail(
          message.badCorrection(path, i, '"start" and "end" must be offsets with start < end'),
          path,
        );
      if (typeof c.text !== "string")
        fail(message.badCorrection(path, i, '"text" must be the figure as written'), path);
      checkSet(c.set, path, i);
      const set = c.set as Record<string, unknown>;
      for (const f of ["kind", "value", "indicator_zh"])
        if (set[f] === undefined || set[f] === null)
          fail(message.badCorrection(path, i, `an added row needs "set.${f}"`), path);
    } else {
      fail(message.badCorrection(path, i, '"action" must be remove, change or add'), path);
    }
    return c as unknown as Correction;
  });
}
