import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/corpus.js";
import { fuzz } from "./run.js";

// Mutated seed and held-out documents through what the command line does to each document. The
// suite runs 5,000 (about 17 s on one core); `npm run fuzz` runs 100,000 by
// setting FUZZ_DOCS, FUZZ_FROM and FUZZ_REPORT (one shard of the mutants per process).
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const FROM = Number(process.env.FUZZ_FROM ?? 0);
const DOCS = Number(process.env.FUZZ_DOCS ?? 5000);
// A seed document takes about 10 ms; 100 times that is a hang, not a slow machine.
const BOUND_MS = 1000;

describe("fuzz: mutated documents", () => {
  test(
    `${DOCS} mutants: no crash, no hang, refusals are clean and every extraction keeps the invariants`,
    () => {
      const summary = fuzz({ seed: SEED, from: FROM, to: FROM + DOCS, boundMs: BOUND_MS });
      if (process.env.FUZZ_REPORT) {
        mkdirSync(join(ROOT, "tests", "output"), { recursive: true });
        writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(summary, null, 1));
      }
      expect(summary.documents).toBe(DOCS);
      // Mutants are mostly still documents: most are extracted, and yield rows.
      expect(summary.extracted).toBeGreaterThan(DOCS / 2);
      expect(summary.rows).toBeGreaterThan(summary.extracted);
      const shown = summary.failures
        .slice(0, 10)
        .map((f) => `#${f.index} ${f.doc_id}: ${f.problem}\n    after ${f.ops.join("; ")}`);
      expect(shown).toEqual([]);
    },
    // Generous: the time bound that matters is the one per document.
    Math.max(120_000, DOCS * 60),
  );
});

describe("fuzz: mutants that once failed", () => {
  // Mutants of the 100,000 run (seed 20261203) that put a run of hundreds of digits near a
  // table, which parsed to Infinity: they must now keep the invariants (the run is audited as
  // unrecognised, not a row).
  test.each([8469, 94593])("mutant #%i", (index) => {
    const summary = fuzz({ seed: 20261203, from: index, to: index + 1, boundMs: BOUND_MS });
    expect(summary.failures.map((f) => f.problem)).toEqual([]);
  });
});
