#!/usr/bin/env node
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SeedError } from "../errors/error.js";
import { buildData, type DataFormat } from "./build-data.js";

const HELP = `Usage: edu-targets [options]

Builds the tables from the seed documents.

Options:
  --seeds DIR      folder of seed documents (default: the project's seeds/); a metadata.json
                   in it describes documents of one's own
  --out DIR        output folder (default: the current folder); tables go to OUT/data/
  --formats LIST   comma-separated: csv,json (default: csv,json)
  -h, --help       show this help
`;

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: "string" },
      out: { type: "string", default: "." },
      formats: { type: "string", default: "csv,json" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const formats = values.formats!.split(",").map((f) => f.trim());
  const bad = formats.filter((f) => f !== "csv" && f !== "json");
  if (bad.length) {
    process.stderr.write(
      `edu-targets: unknown format(s) ${bad.join(", ")}; choose from csv, json.\n`,
    );
    return 2;
  }
  const t0 = performance.now();
  const out = resolve(values.out!);
  process.stderr.write("[1/1] extracting tables from the seeds …\n");
  const result = buildData({
    ...(values.seeds ? { seedsDir: resolve(values.seeds) } : {}),
    dataDir: resolve(out, "data"),
    formats: formats as DataFormat[],
  });
  const ms = performance.now() - t0;
  const c = result.counts;
  process.stderr.write(
    `done in ${(ms / 1000).toFixed(2)} s: ${c.documents} documents, ${c.targets} target rows, ${c.mentions} numeric tokens audited, ${c.indicators} indicators\n` +
      `tables: ${resolve(out, "data")}\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (
    e instanceof SeedError ||
    e instanceof RangeError ||
    (e as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
  ) {
    process.stderr.write(`edu-targets: ${(e as Error).message}\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
