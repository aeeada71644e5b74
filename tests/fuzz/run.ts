import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  cleanText,
  readDocument,
  readMetadata,
  REGISTRY,
  SeedError,
  type DocumentSpec,
} from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";
import { brokenInvariants } from "../helpers/invariants.js";
import { mulberry32, mutate } from "./mutate.js";

/** A document to mutate: its metadata (without checksum or end marker) and its text. */
export interface FuzzSeed {
  spec: DocumentSpec;
  text: string;
}

/** The seeds and the held-out documents, the starting points of every mutant. */
export function fuzzSeeds(): FuzzSeed[] {
  const folders: [string, readonly DocumentSpec[]][] = [
    [join(ROOT, "seeds"), REGISTRY],
    ...["heldout", "heldout-2"].map((f): [string, DocumentSpec[]] => {
      const dir = join(ROOT, "tests", "fixtures", f);
      return [dir, readMetadata(join(dir, "metadata.json"))];
    }),
  ];
  return folders.flatMap(([dir, specs]) =>
    specs.map((full) => {
      // The checksum and the end marker would refuse almost every mutant before extraction.
      const { sha256: _sha, endMarker: _end, ...spec } = full;
      return { spec, text: readFileSync(join(dir, full.source_file), "utf8") };
    }),
  );
}

/** Something the fuzzer found: a crash, a malformed refusal, a broken invariant, a slow read. */
export interface FuzzFailure {
  /** Index of the mutant: `mutant(seed, index)` replays it. */
  index: number;
  doc_id: string;
  ops: string[];
  problem: string;
}

/** What a fuzz run did. */
export interface FuzzSummary {
  seed: number;
  documents: number;
  extracted: number;
  refused: number;
  rows: number;
  failures: FuzzFailure[];
  /** Wall time of the whole run and of the slowest document, in milliseconds. */
  totalMs: number;
  slowestMs: number;
}

/**
 * The mutant number `index` of a run: its own generator, seeded from the run's seed and the
 * index, so that any one can be rebuilt without the others.
 * @param seeds The starting documents.
 * @param seed The run's seed.
 * @param index The mutant's number.
 */
export function mutant(seeds: readonly FuzzSeed[], seed: number, index: number) {
  const rng = mulberry32(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const base = seeds[Math.floor(rng() * seeds.length)]!;
  return {
    base,
    ...mutate(
      base.text,
      seeds.map((s) => s.text),
      rng,
    ),
  };
}

/**
 * Runs mutants through what the command line does to each document (`readDocument`: decode,
 * clean, extract), and checks each outcome: a {@link SeedError} is a clean refusal when its
 * message is one line naming the file, with an offset inside the bytes; any other exception is a
 * failure; an extraction must keep every invariant of the tables and finish within `boundMs`.
 * @param options The run's seed, the mutants to run (`from` up to `to`) and the time bound.
 * @returns The counts and every failure.
 */
export function fuzz(options: { seed: number; from: number; to: number; boundMs: number }) {
  const seeds = fuzzSeeds();
  const summary: FuzzSummary = {
    seed: options.seed,
    documents: 0,
    extracted: 0,
    refused: 0,
    rows: 0,
    failures: [],
    totalMs: 0,
    slowestMs: 0,
  };
  const started = performance.now();
  for (let index = options.from; index < options.to; index++) {
    const { base, bytes, ops } = mutant(seeds, options.seed, index);
    const path = `fuzz/${index}-${base.spec.source_file}`;
    const fail = (problem: string) =>
      summary.failures.push({ index, doc_id: base.spec.doc_id, ops, problem });
    summary.documents++;
    const t0 = performance.now();
    try {
      const one = readDocument(bytes, base.spec, path);
      const ms = performance.now() - t0;
      summary.slowestMs = Math.max(summary.slowestMs, ms);
      if (ms > options.boundMs) fail(`took ${ms.toFixed(0)} ms`);
      summary.extracted++;
      summary.rows += one.targets.length;
      const texts = new Map([[base.spec.source_file, one.text]]);
      const blanked = new Map([[base.spec.source_file, cleanText(one.text, path).text]]);
      for (const p of brokenInvariants(one.targets, one.mentions, texts, blanked).slice(0, 3))
        fail(p);
    } catch (e) {
      summary.slowestMs = Math.max(summary.slowestMs, performance.now() - t0);
      if (!(e instanceof SeedError)) {
        fail(`${(e as Error)?.name}: ${(e as Error)?.message}`.slice(0, 300));
        continue;
      }
      summary.refused++;
      if (e.message.includes("\n")) fail(`refusal on several lines: ${e.message.slice(0, 200)}`);
      if (!e.message.startsWith(`${path}: `)) fail(`refusal does not name the file: ${e.message}`);
      if (e.offset !== null && !(e.offset >= 0 && e.offset <= bytes.length))
        fail(`refusal at offset ${e.offset}: ${e.message.slice(0, 200)}`);
    }
  }
  summary.totalMs = performance.now() - started;
  return summary;
}
