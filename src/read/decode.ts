import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";

/** The text of a seed file and how it was decoded. */
export interface Decoded {
  /** The decoded text, without a byte-order mark. Offsets in the tables index this string. */
  text: string;
  /** `utf-8` or `gb18030`. */
  encoding: "utf-8" | "gb18030";
}

const CJK = /[\u3400-\u9fff]/g;
const NON_ASCII = /[^\x00-\x7f]/g;

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): { at: number; atEnd: boolean } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return { at: i, atEnd: false };
    if (i + need >= bytes.length && need > 0) {
      for (let k = i + 1; k < bytes.length; k++) {
        if ((bytes[k]! & 0xc0) !== 0x80) return { at: i, atEnd: false };
      }
      return { at: i, atEnd: true };
    }
    for (let k = 1; k <= need; k++) {
      if ((bytes[i + k]! & 0xc0) !== 0x80) return { at: i, atEnd: false };
    }
    i += need + 1;
  }
  return { at: -1, atEnd: false };
}

/**
 * Decodes the bytes of a seed file: UTF-8 (with or without BOM), else GB18030/GBK when the
 * bytes read as Chinese text in that encoding; anything else is refused with the byte offset.
 * @param bytes The file's bytes.
 * @param file The file name, for error messages.
 * @returns The text and the encoding used.
 * @example decodeSeed(new TextEncoder().encode("毛入园率达到110%"), "a.txt").text // "毛入园率达到110%"
 */
export function decodeSeed(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) fail(message.emptyFile(file), file, 0);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  let text: string;
  let encoding: Decoded["encoding"] = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    if (bad.atEnd) fail(message.truncatedUtf8(file, bad.at + start), file, bad.at + start);
    let gb: string | null = null;
    try {
      gb = new TextDecoder("gb18030", { fatal: true }).decode(body);
    } catch {
      gb = null;
    }
    const nonAscii = gb?.match(NON_ASCII)?.length ?? 0;
    const cjk = gb?.match(CJK)?.length ?? 0;
    if (gb === null || nonAscii === 0 || cjk / nonAscii < 0.8) {
      fail(message.notUtf8(file, bad.at + start), file, bad.at + start);
    }
    text = gb;
    encoding = "gb18030";
  }
  const control = text.search(/[\x00-\x08\x0b\x0e-\x1f\x7f]/);
  if (control >= 0) fail(message.notText(file, control), file, control);
  if (text.trim() === "") fail(message.emptyFile(file), file, 0);
  return { text, encoding };
}
