/**
 * edu-targets: quantified education-policy commitments of Chinese cities as tidy, traceable tables.
 *
 *   rules/  the genre as data: cues, units, headings, years, kinds, sectors, columns, indicators
 *     │ (used by every stage below)
 *   read/      bytes ─decodeSeed─▶ text ─cleanText─▶ same-length text ─joinLines─▶ view (+ map to raw)
 *   segment/   sections, sentences, clauses
 *   figures/   numeric tokens, figures, cues, what is not a figure
 *   layouts/   tables (year columns, row per line, header of names, flattened rows) and prose
 *   extract/   sector, kind, year, label, scope → rows + audit + quality   (extractDocument)
 *     │
 *   load.ts    loaders/ (metadata) ─▶ extractCorpus / loadCorpus
 *     │
 *   documents · targets · mentions · quality · indicators   (arquero tables; data/ as CSV + JSON,
 *     │                                                    and data/parquet/, partitioned Parquet)
 *   compare/ ─▶ charts/ ─▶ notebooks, report        evaluate/ scores rows against annotations
 *   query/     the Parquet dataset in DuckDB: SQL, the line-up, counts per partition
 */

// Loading
export {
  loadCorpus,
  extractCorpus,
  extractOne,
  readDocument,
  resolveSpecs,
  readMetadata,
  indicatorRows,
  toTable,
  DEFAULT_SEEDS_DIR,
  METADATA_FILE,
} from "./load.js";
export type { LoadOptions, Corpus, CorpusRows } from "./load.js";
export { REGISTRY } from "./loaders/registry.js";
export { validateSpec } from "./loaders/spec.js";
export type { DocumentSpec } from "./loaders/spec.js";

// Extraction core
export { decodeSeed } from "./read/decode.js";
export type { Decoded } from "./read/decode.js";
export { cleanText } from "./read/clean.js";
export type { CleanText, Mask } from "./read/clean.js";
export { parseNumber, parseChineseNumeral, scale } from "./figures/numbers.js";
export { findNumericTokens } from "./figures/tokens.js";
export type { NumericToken } from "./figures/tokens.js";
export { readFigure } from "./figures/figure.js";
export type { Figure } from "./figures/figure.js";
export { findCue } from "./figures/cues.js";
export { findSections, sectionAt } from "./segment/sections.js";
export type { Section } from "./segment/sections.js";
export { splitSentences, sentenceAt } from "./segment/sentences.js";
export type { Sentence } from "./segment/sentences.js";
export { joinLines, rawSpan, viewSpan } from "./read/view.js";
export type { TextView } from "./read/view.js";
export { findTables, TABLE_LAYOUTS } from "./layouts/tables.js";
export type { FoundTable, TableFigure, Cell } from "./layouts/cells.js";
export { extractDocument } from "./extract/extract.js";
export type { ExtractOptions, Extracted } from "./extract/context.js";
export type { District } from "./extract/scope.js";
export { sectorOf } from "./extract/sector.js";
export { commitmentStrength, type StrengthCue } from "./extract/strength.js";
export { STRENGTH, type Strength } from "./rules/strength.js";
export type { SectorCall } from "./extract/sector.js";

// Vocabulary and schema
export { INDICATORS, matchIndicator, indicatorById } from "./rules/indicators.js";
export type { Indicator } from "./rules/indicators.js";
export { UNITS, unitEn } from "./rules/units.js";
export {
  COMPARATOR,
  KIND,
  LEVEL,
  YEAR_SOURCE,
  DOC_TYPE,
  MENTION_CLASS,
  isComparator,
  isKind,
  isLevel,
  isDocType,
} from "./schema/vocab.js";
export type { Comparator, Kind, Level, YearSource, DocType, MentionClass } from "./schema/vocab.js";
export {
  DOCUMENT_COLUMNS,
  TARGET_COLUMNS,
  MENTION_COLUMNS,
  QUALITY_COLUMNS,
  CORRECTION_COLUMNS,
  INDICATOR_COLUMNS,
} from "./schema/rows.js";
export type {
  DocumentRow,
  TargetRow,
  MentionRow,
  QualityRow,
  CorrectionRow,
} from "./schema/rows.js";
export { qualityOf, LOST_SHARE_WARNING } from "./extract/quality.js";

// Corrections made by hand
export { readCorrections, CORRECTIONS_FILE, CORRECTABLE_FIELDS } from "./corrections/read.js";
export type { Correction, CorrectableField } from "./corrections/read.js";
export { applyCorrections, holdsValue } from "./corrections/apply.js";
export type { Corrected } from "./corrections/apply.js";

// Evaluation against hand annotations
export { readGold, readNegatives } from "./evaluate/annotation.js";
export type { GoldFigure, Negative } from "./evaluate/annotation.js";
export { scoreRows, percent } from "./evaluate/score.js";
export type { Score, DocScore } from "./evaluate/score.js";

// Errors
export {
  SeedError,
  OutputError,
  SelectionError,
  NoDataError,
  ChartError,
  DatasetError,
} from "./errors/error.js";
export { systemErrorMessage } from "./errors/system.js";
export { message } from "./errors/messages.js";

// Notebooks
export { displayBundle, displayTable } from "./notebook/display.js";
export type { MimeBundle, DisplayTableOptions } from "./notebook/display.js";

// Comparison
export { toDataFrame } from "./compare/dataframe.js";
export type { DataFrame } from "./compare/dataframe.js";
export { lineUp, LINE_UP_COLUMNS, STATUS } from "./compare/line-up.js";
export { planVersusOutcome, PLAN_OUTCOME_COLUMNS } from "./compare/plan-outcome.js";
export type { PlanOutcomeOptions } from "./compare/plan-outcome.js";
export { milestoneSeries, MILESTONE_COLUMNS } from "./compare/milestones.js";
export { where } from "./compare/rows.js";
export type { CompareInput } from "./compare/rows.js";

// Querying a Parquet dataset in SQL (DuckDB, loaded on first use)
export { openDataset, requireTables, sqlString, sqlName } from "./query/open-dataset.js";
export type { Dataset, OpenDatasetOptions, QueryParams, QueryValue } from "./query/open-dataset.js";
export { plainValue, plainRows } from "./query/plain-rows.js";
export type { Row } from "./query/plain-rows.js";
export { queryLineUp, lineUpSql } from "./query/line-up-sql.js";
export { summarizePartitions, PARTITION_SUMMARY_COLUMNS } from "./query/partition-summary.js";
export { filesScanned } from "./query/files-scanned.js";
export type { FilesScanned } from "./query/files-scanned.js";

// Charts
// One file per chart: its vega-lite spec and, where there is one, its Observable Plot twin.
export { indicatorAcrossCitiesSpec, indicatorAcrossCitiesPlot } from "./charts/across-cities.js";
export { baselineTargetSpec, baselineTargetPlot } from "./charts/baseline-target.js";
export { milestoneTimelineSpec, milestoneTimelinePlot } from "./charts/milestones.js";
export { myopiaGoalsSpec } from "./charts/myopia-goals.js";
export {
  teacherQualificationSpec,
  teacherQualificationPlot,
} from "./charts/teacher-qualifications.js";
export { planOutcomeSpec, planOutcomePlot } from "./charts/plan-outcome.js";
export type { ChartOptions } from "./charts/frame.js";
export { compileSpec, renderSvg, svgToPng, renderPng } from "./charts/render.js";
export type { CompileResult, PngOptions } from "./charts/render.js";
export { CITY_COLORS, FONT, VEGA_CONFIG, cityColor, sourceLine } from "./charts/theme.js";
export type { Lang } from "./charts/theme.js";
export { FONT_FILES, measureText, fontFor } from "./charts/fonts.js";
export { outlineText } from "./charts/outline.js";
export { embedFont } from "./charts/embed-font.js";
export { renderPlotSvg } from "./charts/plot-render.js";
export type { PlotFigure } from "./charts/plot-render.js";
export { escapeXml } from "./io/escape.js";
export { showChart, showPlot } from "./notebook/display.js";
export { exportChart } from "./charts/export.js";
export type { ExportOptions, ChartFormat } from "./charts/export.js";

// Main job
export { buildAll, REPORT_INDICATORS, OUTPUT_FOLDERS, isOutputName } from "./cli/build-all.js";
export type { BuildAllOptions, BuildAllResult } from "./cli/build-all.js";
export { buildData, stageData, streamData, DATA_FORMATS } from "./cli/build-data.js";
export type {
  DataFormat,
  BuildDataOptions,
  BuildDataResult,
  StreamDataOptions,
  StreamedData,
} from "./cli/build-data.js";
// Streaming and worker threads
export { documentResults, defaultWorkers } from "./stream/pool.js";
export { runDocumentJob } from "./stream/document-job.js";
export type { DocumentResult, JobSettings, Chunks } from "./stream/document-job.js";
export { errorToMessage, errorFromMessage } from "./stream/transfer.js";
export type { ErrorMessage } from "./stream/transfer.js";
export { correctionsOf, unclaimedCorrections } from "./corrections/split.js";
export { TableStream } from "./io/table-stream.js";
export type { TextFormat } from "./io/table-stream.js";
export { CHART_SET } from "./cli/chart-set.js";
export { buildReport } from "./report/html.js";
export type { ReportInput, ReportChart } from "./report/html.js";
export {
  csvCell,
  csvLines,
  jsonLines,
  toCsv,
  toJson,
  safeOutputPath,
  fileWriter,
  OutputBatch,
} from "./io/write.js";
export type { OutputSink, FileWriter } from "./io/write.js";
export { toParquet } from "./io/parquet.js";
export type { ParquetOptions } from "./io/parquet.js";
export {
  parquetParts,
  partitionByDocument,
  partPath,
  docYear,
  DATASET_FOLDER,
  PARTITION_COLUMNS,
  PARTITIONED_TABLES,
} from "./io/parquet-dataset.js";
export type { ParquetPart, PartitionKey, PartitionOf } from "./io/parquet-dataset.js";
export {
  escapePartitionValue,
  partitionFolder,
  HIVE_DEFAULT_PARTITION,
} from "./io/hive-partition.js";
export { NUMERIC_STORAGE, storageOf } from "./schema/storage.js";
export type { Storage } from "./schema/storage.js";
export { OutputFolder, STATE_FOLDER } from "./io/output-folder.js";
export type { OutputFolderOptions } from "./io/output-folder.js";
export { traceRow, cite } from "./compare/trace.js";
export type { Trace } from "./compare/trace.js";
export { checkAnswer, feedback } from "./notebook/exercise.js";
export type { CheckOptions } from "./notebook/exercise.js";
