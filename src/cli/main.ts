#!/usr/bin/env node
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../charts/theme.js";
import { ChartError, OutputError, SeedError, SelectionError } from "../errors/error.js";
import { systemErrorMessage } from "../errors/system.js";
import { buildAll } from "./build-all.js";
import { DATA_FORMATS, type DataFormat } from "./build-data.js";
import { runQuery } from "./query.js";

const HELP = `Usage: edu-targets [options]
       edu-targets query --data DIR "SQL"   SQL over a run's Parquet dataset (query --help)

Builds everything from the seed documents: tables (OUT/data), charts as SVG and PNG in both
languages (OUT/charts) and a self-contained report (OUT/report/index.html).

Options:
  --seeds DIR      folder of seed documents (default: the project's seeds/); a metadata.json in it
                   describes documents of one's own (see README, "Adding a document")
  --out DIR        output folder (default: the current folder)
  --lang LANG      en, zh or both (default: both); the first is the report's index.html
  --formats LIST   table formats, comma-separated: csv,json,parquet (default: csv,json)
  --tables-only    write the tables only (no charts, no report); memory stays flat however many
                   documents (a run with charts keeps the rows and texts the report quotes)
  --workers N      threads extracting documents (default: one per core; a handful of documents
                   are read in the main thread); the output is the same for any N
  --strict         fail, writing nothing, when a document looks badly read (most of its
                   numbers lost to page furniture or unrecognised; see data/quality.csv)
  -h, --help       show this help

Output: OUT/data, OUT/charts and OUT/report are replaced as a whole (a run without charts
removes charts/ and report/); a run refuses them when they hold files it did not write or are
links. Nothing else in OUT is touched; OUT/.edu-targets holds the lock and the list of files written.

Exit codes: 0 done; 1 an input or output problem (the message names the file and the place:
unreadable or read-only folder, a file where a folder belongs, disk full, another run writing
into the same folder); 2 a usage error.
`;

/** Exit code of a usage error (unknown option, bad value); 1 is an input or output problem. */
const USAGE = 2;
const HINT = "run edu-targets --help for usage.";

function fail(text: string, code: number): number {
  process.stderr.write(`edu-targets: ${text}\n`);
  return code;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "query") return runQuery(argv.slice(1));
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: "string" },
      out: { type: "string", default: "." },
      lang: { type: "string", default: "both" },
      formats: { type: "string", default: "csv,json" },
      "tables-only": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      workers: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const formats = values.formats!.split(",").map((f) => f.trim());
  const bad = formats.filter((f) => !DATA_FORMATS.includes(f as DataFormat));
  if (bad.length)
    return fail(
      `unknown format(s) ${bad.join(", ")}; choose from ${DATA_FORMATS.join(", ")}; ${HINT}`,
      USAGE,
    );
  const langs: Lang[] =
    values.lang === "both"
      ? ["en", "zh"]
      : values.lang === "en" || values.lang === "zh"
        ? [values.lang]
        : [];
  if (!langs.length)
    return fail(`unknown language "${values.lang}"; choose en, zh or both; ${HINT}`, USAGE);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 256))
    return fail(
      `--workers takes a whole number from 1 to 256, not "${values.workers}"; ${HINT}`,
      USAGE,
    );
  const out = resolve(values.out!);
  const result = await buildAll({
    ...(values.seeds ? { seedsDir: resolve(values.seeds) } : {}),
    outDir: out,
    langs,
    formats: formats as DataFormat[],
    tablesOnly: values["tables-only"]!,
    strict: values.strict!,
    ...(workers ? { workers } : {}),
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  const c = result.counts;
  for (const s of result.skipped)
    process.stderr.write(`note: chart skipped — ${s.replace(/ Available: .*$/, "")}\n`);
  process.stderr.write(
    [
      `done in ${(result.ms / 1000).toFixed(1)} s: ${c.documents} documents, ${c.targets} target rows, ${c.mentions} numeric tokens audited, ${result.charts} charts, ${result.files.length} files`,
      `  tables  ${resolve(out, "data")}`,
      ...(values["tables-only"]
        ? []
        : [
            `  charts  ${resolve(out, "charts")}`,
            `  report  ${resolve(out, "report", "index.html")}`,
          ]),
      "",
    ].join("\n"),
  );
  return 0;
}

// A reader that stops early (edu-targets --help | head -1) closes the pipe: nothing is wrong.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    if ((e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.exitCode = fail(`${(e as Error).message}; ${HINT}`, USAGE);
      return;
    }
    const text =
      e instanceof SeedError ||
      e instanceof OutputError ||
      e instanceof SelectionError ||
      e instanceof ChartError ||
      e instanceof RangeError
        ? e.message
        : systemErrorMessage(e);
    if (text === undefined) throw e;
    process.exitCode = fail(text, 1);
  },
);
