// The benchmark suite: `npm run bench`. Reports median and spread over repeated runs, and peak
// memory, for loading the seeds (cold and warm), extracting a 1,000-document synthetic corpus
// against a bare numeric-token pass, comparison queries on the large table, and chart rendering.
// Writes tests/output/bench.json. Figures and the machine they were taken on: BENCHMARKS.md.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { indicatorAcrossCitiesSpec, loadCorpus, renderSvg, svgToPng } from "../../dist/index.js";
import { scaleBenchmarks } from "./scale.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEEDS = join(ROOT, "seeds");
const COUNT = Number(process.env.BENCH_DOCS ?? 1000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const stats = (xs) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  runs: xs.length,
});
const fmt = (s, unit = "ms") =>
  `${s.median.toFixed(1)} ${unit} (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}, n=${s.runs})`;
const results = {};
const line = (name, value) => console.log(`${name.padEnd(44)} ${value}`);

// One core: pin child processes to CPU 0 when taskset is available.
const pin = spawnSync("taskset", ["-c", "0", "true"]).status === 0 ? ["taskset", "-c", "0"] : [];
const run = (args) => {
  const [cmd, ...rest] = [...pin, process.execPath, ...args];
  return execFileSync(cmd, rest, { encoding: "utf8", maxBuffer: 1 << 26 });
};

console.log(
  `edu-targets benchmarks — node ${process.version}, ${cpus().length}× ${cpus()[0]?.model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB${pin.length ? ", jobs pinned to one core" : ""}\n`,
);

// 1. Loading the five seeds: cold process (import + load) and warm (in process).
const cold = [];
let coldRss = 0;
for (let i = 0; i < 7; i++) {
  const out = JSON.parse(
    run([
      "--input-type=module",
      "-e",
      `const t0 = performance.now(); const m = await import(${JSON.stringify(join(ROOT, "dist", "index.js"))}); const t1 = performance.now(); m.loadCorpus(); const t2 = performance.now(); console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, rss: process.resourceUsage().maxRSS / 1024 }))`,
    ]),
  );
  cold.push(out.importMs + out.loadMs);
  coldRss = Math.max(coldRss, out.rss);
  results.coldLoadOnly = [...(results.coldLoadOnly ?? []), out.loadMs];
}
results.coldProcess = stats(cold);
results.coldLoadOnly = stats(results.coldLoadOnly);
line("seeds → tables, cold process (import+load)", fmt(results.coldProcess));
line("  of which loadCorpus() in that process", fmt(results.coldLoadOnly));
line("  peak memory of that process", `${coldRss.toFixed(0)} MB`);
loadCorpus();
const warm = [];
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  loadCorpus();
  warm.push(performance.now() - t0);
}
results.warmLoad = stats(warm);
line("seeds → tables, warm (in process)", fmt(results.warmLoad));

// 2–4. The synthetic corpus, its bare numeric pass and the comparison queries, in one child.
const job = JSON.parse(
  run([join(ROOT, "tests", "bench", "corpus-job.mjs"), SEEDS, String(COUNT), String(REPEATS)])
    .trim()
    .split("\n")
    .pop(),
);
results.corpus = {
  documents: job.documents,
  megabytes: job.megabytes,
  rows: job.rows,
  maxRssMB: job.maxRssMB,
};
results.extract = stats(job.extractRuns);
results.bare = stats(job.bareRuns);
results.ratio = results.extract.median / results.bare.median;
line(
  `extract ${job.documents} docs (${job.megabytes.toFixed(1)} MB, ${job.rows} rows)`,
  fmt(results.extract),
);
line("bare pass finding numeric tokens", fmt(results.bare));
line("extraction ÷ bare pass (medians)", `${results.ratio.toFixed(1)}×`);
line("peak memory of the corpus job", `${job.maxRssMB.toFixed(0)} MB`);
for (const [name, xs] of Object.entries(job.queries)) {
  results[name] = stats(xs);
  line(`${name} on ${job.rows} rows`, fmt(results[name]));
}

// 5. Chart rendering: a cold process (import, font parsing, first render), then warm runs.
const coldChart = [];
for (let i = 0; i < 5; i++) {
  const out = JSON.parse(
    run([
      "--input-type=module",
      "-e",
      `const t0 = performance.now(); const m = await import(${JSON.stringify(join(ROOT, "dist", "index.js"))}); const c = m.loadCorpus(); const t1 = performance.now(); m.svgToPng(await m.renderSvg(m.indicatorAcrossCitiesSpec(c, { indicator: "preschool_gross_enrolment_rate", lang: "zh" })), { scale: 2 }); console.log(JSON.stringify({ ms: performance.now() - t1 }))`,
    ]),
  );
  coldChart.push(out.ms);
}
results.chartPngCold = stats(coldChart);
line("chart spec → PNG, first in a fresh process", fmt(results.chartPngCold));
const corpus = loadCorpus();
const spec = indicatorAcrossCitiesSpec(corpus, {
  indicator: "preschool_gross_enrolment_rate",
  lang: "zh",
});
await renderSvg(spec);
svgToPng(await renderSvg(spec));
const svgRuns = [];
const pngRuns = [];
for (let i = 0; i < 15; i++) {
  let t0 = performance.now();
  const svg = await renderSvg(spec);
  svgRuns.push(performance.now() - t0);
  t0 = performance.now();
  svgToPng(svg, { scale: 2 });
  pngRuns.push(performance.now() - t0);
}
results.chartSvg = stats(svgRuns);
results.chartPng = stats(pngRuns);
results.chartTotal = stats(svgRuns.map((s, i) => s + pngRuns[i]));
line("chart spec → SVG (warm)", fmt(results.chartSvg));
line("SVG → PNG at 2× (warm)", fmt(results.chartPng));
line("chart spec → PNG (warm)", fmt(results.chartTotal));

// 6. A national corpus: whole CLI processes at 1,000 and 10,000 documents, threads, yardsticks.
console.log("");
Object.assign(
  results,
  await scaleBenchmarks({
    repeats: Math.min(REPEATS, 3),
    line,
    large: Number(process.env.BENCH_LARGE ?? 10_000),
  }),
);

console.log(
  "\ntargets: 1,000 docs < 10 s on one core and < 1 GB; extraction ≤ 10× bare pass; chart → PNG < 300 ms",
);
console.log(
  `         ${results.extract.median < 10000 ? "met" : "MISSED"}: ${(results.extract.median / 1000).toFixed(2)} s; ${job.maxRssMB < 1024 ? "met" : "MISSED"}: ${job.maxRssMB.toFixed(0)} MB; ${results.ratio <= 10 ? "met" : "MISSED"}: ${results.ratio.toFixed(1)}×; ${results.chartTotal.median < 300 ? "met" : "MISSED"}: ${results.chartTotal.median.toFixed(0)} ms`,
);
const large = results.cliLarge;
const verdict = (ok) => (ok ? "met" : "MISSED");
console.log(
  `targets: ${results.large.documents.toLocaleString("en")} docs < 60 s and < 1 GB; 1 → 2 threads ≥ 1.7×; CLI ÷ regex script ≤ 1.0; extraction ≤ 5× bare pass`,
);
console.log(
  `         ${verdict(large.ms < 60000)}: ${(large.ms / 1000).toFixed(1)} s; ${verdict(large.mb < 1024)}: ${large.mb.toFixed(0)} MB; ${verdict(results.threadSpeedupLarge >= 1.7)}: ${results.threadSpeedupLarge.toFixed(2)}× at ${results.large.documents.toLocaleString("en")} docs (${results.threadSpeedup.toFixed(2)}× at 1,000; a regex loop ${results.machineSpeedup.toFixed(2)}×); ${results.cliVsScript === undefined ? "not measured" : `${verdict(results.cliVsScript <= 1)}: ${results.cliVsScript.toFixed(2)}×`}; ${verdict(results.ratio <= 5)}: ${results.ratio.toFixed(1)}×`,
);
mkdirSync(join(ROOT, "tests", "output"), { recursive: true });
writeFileSync(join(ROOT, "tests", "output", "bench.json"), `${JSON.stringify(results, null, 2)}\n`);
