// Writes the synthetic corpus (see corpus.mjs) to a folder as a user would lay out her own: one
// text file per document and a metadata.json describing them, so the CLI reads it with --seeds.
// Usage as a script: node corpus-folder.mjs OUT_DIR COUNT
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticCorpus } from "./corpus.mjs";

const SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

/**
 * Writes `count` synthetic documents and their metadata into `dir`.
 * @returns The number of bytes of text written.
 */
export function writeCorpusFolder(dir, count) {
  mkdirSync(dir, { recursive: true });
  const docs = syntheticCorpus(SEEDS, count);
  const entries = [];
  let bytes = 0;
  for (const { spec, text } of docs) {
    const source_file = `${spec.doc_id}.txt`;
    const data = Buffer.from(text, "utf8");
    bytes += data.length;
    writeFileSync(join(dir, source_file), data);
    const { sha256: _, ...rest } = spec;
    entries.push({ ...rest, source_file });
  }
  writeFileSync(join(dir, "metadata.json"), `${JSON.stringify(entries, null, 1)}\n`);
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, count] = [process.argv[2], Number(process.argv[3] ?? 1000)];
  const bytes = writeCorpusFolder(dir, count);
  console.log(`${count} documents, ${(bytes / 1e6).toFixed(1)} MB → ${dir}`);
}
