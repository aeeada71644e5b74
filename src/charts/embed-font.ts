import { createHash } from "node:crypto";
import type * as Linkedom from "linkedom";
import { lazy } from "../lazy.js";
import { subsetFont } from "./fonts.js";
import { isBold, type SvgElement } from "./svg-text.js";
import { FONT } from "./theme.js";

const linkedom = lazy<typeof Linkedom>("linkedom");

interface El extends SvgElement {
  textContent: string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
}

/**
 * Makes an SVG drawn with the bundled Noto Sans SC self-contained: the glyphs its text uses are
 * embedded as a subset font (`@font-face` with a data URI; regular, and bold where text is bold)
 * and every `font-family` names that subset first. The SVG then looks the same in a notebook, a
 * browser or an image viewer on a machine without any Chinese font, and its text stays text, so
 * it can be selected, searched and read by screen readers. The subset has the metrics the chart
 * was laid out with, so labels fit as in the PNG.
 * @param svg SVG markup, e.g. from {@link renderSvg} or {@link renderPlotSvg}.
 * @returns The SVG with the font inside (unchanged when it has no text).
 * @example embedFont(await renderSvg(myopiaGoalsSpec(corpus, { lang: "zh" })))
 */
export function embedFont(svg: string): string {
  const doc = new (linkedom().DOMParser)().parseFromString(svg, "image/svg+xml") as unknown as {
    documentElement: El;
    querySelectorAll(s: string): El[];
    toString(): string;
  };
  const chars = { regular: "", bold: "" };
  for (const text of doc.querySelectorAll("text"))
    chars[isBold(text) ? "bold" : "regular"] += text.textContent ?? "";
  const used = (s: string) => [...new Set(s)].sort().join("");
  const regular = used(chars.regular);
  const bold = used(chars.bold);
  if (!regular && !bold) return svg;
  // Named after its characters: two charts in one page never replace each other's glyphs, and
  // identical subsets share a name.
  const family = `NotoSansSC-${createHash("sha256").update(`${regular}\u0000${bold}`).digest("hex").slice(0, 10)}`;
  const face = (text: string, weight: number) =>
    text
      ? `@font-face{font-family:"${family}";font-weight:${weight};src:url(data:font/otf;base64,${Buffer.from(subsetFont(text, family, weight === 700)).toString("base64")}) format("opentype")}`
      : "";
  const stack = `'${family}', '${FONT}', sans-serif`;
  for (const el of [doc.documentElement, ...doc.querySelectorAll("[font-family]")])
    el.setAttribute("font-family", stack);
  for (const el of doc.querySelectorAll("[style*=font-family]")) {
    el.setAttribute(
      "style",
      el.getAttribute("style")!.replace(/font-family\s*:[^;]*/g, `font-family:${stack}`),
    );
  }
  const style = `<defs><style>${face(regular, 400)}${face(bold, 700)}</style></defs>`;
  const out = doc.toString().replace(/<svg\b[^>]*>/, (open) => `${open}${style}`);
  return svg.startsWith("<?xml") ? out : out.replace(/^<\?xml[^>]*\?>/, "");
}
