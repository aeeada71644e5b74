import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/corpus.js";

const CLI = join(ROOT, "dist", "cli", "main.js");
const STATE = ".edu-targets";
const KILLS = 20;
/** Kills before the run takes its lock (spread over the start-up), and the one that never comes. */
const BEFORE_LOCK = 4;
/** The run that is killed: the tables in CSV and JSON only, about half a second. */
const NEW_RUN = ["--tables-only", "--formats", "csv,json"];

/**
 * The moment of the i-th kill. Moments are tied to what the run is doing, not to a clock, so that
 * a loaded or a fast machine puts kills in the same phases: the first ones during start-up, most
 * while the run holds the folder (from the instant its lock appears to a little past the time the
 * reference run held it), the last never.
 */
function killMoment(i: number, times: RunTimes): KillAt {
  if (i === KILLS - 1) return "never";
  if (i < BEFORE_LOCK)
    return { after: "start", ms: Math.round((i * times.lock) / BEFORE_LOCK / 2) };
  const held = (Number.isFinite(times.unlock) ? times.unlock : times.exit) - times.lock;
  const k = i - BEFORE_LOCK;
  return { after: "lock", ms: Math.round((k * 1.2 * held) / (KILLS - 1 - BEFORE_LOCK - 1)) };
}

/** Every file under a folder except the toolkit's state, relative path → SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (r === STATE) continue;
      if (e.isDirectory()) walk(r);
      else
        files[r] = createHash("sha256")
          .update(readFileSync(join(dir, r)))
          .digest("hex");
    }
  };
  walk("");
  return files;
}

/** Runs the CLI to the end. */
function runToEnd(out: string, args: string[]): void {
  const r = spawnSync(process.execPath, [CLI, "--out", out, ...args], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
}

/** When a killed run is killed: `ms` after it starts, or `ms` after its lock appears, or never. */
type KillAt = { after: "start" | "lock"; ms: number } | "never";

/** Timings of one run, from its start: when its lock appeared, when it went, when the run exited. */
interface RunTimes {
  lock: number;
  unlock: number;
  exit: number;
}

/**
 * Starts the CLI and watches its lock file (polled every millisecond); kills the run with SIGKILL
 * at the moment asked for, if it is still running; resolves with the timings seen.
 */
function runAndKill(out: string, args: string[], at: KillAt): Promise<RunTimes> {
  return new Promise((done) => {
    const t0 = performance.now();
    const times: RunTimes = { lock: NaN, unlock: NaN, exit: NaN };
    const lock = join(out, STATE, "lock");
    const child = spawn(process.execPath, [CLI, "--out", out, ...args], { stdio: "ignore" });
    const kill = () => child.kill("SIGKILL");
    let timer: NodeJS.Timeout | undefined;
    if (at !== "never" && at.after === "start") timer = setTimeout(kill, at.ms);
    const poll = setInterval(() => {
      const held = existsSync(lock);
      if (held && Number.isNaN(times.lock)) {
        times.lock = performance.now() - t0;
        if (at !== "never" && at.after === "lock") timer = setTimeout(kill, at.ms);
      }
      if (!held && !Number.isNaN(times.lock) && Number.isNaN(times.unlock))
        times.unlock = performance.now() - t0;
    }, 1);
    child.on("exit", () => {
      times.exit = performance.now() - t0;
      clearTimeout(timer);
      clearInterval(poll);
      done(times);
    });
  });
}

/** What a run left in the toolkit's state folder besides the manifest: locks, staging folders. */
const leftovers = (out: string) =>
  existsSync(join(out, STATE))
    ? readdirSync(join(out, STATE)).filter((f) => f !== "manifest.json")
    : [];

describe("a run killed at any moment leaves the old or the new output, complete", () => {
  test(`kill -9 at ${KILLS} moments across a run`, async () => {
    const work = mkdtempSync(join(tmpdir(), "edu-kill-"));
    // The previous output: tables in JSON only, charts and a report of an earlier full run (names
    // the toolkit writes), and a file of the user's beside them.
    const previous = join(work, "previous");
    runToEnd(previous, ["--tables-only", "--formats", "json"]);
    mkdirSync(join(previous, "charts"));
    writeFileSync(join(previous, "charts", "milestones-en.svg"), "<svg>earlier run</svg>");
    mkdirSync(join(previous, "report"));
    writeFileSync(join(previous, "report", "index.html"), "<html>earlier run</html>");
    writeFileSync(join(previous, "notes.txt"), "the user's");
    const old = snapshot(previous);

    // The new output, from an uninterrupted run over a copy of the previous one: CSV and JSON
    // tables, no charts/ or report/ (a tables-only run removes them), the user's file kept.
    const reference = join(work, "reference");
    cpSync(previous, reference, { recursive: true });
    const times = await runAndKill(reference, NEW_RUN, "never");
    expect(Number.isFinite(times.lock), "the run's lock was never seen").toBe(true);
    const fresh = snapshot(reference);
    expect(Object.keys(fresh)).toContain("data/targets.csv");
    expect(Object.keys(fresh)).toContain("notes.txt");
    expect(Object.keys(fresh).filter((f) => /^(charts|report)\//.test(f))).toEqual([]);
    expect(fresh).not.toEqual(old);
    expect(leftovers(reference)).toEqual([]);

    const seen = { old: 0, new: 0, interrupted: 0 };
    for (let i = 0; i < KILLS; i++) {
      const out = join(work, `run-${i}`);
      cpSync(previous, out, { recursive: true });
      await runAndKill(out, NEW_RUN, killMoment(i, times));
      const after = snapshot(out);
      const state = isDeepStrictEqual(after, old) ? "old" : "new";
      if (state === "new") expect(after, `killed run ${i}: neither old nor new`).toEqual(fresh);
      seen[state]++;
      // A kill while the run held the folder leaves its lock or staging folder: the next run
      // removes them and writes the new output.
      if (leftovers(out).length) {
        seen.interrupted++;
        runToEnd(out, NEW_RUN);
        expect(snapshot(out)).toEqual(fresh);
        expect(leftovers(out), `after run ${i} and a normal run`).toEqual([]);
      }
      rmSync(out, { recursive: true, force: true });
    }
    // The first kills land before the run took the folder, the last after it finished, and the
    // others while it held the folder.
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
    expect(seen.interrupted).toBeGreaterThan(0);
  }, 60_000);
});

describe("two runs into the same folder", () => {
  test("the second is refused while the first runs, and a run after the first was killed takes over", async () => {
    const out = mkdtempSync(join(tmpdir(), "edu-lock-"));
    const first = spawn(process.execPath, [CLI, "--out", out], { stdio: "ignore" });
    const exited = new Promise((done) => first.on("exit", done));
    // The first run takes the lock before it reads the seeds; charts keep it busy for seconds.
    const lock = join(out, STATE, "lock");
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 25));
    const second = spawnSync(process.execPath, [CLI, "--out", out, "--tables-only"], {
      encoding: "utf8",
    });
    first.kill("SIGKILL");
    await exited;
    expect(second.status).toBe(1);
    expect(second.stderr.trim()).toBe(
      `edu-targets: ${out}: another edu-targets run (pid ${first.pid}) is writing into this folder; wait for it to finish (if none is running, delete ${lock}).`,
    );
    runToEnd(out, ["--tables-only"]);
    expect(leftovers(out)).toEqual([]);
    expect(readdirSync(join(out, "data"))).toContain("targets.csv");
  }, 30_000);
});
