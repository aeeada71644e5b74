// One benchmark job in its own process, so its peak memory is its own. Prints one JSON line.
// Usage: node corpus-job.mjs SEEDS_DIR COUNT REPEATS
import { syntheticCorpus } from "./corpus.mjs";
import {
  cleanText,
  decodeSeed,
  extractDocument,
  lineUp,
  milestoneSeries,
  planVersusOutcome,
  toTable,
  TARGET_COLUMNS,
  DOCUMENT_COLUMNS,
  INDICATORS,
} from "../../dist/index.js";

const [dir, count, repeats] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const docs = syntheticCorpus(dir, count).map((d) => ({
  ...d,
  bytes: new TextEncoder().encode(d.text),
}));
const megabytes = docs.reduce((s, d) => s + d.bytes.length, 0) / 1e6;
const TOKEN = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇零一二两三四五六七八九十百千万亿]+/g;

const extractRuns = [];
const bareRuns = [];
let targets = [];
for (let r = 0; r < repeats; r++) {
  let t0 = performance.now();
  const rows = [];
  for (const d of docs) {
    const { text } = decodeSeed(d.bytes, d.spec.source_file);
    rows.push(...extractDocument(cleanText(text, d.spec.source_file), d.spec).targets);
  }
  extractRuns.push(performance.now() - t0);
  targets = rows;
  t0 = performance.now();
  let tokens = 0;
  for (const d of docs) {
    const text = new TextDecoder().decode(d.bytes);
    for (const _ of text.matchAll(TOKEN)) tokens++;
  }
  bareRuns.push(performance.now() - t0);
}

const documents = docs.map((d) => ({ ...d.spec, sha256: "", province: "", province_en: "" }));
const input = {
  targets: toTable(targets, TARGET_COLUMNS),
  documents: toTable(documents, DOCUMENT_COLUMNS),
};
const queries = { lineUp: [], planVersusOutcome: [], milestoneSeries: [] };
for (let r = 0; r < repeats; r++) {
  let t0 = performance.now();
  lineUp(
    input,
    INDICATORS.map((i) => i.id),
  );
  queries.lineUp.push(performance.now() - t0);
  t0 = performance.now();
  planVersusOutcome(input);
  queries.planVersusOutcome.push(performance.now() - t0);
  t0 = performance.now();
  milestoneSeries(input);
  queries.milestoneSeries.push(performance.now() - t0);
}
console.log(
  JSON.stringify({
    documents: docs.length,
    megabytes,
    rows: targets.length,
    extractRuns,
    bareRuns,
    queries,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
