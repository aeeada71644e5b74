import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * A module loaded on first use rather than at import time, so that loading the tables does not
 * pay for the chart libraries (vega, vega-lite, Observable Plot, linkedom, opentype.js …).
 * ESM-only packages load through Node's require(esm) (Node ≥ 20.19).
 * @param name Package name.
 * @returns A function returning the module.
 * @example const vega = lazy<typeof import("vega")>("vega"); vega().View
 */
export function lazy<T>(name: string): () => T {
  let module: T | undefined;
  return () => (module ??= require(name) as T);
}
