/** What a byte-by-byte reading of a buffer as UTF-8 found. */
export interface Utf8Scan {
  /** Offset of the first byte of the first ill-formed sequence; -1 when the bytes are UTF-8. */
  first: number;
  /** Whether that first fault is a well-begun sequence cut by the end of the bytes. */
  firstAtEnd: boolean;
  /** Well-formed multi-byte characters in the whole buffer. */
  multibyte: number;
  /** Stretches of consecutive ill-formed bytes in the whole buffer. */
  faults: number;
}

/**
 * Length of the sequence a lead byte starts, and the range its second byte must fall in
 * (Unicode, table 3-7): the narrow ranges after E0, ED, F0 and F4 exclude overlong forms,
 * UTF-16 surrogates (ED A0..BF, as CESU-8 and WTF-8 write them) and code points past U+10FFFF.
 */
function leadOf(b: number): { need: number; lo: number; hi: number } | null {
  if (b < 0x80) return { need: 0, lo: 0, hi: 0 };
  if (b >= 0xc2 && b <= 0xdf) return { need: 1, lo: 0x80, hi: 0xbf };
  if (b === 0xe0) return { need: 2, lo: 0xa0, hi: 0xbf };
  if (b === 0xed) return { need: 2, lo: 0x80, hi: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { need: 2, lo: 0x80, hi: 0xbf };
  if (b === 0xf0) return { need: 3, lo: 0x90, hi: 0xbf };
  if (b >= 0xf1 && b <= 0xf3) return { need: 3, lo: 0x80, hi: 0xbf };
  if (b === 0xf4) return { need: 3, lo: 0x80, hi: 0x8f };
  // 80..BF cannot start a sequence; C0, C1 and F5..FF never occur in UTF-8.
  return null;
}

/**
 * Reads bytes as UTF-8 exactly as a fatal `TextDecoder` does, but says where the first fault is
 * and how much of the buffer is well-formed: after a fault, reading resumes at the next byte.
 * @param bytes The bytes (without a byte-order mark).
 * @returns The first fault's offset and the counts of good characters and bad stretches.
 * @example scanUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80])).first // 1 (a lone surrogate)
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const out: Utf8Scan = { first: -1, firstAtEnd: false, multibyte: 0, faults: 0 };
  let inFault = false;
  let i = 0;
  while (i < bytes.length) {
    const lead = leadOf(bytes[i]!);
    let len = 0; // bytes of a well-formed sequence at i; 0 for a fault
    let cut = false;
    if (lead) {
      len = lead.need + 1;
      for (let k = 1; k <= lead.need; k++) {
        const b = bytes[i + k];
        if (b === undefined) {
          cut = true;
          len = 0;
          break;
        }
        const [lo, hi] = k === 1 ? [lead.lo, lead.hi] : [0x80, 0xbf];
        if (b < lo || b > hi) {
          len = 0;
          break;
        }
      }
    }
    if (len > 0) {
      if (len > 1) out.multibyte++;
      inFault = false;
      i += len;
      continue;
    }
    if (out.first < 0) {
      out.first = i;
      out.firstAtEnd = cut;
    }
    if (!inFault) out.faults++;
    inFault = true;
    i++;
  }
  return out;
}
