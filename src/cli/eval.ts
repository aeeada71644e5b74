#!/usr/bin/env node
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SeedError } from "../errors/error.js";
import { readGold, readNegatives } from "../evaluate/annotation.js";
import { percent, scoreRows, type DocScore, type Score } from "../evaluate/score.js";
import { extractCorpus } from "../load.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const HELP = `Usage: edu-targets-eval [options]

Runs the extractor on annotated documents and scores its rows against the hand annotation:
share of annotated figures found (same kind, value, year, keyword), share of numeric rows that
match an annotation, negatives extracted, agreement on kind, year, comparator, unit and label,
and indicator coverage (share of rows with a canonical indicator_id; exact: one of the exact
indicators rather than a broad family).

Options:
  --set NAME=DOCS[,ANNOTATIONS]  a folder of documents (with metadata.json, or the project's
                                 seeds) and the folder holding gold.jsonl and negatives.jsonl
                                 (default: DOCS itself, or its parent). Repeatable. Default: the
                                 seeds (annotated in tests/eval/seeds), the held-out documents
                                 of tests/fixtures/heldout and heldout-2, and ../shared/corpus.
  --details N    list at most N misses and N false rows per set (default 40; 0 for none)
  --json FILE    also write the scores as JSON
  -h, --help     show this help
`;

interface EvalSet {
  name: string;
  docs: string;
  annotations: string;
}

function defaultSets(): EvalSet[] {
  return [
    { name: "seeds", docs: join(ROOT, "seeds"), annotations: join(ROOT, "tests/eval/seeds") },
    ...["heldout", "heldout-2"].map((name) => ({
      name,
      docs: join(ROOT, "tests/fixtures", name),
      annotations: join(ROOT, "tests/fixtures", name),
    })),
    {
      name: "corpus",
      docs: join(ROOT, "../shared/corpus/docs"),
      annotations: join(ROOT, "../shared/corpus"),
    },
  ];
}

function parseSet(s: string): EvalSet {
  const eq = s.indexOf("=");
  if (eq <= 0)
    throw new SeedError(`--set "${s}": expected NAME=DOCS[,ANNOTATIONS]; see --help.`, s);
  const [docs, annotations] = s.slice(eq + 1).split(",");
  const d = resolve(docs!);
  const a = annotations
    ? resolve(annotations)
    : existsSync(join(d, "gold.jsonl"))
      ? d
      : resolve(d, "..");
  return { name: s.slice(0, eq), docs: d, annotations: a };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));

function line(d: DocScore): string {
  return [
    pad(d.doc.replace(/\.txt$/, ""), 46),
    pad(String(d.gold), 5),
    pad(percent(d.found, d.gold), 8),
    pad(percent(d.foundInPlace, d.gold), 8),
    pad(String(d.rows), 5),
    pad(percent(d.right, d.rows), 8),
    pad(`${d.negativesExtracted}/${d.negatives}`, 7),
    pad(percent(d.sameKind, d.pairs), 8),
    pad(percent(d.sameYear, d.pairs), 8),
    pad(percent(d.sameComparator, d.pairs), 8),
    pad(percent(d.sameUnit, d.pairs), 8),
    pad(percent(d.labelAgree, d.pairs), 8),
    pad(percent(d.withIndicator, d.rows), 10),
    percent(d.withExactIndicator, d.rows),
  ].join(" ");
}

function report(name: string, score: Score, details: number): string {
  const head = [
    pad("document", 46),
    pad("gold", 5),
    pad("found", 8),
    pad("in place", 8),
    pad("rows", 5),
    pad("right", 8),
    pad("neg", 7),
    pad("kind", 8),
    pad("year", 8),
    pad("comp", 8),
    pad("unit", 8),
    pad("label", 8),
    pad("indicator", 10),
    "exact",
  ].join(" ");
  const out = [`\n## ${name}\n`, head, ...score.docs.map(line), line(score.overall)];
  if (details > 0) {
    out.push(`\nmisses (${score.misses.length}):`);
    for (const { gold: g, near } of score.misses.slice(0, details)) {
      const got = near
        ? ` — row here: ${near.kind} ${near.value} ${near.unit ?? ""} ${near.year ?? ""} "${near.indicator_zh}"`
        : " — no row here";
      out.push(
        `  ${g.doc.replace(/\.txt$/, "")}@${g.at} ${g.kind} ${g.value} ${g.unit} ${g.year ?? ""} [${g.keyword}] «${g.quote.replace(/\s+/g, " ")}»${got}`,
      );
    }
    out.push(`\nfalse rows (${score.falseRows.length}):`);
    for (const r of score.falseRows.slice(0, details)) {
      out.push(
        `  ${r.doc_id}@${r.start} ${r.kind} ${r.value} ${r.unit ?? ""} ${r.year ?? ""} "${r.indicator_zh}" «${r.quote.replace(/\s+/g, " ").slice(0, 60)}»`,
      );
    }
    if (score.negativeRows.length) {
      out.push(`\nnegatives extracted (${score.negativeRows.length}):`);
      for (const { negative: n, row } of score.negativeRows.slice(0, details))
        out.push(
          `  ${n.doc.replace(/\.txt$/, "")}@${n.at} ${n.value} (${n.why}) → ${row.kind} "${row.indicator_zh}"`,
        );
    }
  }
  return out.join("\n");
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: "string", multiple: true },
      details: { type: "string", default: "40" },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const sets = values.set?.length ? values.set.map(parseSet) : defaultSets();
  const details = Number(values.details);
  const results: Record<string, Score["overall"] & { docs: DocScore[] }> = {};
  for (const set of sets) {
    const goldPath = join(set.annotations, "gold.jsonl");
    if (!existsSync(set.docs) || !existsSync(goldPath)) {
      process.stdout.write(
        `\n## ${set.name}: skipped — ${existsSync(set.docs) ? goldPath : set.docs} is not here (the development corpus sits in ../shared beside a clone; a user's clone has none).\n`,
      );
      continue;
    }
    const { targets } = extractCorpus({ seedsDir: set.docs });
    const score = scoreRows(
      targets,
      readGold(goldPath),
      readNegatives(join(set.annotations, "negatives.jsonl")),
    );
    process.stdout.write(report(set.name, score, details) + "\n");
    results[set.name] = { ...score.overall, docs: score.docs };
  }
  process.stdout.write(
    "\nfound: annotated figures matched by a row (kind, value, year, keyword); in place: by a row inside the annotated quote;\n" +
      "right: numeric rows matching an annotation; neg: negatives that became rows; kind…label: agreement of the row in each annotated quote; indicator: share of rows with a canonical indicator_id; exact: of an exact indicator, not a broad family (new schools built, teachers recruited…).\n",
  );
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + "\n");
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof SeedError || (e as Error).name === "TypeError") {
    process.stderr.write(`edu-targets-eval: ${(e as Error).message}\n`);
    process.exitCode = 1;
  } else throw e;
}
