import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { OutputError } from "../errors/error.js";
import { message } from "../errors/messages.js";
import { naming } from "../errors/system.js";
import { acquireLock, removeStaleLockFiles } from "./lock.js";
import { commitSwap, recoverStaging } from "./swap.js";
import { fileWriter, safeOutputPath, type FileWriter, type OutputSink } from "./write.js";

/** The toolkit's own folder inside an output folder: the lock, the manifest, staging folders. */
export const STATE_FOLDER = ".edu-targets";

/** Options for {@link OutputFolder.open}. */
export interface OutputFolderOptions {
  /** The folders the toolkit owns inside the output folder (e.g. data, charts, report). */
  folders: readonly string[];
  /**
   * Whether a file name in one of those folders is one the toolkit writes, given as its path
   * inside the folder (`parquet/targets/part-00000.parquet`; a sub-folder's path ends in "/").
   * Together with the manifest of the last run, this tells the toolkit's files from a user's.
   */
  ownName: (folder: string, name: string) => boolean;
}

/** A path's lstat (a final link not followed), or null when nothing is there. */
function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/**
 * Refuses a path the toolkit would have to follow a link through, or that is a file.
 * @param path A folder the toolkit replaces or keeps its state in.
 * @returns Whether the folder exists.
 * @throws {OutputError} When it is a symbolic link or not a folder.
 */
function checkOwnFolder(path: string): boolean {
  const st = lstatOrNull(path);
  if (!st) return false;
  if (st.isSymbolicLink())
    throw new OutputError(message.outputIsLink(path, readlinkSync(path)), path);
  if (!st.isDirectory()) throw new OutputError(message.outputNotFolder(path), path);
  return true;
}

/** The files the last run recorded, relative to the output folder. */
function readManifest(path: string): Set<string> {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as { files?: unknown };
    return new Set(Array.isArray(parsed.files) ? parsed.files.map(String) : []);
  } catch {
    return new Set();
  }
}

/**
 * The entries under a folder the toolkit owns that are not its own: files neither in the last
 * run's manifest nor of a name it writes, links, and sub-folders of a name it does not write
 * (one it writes, such as data/parquet/, is looked into).
 * @param root The owned folder.
 * @param sub A path inside it ("" for the folder itself).
 * @param recorded Whether a file, by its path inside the folder, is in the manifest.
 * @param own Whether a path inside the folder is one the toolkit writes (folders end in "/").
 * @returns The paths of the foreign entries.
 */
function foreignEntries(
  root: string,
  sub: string,
  recorded: (rel: string) => boolean,
  own: (rel: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory() && own(`${rel}/`))
      for (const p of foreignEntries(root, rel, recorded, own)) found.push(p);
    else if (!entry.isFile() || !(recorded(rel) || own(rel))) found.push(join(root, rel));
  }
  return found;
}

/**
 * An output folder replaced as a whole. A run stages every file in
 * `OUT/.edu-targets/staging-<pid>/new/`; on commit each folder the toolkit owns (data/, charts/,
 * report/) is swapped in by rename, and folders the new output lacks are removed. Opening takes a
 * lock (a second run into the same folder is refused), finishes or discards what a killed run
 * left, and refuses folders that are links or hold files the toolkit did not write. Nothing
 * outside the owned folders and `.edu-targets/` is touched.
 */
export class OutputFolder implements OutputSink {
  private readonly files: string[] = [];
  private closed = false;

  private constructor(
    private readonly out: string,
    private readonly options: OutputFolderOptions,
    private readonly staging: string,
    private readonly release: () => void,
  ) {}

  /**
   * Opens an output folder for a run (creating it when missing).
   * @param out The output folder.
   * @param options The folders the toolkit owns and the names it writes there.
   * @returns The open folder; call {@link commit} or {@link abort}.
   * @throws {OutputError} For a link, a file in the way, a user's file, another run.
   * @example const folder = OutputFolder.open("out", { folders: ["data"], ownName: () => true });
   */
  static open(out: string, options: OutputFolderOptions): OutputFolder {
    mkdirSync(out, { recursive: true });
    const state = join(out, STATE_FOLDER);
    const created = !checkOwnFolder(state);
    if (created) mkdirSync(state);
    const lock = join(state, "lock");
    let release: () => void;
    try {
      release = acquireLock(lock, out);
    } catch (e) {
      if (created) rmSync(state, { recursive: true, force: true });
      throw e;
    }
    try {
      removeStaleLockFiles(lock);
      const manifestPath = join(state, "manifest.json");
      for (const name of readdirSync(state)) {
        if (name.startsWith("staging-")) recoverStaging(out, join(state, name), manifestPath);
        else if (name !== "manifest.json" && !name.startsWith("lock"))
          rmSync(join(state, name), { recursive: true, force: true });
      }
      const manifest = readManifest(manifestPath);
      const foreign: string[] = [];
      for (const folder of options.folders) {
        const path = join(out, folder);
        if (!checkOwnFolder(path)) continue;
        for (const p of foreignEntries(
          path,
          "",
          (rel) => manifest.has(`${folder}/${rel}`),
          (rel) => options.ownName(folder, rel),
        ))
          foreign.push(p);
      }
      if (foreign.length)
        throw new OutputError(message.foreignFiles(foreign[0]!, foreign.length - 1), foreign[0]!);
      const staging = join(state, `staging-${process.pid}`);
      mkdirSync(join(staging, "new"), { recursive: true });
      return new OutputFolder(out, options, staging, release);
    } catch (e) {
      release();
      throw e;
    }
  }

  /**
   * Stages one file of the new output; nothing in the live folders changes until {@link commit}.
   * On failure the whole staged output is discarded and the lock released.
   * @param relPath Path inside the output folder, under one of the owned folders.
   * @param content Its content.
   */
  add(relPath: string, content: string | Uint8Array): void {
    const target = this.stagedPath(relPath);
    try {
      // Name the file the user asked for, not its staging copy.
      naming(join(this.out, relPath), () => {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      });
    } catch (e) {
      this.abort();
      throw e;
    }
    this.files.push(relPath);
  }

  /**
   * Stages one file of the new output written piece by piece (see {@link add}).
   * @param relPath Path inside the output folder, under one of the owned folders.
   * @returns Its writer.
   */
  open(relPath: string): FileWriter {
    const target = this.stagedPath(relPath);
    // A failure names the file the user asked for, not its staging copy.
    const shown = join(this.out, relPath);
    try {
      naming(shown, () => mkdirSync(dirname(target), { recursive: true }));
    } catch (e) {
      this.abort();
      throw e;
    }
    const writer = fileWriter(target, () => this.abort(), shown);
    this.files.push(relPath);
    return writer;
  }

  /** Where a file of the new output is staged, after checking it lies in an owned folder. */
  private stagedPath(relPath: string): string {
    if (this.closed) throw new Error("the output folder was already committed or aborted");
    const top = relPath.split("/")[0]!;
    if (!this.options.folders.includes(top))
      throw new RangeError(
        `refusing to write "${relPath}": it lies outside the folders edu-targets owns (${this.options.folders.join(", ")})`,
      );
    return safeOutputPath(join(this.staging, "new"), relPath);
  }

  /**
   * Swaps the staged output in and releases the lock.
   * @returns The paths written.
   */
  commit(): string[] {
    if (this.closed) throw new Error("the output folder was already committed or aborted");
    this.closed = true;
    const journal = {
      folders: this.options.folders.map((name) => ({
        name,
        present: existsSync(join(this.staging, "new", name)),
      })),
      files: [...this.files].sort(),
    };
    try {
      commitSwap(this.out, this.staging, journal, join(this.out, STATE_FOLDER, "manifest.json"));
    } catch (e) {
      // Before the commit point nothing changed: discard. After it, the next run finishes the swap.
      if (!existsSync(join(this.staging, "journal.json")))
        rmSync(this.staging, { recursive: true, force: true });
      throw e;
    } finally {
      this.release();
    }
    return this.files.map((f) => join(this.out, f));
  }

  /** Discards the staged output and releases the lock; the previous output stays as it was. */
  abort(): void {
    if (this.closed) return;
    this.closed = true;
    rmSync(this.staging, { recursive: true, force: true });
    this.release();
    try {
      rmdirSync(join(this.out, STATE_FOLDER)); // only when empty: a first run that failed
    } catch {
      // it holds the manifest of an earlier run
    }
  }
}
