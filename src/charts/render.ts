import { Resvg } from "@resvg/resvg-js";
import type * as Vega from "vega";
import type * as VegaLite from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import { lazy } from "../lazy.js";
import { FONT } from "./theme.js";
import { measureText } from "./fonts.js";
import { outlineText } from "./outline.js";

const vega = lazy<typeof Vega>("vega");
const vegaLite = lazy<typeof VegaLite>("vega-lite");

/** What compiling a vega-lite spec said besides the result. */
export interface CompileResult {
  vega: Vega.Spec;
  warnings: string[];
}

/**
 * Compiles a vega-lite spec to vega, collecting vega-lite's warnings instead of printing them.
 * @param spec A vega-lite specification.
 * @returns The vega spec and the warnings.
 * @example compileSpec(spec).warnings // []
 */
export function compileSpec(spec: TopLevelSpec): CompileResult {
  const warnings: string[] = [];
  let level = 0;
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error: (...a: unknown[]) => {
      throw new Error(a.map(String).join(" "));
    },
    warn: (...a: unknown[]) => {
      warnings.push(a.map(String).join(" "));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const out = vegaLite().compile(spec, { logger: logger as never });
  return { vega: out.spec, warnings };
}

let metricsPatched = false;
function patchTextMetrics(): void {
  if (metricsPatched) return;
  const tm = (
    vega() as unknown as {
      textMetrics: {
        width: (item: { fontSize?: number; fontWeight?: string | number }, text: string) => number;
      };
    }
  ).textMetrics;
  tm.width = (item, text) =>
    measureText(
      String(text ?? ""),
      item.fontSize ?? 11,
      item.fontWeight === "bold" || Number(item.fontWeight) >= 600,
    );
  metricsPatched = true;
}

/**
 * Renders a vega-lite spec to SVG without a browser, measuring text with the bundled font.
 * @param spec A vega-lite specification.
 * @returns The SVG markup.
 * @example const svg = await renderSvg(spec)
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  patchTextMetrics();
  const v = vega();
  const view = new v.View(v.parse(compileSpec(spec).vega), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** Options for {@link svgToPng}. */
export interface PngOptions {
  /** Pixel density: 2 gives a sharp image for reports (default 2). */
  scale?: number;
}

/**
 * Rasterises SVG to PNG with the bundled Noto Sans SC only, so the output is the same on every
 * machine whatever fonts it has.
 * @param svg SVG markup.
 * @param options Scale.
 * @returns PNG bytes.
 * @example writeFileSync("chart.png", svgToPng(svg, { scale: 2 }))
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  // Text is drawn as outlines of the bundled font first: resvg then needs no font, which makes
  // the image independent of the machine and spares parsing 20 MB of font files per image.
  const resvg = new Resvg(outlineText(svg), {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: "white",
    font: { loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}

/**
 * Renders a vega-lite spec straight to PNG.
 * @param spec A vega-lite specification.
 * @param options Scale.
 * @returns PNG bytes.
 * @example writeFileSync("chart.png", await renderPng(spec, { scale: 2 }))
 */
export async function renderPng(spec: TopLevelSpec, options: PngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec), options);
}
