import { describe, expect, test } from "vitest";
import {
  errorFromMessage,
  errorToMessage,
  OutputError,
  SeedError,
  systemErrorMessage,
} from "../../src/index.js";

// An error crosses from a worker thread as a plain message; what the CLI prints from it must not
// depend on the thread it was thrown in.
const across = (e: unknown) => errorFromMessage(structuredClone(errorToMessage(e)));

describe("an error thrown in a worker thread", () => {
  test("an input problem keeps its class, file and offset", () => {
    const e = across(new SeedError("a.txt: not UTF-8 at byte 3", "a.txt", 3)) as SeedError;
    expect(e).toBeInstanceOf(SeedError);
    expect([e.message, e.file, e.offset]).toEqual(["a.txt: not UTF-8 at byte 3", "a.txt", 3]);
    const o = across(new OutputError("out: read-only", "out"));
    expect(o).toBeInstanceOf(OutputError);
    expect((o as OutputError).file).toBe("out");
  });

  test("a file-system error keeps the code and path its one-line message is made of", () => {
    const fs = Object.assign(new Error("EACCES: permission denied, open 'seeds/a.txt'"), {
      code: "EACCES",
      path: "seeds/a.txt",
      syscall: "open",
    });
    const e = across(fs);
    expect(systemErrorMessage(e)).toBe(systemErrorMessage(fs));
    expect(systemErrorMessage(e)).toContain("seeds/a.txt");
  });

  test("anything else arrives as an Error with its message", () => {
    const e = across(new TypeError("x is not a function"));
    expect([e.name, e.message]).toEqual(["TypeError", "x is not a function"]);
    expect(across("a string").message).toBe("a string");
  });
});
