import type { TopLevelSpec } from "vega-lite";
import { OutputBatch } from "../io/write.js";
import { renderPlotSvg, type PlotFigure } from "./plot-render.js";
import { renderSvg, svgToPng } from "./render.js";

/** File formats a chart can be exported to. */
export type ChartFormat = "svg" | "png" | "json";

/** Options for {@link exportChart}. */
export interface ExportOptions {
  /** Folder to write into (created when missing). */
  dir: string;
  /** File name without extension, e.g. "preschool-en". */
  name: string;
  /** Formats (default: svg and png; json writes the vega-lite spec). */
  formats?: readonly ChartFormat[];
  /** PNG pixel density (default 2). */
  scale?: number;
}

/**
 * Writes a chart (a vega-lite spec or an Observable Plot figure) as SVG, PNG and, for vega-lite,
 * its JSON spec. Files appear only when all of them were rendered.
 * @param chart A vega-lite spec or a {@link PlotFigure}.
 * @param options Folder, name, formats and scale.
 * @returns The paths written.
 * @example await exportChart(spec, { dir: "figures", name: "preschool-zh" })
 */
export async function exportChart(
  chart: TopLevelSpec | PlotFigure,
  options: ExportOptions,
): Promise<string[]> {
  const formats = options.formats ?? ["svg", "png"];
  const isPlot = "options" in chart && "source" in chart;
  const svg = isPlot ? renderPlotSvg(chart as PlotFigure) : await renderSvg(chart as TopLevelSpec);
  const batch = new OutputBatch(options.dir);
  if (formats.includes("svg")) batch.add(`${options.name}.svg`, svg);
  if (formats.includes("png"))
    batch.add(`${options.name}.png`, svgToPng(svg, { scale: options.scale ?? 2 }));
  if (formats.includes("json") && !isPlot)
    batch.add(`${options.name}.vl.json`, `${JSON.stringify(chart, null, 2)}\n`);
  return batch.commit();
}
