import { parseArgs } from "node:util";
import { LINE_UP_COLUMNS } from "../compare/line-up.js";
import { SeedError } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { queryLineUp } from "../query/line-up-sql.js";
import { openDataset, type Dataset } from "../query/open-dataset.js";
import { PARTITION_SUMMARY_COLUMNS, summarizePartitions } from "../query/partition-summary.js";
import type { Row } from "../query/plain-rows.js";
import { INDICATORS, indicatorById } from "../rules/indicators.js";
import { formatRows, ROW_FORMATS, TEXT_CELL_WIDTH, type RowFormat } from "./format-rows.js";

/** The query command's help. */
export const QUERY_HELP = `Usage: edu-targets query --data DIR [--format text|csv|json] "SQL"
       edu-targets query --data DIR --line-up INDICATOR[,INDICATOR...]
       edu-targets query --data DIR --partitions

Runs SQL, in DuckDB, over the Parquet dataset that a run with --formats parquet wrote
(DIR/parquet/<table>/). Each table is a view of its name — documents, targets, mentions, quality,
corrections, indicators — and the partitioned ones have the columns province_en and doc_year of
their folder names; a condition on them reads only the matching folders.

Options:
  --data DIR         the data folder of a run (OUT/data), the one holding parquet/
  --line-up IDS      which city aims highest, by when, from what baseline, at what pace: the
                     line-up of one or more indicators (comma-separated ids; see
                     DIR/indicators.csv or src/rules/indicators.ts)
  --partitions       documents, target rows, numeric tokens and files per province and year
  --format FORMAT    text (an aligned table, the default), csv or json. Text cuts cells at
                     ${TEXT_CELL_WIDTH} columns and shows the line-up's main columns that hold a
                     value; csv and json give every column
  -h, --help         show this help

Example:
  edu-targets query --data data "SELECT city_en, count(*) AS targets FROM targets
    JOIN documents USING (doc_id) WHERE kind = 'target' GROUP BY city_en ORDER BY city_en"

Exit codes: 0 done; 1 an input problem (no such folder, no dataset in it, a table missing, the
query failed; the message names the folder); 2 a usage error.
`;

/** The line-up columns the text format shows. */
const LINE_UP_TEXT = Object.freeze([
  "indicator_id",
  "city_en",
  "city",
  "status",
  "comparator",
  "value",
  "value_max",
  "unit",
  "target_year",
  "baseline_value",
  "baseline_year",
  "pace_per_year",
  "pace_unit",
  "progress",
]);

const USAGE = 2;
const HINT = "run edu-targets query --help for usage.";

/** Where the command writes. */
export interface QueryIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIO: QueryIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * The `edu-targets query` command: SQL or a named question over a data folder's Parquet dataset,
 * printed as an aligned table, CSV or JSON.
 * @param argv The arguments after `query`.
 * @param io Where to write (default: the process's stdout and stderr).
 * @returns The exit code: 0 done, 1 an input problem, 2 a usage error.
 * @example await runQuery(["--data", "data", "--line-up", "preschool_gross_enrolment_rate"])
 */
export async function runQuery(argv: readonly string[], io: QueryIO = processIO): Promise<number> {
  const fail = (text: string, code: number) => {
    io.stderr(`edu-targets: ${text}\n`);
    return code;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: "string" },
        "line-up": { type: "string" },
        partitions: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message}; ${HINT}`, USAGE);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(QUERY_HELP);
    return 0;
  }
  const format = values.format as RowFormat;
  if (!ROW_FORMATS.includes(format))
    return fail(
      `unknown format "${values.format}"; choose from ${ROW_FORMATS.join(", ")}; ${HINT}`,
      USAGE,
    );
  if (!values.data) return fail(`--data DIR is required; ${HINT}`, USAGE);
  const asked = [positionals.length > 0, values["line-up"] !== undefined, values.partitions];
  if (asked.filter(Boolean).length !== 1)
    return fail(`give one SQL statement, --line-up IDS or --partitions; ${HINT}`, USAGE);
  if (positionals.length > 1)
    return fail(
      `one SQL statement, in quotes, not ${positionals.length} arguments; ${HINT}`,
      USAGE,
    );
  const ids = values["line-up"]?.split(",").map((s) => s.trim()) ?? [];
  const unknown = ids.find((id) => !indicatorById(id));
  if (unknown !== undefined)
    return fail(
      `${message.unknownIndicator(
        unknown,
        INDICATORS.map((i) => i.id),
      )} ${HINT}`,
      USAGE,
    );
  let dataset: Dataset | undefined;
  try {
    dataset = await openDataset(values.data);
    let columns: readonly string[];
    let rows: Row[];
    if (ids.length) {
      rows = await queryLineUp(dataset, ids);
      // The text table keeps to the main columns, leaving out those empty in every row (and the
      // indicator when there is one), so that it fits a terminal.
      columns =
        format === "text"
          ? LINE_UP_TEXT.filter(
              (c) =>
                (c !== "indicator_id" || ids.length > 1) &&
                rows.some((r) => r[c] !== null && r[c] !== undefined),
            )
          : LINE_UP_COLUMNS;
    } else if (values.partitions) {
      rows = await summarizePartitions(dataset);
      columns = PARTITION_SUMMARY_COLUMNS;
    } else ({ columns, rows } = await dataset.run(positionals[0]!));
    io.stdout(formatRows(format, columns, rows));
    return 0;
  } catch (e) {
    if (e instanceof SeedError) return fail(e.message, 1);
    throw e;
  } finally {
    dataset?.close();
  }
}
