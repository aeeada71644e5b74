import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { naming } from "../errors/system.js";
import { extractDocument } from "../extract/extract.js";
import type { DocumentSpec } from "../loaders/spec.js";
import {
  DOCUMENT_COLUMNS,
  type DocumentRow,
  type MentionRow,
  type TargetRow,
} from "../schema/rows.js";
import { cleanText } from "./clean.js";
import { decodeSeed } from "./decode.js";

/**
 * Reads, checks and extracts one document.
 * @param spec Its metadata.
 * @param dir The folder it is in.
 * @returns Its catalogue row, targets and mentions.
 * @example extractOne(REGISTRY[0], DEFAULT_SEEDS_DIR).targets.length
 */
export function extractOne(
  spec: DocumentSpec,
  dir: string,
): { document: DocumentRow; targets: TargetRow[]; mentions: MentionRow[]; text: string } {
  const path = join(dir, spec.source_file);
  // The file must lie inside the folder once links are followed: metadata cannot reach elsewhere.
  if (existsSync(path)) {
    const inside = relative(realpathSync(dir), realpathSync(path));
    if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
      fail(message.outsideFolder(path, spec.doc_id), path);
  }
  if (!existsSync(path))
    fail(`${path}: missing; the metadata lists it but the folder does not hold it.`, path);
  return readDocument(
    naming(path, () => readFileSync(path)),
    spec,
    path,
  );
}

/**
 * What is done to each document's bytes, once they are read: checksum, decoding, the end marker,
 * cleaning and extraction. Every input problem is a {@link SeedError} naming `path`.
 * @param bytes The file's bytes.
 * @param spec Its metadata.
 * @param path The file's path, for error messages.
 * @returns Its catalogue row, targets and mentions, and the decoded text offsets index.
 * @example readDocument(new TextEncoder().encode("毛入园率达到110%。"), spec, "a.txt").targets[0]?.value // 110
 */
export function readDocument(
  bytes: Uint8Array,
  spec: DocumentSpec,
  path: string,
): { document: DocumentRow; targets: TargetRow[]; mentions: MentionRow[]; text: string } {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (spec.sha256 && spec.sha256 !== sha256)
    fail(message.sha256Mismatch(path, spec.sha256, sha256), path);
  const { text } = decodeSeed(bytes, path);
  if (spec.endMarker) {
    const at = text.lastIndexOf(spec.endMarker);
    if (at < 0 || at < text.length * 0.8)
      fail(message.missingEnd(path, spec.endMarker), path, text.length);
  }
  const clean = cleanText(text, path);
  const { targets, mentions } = extractDocument(clean, spec);
  // The documents row: the metadata's catalogue fields, in the table's column order, and the hash.
  const document = Object.fromEntries(
    DOCUMENT_COLUMNS.map((c) => [c, c === "sha256" ? sha256 : spec[c]]),
  ) as unknown as DocumentRow;
  return { document, targets, mentions, text };
}
