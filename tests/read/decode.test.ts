import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { decodeSeed, message } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

describe("decodeSeed", () => {
  test("decodeSeed reads UTF-8 and drops a byte-order mark", () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode("毛入园率达到110%"),
    ]);
    expect(decodeSeed(bytes, "a.txt")).toEqual({ text: "毛入园率达到110%", encoding: "utf-8" });
  });

  test("decodeSeed decodes GB18030/GBK bytes", () => {
    // 毛入园率达到110% in GBK
    const gbk = Uint8Array.from([
      0xc3, 0xab, 0xc8, 0xeb, 0xd4, 0xb0, 0xc2, 0xca, 0xb4, 0xef, 0xb5, 0xbd, 0x31, 0x31, 0x30,
      0x25,
    ]);
    expect(decodeSeed(gbk, "gbk.txt")).toEqual({ text: "毛入园率达到110%", encoding: "gb18030" });
  });

  test("decodeSeed refuses an empty file", () => {
    expect(() => decodeSeed(new Uint8Array(), "empty.txt")).toThrow(message.emptyFile("empty.txt"));
    expect(() => decodeSeed(new TextEncoder().encode(" \n "), "blank.txt")).toThrow(
      message.emptyFile("blank.txt"),
    );
  });

  test("decodeSeed reports a file cut inside a UTF-8 character as truncated, with the byte", () => {
    const full = readFileSync(join(ROOT, "seeds", "weihai-2019-work-plan.txt"));
    // The first Chinese character starts at a known byte; cut one byte into it.
    const at = full.findIndex((b) => b >= 0xe0);
    expect(() => decodeSeed(full.subarray(0, at + 1), "cut.txt")).toThrow(
      message.truncatedUtf8("cut.txt", at),
    );
  });

  test("decodeSeed refuses bytes that are neither UTF-8 nor Chinese GB18030 text", () => {
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]);
    expect(() => decodeSeed(latin1, "latin1.txt")).toThrow(message.notUtf8("latin1.txt", 3));
  });

  test("decodeSeed refuses binary content", () => {
    expect(() => decodeSeed(Uint8Array.from([0x41, 0x00, 0x42]), "bin.txt")).toThrow(
      message.notText("bin.txt", 1),
    );
  });

  // 毛入园率达到 is six characters of three bytes each, so a sequence put after it starts at
  // byte 18; the bytes that follow are still the figure.
  const words = new TextEncoder().encode("毛入园率达到");
  const figure = new TextEncoder().encode("110%");
  const withBad = (bad: number[], bom = false) =>
    Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...words, ...bad, ...figure]);

  test.each([
    ["a lone high surrogate, as WTF-8 writes U+D800 (ED A0 80)", [0xed, 0xa0, 0x80]],
    ["a lone low surrogate U+DC00 (ED B0 80)", [0xed, 0xb0, 0x80]],
    ["a surrogate pair as CESU-8 writes U+1F600", [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]],
    ["the two-byte overlong slash (C0 AF)", [0xc0, 0xaf]],
    ["the three-byte overlong slash (E0 80 AF)", [0xe0, 0x80, 0xaf]],
    ["the four-byte overlong slash (F0 80 80 AF)", [0xf0, 0x80, 0x80, 0xaf]],
    ["a code point past U+10FFFF (F4 90 80 80)", [0xf4, 0x90, 0x80, 0x80]],
    ["a stray continuation byte (80)", [0x80]],
  ])("decodeSeed refuses %s in UTF-8 text at its first byte", (_, bad) => {
    expect(() => decodeSeed(withBad(bad), "bad.txt")).toThrow(message.damagedUtf8("bad.txt", 18));
  });

  test("decodeSeed counts the byte-order mark in the offset of a bad sequence", () => {
    expect(() => decodeSeed(withBad([0xed, 0xa0, 0x80], true), "bom.txt")).toThrow(
      message.damagedUtf8("bom.txt", 21),
    );
  });

  test("decodeSeed names the byte of a surrogate put into a real seed between two lines", () => {
    const full = readFileSync(join(ROOT, "seeds", "weihai-2023-2025-action-plan.txt"));
    // Just after a line break, which a multi-byte character cannot straddle.
    const at = full.indexOf(0x0a, 2000) + 1;
    const bytes = Buffer.concat([
      full.subarray(0, at),
      Buffer.from([0xed, 0xa0, 0x80]),
      full.subarray(at),
    ]);
    expect(at).toBeGreaterThan(2000);
    expect(() => decodeSeed(bytes, "seed.txt")).toThrow(message.damagedUtf8("seed.txt", at));
  });

  test("decodeSeed refuses UTF-16 text at its byte-order mark, byte 0", () => {
    // FF and FE never occur in UTF-8, nor start a GB18030 character.
    const le = Buffer.from("\ufeff毛入园率达到110%", "utf16le");
    expect(() => decodeSeed(le, "utf16.txt")).toThrow(message.notUtf8("utf16.txt", 0));
    const be = Buffer.from(le).swap16();
    expect(() => decodeSeed(be, "utf16be.txt")).toThrow(message.notUtf8("utf16be.txt", 0));
  });
});
