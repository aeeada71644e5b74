import opentype from "opentype.js";
import { describe, expect, test } from "vitest";
import {
  embedFont,
  FONT,
  indicatorAcrossCitiesSpec,
  loadCorpus,
  measureText,
  planOutcomePlot,
  renderPlotSvg,
  renderSvg,
} from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

const corpus = loadCorpus({ seedsDir: `${ROOT}seeds` });
// Guigang states an upper-secondary gross enrolment target (93 % by 2023), Weihai none (未涉及).
const spec = indicatorAcrossCitiesSpec(corpus, {
  indicator: "upper_secondary_gross_enrolment_rate",
  lang: "zh",
});

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const faces = (svg: string) =>
  [
    ...svg.matchAll(
      /@font-face\{font-family:"([^"]+)";font-weight:(\d+);src:url\(data:font\/otf;base64,([^)]+)\)/g,
    ),
  ].map((m) => ({
    family: m[1]!,
    weight: Number(m[2]),
    font: opentype.parse(new Uint8Array(Buffer.from(m[3]!, "base64")).buffer),
  }));

describe("embedFont", () => {
  test("embedFont(the zh upper-secondary chart) embeds regular and bold subsets holding every character of its text", async () => {
    const svg = await renderSvg(spec);
    const out = embedFont(svg);
    const [regular, bold] = faces(out);
    expect([regular?.weight, bold?.weight]).toEqual([400, 700]);
    expect(regular!.family).toBe(bold!.family);
    for (const ch of new Set(texts(out).join(""))) {
      const found = [regular!, bold!].filter((f) => f.font.charToGlyph(ch).index > 0);
      if (ch.trim()) expect(found.length, `${ch} missing from the subsets`).toBeGreaterThan(0);
    }
    // The title is bold, the city names regular.
    expect(
      [...new Set("高中阶段毛入学率:各市目标")].every((ch) => bold!.font.charToGlyph(ch).index > 0),
    ).toBe(true);
    expect(
      [...new Set("威海贵港烟台")].every((ch) => regular!.font.charToGlyph(ch).index > 0),
    ).toBe(true);
    // The title (16px): the bold subset draws it as wide as vega measured it.
    expect(bold!.font.getAdvanceWidth("高中阶段毛入学率:各市目标", 16)).toBeCloseTo(
      measureText("高中阶段毛入学率:各市目标", 16, true),
      5,
    );
    expect(out.length).toBeLessThan(svg.length + 120_000);
  });

  test("embedFont(svg) keeps the text as text and names the subset first in every font-family", async () => {
    const svg = await renderSvg(spec);
    const out = embedFont(svg);
    expect(texts(out)).toEqual(texts(svg));
    expect(texts(out)).toContain("未涉及");
    const family = faces(out)[0]!.family;
    const families = new Set([...out.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
    expect([...families]).toEqual([`'${family}', '${FONT}', sans-serif`]);
    expect(out.startsWith("<svg")).toBe(true);
  });

  test("embedFont names subsets after their characters: the same chart twice shares a name, another chart has its own", async () => {
    const a = faces(embedFont(await renderSvg(spec)))[0]!.family;
    const b = faces(embedFont(await renderSvg(spec)))[0]!.family;
    const plot = faces(embedFont(renderPlotSvg(planOutcomePlot(corpus, { lang: "en" }))))[0]!
      .family;
    expect(a).toBe(b);
    expect(plot).not.toBe(a);
  });

  test("embedFont(svg without text) returns it unchanged", () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    expect(embedFont(svg)).toBe(svg);
  });
});
