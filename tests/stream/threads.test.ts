import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import {
  applyCorrections,
  extractCorpus,
  openDataset,
  OutputBatch,
  readCorrections,
  REGISTRY,
  streamData,
} from "../../src/index.js";
import { ROOT, seedText } from "../helpers/corpus.js";

const CLI = join(ROOT, "dist", "cli", "main.js");
const COPIES = 6; // 30 documents: enough for several per thread

/**
 * A folder of one's own: the five seeds, each under COPIES names, described by a metadata.json,
 * with a corrections.json touching two of the copies and naming a row no document has.
 */
function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "edu-threads-"));
  const entries = [];
  for (let k = 0; k < COPIES; k++)
    for (const spec of REGISTRY) {
      const source_file = `c${k}-${spec.source_file}`;
      copyFileSync(join(ROOT, "seeds", spec.source_file), join(dir, source_file));
      entries.push({ ...spec, doc_id: `${spec.doc_id}-c${k}`, source_file });
    }
  writeFileSync(join(dir, "metadata.json"), JSON.stringify(entries));
  // Offsets found in the raw seed texts by the phrases quoted here.
  const plan = seedText("weihai-2023-2025-action-plan.txt");
  const evaluation = seedText("weihai-2022-evaluation.txt");
  const modelAt = plan.indexOf("完善1所高中") + 2; // 1所 describes the 1+N model, not a goal
  const talksAt = evaluation.indexOf("宣讲27次") + 2; // an activity count the extractor leaves out
  const who = { author: "A. Researcher" };
  writeFileSync(
    join(dir, "corrections.json"),
    JSON.stringify([
      { action: "change", row_id: "nowhere@1", set: { year: 2020 }, reason: "no such row", ...who },
      {
        action: "add",
        doc_id: "weihai-2022-evaluation-c4",
        start: talksAt,
        end: talksAt + 3,
        text: "27次",
        set: { kind: "actual", value: 27, unit: "次", year: 2022, indicator_zh: "宣讲次数" },
        reason: "counted by the bureau's report",
        ...who,
      },
      {
        action: "remove",
        row_id: `weihai-2023-action-plan-c1@${modelAt}`,
        reason: "describes the 1+N model",
        ...who,
      },
    ]),
  );
  return dir;
}

/** Every file under a folder, relative path → SHA-256. */
function hashes(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
  return Object.fromEntries(
    files.map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

function run(seeds: string, workers: number, formats = "csv,json") {
  const out = mkdtempSync(join(tmpdir(), `edu-threads-out-${workers}-`));
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      "--seeds",
      seeds,
      "--out",
      out,
      "--tables-only",
      "--formats",
      formats,
      "--workers",
      String(workers),
    ],
    { encoding: "utf8" },
  );
  return { ...r, data: join(out, "data"), out };
}

describe("worker threads", () => {
  const seeds = corpusFolder();

  test("1, 2 and 3 threads write the same files, byte for byte, Parquet dataset included", () => {
    const one = run(seeds, 1, "csv,json,parquet");
    expect(one.status, one.stderr).toBe(0);
    expect(one.stderr).toContain(`${5 * COPIES} documents`);
    const reference = hashes(one.data);
    expect(Object.keys(reference)).toContain("targets.csv");
    expect(Object.keys(reference)).toContain(
      "parquet/targets/province_en=Shandong/doc_year=2023/part-00000.parquet",
    );
    for (const workers of [2, 3]) {
      const r = run(seeds, workers, "csv,json,parquet");
      expect(r.status, r.stderr).toBe(0);
      expect(hashes(r.data), `${workers} threads`).toEqual(reference);
    }
  }, 60_000);

  test("the streamed tables hold what the in-memory extraction holds, corrections included", () => {
    const r = run(seeds, 2);
    expect(r.status, r.stderr).toBe(0);
    const rows = extractCorpus({ seedsDir: seeds });
    const json = (name: string) => JSON.parse(readFileSync(join(r.data, `${name}.json`), "utf8"));
    expect(json("targets").map((t: { row_id: string }) => t.row_id)).toEqual(
      rows.targets.map((t) => t.row_id),
    );
    expect(json("mentions")).toHaveLength(rows.mentions.length);
    // The three corrections, in file order: the stray one reported, the other two applied to
    // their own copy of the document only.
    expect(json("corrections").map((c: { n: number; status: string }) => [c.n, c.status])).toEqual([
      [1, "not applied"],
      [2, "applied"],
      [3, "applied"],
    ]);
    const added = rows.targets.filter((t) => t.provenance === "added");
    expect(added.map((t) => [t.doc_id, t.text])).toEqual([["weihai-2022-evaluation-c4", "27次"]]);
    const removedId = rows.corrections[2]!.row_id;
    expect(rows.targets.some((t) => t.row_id === removedId)).toBe(false);
    expect(rows.targets.some((t) => t.row_id === removedId.replace("-c1@", "-c2@"))).toBe(true);
  }, 60_000);

  test("corrections applied document by document give what applying the file to the whole corpus gives", () => {
    const plain = extractCorpus({ seedsDir: seeds, specs: undefined });
    // The same folder without corrections, corrected all at once.
    const bare = mkdtempSync(join(tmpdir(), "edu-threads-bare-"));
    for (const f of readdirSync(seeds))
      if (f !== "corrections.json") copyFileSync(join(seeds, f), join(bare, f));
    const raw = extractCorpus({ seedsDir: bare });
    const whole = applyCorrections(
      raw.targets,
      raw.mentions,
      raw.documents,
      raw.texts,
      readCorrections(join(seeds, "corrections.json")),
      join(seeds, "corrections.json"),
    );
    const byId = (xs: { row_id: string }[]) =>
      [...xs].sort((a, b) => (a.row_id < b.row_id ? -1 : a.row_id > b.row_id ? 1 : 0));
    expect(byId(plain.targets)).toEqual(byId(whole.targets));
    expect(plain.mentions).toEqual(whole.mentions);
    expect(plain.corrections).toEqual(whole.log);
  }, 60_000);

  test("a bad document stops the run with the same message in any number of threads, and nothing is written", () => {
    const dir = corpusFolder();
    // Two broken files; the first in the metadata's order is the one reported.
    const entries: { source_file: string; sha256?: string }[] = JSON.parse(
      readFileSync(join(dir, "metadata.json"), "utf8"),
    );
    const first = entries[17]!.source_file;
    const second = entries[26]!.source_file;
    // Without a recorded checksum, the decoder is what finds the damage, in whichever thread.
    delete entries[17]!.sha256;
    delete entries[26]!.sha256;
    writeFileSync(join(dir, "metadata.json"), JSON.stringify(entries));
    writeFileSync(join(dir, second), Buffer.from([0xe5, 0xad, 0xa6, 0xff, 0x0a]));
    writeFileSync(join(dir, first), Buffer.from([0xe5, 0xad, 0xa6, 0xff, 0x0a]));
    const messages = [1, 2, 3].map((workers) => {
      const r = run(dir, workers);
      expect(r.status, r.stderr).toBe(1);
      expect(readdirSync(r.out)).toEqual([]);
      return r.stderr.trim().split("\n").pop();
    });
    expect(messages[0]).toContain(first);
    expect(messages[0]).toContain("UTF-8");
    expect(messages[1]).toBe(messages[0]);
    expect(messages[2]).toBe(messages[0]);
  }, 60_000);
});

describe("the Parquet dataset written batch by batch", () => {
  test("holds every row of the CSV tables, whatever the batch size, and DuckDB reads it as one table", async () => {
    const seeds = corpusFolder();
    const counts: Record<string, number>[] = [];
    for (const parquetBatch of [7, 500]) {
      const out = mkdtempSync(join(tmpdir(), `edu-batches-${parquetBatch}-`));
      const sink = new OutputBatch(out);
      await streamData({ seedsDir: seeds, workers: 2, parquetBatch }, sink, "", ["csv", "parquet"]);
      sink.commit();
      const parts = readdirSync(join(out, "parquet", "targets"), { recursive: true }).filter((f) =>
        String(f).endsWith(".parquet"),
      );
      // 30 documents in batches of 7: parts 0–4; in one batch: part 0 only.
      const numbers = new Set(parts.map((f) => /part-(\d+)/.exec(String(f))![1]));
      expect(numbers.size).toBe(parquetBatch === 7 ? 5 : 1);
      const dataset = await openDataset(out);
      try {
        const row = (
          await dataset.query(
            "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM targets) AS targets, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(DISTINCT row_id) FROM targets) AS ids",
          )
        )[0]!;
        counts.push(row as Record<string, number>);
      } finally {
        dataset.close();
      }
      const csvRows = (name: string) =>
        readFileSync(join(out, `${name}.csv`), "utf8")
          .trimEnd()
          .split("\n").length - 1;
      expect(counts.at(-1)).toMatchObject({ documents: 5 * COPIES, mentions: csvRows("mentions") });
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]!.ids).toBe(counts[0]!.targets);
  }, 60_000);
});
