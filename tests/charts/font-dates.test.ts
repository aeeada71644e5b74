import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import opentype from "opentype.js";
import { afterEach, describe, expect, test, vi } from "vitest";
import { buildReport, embedFont, loadCorpus } from "../../src/index.js";
import { subsetFont } from "../../src/charts/fonts.js";
import { ROOT } from "../helpers/corpus.js";

// Two clocks far apart: whatever depends on the time of the run differs between them.
const EARLY = new Date("2001-02-03T04:05:06Z");
const LATE = new Date("2031-07-08T09:10:11Z");
function at<T>(time: Date, make: () => T): T {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(time);
  try {
    return make();
  } finally {
    vi.useRealTimers();
  }
}
afterEach(() => vi.useRealTimers());

const parse = (bytes: Uint8Array) =>
  opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const words = (bytes: Uint8Array, from = 0, length = bytes.length) => {
  let sum = 0;
  for (let i = 0; i < length; i += 4)
    sum =
      (sum +
        Buffer.concat([
          bytes.subarray(from + i, from + Math.min(i + 4, length)),
          Buffer.alloc(4),
        ]).readUInt32BE(0)) >>>
      0;
  return sum;
};

describe("font subsets do not depend on the time they are made", () => {
  const text = "毛入园率达到110%,高中阶段毛入学率";

  test("subsetFont gives the same bytes in 2001 and in 2031", () => {
    const early = at(EARLY, () => subsetFont(text));
    const late = at(LATE, () => subsetFont(text));
    expect(Buffer.from(late).equals(Buffer.from(early))).toBe(true);
  });

  test("the subset is dated like the bundled font it is cut from", () => {
    const dir = dirname(
      createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans-sc/package.json"),
    );
    const source = opentype.loadSync(join(dir, "400Regular", "NotoSansSC_400Regular.ttf"));
    const head = parse(at(LATE, () => subsetFont(text))).tables.head as unknown as {
      created: number;
      modified: number;
    };
    const want = (source.tables.head as unknown as { modified: number }).modified;
    expect([head.created, head.modified]).toEqual([want, want]);
  });

  test("after the dates are set, the head checksum and the font's checksum still hold", () => {
    const font = at(LATE, () => subsetFont(text));
    const view = Buffer.from(font);
    const records = Array.from({ length: view.readUInt16BE(4) }, (_, i) => 12 + 16 * i);
    const head = records.find((r) => view.toString("latin1", r, r + 4) === "head")!;
    const offset = view.readUInt32BE(head + 8);
    const length = view.readUInt32BE(head + 12);
    const adjustment = view.readUInt32BE(offset + 8);
    // The table's checksum counts checkSumAdjustment as zero; the whole font sums to B1B0AFBA.
    const zeroed = Buffer.from(view);
    zeroed.writeUInt32BE(0, offset + 8);
    expect(view.readUInt32BE(head + 4)).toBe(words(zeroed, offset, length));
    expect(words(font)).toBe(0xb1b0afba);
    expect(adjustment).not.toBe(0);
  });

  test("an embedded SVG and the report are byte-identical from run to run", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><text>威海 110%</text><text font-weight="bold">目标</text></svg>';
    expect(at(LATE, () => embedFont(svg))).toBe(at(EARLY, () => embedFont(svg)));
    const corpus = loadCorpus({ seedsDir: join(ROOT, "seeds") });
    const report = () =>
      buildReport({
        documents: corpus.documents,
        targets: corpus.targets,
        texts: new Map(),
        charts: [],
        lang: "zh",
        indicators: ["compulsory_retention_rate"],
      });
    const early = at(EARLY, report);
    expect(early).toContain("base64");
    expect(at(LATE, report)).toBe(early);
  });
});
