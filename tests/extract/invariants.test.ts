import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus, type CorpusRows } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

// Whatever a document holds, the tables keep these promises (checked on every folder of real or
// realistic documents the project can reach).
const folders = [
  join(ROOT, "seeds"),
  join(ROOT, "tests/fixtures/heldout"),
  join(ROOT, "../shared/corpus/docs"),
].filter((d) => existsSync(d));

function check(rows: CorpusRows): string[] {
  const problems: string[] = [];
  for (const r of rows.targets) {
    const raw = rows.texts.get(r.source_file)!;
    if (r.start < 0 || r.end > raw.length || r.start >= r.end)
      problems.push(`${r.row_id}: span out of the text`);
    if (raw.slice(r.start, r.end) !== r.text)
      problems.push(`${r.row_id}: text is not the raw span`);
    if (r.value !== null && !Number.isFinite(r.value))
      problems.push(`${r.row_id}: value ${r.value}`);
    if (r.value_max !== null && !Number.isFinite(r.value_max))
      problems.push(`${r.row_id}: value_max`);
    if (r.year !== null && (r.year < 1949 || r.year > 2100))
      problems.push(`${r.row_id}: year ${r.year}`);
    if (!raw.includes(r.quote) && !r.quote.includes(" | "))
      problems.push(`${r.row_id}: quote not in the text`);
  }
  const ids = new Set(rows.targets.map((r) => r.row_id));
  if (ids.size !== rows.targets.length) problems.push("row ids are not unique");
  for (const m of rows.mentions) {
    const raw = rows.texts.get(m.source_file)!;
    if (raw.slice(m.start, m.end) !== m.text) problems.push(`${m.doc_id}@${m.start}: mention text`);
    for (const id of m.row_ids.split(";").filter(Boolean))
      if (!ids.has(id)) problems.push(`${m.doc_id}@${m.start}: names a missing row ${id}`);
    if (m.class === "figure" && !m.row_ids)
      problems.push(`${m.doc_id}@${m.start}: figure without a row`);
  }
  return problems;
}

describe("invariants of the tables", () => {
  for (const dir of folders) {
    test(`${dir.replace(ROOT, "")}: spans, values, years, quotes and the audit hold together`, () => {
      const rows = extractCorpus({ seedsDir: dir });
      expect(rows.targets.length).toBeGreaterThan(0);
      expect(check(rows)).toEqual([]);
      // Every numeric token of every document is in the audit, once.
      for (const d of rows.documents) {
        const starts = rows.mentions.filter((m) => m.doc_id === d.doc_id).map((m) => m.start);
        expect(new Set(starts).size).toBe(starts.length);
      }
      expect(readFileSync(join(dir, rows.documents[0]!.source_file)).length).toBeGreaterThan(0);
    });
  }
});
