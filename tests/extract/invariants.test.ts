import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cleanText, extractCorpus } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";
import { brokenInvariants } from "../helpers/invariants.js";

// Whatever a document holds, the tables keep these promises (checked on every folder of real or
// realistic documents the project can reach; tests/fuzz checks them on mutated documents).
const folders = [
  join(ROOT, "seeds"),
  join(ROOT, "tests/fixtures/heldout"),
  join(ROOT, "tests/fixtures/heldout-2"),
  join(ROOT, "../shared/corpus/docs"),
].filter((d) => existsSync(d));

describe("invariants of the tables", () => {
  for (const dir of folders) {
    test(`${dir.replace(ROOT, "")}: spans, values, years, quotes and the audit hold together`, () => {
      const rows = extractCorpus({ seedsDir: dir });
      expect(rows.targets.length).toBeGreaterThan(0);
      const blanked = new Map([...rows.texts].map(([f, t]) => [f, cleanText(t, f).text]));
      expect(brokenInvariants(rows.targets, rows.mentions, rows.texts, blanked)).toEqual([]);
      // Every numeric token of every document is in the audit, once.
      for (const d of rows.documents) {
        const starts = rows.mentions.filter((m) => m.doc_id === d.doc_id).map((m) => m.start);
        expect(new Set(starts).size).toBe(starts.length);
      }
      expect(readFileSync(join(dir, rows.documents[0]!.source_file)).length).toBeGreaterThan(0);
    });
  }
});
