import { describe, expect, test } from "vitest";
import { scanUtf8 } from "../../src/read/utf8.js";

/** mulberry32: a small seeded generator, so the buffers are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fatal = new TextDecoder("utf-8", { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("scanUtf8", () => {
  test("well-formed text has no fault and counts its multi-byte characters", () => {
    expect(scanUtf8(new TextEncoder().encode("入园率110%😀"))).toEqual({
      first: -1,
      firstAtEnd: false,
      multibyte: 4,
      faults: 0,
    });
  });

  test("a sequence cut by the end is reported as at the end", () => {
    // 入 is E5 85 A5; its first two bytes alone end the buffer at byte 1.
    expect(scanUtf8(Uint8Array.from([0x41, 0xe5, 0x85]))).toMatchObject({
      first: 1,
      firstAtEnd: true,
    });
  });

  test("adjacent bad bytes are one stretch, separated ones two", () => {
    expect(scanUtf8(Uint8Array.from([0xc0, 0xaf, 0x41, 0xff])).faults).toBe(2);
  });

  test("on random bytes the first fault is where a fatal TextDecoder first fails", () => {
    const next = random(13);
    // Bytes drawn mostly from the lead and continuation ranges, where the faults are.
    const pool = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed];
    pool.push(0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff);
    for (let n = 0; n < 3000; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        next() < 0.5 ? pool[Math.floor(next() * pool.length)]! : Math.floor(next() * 256),
      );
      const { first } = scanUtf8(bytes);
      if (first < 0) {
        expect(decodes(bytes), Buffer.from(bytes).toString("hex")).toBe(true);
      } else {
        // Everything before the fault is UTF-8; the fault's byte cannot be read from there.
        expect(decodes(bytes.subarray(0, first)), Buffer.from(bytes).toString("hex")).toBe(true);
        expect(decodes(bytes), Buffer.from(bytes).toString("hex")).toBe(false);
        const decoded = new TextDecoder().decode(bytes.subarray(first));
        expect(decoded.startsWith("\ufffd"), Buffer.from(bytes).toString("hex")).toBe(true);
      }
    }
  });
});
