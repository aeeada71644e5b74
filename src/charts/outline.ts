import type * as Linkedom from "linkedom";
import { lazy } from "../lazy.js";
import { fontFor } from "./fonts.js";
import { inherited, isBold } from "./svg-text.js";

const linkedom = lazy<typeof Linkedom>("linkedom");

/** An SVG element as linkedom gives it (only what this module touches). */
interface El {
  tagName: string;
  parentNode: El | null;
  childNodes: ArrayLike<El & { nodeType: number; textContent: string | null }>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  replaceWith(node: unknown): void;
  ownerDocument: {
    createElementNS(ns: string, tag: string): El & { appendChild(n: unknown): void };
  };
}

const SVG_NS = "http://www.w3.org/2000/svg";
function length(v: string | null, size: number): number {
  if (!v) return 0;
  const n = parseFloat(v);
  return v.trim().endsWith("em") ? n * size : n;
}

/**
 * Replaces every `<text>` of an SVG with outlines drawn from the bundled Noto Sans SC, so that a
 * rasteriser needs no font at all: the PNG looks the same on every machine, and no font file is
 * parsed per image. Handles the text vega and Observable Plot write: x/y/dx/dy (px or em),
 * transforms, text-anchor, inherited font size and weight, and `<tspan>` lines.
 * @param svg SVG markup with text.
 * @returns SVG markup with paths instead of text.
 * @example outlineText('<svg xmlns="http://www.w3.org/2000/svg"><text x="0" y="10">毛</text></svg>')
 */
export function outlineText(svg: string): string {
  const doc = new (linkedom().DOMParser)().parseFromString(svg, "image/svg+xml") as unknown as {
    querySelectorAll(s: string): El[];
    toString(): string;
  };
  for (const text of [...doc.querySelectorAll("text")]) {
    const size = length(inherited(text, "font-size"), 16) || 16;
    const bold = isBold(text);
    const anchor = inherited(text, "text-anchor") ?? "start";
    const font = fontFor(bold);
    const lines: { text: string; x: number; y: number; fromText?: boolean }[] = [];
    let x = length(text.getAttribute("x"), size) + length(text.getAttribute("dx"), size);
    let y = length(text.getAttribute("y"), size) + length(text.getAttribute("dy"), size);
    const startX = x;
    for (const node of Array.from(text.childNodes)) {
      if (node.nodeType === 3) {
        // The parser may split one run of text at character references (&lt;): join them.
        const last = lines[lines.length - 1];
        if (last && last.fromText) last.text += node.textContent ?? "";
        else if (node.textContent) lines.push({ text: node.textContent, x, y, fromText: true });
        continue;
      }
      if (node.tagName?.toLowerCase() !== "tspan") continue;
      if (node.getAttribute("x") !== null) x = length(node.getAttribute("x"), size);
      else if (lines.length) x = startX;
      if (node.getAttribute("y") !== null) y = length(node.getAttribute("y"), size);
      x += length(node.getAttribute("dx"), size);
      y += length(node.getAttribute("dy"), size);
      lines.push({ text: node.textContent ?? "", x, y });
    }
    const g = text.ownerDocument.createElementNS(SVG_NS, "g");
    const transform = text.getAttribute("transform");
    if (transform) g.setAttribute("transform", transform);
    if (inherited(text, "font-style") === "italic")
      g.setAttribute("transform", `${transform ?? ""} skewX(-10)`.trim());
    const fill = inherited(text, "fill") ?? "#000";
    g.setAttribute("fill", fill === "currentColor" ? "#000" : fill);
    for (const name of ["opacity", "fill-opacity"] as const) {
      const v = text.getAttribute(name);
      if (v !== null) g.setAttribute(name, v);
    }
    const label = lines.map((l) => l.text).join(" ");
    g.setAttribute("aria-label", label);
    for (const line of lines) {
      const width = font.getAdvanceWidth(line.text, size);
      const shift = anchor === "middle" ? width / 2 : anchor === "end" ? width : 0;
      const path = text.ownerDocument.createElementNS(SVG_NS, "path");
      path.setAttribute("d", font.getPath(line.text, line.x - shift, line.y, size).toPathData(2));
      g.appendChild(path);
    }
    text.replaceWith(g);
  }
  return doc.toString();
}
