import { fail } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { scanUtf8 } from "./utf8.js";

/** The text of a seed file and how it was decoded. */
export interface Decoded {
  /** The decoded text, without a byte-order mark. Offsets in the tables index this string. */
  text: string;
  /** `utf-8` or `gb18030`. */
  encoding: "utf-8" | "gb18030";
}

const CJK = /[\u3400-\u9fff]/g;
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * A buffer whose well-formed multi-byte characters outnumber its faulty stretches this many times
 * is UTF-8 with damage, not text in another encoding: GBK bytes read as UTF-8 make a fault at
 * most characters, so their good characters are fewer than their faults.
 */
const DAMAGED_UTF8_RATIO = 4;

/**
 * Decodes the bytes of a seed file: UTF-8 (with or without BOM), else GB18030/GBK when the
 * bytes read as Chinese text in that encoding; anything else is refused with the byte offset of
 * the first ill-formed sequence (overlong forms and UTF-16 surrogates included). A file that is
 * mostly well-formed UTF-8 is refused as damaged rather than read as GB18030.
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
    const scan = scanUtf8(body);
    // The decoder and the scan follow the same table; a disagreement would point at byte 0.
    const at = Math.max(0, scan.first) + start;
    if (scan.firstAtEnd) fail(message.truncatedUtf8(file, at), file, at);
    if (scan.multibyte >= DAMAGED_UTF8_RATIO * scan.faults)
      fail(message.damagedUtf8(file, at), file, at);
    let gb: string | null = null;
    try {
      gb = new TextDecoder("gb18030", { fatal: true }).decode(body);
    } catch {
      gb = null;
    }
    const nonAscii = gb?.match(NON_ASCII)?.length ?? 0;
    const cjk = gb?.match(CJK)?.length ?? 0;
    if (gb === null || nonAscii === 0 || cjk / nonAscii < 0.8) {
      fail(message.notUtf8(file, at), file, at);
    }
    text = gb;
    encoding = "gb18030";
  }
  const control = text.search(/[\x00-\x08\x0b\x0e-\x1f\x7f]/);
  if (control >= 0) fail(message.notText(file, control), file, control);
  if (text.trim() === "") fail(message.emptyFile(file), file, 0);
  return { text, encoding };
}
