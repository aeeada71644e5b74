import type { TopLevelSpec } from "vega-lite";
import { CHART_SET, type ChartEntry } from "./chart-set.js";
import { renderSvg, svgToPng } from "../charts/render.js";
import type { Lang } from "../charts/theme.js";
import { message } from "../errors/messages.js";
import { ChartError, NoDataError, SeedError } from "../errors/error.js";
import { OutputFolder } from "../io/output-folder.js";
import { DATASET_FOLDER, PARTITION_COLUMNS } from "../io/parquet-dataset.js";
import { toTable } from "../load.js";
import { buildReport, type ReportChart } from "../report/html.js";
import { DOCUMENT_COLUMNS, TARGET_COLUMNS } from "../schema/rows.js";
import {
  streamData,
  TABLE_NAMES,
  type DataCounts,
  type DataFormat,
  type StreamDataOptions,
} from "./build-data.js";

/** The folders the main job owns inside its output folder, each replaced as a whole by a run. */
export const OUTPUT_FOLDERS = Object.freeze(["data", "charts", "report"]);

const TEMPORARY = /^\.\d+\.\d+\.tmp$/; // an earlier version's half-written file
const LANGS: readonly Lang[] = ["en", "zh"];
// The Parquet dataset's folders (ending in "/") and part files, at any depth of partitions.
const DATASET_PATH = new RegExp(
  `^${DATASET_FOLDER}/(?:(?:${TABLE_NAMES.join("|")})/(?:(?:${PARTITION_COLUMNS.join("|")})=[^/]+/)*(?:part-\\d{5,}\\.parquet)?)?$`,
);

/**
 * Whether a file name in one of {@link OUTPUT_FOLDERS} is one the main job writes (or wrote, for
 * temporaries of earlier versions): a table or the codebook in data/, the Parquet dataset's
 * folders and part files under data/parquet/, a chart in charts/, a report page in report/.
 * Other files there are a user's and make a run refuse the folder.
 * @param folder "data", "charts" or "report".
 * @param name A path in it (`targets.csv`, `parquet/targets/`: a folder's ends in "/").
 * @returns True for the toolkit's own names.
 * @example isOutputName("charts", "milestones-zh.png") // true
 */
export function isOutputName(folder: string, name: string): boolean {
  if (TEMPORARY.test(name)) return true;
  if (folder === "data")
    return (
      name === "README.md" ||
      DATASET_PATH.test(name) ||
      // `<table>.parquet`: single files written before the Parquet dataset.
      TABLE_NAMES.some((t) => ["csv", "json", "parquet"].some((f) => name === `${t}.${f}`))
    );
  if (folder === "charts")
    return CHART_SET.some((c) =>
      LANGS.some((l) => ["svg", "png", "vl.json"].some((f) => name === `${c.name}-${l}.${f}`)),
    );
  if (folder === "report")
    return name === "index.html" || LANGS.some((l) => name === `index-${l}.html`);
  return false;
}

/** Options for {@link buildAll}. */
export interface BuildAllOptions extends StreamDataOptions {
  /**
   * Output folder: data/, charts/ and report/ inside it are replaced as a whole (a run without
   * charts removes charts/ and report/); nothing else in it is touched.
   */
  outDir: string;
  /** Chart and report languages (default both). */
  langs?: readonly Lang[];
  /** Table formats (default csv and json). */
  formats?: readonly DataFormat[];
  /** Skip charts and report (tables only). */
  tablesOnly?: boolean;
  /** Fail, writing nothing, when a document's quality report carries a warning. */
  strict?: boolean;
  /** Called with a line of progress. */
  progress?: (line: string) => void;
  /** The charts to draw (default {@link CHART_SET}). */
  charts?: readonly ChartEntry[];
}

/** What a full build wrote. */
export interface BuildAllResult {
  counts: DataCounts;
  charts: number;
  skipped: string[];
  files: string[];
  ms: number;
}

/**
 * The main job: tables, charts (SVG and PNG in each language) and the HTML report, from the seeds.
 * Every file is staged first; the output folders are swapped in only when all were made, so a
 * reader sees the complete old or the complete new output (see {@link OutputFolder}).
 * @param options Seeds, output folder, languages, formats, progress callback.
 * @returns Counts, charts written, charts skipped (no data) and the files.
 * @example await buildAll({ outDir: "." })
 */
export async function buildAll(options: BuildAllOptions): Promise<BuildAllResult> {
  const t0 = performance.now();
  const say = options.progress ?? (() => {});
  const langs = options.langs ?? ["en", "zh"];
  const batch = OutputFolder.open(options.outDir, {
    folders: OUTPUT_FOLDERS,
    ownName: isOutputName,
  });
  try {
    say("[1/3] reading the seeds and extracting the tables …");
    const rows = await streamData(
      { ...options, keep: !options.tablesOnly },
      batch,
      "data",
      options.formats ?? ["csv", "json"],
    );
    const counts = rows.counts;
    say(
      `      ${counts.documents} documents, ${counts.targets} target rows, ${counts.mentions} numeric tokens audited`,
    );
    if (rows.quality.length <= 20)
      for (const q of rows.quality)
        say(
          `      ${q.source_file}: ${q.rows} rows from ${q.tokens} numbers (${(100 * q.share_to_rows).toFixed(0)} % became rows; ${q.other_sector} of other sectors)`,
        );
    const warnings = rows.quality
      .filter((q) => q.warning)
      .map((q) => `${q.source_file}: ${q.warning}`);
    const stale = rows.corrections.filter((c) => c.status !== "applied");
    if (rows.corrections.length)
      say(
        `      ${rows.corrections.length - stale.length} of ${rows.corrections.length} corrections applied`,
      );
    if (stale.length) warnings.push(message.correctionsNotApplied(stale.length));
    for (const w of warnings.slice(0, 20)) say(`warning: ${w}`);
    if (warnings.length > 20)
      say(`warning: … and ${warnings.length - 20} more (see data/quality.csv)`);
    if (options.strict && warnings.length)
      throw new SeedError(message.strictWarnings(warnings), "");
    const skipped: string[] = [];
    const chartSet = options.charts ?? CHART_SET;
    let charts = 0;
    if (!options.tablesOnly) {
      const input = {
        documents: toTable(rows.documents, DOCUMENT_COLUMNS),
        targets: toTable(rows.targets!, TARGET_COLUMNS),
      };
      say(`[2/3] drawing ${chartSet.length} charts in ${langs.join(" and ")} …`);
      const reportCharts = new Map<Lang, ReportChart[]>(langs.map((l) => [l, []]));
      for (const chart of chartSet) {
        for (const lang of langs) {
          let spec: TopLevelSpec;
          let svg: string;
          try {
            spec = chart.build(input, lang);
            svg = await renderSvg(spec);
          } catch (e) {
            // Nothing to draw is said and skipped; any other failure stops the build, naming the chart.
            if (e instanceof NoDataError) {
              skipped.push(`${chart.name}-${lang}: ${e.message}`);
              continue;
            }
            throw new ChartError(
              `chart ${chart.name}-${lang} failed: ${(e as Error).message}`,
              chart.name,
            );
          }
          const name = `${chart.name}-${lang}`;
          batch.add(`charts/${name}.svg`, svg);
          batch.add(`charts/${name}.png`, svgToPng(svg, { scale: 2 }));
          batch.add(`charts/${name}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
          reportCharts.get(lang)!.push({
            title: (spec as { title: { text: string } }).title.text,
            svg,
            png: `../charts/${name}.png`,
          });
          charts++;
        }
      }
      say(
        `      ${charts} charts${skipped.length ? `, ${skipped.length} skipped for lack of data` : ""}`,
      );
      say("[3/3] writing the report …");
      for (const lang of langs) {
        const html = buildReport({
          ...input,
          texts: rows.texts!,
          charts: reportCharts.get(lang)!,
          lang,
          indicators: REPORT_INDICATORS,
        });
        batch.add(lang === langs[0] ? "report/index.html" : `report/index-${lang}.html`, html);
      }
    }
    const files = batch.commit();
    return { counts, charts, skipped, files, ms: performance.now() - t0 };
  } catch (e) {
    batch.abort();
    throw e;
  }
}

/** Indicators the report lines up across cities. */
export const REPORT_INDICATORS = Object.freeze([
  "preschool_gross_enrolment_rate",
  "inclusive_kindergarten_share",
  "public_kindergarten_enrolment_share",
  "compulsory_retention_rate",
  "upper_secondary_gross_enrolment_rate",
  "higher_education_gross_enrolment_rate",
  "compulsory_teacher_bachelor_share",
  "urban_rural_teacher_bachelor_ratio",
  "kindergarten_teacher_certified_rate",
  "vocational_dual_qualified_teacher_share",
  "myopia_rate_annual_reduction_pp",
  "physical_health_excellent_rate",
  "smart_campus_coverage",
]);
