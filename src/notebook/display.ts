import { createRequire } from "node:module";
import type { ColumnTable } from "arquero";
import type { TopLevelSpec } from "vega-lite";
import { embedFont } from "../charts/embed-font.js";
import { renderPlotSvg, type PlotFigure } from "../charts/plot-render.js";
import { renderSvg } from "../charts/render.js";

/** A display bundle: one output carrying several representations, keyed by mime type. */
export type MimeBundle = Record<string, unknown>;

type Writer = (
  msg: { data: MimeBundle; metadata: object; transient: object },
  update: boolean,
) => void;

let jupyter: { lastWriteDisplayData?: Writer } | null | undefined;

function tslabWriter(): Writer | null {
  if (jupyter === undefined) jupyter = loadJupyter();
  // tslab swaps the writer for every cell it runs: read it afresh each time.
  const w = jupyter?.lastWriteDisplayData;
  return typeof w === "function" ? w : null;
}

function loadJupyter(): { lastWriteDisplayData?: Writer } | null {
  try {
    // tslab's public `display` sends one mime type per output; its internal writer sends a full
    // bundle, so JupyterLab, VS Code and static viewers each pick what they can show.
    const require = createRequire(import.meta.url);
    return require(require.resolve("tslab/dist/jupyter", { paths: [process.cwd()] })) as {
      lastWriteDisplayData?: Writer;
    };
  } catch {
    return null;
  }
}

/**
 * Shows one output with several representations in a notebook; outside one, prints the
 * `text/plain` entry.
 * @param bundle Mime type → content; include `text/plain`.
 * @example displayBundle({ "text/html": "<b>hi</b>", "text/plain": "hi" })
 */
export function displayBundle(bundle: MimeBundle): void {
  const w = tslabWriter();
  if (w) {
    try {
      w({ data: bundle, metadata: {}, transient: {} }, false);
      return;
    } catch {
      // Not inside a kernel (tslab installed but idle): fall through to plain text.
    }
  }
  process.stdout.write(`${String(bundle["text/plain"] ?? "")}\n`);
}

/** Options for {@link displayTable}. */
export interface DisplayTableOptions {
  /** Rows to show (default 20). */
  limit?: number;
  /** Columns to show (default: all). */
  columns?: readonly string[];
}

/**
 * Shows an arquero table as HTML in a notebook (plain-text fallback elsewhere). Missing values
 * are empty cells.
 * @param table The table.
 * @param options Row limit and columns.
 * @example displayTable(corpus.documents, { columns: ["doc_id", "city_en", "issued"] })
 */
export function displayTable(table: ColumnTable, options: DisplayTableOptions = {}): void {
  displayBundle(tableBundle(table, options));
}

/**
 * The bundle {@link displayTable} shows: an HTML table and a Markdown one, empty where a value is
 * missing (arquero prints `null`).
 * @param table The table.
 * @param options Row limit and columns.
 * @returns `text/html` and `text/plain`.
 * @example tableBundle(aq.table({ a: [1, null] }))["text/plain"] // "|a|\n|-:|\n|1|\n||\n"
 */
export function tableBundle(table: ColumnTable, options: DisplayTableOptions = {}): MimeBundle {
  const limit = options.limit ?? 20;
  const t = options.columns ? table.select(...options.columns) : table;
  const more = t.numRows() > limit ? `\n… ${t.numRows() - limit} more rows` : "";
  return {
    "text/html": t.toHTML({ limit, null: () => "" }) + (more ? `<p>${more.trim()}</p>` : ""),
    "text/plain": t.toMarkdown({ limit, format: plainFormats(t) }) + more,
  };
}

/**
 * Cell formats for arquero's Markdown output that leave missing values empty. toMarkdown has no
 * `null` option, so numbers get arquero's own rule here: as many decimals as the column needs,
 * at most 6.
 */
function plainFormats(t: ColumnTable): Record<string, (v: unknown) => string> {
  const formats: Record<string, (v: unknown) => string> = {};
  for (const name of t.columnNames()) {
    let digits = 0;
    for (const v of Array.from(t.array(name) as ArrayLike<unknown>)) {
      if (typeof v !== "number" || Number.isInteger(v) || !Number.isFinite(v)) continue;
      const s = String(v);
      const [p, e] = [s.indexOf("."), s.indexOf("e")];
      if (p >= 0) digits = Math.max(digits, (e > 0 ? e : s.length) - p - 1);
    }
    digits = Math.min(digits, 6);
    formats[name] = (v) => {
      if (v === null || v === undefined) return "";
      if (typeof v === "number") {
        const a = Math.abs(v);
        return v !== 0 && (a >= 1e18 || a < 10 ** -digits)
          ? v.toExponential(digits)
          : v.toFixed(digits);
      }
      if (v instanceof Date) return v.toISOString();
      return typeof v === "object" ? JSON.stringify(v) : String(v);
    };
  }
  return formats;
}

/**
 * Shows a vega-lite chart in a notebook as one output with three representations: the vega-lite
 * spec (JupyterLab renders it interactively), an SVG with the glyphs of the bundled font
 * embedded, so that it reads the same on a machine without Chinese fonts (the classic notebook,
 * VS Code, GitHub and other static viewers), and the title as plain text.
 * @param spec A vega-lite specification from one of the chart builders.
 * @example await showChart(indicatorAcrossCitiesSpec(corpus, { indicator: "preschool_gross_enrolment_rate" }))
 */
export async function showChart(spec: TopLevelSpec): Promise<void> {
  displayBundle(await chartBundle(spec));
}

/**
 * Shows an Observable Plot figure in a notebook: a self-contained SVG (the bundled font's glyphs
 * embedded) plus its title as text.
 * @param figure From one of the `…Plot` builders.
 * @example showPlot(planOutcomePlot(corpus))
 */
export function showPlot(figure: PlotFigure): void {
  displayBundle(plotBundle(figure));
}

/**
 * The bundle {@link showChart} shows.
 * @param spec A vega-lite specification.
 * @returns The vega-lite spec, the self-contained SVG and the title as text.
 * @example Object.keys(await chartBundle(spec)) // ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]
 */
export async function chartBundle(spec: TopLevelSpec): Promise<MimeBundle> {
  const svg = embedFont(await renderSvg(spec));
  const title = (spec as { title?: { text?: string } }).title?.text ?? "chart";
  return {
    "application/vnd.vegalite.v5+json": spec,
    "image/svg+xml": svg,
    "text/plain": `[chart] ${title}`,
  };
}

/**
 * The bundle {@link showPlot} shows.
 * @param figure From one of the `…Plot` builders.
 * @returns The self-contained SVG and the title as text.
 * @example plotBundle(planOutcomePlot(corpus))["text/plain"]
 */
export function plotBundle(figure: PlotFigure): MimeBundle {
  return {
    "image/svg+xml": embedFont(renderPlotSvg(figure)),
    "text/plain": `[chart] ${figure.title}`,
  };
}
