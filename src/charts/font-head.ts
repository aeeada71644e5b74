/** Seconds from the OpenType epoch (1904-01-01) to the Unix epoch (1970-01-01). */
const EPOCH_1904 = 2_082_844_800;

/** Sum of the big-endian 32-bit words of a stretch of bytes, the last one padded with zeros. */
function checksum(bytes: Uint8Array, from: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 4) {
    let word = 0;
    for (let k = 0; k < 4; k++) word = (word << 8) | (i + k < length ? bytes[from + i + k]! : 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * Sets the `created` and `modified` dates of an OpenType font's `head` table, and updates the
 * table's checksum and the font's `checkSumAdjustment` to match (OpenType spec, "head" and
 * "Calculating checksums"). The font is changed in place.
 * @param font The font file's bytes (OpenType or TrueType, not a collection).
 * @param seconds The date, in seconds since 1970.
 * @returns The same bytes.
 * @example setFontDates(bytes, Date.UTC(2022, 10, 10) / 1000) // both dates 2022-11-10
 */
export function setFontDates(font: Uint8Array, seconds: number): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let record = -1;
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(at, at + 4)) === "head") record = at;
  }
  if (record < 0) throw new Error("setFontDates: the font has no head table");
  const head = view.getUint32(record + 8);
  const length = view.getUint32(record + 12);
  const date = BigInt(seconds + EPOCH_1904);
  view.setBigInt64(head + 20, date); // created
  view.setBigInt64(head + 28, date); // modified
  view.setUint32(head + 8, 0); // checkSumAdjustment is left out of both sums
  view.setUint32(record + 4, checksum(font, head, length));
  view.setUint32(head + 8, (0xb1b0afba - checksum(font, 0, font.byteLength)) >>> 0);
  return font;
}
