// The floor of the benchmarks: read every file of a corpus folder, decode it and count its numeric
// tokens, nothing else. Usage: node bare-scan.mjs CORPUS_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const TOKEN = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇零一二两三四五六七八九十百千万亿]+/g;
const docs = JSON.parse(readFileSync(join(dir, "metadata.json"), "utf8"));
let tokens = 0;
for (const d of docs) {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(
    readFileSync(join(dir, d.source_file)),
  );
  for (const _ of text.matchAll(TOKEN)) tokens++;
}
console.log(`${tokens} numeric tokens in ${docs.length} documents`);
