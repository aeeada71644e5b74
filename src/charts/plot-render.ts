// Rendering Observable Plot figures in Node: the figure type, the SVG around it, the city colours.
import type * as PlotModule from "@observablehq/plot";
import type * as Linkedom from "linkedom";
import { lazy } from "../lazy.js";
import { catalogue, type CompareInput } from "../compare/rows.js";
import { escapeXml } from "../io/escape.js";
import { measureText } from "./fonts.js";
import { cityScale } from "./frame.js";
import { FONT, type Lang } from "./theme.js";

export const loadPlot = lazy<typeof PlotModule>("@observablehq/plot");
const linkedom = lazy<typeof Linkedom>("linkedom");

/** An Observable Plot figure before rendering: its options plus the title and source line drawn around it. */
export interface PlotFigure {
  options: PlotModule.PlotOptions;
  title: string;
  subtitle?: string;
  source: string;
  /** Swatches drawn under the plot, inside the SVG (Plot's own legends are HTML). */
  legend?: readonly { label: string; color: string }[];
}

/**
 * Renders a Plot figure to standalone SVG in Node (linkedom as the DOM), with the title, subtitle
 * and source line drawn inside the SVG so that they survive export.
 * @param figure From one of the `…Plot` builders.
 * @returns SVG markup.
 * @example renderPlotSvg(indicatorAcrossCitiesPlot(corpus, { indicator: "compulsory_retention_rate" }))
 */
export function renderPlotSvg(figure: PlotFigure): string {
  const Plot = loadPlot();
  const { document } = linkedom().parseHTML("<!doctype html><html><body></body></html>");
  type Node = {
    outerHTML: string;
    tagName: string;
    getAttribute(n: string): string | null;
    querySelector(s: string): Node | null;
  };
  let node = Plot.plot({
    ...figure.options,
    document,
  } as PlotModule.PlotOptions) as unknown as Node;
  // With a legend Plot returns a <figure> (HTML legend + SVG): keep the plot's own SVG, the
  // figure's last; the legend is drawn below as SVG instead.
  if (node.tagName.toLowerCase() !== "svg") {
    const svgs = (node as unknown as { querySelectorAll(s: string): Node[] }).querySelectorAll(
      "svg",
    );
    node = svgs[svgs.length - 1] ?? node;
  }
  const width = Number(node.getAttribute("width"));
  const height = Number(node.getAttribute("height"));
  const inner = node.outerHTML
    .replace(/font-family="[^"]*"/, `font-family="${FONT}"`)
    .replace(/^<svg /, '<svg x="0" y="0" ');
  const top = figure.subtitle ? 52 : 34;
  const sourceLines = figure.source.split(/; |;/);
  const legend = figure.legend ?? [];
  const bottom = 10 + 12 * sourceLines.length + (legend.length ? 24 : 0);
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(s)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 24}" height="${height + top + bottom + 12}" font-family="${FONT}" viewBox="0 0 ${width + 24} ${height + top + bottom + 12}">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    text(12, 24, 16, 700, "#1a1a1a", figure.title),
    figure.subtitle ? text(12, 42, 11, 400, "#555", figure.subtitle) : "",
    `<g transform="translate(12,${top})">${inner}</g>`,
    ...sourceLines.map((l, i) =>
      text(12, top + height + 18 + 12 * i, 9, 400, "#666", i ? `  ${l}` : l),
    ),
    ...legendItems(legend, 12, top + height + 22 + 12 * sourceLines.length, text),
    `</svg>`,
  ].join("");
}

/** The fixed city colours, for the cities drawn. */
export function colour(input: CompareInput, lang: Lang, present?: Iterable<unknown>) {
  const { cities } = catalogue(input.documents);
  const s = cityScale(cities, lang, present);
  return { domain: s.domain, range: s.range };
}

/** Swatches and labels in a row: a circle of each colour, then its label. */
function legendItems(
  items: readonly { label: string; color: string }[],
  x0: number,
  y: number,
  text: (x: number, y: number, size: number, weight: number, fill: string, s: string) => string,
): string[] {
  const out: string[] = [];
  let x = x0;
  for (const { label, color } of items) {
    out.push(`<circle cx="${x + 6}" cy="${y + 6}" r="6" fill="${escapeXml(color)}"/>`);
    out.push(text(x + 16, y + 10, 11, 400, "#1a1a1a", label));
    x += 16 + measureText(label, 11) + 18;
  }
  return out;
}
