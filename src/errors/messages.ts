/**
 * Every message the toolkit shows, as functions, so tests assert against the same text.
 */
export const message = Object.freeze({
  emptyFile: (file: string) => `${file}: the file is empty; copy the document's text into it.`,
  notUtf8: (file: string, byte: number) =>
    `${file}: byte ${byte} is not valid UTF-8 and the file does not decode as GB18030 either; save it as UTF-8.`,
  damagedUtf8: (file: string, byte: number) =>
    `${file}: byte ${byte} is not valid UTF-8 (a stray byte, an overlong form or a UTF-16 surrogate) in a file that is otherwise UTF-8; the file is damaged, copy it again or save it as UTF-8.`,
  truncatedUtf8: (file: string, byte: number) =>
    `${file}: the file ends inside a UTF-8 character at byte ${byte}; it looks truncated, copy it again.`,
  notText: (file: string, offset: number) =>
    `${file}: character ${offset} is a control character (NUL or similar); this is not a text file.`,
  htmlPage: (file: string, offset: number, snippet: string) =>
    `${file}: at character ${offset} ("${snippet}") the file is an HTML page, not the document's text; save the page as text first.`,
  htmlEntity: (file: string, offset: number, snippet: string) =>
    `${file}: at character ${offset} an HTML character reference "${snippet}" stands in the text; decode it to the character it names.`,
  htmlInFigure: (file: string, offset: number, snippet: string) =>
    `${file}: at character ${offset} an HTML tag breaks a sentence with figures ("${snippet}"); remove the markup from the text.`,
  htmlInText: (file: string, offset: number, snippet: string) =>
    `${file}: at character ${offset} HTML markup stands inside a line of text ("${snippet}"); remove the markup from the text.`,
  sha256Mismatch: (file: string, want: string, got: string) =>
    `${file}: SHA-256 is ${got}, but the registry records ${want}; the file was edited or truncated. Restore the original bytes or register it as a new document.`,
  unknownDocument: (file: string, known: readonly string[]) =>
    `${file}: not a registered document. Registered: ${known.join(", ")}. Add a metadata entry (see README, "Adding a document").`,
  missingEnd: (file: string, marker: string) =>
    `${file}: the text never reaches "${marker}", which closes this document; the file looks truncated.`,
  noSeedsFolder: (dir: string) =>
    `${dir}: no such folder; pass the folder that holds the seed documents.`,
  badMetadata: (file: string, detail: string) => `${file}: malformed metadata: ${detail}.`,
  strictWarnings: (warnings: readonly string[]) =>
    `--strict: ${warnings.length} document(s) look badly read, nothing was written:\n  ${warnings.join("\n  ")}`,
  badCorrection: (file: string, n: number, detail: string) =>
    `${file}: correction ${n}: ${detail}.`,
  correctionSpan: (
    file: string,
    n: number,
    source: string,
    start: number,
    end: number,
    want: string,
    got: string,
  ) =>
    `${file}: correction ${n}: ${source} [${start}, ${end}) reads "${got}", not "${want}"; the span no longer holds the figure, fix start and end.`,
  correctionsNotApplied: (count: number) =>
    `${count} correction(s) no longer fit their rows and were not applied; see data/corrections.csv`,
  outsideFolder: (file: string, docId: string) =>
    `${file}: entry ${docId}: "source_file" must name a file inside the seeds folder (links followed); it points outside.`,
  noMetadata: (dir: string) =>
    `${dir}: no metadata.json; add one listing the documents in this folder (see README, "Adding a document").`,
  badAnnotation: (file: string, line: number, detail: string) =>
    `${file}: line ${line} is not a usable annotation: ${detail}.`,
  unknownIndicator: (id: string, known: readonly string[]) =>
    `unknown indicator "${id}". Available: ${known.join(", ")}.`,
  emptySelection: (what: string, available: readonly string[]) =>
    `no rows for ${what}. Available: ${available.join(", ")}.`,
  outputIsLink: (path: string, target: string) =>
    `${path}: is a symbolic link (to ${target}); edu-targets replaces this folder as a whole and does not follow links out of --out. Remove the link or choose another --out.`,
  outputNotFolder: (path: string) =>
    `${path}: is not a folder, but edu-targets writes a folder of this name; move the file away or choose another --out.`,
  foreignFiles: (path: string, more: number) =>
    `${path}${more ? ` (and ${more} more)` : ""}: not written by edu-targets, and this folder is replaced as a whole on every run; move it out or choose another --out.`,
  outputBusy: (dir: string, pid: number, lock: string) =>
    `${dir}: another edu-targets run (pid ${pid}) is writing into this folder; wait for it to finish (if none is running, delete ${lock}).`,
  noDataFolder: (dir: string) =>
    `${dir}: no such folder; pass the data folder of a run (OUT/data) that wrote --formats parquet.`,
  noDataset: (dir: string) =>
    `${dir}: holds no Parquet dataset (no parquet/<table>/ folder with .parquet files); write one with edu-targets --formats parquet --out OUT and pass OUT/data.`,
  emptyTableFolder: (folder: string) =>
    `${folder}: holds no .parquet file; write the dataset again with --formats parquet.`,
  missingTable: (dir: string, table: string, present: readonly string[]) =>
    `${dir}: the Parquet dataset has no ${table} table (no parquet/${table}/ folder; it has ${present.join(", ") || "none"}); write the dataset again with --formats parquet.`,
  queryFailed: (dir: string, detail: string) => `${dir}: the query failed: ${detail}`,
  systemError: (path: string, problem: string, hint: string) =>
    `${path}: ${problem}${hint ? `; ${hint}` : ""}.`,
});
