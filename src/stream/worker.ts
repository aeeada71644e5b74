// A worker thread of a run: extracts the documents the main thread sends, one message each, with
// the run's settings given when the worker starts (see pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import type { DocumentSpec } from "../loaders/spec.js";
import { runDocumentJob, type JobSettings } from "./document-job.js";
import { errorToMessage } from "./transfer.js";

const settings = workerData as JobSettings;
const port = parentPort!;

port.on("message", ({ index, spec }: { index: number; spec: DocumentSpec }) => {
  try {
    const result = runDocumentJob(spec, settings);
    // The table text is handed over, not copied.
    const moved = [result.chunks.targets, result.chunks.mentions].flatMap((c) =>
      Object.values(c).map((bytes) => bytes.buffer as ArrayBuffer),
    );
    port.postMessage({ index, ok: true, result }, moved);
  } catch (e) {
    port.postMessage({ index, ok: false, error: errorToMessage(e) });
  }
});
