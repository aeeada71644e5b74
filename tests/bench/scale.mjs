// The national-corpus benchmark, part of `npm run bench`: whole processes over folders of
// synthetic documents written as a user lays out her own (text files and a metadata.json). Wall
// time and peak memory of the CLI at 1,000 and 10,000 documents, its scaling from 1 to 2 worker
// threads, and, measured in the same run over the same files, a bare numeric scan and a simple
// regular-expression script (tests/bench/regex-script.py, the hour's work it replaces). Peak memory
// is the process's high-water mark (VmHWM, threads included), read from /proc while it runs.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCorpusFolder } from "./corpus-folder.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist", "cli", "main.js");
const REGEX_SCRIPT = join(ROOT, "tests", "bench", "regex-script.py");
const BARE_SCAN = join(ROOT, "tests", "bench", "bare-scan.mjs");
const THREADS = join(ROOT, "tests", "bench", "thread-scaling.mjs");

/** The threads a default run uses: one per core. */
const defaultThreads = () => availableParallelism();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a command to its end; wall time (ms) and peak memory (MB, from /proc when readable). */
function measure(cmd, args) {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    const status = `/proc/${child.pid}/status`;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(status, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // the process has exited
      }
    }, 10);
    child.on("exit", (code) => {
      clearInterval(poll);
      const ms = performance.now() - t0;
      if (code !== 0) fail(new Error(`${cmd} ${args.join(" ")} exited ${code}: ${stderr}`));
      else done({ ms, mb: peakKb / 1024 });
    });
  });
}

/** The median of `n` runs (time and memory each). */
async function repeat(n, cmd, args, before = () => {}) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    before();
    runs.push(await measure(cmd, args));
  }
  return {
    ms: median(runs.map((r) => r.ms)),
    mb: median(runs.map((r) => r.mb)),
    min: Math.min(...runs.map((r) => r.ms)),
    max: Math.max(...runs.map((r) => r.ms)),
    runs: n,
  };
}

/**
 * The scale benchmarks. Returns their figures; prints one line each.
 * @param {{ repeats: number, line: (name: string, value: string) => void }} options
 */
export async function scaleBenchmarks({ repeats, line, large = 10_000 }) {
  const work = join(tmpdir(), "edu-bench-scale");
  rmSync(work, { recursive: true, force: true });
  const small = join(work, "corpus-1000");
  const big = join(work, `corpus-${large}`);
  const out = join(work, "out");
  const mb1 = writeCorpusFolder(small, 1000) / 1e6;
  const results = { corpusMB: mb1 };
  const fresh = () => rmSync(out, { recursive: true, force: true });
  const cli = (seeds, workers) => [
    CLI,
    "--seeds",
    seeds,
    "--out",
    out,
    "--tables-only",
    ...(workers ? ["--workers", String(workers)] : []),
  ];
  const fmt = (r) =>
    `${(r.ms / 1000).toFixed(2)} s (min ${(r.min / 1000).toFixed(2)}, max ${(r.max / 1000).toFixed(2)}, n=${r.runs}), ${r.mb.toFixed(0)} MB peak`;

  results.cli1 = await repeat(repeats, process.execPath, cli(small, 1), fresh);
  line("CLI, 1,000 docs, 1 thread", fmt(results.cli1));
  results.cli2 = await repeat(repeats, process.execPath, cli(small, 2), fresh);
  line("CLI, 1,000 docs, 2 worker threads", fmt(results.cli2));
  results.threadSpeedup = results.cli1.ms / results.cli2.ms;
  line("  speed-up from 1 to 2 threads at 1,000 docs", `${results.threadSpeedup.toFixed(2)}×`);
  const control = JSON.parse(
    spawnSync(process.execPath, [THREADS], { encoding: "utf8" }).stdout.trim(),
  );
  results.machineSpeedup = control.speedup;
  line(
    "  the machine's own: a regex loop, 1 → 2 threads",
    `${control.speedup.toFixed(2)}× (${control.oneMs.toFixed(0)} ms → ${control.twoMs.toFixed(0)} ms)`,
  );
  results.bare = await repeat(repeats, process.execPath, [BARE_SCAN, small]);
  line("bare numeric scan, 1,000 docs (whole process)", fmt(results.bare));
  const python = spawnSync("python3", ["--version"]).status === 0;
  if (python) {
    results.regexScript = await repeat(repeats, "python3", [
      REGEX_SCRIPT,
      small,
      join(work, "regex.json"),
    ]);
    line("regex script, 1,000 docs (python3)", fmt(results.regexScript));
  } else line("regex script", "skipped: python3 is not installed");
  results.cliDefault = results.cli1.ms < results.cli2.ms ? results.cli1 : results.cli2;
  results.cliVsBare = results.cli2.ms / results.bare.ms;
  line("CLI (2 threads) ÷ bare numeric scan", `${results.cliVsBare.toFixed(1)}×`);
  if (python) {
    results.cliVsScript = results.cli2.ms / results.regexScript.ms;
    results.memoryVsScript = results.cli2.mb / results.regexScript.mb;
    line(
      "CLI (2 threads) ÷ regex script",
      `${results.cliVsScript.toFixed(2)}× time, ${results.memoryVsScript.toFixed(1)}× memory`,
    );
  }

  const mbBig = writeCorpusFolder(big, large) / 1e6;
  rmSync(small, { recursive: true, force: true });
  results.large = { documents: large, megabytes: mbBig };
  results.cliLarge = await repeat(1, process.execPath, cli(big), fresh);
  line(
    `CLI, ${large.toLocaleString("en")} docs (${mbBig.toFixed(0)} MB), default threads`,
    fmt(results.cliLarge),
  );
  // Scaling where start-up and the threads' warm-up (each compiles the extractor afresh) no
  // longer weigh: the large corpus again in one thread.
  results.cliLarge1 = await repeat(1, process.execPath, cli(big, 1), fresh);
  line(`CLI, ${large.toLocaleString("en")} docs, 1 thread`, fmt(results.cliLarge1));
  results.threadSpeedupLarge = results.cliLarge1.ms / results.cliLarge.ms;
  line(
    `  speed-up from 1 to ${defaultThreads()} threads at ${large.toLocaleString("en")} docs`,
    `${results.threadSpeedupLarge.toFixed(2)}×`,
  );
  line(
    "  peak memory, 1,000 → 10,000 docs",
    `${results.cli2.mb.toFixed(0)} MB → ${results.cliLarge.mb.toFixed(0)} MB`,
  );
  rmSync(work, { recursive: true, force: true });
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(CLI)) throw new Error("run npm run build first");
  const line = (name, value) => console.log(`${name.padEnd(52)} ${value}`);
  const r = await scaleBenchmarks({
    repeats: Number(process.env.BENCH_REPEATS ?? 3),
    line,
    large: Number(process.env.BENCH_LARGE ?? 10_000),
  });
  console.log(JSON.stringify(r));
}
