import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/**
 * Compares output with its committed snapshot file. On a mismatch it writes the new output beside
 * the snapshot as NAME-changed.EXT (to diff or open) and fails; snapshots are rewritten only on
 * purpose: `npx vitest run --config tests/vitest.config.ts tests/charts -u` or UPDATE_SNAPSHOTS=1.
 * A missing snapshot is written, except in CI, where it fails.
 * @param actual The output.
 * @param file The snapshot file.
 */
export function matchSnapshot(actual: string, file: string): void {
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string };
  const update = process.env.UPDATE_SNAPSHOTS === "1" || state?._updateSnapshot === "all";
  const changed = file.replace(/(\.[a-z]+)+$/, (ext) => `-changed${ext}`);
  if (update || !existsSync(file)) {
    if (!update && process.env.CI) expect.fail(`${file} is missing: write it on purpose with -u`);
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (readFileSync(file, "utf8") === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect.fail(
    `${file} differs from the output; the new output is in ${changed}. If the change is meant, rewrite the snapshot with -u or UPDATE_SNAPSHOTS=1.`,
  );
}
