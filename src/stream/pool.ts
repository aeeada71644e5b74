import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocumentSpec } from "../loaders/spec.js";
import { runDocumentJob, type DocumentResult, type JobSettings } from "./document-job.js";
import { errorFromMessage, type ErrorMessage } from "./transfer.js";

/** Documents a worker is given ahead, so that it never waits for the main thread. */
const AHEAD = 2;
/** Below this many documents per worker, starting threads costs more than it saves. */
const DOCS_PER_WORKER = 8;

/**
 * How many worker threads a run uses by default: one per core, but none (the main thread alone)
 * for a handful of documents.
 * @param documents Number of documents.
 * @returns Worker count; 1 means the main thread extracts.
 * @example defaultWorkers(5) // 1
 */
export function defaultWorkers(documents: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(documents / DOCS_PER_WORKER)));
}

/**
 * The compiled worker script. Next to this module in `dist/`; when this module runs from its
 * TypeScript source (the test runner), the compiled one in `dist/stream/` (built by `npm test`).
 */
function workerScript(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL("../../dist/stream/worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(
    `the worker script is missing (${fileURLToPath(here)}); run npm run build, or use one worker`,
  );
}

interface Pending {
  resolve: (r: DocumentResult) => void;
  reject: (e: Error) => void;
  promise: Promise<DocumentResult>;
}

/**
 * Every document's result, in the order of `specs`, whatever order the threads finish in: the main
 * thread alone when `workers` is 1, else that many worker threads. At most `window` results wait
 * to be taken, so memory does not grow with the corpus. A document that fails stops the run with
 * its error (the same class and message as in one thread); when several fail, the first in order
 * is the one reported, as in one thread. The threads are stopped when the caller stops early or
 * fails.
 * @param specs The documents, in output order.
 * @param settings The run's shared settings.
 * @param workers Number of threads.
 * @returns The results, one per document, in order.
 * @example for await (const r of documentResults(specs, settings, 2)) write(r);
 */
export async function* documentResults(
  specs: readonly DocumentSpec[],
  settings: JobSettings,
  workers: number,
): AsyncGenerator<DocumentResult> {
  if (workers <= 1 || specs.length <= 1) {
    for (const spec of specs) yield runDocumentJob(spec, settings);
    return;
  }
  const count = Math.min(workers, specs.length);
  const window = count * AHEAD * 2;
  const script = workerScript();
  const threads: { worker: Worker; busy: number }[] = [];
  const pending = new Map<number, Pending>();
  let sent = 0;
  let taken = 0;
  let broken: Error | null = null;
  // Nothing is sent past a document that failed: the run stops there, as in one thread.
  let stopAt = specs.length;
  const breakAll = (e: Error) => {
    broken ??= e;
    for (const p of pending.values()) p.reject(broken);
  };
  const fill = () => {
    while (!broken && sent < stopAt && sent - taken < window) {
      const thread = threads.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (thread.busy >= AHEAD) return;
      let resolve!: Pending["resolve"];
      let reject!: Pending["reject"];
      const promise = new Promise<DocumentResult>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.catch(() => {}); // handled where it is awaited
      pending.set(sent, { resolve, reject, promise });
      thread.busy++;
      thread.worker.postMessage({ index: sent, spec: specs[sent] });
      sent++;
    }
  };
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script, { workerData: settings });
    const thread = { worker, busy: 0 };
    worker.on(
      "message",
      (m: { index: number; ok: boolean; result?: DocumentResult; error?: ErrorMessage }) => {
        thread.busy--;
        const p = pending.get(m.index);
        if (m.ok) p?.resolve(m.result!);
        else {
          stopAt = Math.min(stopAt, m.index + 1);
          p?.reject(errorFromMessage(m.error!));
        }
        fill();
      },
    );
    worker.on("error", (e) => breakAll(e));
    worker.on("exit", (code) => {
      if (code !== 0) breakAll(new Error(`a worker thread stopped with exit code ${code}`));
    });
    threads.push(thread);
  }
  try {
    fill();
    while (taken < specs.length) {
      if (broken) throw broken;
      const result = await pending.get(taken)!.promise;
      pending.delete(taken);
      taken++;
      fill();
      yield result;
    }
  } finally {
    broken ??= new Error("the run stopped");
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
}
