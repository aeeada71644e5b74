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
});
