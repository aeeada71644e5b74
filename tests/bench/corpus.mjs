// Builds a synthetic corpus deterministically from the seeds' structure: each document is a seed
// with its figures perturbed by a seeded generator, so the extractor meets the same shapes
// (headings, staged milestones, ranges, tables) with different numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY } from "../../dist/index.js";

/** Mulberry32: a small seeded PRNG, so every run builds the same corpus. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seeds as { spec, text }. */
export function seeds(dir) {
  return REGISTRY.map((spec) => ({
    spec,
    text: readFileSync(join(dir, spec.source_file), "utf8"),
  }));
}

/**
 * `count` documents: seed i % 5 with every figure that is not a year changed by the PRNG
 * (same number of digits, decimals kept), ~30 KB each.
 */
export function syntheticCorpus(dir, count, seed = 20261122) {
  const base = seeds(dir);
  const random = rng(seed);
  const docs = [];
  for (let i = 0; i < count; i++) {
    const { spec, text } = base[i % base.length];
    const changed = text.replace(
      /(?<![\d.])(\d{1,3})(\.\d+)?(?=[%个所人万亿元项名])/g,
      (_, int, dec) => {
        const n = Math.max(1, Math.floor(random() * 10 ** int.length));
        return `${n}${dec ?? ""}`;
      },
    );
    docs.push({
      spec: { ...spec, doc_id: `${spec.doc_id}-${i}`, sha256: undefined },
      text: changed,
    });
  }
  return docs;
}
