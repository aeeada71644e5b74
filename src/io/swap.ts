import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

/**
 * The commit record of a staged output: which folders the new output replaces, whether it has each
 * of them, and every file it holds. Its presence in a staging folder means the swap has begun and
 * must be finished; its absence, that the staging folder is an unfinished build to discard.
 */
export interface SwapJournal {
  /** Every folder the toolkit owns in the output folder, with whether the new output has it. */
  folders: { name: string; present: boolean }[];
  /** The new output's files, relative to the output folder, sorted. */
  files: string[];
}

/** The journal's name inside a staging folder. */
const JOURNAL = "journal.json";

/**
 * Writes a file complete or not at all: under a temporary name in `tmpDir`, then renamed.
 * @param path The file.
 * @param content Its content.
 * @param tmpDir A folder on the same disk that is removed after use.
 */
function writeWhole(path: string, content: string, tmpDir: string): void {
  const tmp = join(tmpDir, `.${process.pid}.whole.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Whether a path exists without following a final link. */
function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Swaps a staged output in. The journal is written first (the commit point); then, folder by
 * folder, the live folder is moved into the staging folder's `old/` and the new one moved into its
 * place, each a single rename; then the manifest is written and the staging folder, holding the
 * old output, is removed. Interrupted anywhere after the commit point, {@link finishSwap} called at
 * the next start completes it.
 * @param out The output folder.
 * @param staging The staging folder (its `new/` holds the new output).
 * @param journal What the new output holds.
 * @param manifest Where to record the files written.
 */
export function commitSwap(
  out: string,
  staging: string,
  journal: SwapJournal,
  manifest: string,
): void {
  writeWhole(join(staging, JOURNAL), `${JSON.stringify(journal)}\n`, staging);
  finishSwap(out, staging, journal, manifest);
}

/**
 * Completes a swap: moves whatever is still to move, records the manifest, removes the staging
 * folder. Safe to call again on a swap it already (partly) did.
 * @param out The output folder.
 * @param staging The staging folder.
 * @param journal Its journal.
 * @param manifest Where to record the files written.
 */
export function finishSwap(
  out: string,
  staging: string,
  journal: SwapJournal,
  manifest: string,
): void {
  mkdirSync(join(staging, "old"), { recursive: true });
  for (const { name, present } of journal.folders) {
    const live = join(out, name);
    const fresh = join(staging, "new", name);
    if (present && !existsSync(fresh)) continue; // already in place
    if (lexists(live)) renameSync(live, join(staging, "old", name));
    if (present) renameSync(fresh, live);
  }
  writeWhole(manifest, `${JSON.stringify({ files: journal.files }, null, 1)}\n`, staging);
  try {
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // The new output is in place; the next start removes what is left of the old one.
  }
}

/**
 * Deals with a staging folder a killed run left: finishes its swap when it had reached the commit
 * point, discards it otherwise.
 * @param out The output folder.
 * @param staging The stale staging folder.
 * @param manifest Where to record the files written.
 * @returns "finished" or "discarded".
 */
export function recoverStaging(
  out: string,
  staging: string,
  manifest: string,
): "finished" | "discarded" {
  let journal: SwapJournal | undefined;
  try {
    journal = JSON.parse(readFileSync(join(staging, JOURNAL), "utf8")) as SwapJournal;
  } catch {
    journal = undefined;
  }
  if (!journal) {
    rmSync(staging, { recursive: true, force: true });
    return "discarded";
  }
  finishSwap(out, staging, journal, manifest);
  return "finished";
}
