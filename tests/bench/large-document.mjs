// One large document: the Weihai plan repeated to about 1, 16 and 50 MB of UTF-8 and extracted
// as one file, to show that extraction time grows linearly with a document's size.
// `node tests/bench/large-document.mjs` after `npm run build`; MB=1,16 to choose the sizes.
import { readFileSync } from "node:fs";
import { cleanText, extractDocument } from "../../dist/index.js";

const base = readFileSync(
  new URL("../../seeds/weihai-2023-2025-action-plan.txt", import.meta.url),
  "utf8",
);
const sizes = (process.env.MB ?? "1,16,50").split(",").map(Number);
for (const mb of sizes) {
  const copies = Math.ceil((mb * 1e6) / Buffer.byteLength(base));
  const raw = Array(copies).fill(base).join("\n");
  const t0 = performance.now();
  const out = extractDocument(cleanText(raw, "large.txt"), {
    doc_id: "large",
    city: "威海",
    source_file: "large.txt",
    doc_type: "plan",
    period_start: 2023,
    period_end: 2025,
    title: "威海市教育高质量发展三年行动计划",
    issued: "2023-03-01",
  });
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${mb} MB (${(raw.length / 1e6).toFixed(1)} M characters, ${out.mentions.length} numeric tokens, ${out.targets.length} rows): ${s.toFixed(2)} s`,
  );
}
