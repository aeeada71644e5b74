import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";
import type { District } from "../extract/scope.js";
import type { DocumentRow } from "../schema/rows.js";
import { isDocType } from "../schema/vocab.js";

/**
 * Everything the toolkit needs to know about a document: its catalogue entry and the few
 * settings the general extractor takes. A new document of a known genre needs only this.
 */
export interface DocumentSpec extends Omit<DocumentRow, "sha256"> {
  /** SHA-256 of the file's bytes; when given, a file that differs is refused. */
  sha256?: string;
  /** Districts whose names scope figures. */
  districts?: readonly District[];
  /** See {@link ExtractOptions.districtScope}. */
  districtScope?: "clause" | "section";
  /** Words near the end of the document; a file that lacks them is reported as truncated. */
  endMarker?: string;
}

const REQUIRED_STRINGS = [
  "doc_id",
  "source_file",
  "city",
  "city_en",
  "province",
  "province_en",
  "title",
  "issuer",
  "issued",
] as const;

/**
 * Checks a metadata entry read from JSON and returns it typed; every problem names the field.
 * @param value The parsed JSON entry.
 * @param where The metadata file, for messages.
 * @returns The entry as a {@link DocumentSpec}.
 * @example validateSpec({ ...spec }, "metadata.json")
 */
export function validateSpec(value: unknown, where: string): DocumentSpec {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(message.badMetadata(where, "each entry must be an object"), where);
  }
  const v = value as Record<string, unknown>;
  const id = typeof v.doc_id === "string" ? v.doc_id : "(no doc_id)";
  for (const key of REQUIRED_STRINGS) {
    if (typeof v[key] !== "string" || (v[key] as string).trim() === "") {
      fail(message.badMetadata(where, `entry ${id}: "${key}" must be a non-empty string`), where);
    }
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.issued as string);
  const date = day ? new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)) : null;
  // 2019-13-45 is not a day: the date must survive a round trip through the calendar.
  if (!date || date.toISOString().slice(0, 10) !== v.issued)
    fail(
      message.badMetadata(where, `entry ${id}: "issued" must be an ISO date (YYYY-MM-DD)`),
      where,
    );
  for (const key of ["period_start", "period_end"] as const) {
    if (!Number.isInteger(v[key]) || (v[key] as number) < 1949 || (v[key] as number) > 2100) {
      fail(message.badMetadata(where, `entry ${id}: "${key}" must be a year`), where);
    }
  }
  if ((v.period_start as number) > (v.period_end as number))
    fail(message.badMetadata(where, `entry ${id}: period_start is after period_end`), where);
  if (!isDocType(v.doc_type))
    fail(
      message.badMetadata(where, `entry ${id}: "doc_type" must be plan, work_plan or evaluation`),
      where,
    );
  if (
    v.sha256 !== undefined &&
    !(typeof v.sha256 === "string" && /^[0-9a-f]{64}$/.test(v.sha256))
  ) {
    fail(
      message.badMetadata(where, `entry ${id}: "sha256" must be 64 lowercase hex digits`),
      where,
    );
  }
  if (v.districts !== undefined) {
    const ok =
      Array.isArray(v.districts) &&
      v.districts.every(
        (d) =>
          typeof d === "object" &&
          d !== null &&
          typeof (d as District).zh === "string" &&
          (d as District).zh.trim() !== "" &&
          typeof (d as District).en === "string" &&
          ((d as District).aliases === undefined ||
            (Array.isArray((d as District).aliases) &&
              (d as District).aliases!.every((a) => typeof a === "string" && a.trim() !== ""))),
      );
    if (!ok)
      fail(
        message.badMetadata(
          where,
          `entry ${id}: "districts" must be a list of {"zh", "en", "aliases"?} with non-empty names (aliases a list of names)`,
        ),
        where,
      );
  }
  if (v.endMarker !== undefined && (typeof v.endMarker !== "string" || v.endMarker.trim() === ""))
    fail(message.badMetadata(where, `entry ${id}: "endMarker" must be a non-empty string`), where);
  if (
    v.districtScope !== undefined &&
    v.districtScope !== "clause" &&
    v.districtScope !== "section"
  ) {
    fail(
      message.badMetadata(where, `entry ${id}: "districtScope" must be "clause" or "section"`),
      where,
    );
  }
  return v as unknown as DocumentSpec;
}
