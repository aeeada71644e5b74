// The long fuzz run: `npm run fuzz`. Runs tests/fuzz/fuzz.test.ts on FUZZ_TOTAL mutants (default
// 100,000), split into one shard per core, each its own vitest process, then adds up their
// reports (tests/output/fuzz-*.json) and prints documents, time and every failure found. Exits 1
// when anything failed. FUZZ_SEED picks another set of mutants.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOTAL = Number(process.env.FUZZ_TOTAL ?? 100_000);
const SHARDS = Number(process.env.FUZZ_SHARDS ?? Math.max(1, Math.min(cpus().length, 8)));
const SEED = process.env.FUZZ_SEED ?? "20261203";
const OUT = join(ROOT, "tests", "output");
mkdirSync(OUT, { recursive: true });

const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const per = Math.ceil(TOTAL / SHARDS);
const started = performance.now();
console.log(`fuzz: ${TOTAL} mutants, seed ${SEED}, ${SHARDS} shard(s)…`);
const runs = Array.from({ length: SHARDS }, (_, k) => {
  const from = k * per;
  const docs = Math.max(0, Math.min(per, TOTAL - from));
  const report = join(OUT, `fuzz-${k}.json`);
  const env = {
    ...process.env,
    TZ: "UTC",
    FUZZ_SEED: SEED,
    FUZZ_FROM: String(from),
    FUZZ_DOCS: String(docs),
    FUZZ_REPORT: report,
  };
  const args = [vitest, "run", "--config", "tests/vitest.config.ts", "tests/fuzz/fuzz.test.ts"];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("close", (code) => done({ k, code, report, log }));
  });
});

const results = await Promise.all(runs);
const seconds = (performance.now() - started) / 1000;
const total = { documents: 0, extracted: 0, refused: 0, rows: 0, slowestMs: 0, failures: [] };
for (const r of results) {
  let s;
  try {
    s = JSON.parse(readFileSync(r.report, "utf8"));
  } catch {
    console.error(`shard ${r.k} wrote no report (exit ${r.code}):\n${r.log.slice(-3000)}`);
    process.exitCode = 1;
    continue;
  }
  for (const key of ["documents", "extracted", "refused", "rows"]) total[key] += s[key];
  total.slowestMs = Math.max(total.slowestMs, s.slowestMs);
  total.failures.push(...s.failures);
}
console.log(
  `documents ${total.documents}: extracted ${total.extracted}, refused cleanly ${total.refused}; ` +
    `${total.rows} rows; ${seconds.toFixed(0)} s wall on ${SHARDS} process(es); ` +
    `slowest document ${total.slowestMs.toFixed(0)} ms; failures ${total.failures.length}`,
);
for (const f of total.failures.slice(0, 50))
  console.log(`  #${f.index} ${f.doc_id}: ${f.problem}\n      after ${f.ops.join("; ")}`);
if (total.failures.length || total.documents !== TOTAL) process.exitCode = 1;
