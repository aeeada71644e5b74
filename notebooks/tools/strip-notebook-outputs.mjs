#!/usr/bin/env node
// Git "clean" filter for notebooks: reads a notebook on stdin and writes it to stdout without
// outputs, execution counts or the metadata a front end adds when it runs or saves one (the
// kernel's language version, scroll state, timings), in nbformat's own layout (sorted keys,
// one-space indent, UTF-8, final newline). A notebook saved after running is then, for git,
// the notebook as committed. Installed by `npm ci` (see package.json "prepare"); by hand:
//   git config filter.notebook-outputs.clean "node notebooks/tools/strip-notebook-outputs.mjs"
// Input that is not a notebook passes through unchanged.
import { readFileSync } from "node:fs";

/** Cell metadata a front end writes as it runs or shows a cell, not what an author set. */
const CELL_STATE = [
  "collapsed",
  "scrolled",
  "execution",
  "ExecuteTime",
  "jupyter",
  "trusted",
  "vscode",
];
/** Notebook metadata of the same kind. */
const NOTEBOOK_STATE = ["signature", "widgets", "vscode"];

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

/** nbformat stores multi-line text as a list of lines, each keeping its "\n". */
function lines(text) {
  if (Array.isArray(text)) text = text.join("");
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function without(object, keys) {
  return Object.fromEntries(Object.entries(object ?? {}).filter(([k]) => !keys.includes(k)));
}

export function stripNotebook(text) {
  const nb = JSON.parse(text);
  if (!Array.isArray(nb.cells) || typeof nb.nbformat !== "number")
    throw new Error("not a notebook");
  const metadata = without(nb.metadata, NOTEBOOK_STATE);
  if (metadata.language_info) metadata.language_info = { name: metadata.language_info.name };
  const cells = nb.cells.map((cell) => {
    const out = {
      ...cell,
      metadata: without(cell.metadata, CELL_STATE),
      source: lines(cell.source ?? ""),
    };
    if (cell.cell_type === "code") Object.assign(out, { execution_count: null, outputs: [] });
    return out;
  });
  return `${JSON.stringify(sortKeys({ ...nb, metadata, cells }), null, 1)}\n`;
}

const input = readFileSync(0, "utf8");
let output = input;
try {
  output = stripNotebook(input);
} catch {
  // Not JSON, or not a notebook: leave it as it is rather than lose it.
}
process.stdout.write(output);
