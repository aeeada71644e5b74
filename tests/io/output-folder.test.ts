import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { OutputError } from "../../src/errors/error.js";
import { OutputFolder, STATE_FOLDER } from "../../src/io/output-folder.js";

const tmp = () => mkdtempSync(join(tmpdir(), "edu-out-"));
/** A pid no process can have (above Linux's largest pid_max, 2^22). */
const DEAD_PID = 99_999_999;
/** The toolkit's own names in these tests: CSV tables in data/, SVG charts in charts/. */
const options = {
  folders: ["data", "charts"],
  ownName: (folder: string, name: string) =>
    (folder === "data" && name.endsWith(".csv")) || (folder === "charts" && name.endsWith(".svg")),
};

/** Every file under a folder, relative and sorted, with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out[r] = readFileSync(join(dir, r), "utf8");
    }
  };
  walk("");
  return out;
}

/** Writes one run's output through an OutputFolder. */
function run(out: string, files: Record<string, string>): string[] {
  const folder = OutputFolder.open(out, options);
  for (const [rel, content] of Object.entries(files)) folder.add(rel, content);
  return folder.commit();
}

describe("an output folder is replaced as a whole", () => {
  test("a run's folders replace the last run's; files and folders it lacks are gone; a user's file beside them stays", () => {
    const out = tmp();
    writeFileSync(join(out, "notes.txt"), "mine");
    run(out, { "data/a.csv": "old a", "data/b.csv": "old b", "charts/x.svg": "<svg/>" });
    const written = run(out, { "data/a.csv": "new a" });
    expect(written).toEqual([join(out, "data/a.csv")]);
    expect(snapshot(out)).toEqual({
      "notes.txt": "mine",
      "data/a.csv": "new a",
      [`${STATE_FOLDER}/manifest.json`]: expect.any(String),
    });
    const manifest = JSON.parse(readFileSync(join(out, STATE_FOLDER, "manifest.json"), "utf8"));
    expect(manifest.files).toEqual(["data/a.csv"]);
  });

  test("nothing changes in the live folders before commit, and abort leaves them as they were", () => {
    const out = tmp();
    run(out, { "data/a.csv": "old" });
    const folder = OutputFolder.open(out, options);
    folder.add("data/a.csv", "new");
    folder.add("charts/x.svg", "<svg/>");
    expect(readFileSync(join(out, "data/a.csv"), "utf8")).toBe("old");
    expect(existsSync(join(out, "charts"))).toBe(false);
    folder.abort();
    expect(readdirSync(join(out, STATE_FOLDER))).toEqual(["manifest.json"]);
    expect(readFileSync(join(out, "data/a.csv"), "utf8")).toBe("old");
  });

  test("a failed first run leaves an empty folder empty", () => {
    const out = tmp();
    OutputFolder.open(out, options).abort();
    expect(readdirSync(out)).toEqual([]);
  });

  test("a path outside the folders the toolkit owns is refused", () => {
    const folder = OutputFolder.open(tmp(), options);
    expect(() => folder.add("notes.txt", "x")).toThrow(/outside the folders edu-targets owns/);
    expect(() => folder.add("data/../../x.csv", "x")).toThrow(RangeError);
    folder.abort();
  });
});

describe("a user's files and links are never touched", () => {
  test("a file the toolkit did not write in data/ makes the run refuse, naming it, and it stays", () => {
    const out = tmp();
    run(out, { "data/a.csv": "a" });
    writeFileSync(join(out, "data", "mine.txt"), "mine");
    writeFileSync(join(out, "data", "also-mine.doc"), "mine");
    expect(() => OutputFolder.open(out, options)).toThrow(OutputError);
    expect(() => OutputFolder.open(out, options)).toThrow(
      /\/data\/(mine\.txt|also-mine\.doc) \(and 1 more\): not written by edu-targets/,
    );
    expect(readFileSync(join(out, "data", "mine.txt"), "utf8")).toBe("mine");
    // The refusal released the lock: the folder opens once the file is moved out.
    renameSync(join(out, "data", "mine.txt"), join(out, "mine.txt"));
    renameSync(join(out, "data", "also-mine.doc"), join(out, "also-mine.doc"));
    OutputFolder.open(out, options).abort();
  });

  test("a folder inside data/ is not the toolkit's either", () => {
    const out = tmp();
    mkdirSync(join(out, "data", "drafts"), { recursive: true });
    expect(() => OutputFolder.open(out, options)).toThrow(/\/data\/drafts: not written by/);
  });

  test("a folder of a name the toolkit writes (data/parts/) is looked into: its files are the toolkit's, a user's file there is refused", () => {
    const out = tmp();
    const nested = {
      folders: ["data"],
      ownName: (folder: string, name: string) =>
        name === "parts/" || /^parts\/[^/]+\.csv$/.test(name),
    };
    const folder = OutputFolder.open(out, nested);
    folder.add("data/parts/a.csv", "a");
    folder.commit();
    OutputFolder.open(out, nested).abort();
    writeFileSync(join(out, "data", "parts", "mine.txt"), "mine");
    expect(() => OutputFolder.open(out, nested)).toThrow(
      /\/data\/parts\/mine\.txt: not written by/,
    );
    expect(readFileSync(join(out, "data", "parts", "mine.txt"), "utf8")).toBe("mine");
  });

  test("a file the last run wrote is the toolkit's even under a name it would not claim", () => {
    const out = tmp();
    run(out, { "data/legacy.txt": "written by an earlier version" });
    run(out, { "data/a.csv": "a" });
    expect(existsSync(join(out, "data", "legacy.txt"))).toBe(false);
  });

  test("data/ as a link to another folder is refused and the folder it points to is left alone", () => {
    const out = tmp();
    const elsewhere = tmp();
    writeFileSync(join(elsewhere, "a.csv"), "precious");
    symlinkSync(elsewhere, join(out, "data"));
    expect(() => run(out, { "data/a.csv": "new" })).toThrow(
      `${join(out, "data")}: is a symbolic link (to ${elsewhere})`,
    );
    expect(snapshot(elsewhere)).toEqual({ "a.csv": "precious" });
  });

  test("a link inside data/, even under a name the toolkit writes, is refused and its target kept", () => {
    const out = tmp();
    const elsewhere = join(tmp(), "precious.csv");
    writeFileSync(elsewhere, "precious");
    mkdirSync(join(out, "data"));
    symlinkSync(elsewhere, join(out, "data", "a.csv"));
    expect(() => run(out, { "data/a.csv": "new" })).toThrow(/\/data\/a\.csv: not written by/);
    expect(readFileSync(elsewhere, "utf8")).toBe("precious");
  });

  test("the toolkit's own state folder as a link is refused", () => {
    const out = tmp();
    symlinkSync(tmp(), join(out, STATE_FOLDER));
    expect(() => run(out, { "data/a.csv": "new" })).toThrow(
      `${join(out, STATE_FOLDER)}: is a symbolic link`,
    );
  });

  test("data as a file is refused", () => {
    const out = tmp();
    writeFileSync(join(out, "data"), "a file");
    expect(() => run(out, { "data/a.csv": "new" })).toThrow(/\/data: is not a folder/);
    expect(readFileSync(join(out, "data"), "utf8")).toBe("a file");
  });
});

describe("one run at a time, and nothing a killed run left survives", () => {
  test("a second run into the same folder is refused while the first holds it, and may run after", () => {
    const out = tmp();
    const first = OutputFolder.open(out, options);
    // The lock names this process; a run of another process finds it running. Simulate that run
    // by rewriting the lock to name a live process other than this one: the parent.
    writeFileSync(join(out, STATE_FOLDER, "lock"), `${process.ppid}\n`);
    expect(() => OutputFolder.open(out, options)).toThrow(
      `${out}: another edu-targets run (pid ${process.ppid}) is writing into this folder`,
    );
    writeFileSync(join(out, STATE_FOLDER, "lock"), `${process.pid}\n`);
    first.add("data/a.csv", "a");
    first.commit();
    expect(existsSync(join(out, STATE_FOLDER, "lock"))).toBe(false);
    run(out, { "data/a.csv": "b" });
  });

  test("a lock left by a dead process is taken over", () => {
    const out = tmp();
    mkdirSync(join(out, STATE_FOLDER));
    writeFileSync(join(out, STATE_FOLDER, "lock"), `${DEAD_PID}\n`);
    writeFileSync(join(out, STATE_FOLDER, `lock.${DEAD_PID}`), `${DEAD_PID}\n`);
    run(out, { "data/a.csv": "a" });
    expect(readdirSync(join(out, STATE_FOLDER))).toEqual(["manifest.json"]);
  });

  test("a staging folder of a run killed before its commit point is discarded; the old output stays", () => {
    const out = tmp();
    run(out, { "data/a.csv": "old" });
    const staging = join(out, STATE_FOLDER, `staging-${DEAD_PID}`);
    mkdirSync(join(staging, "new", "data"), { recursive: true });
    writeFileSync(join(staging, "new", "data", "a.csv"), "half");
    writeFileSync(join(out, STATE_FOLDER, "lock"), `${DEAD_PID}\n`);
    OutputFolder.open(out, options).abort();
    expect(snapshot(join(out, "data"))).toEqual({ "a.csv": "old" });
    expect(readdirSync(join(out, STATE_FOLDER))).toEqual(["manifest.json"]);
  });

  test("a run killed in the middle of its swap is finished by the next start", () => {
    const out = tmp();
    run(out, { "data/a.csv": "old", "charts/x.svg": "old chart" });
    // The state a kill leaves after the journal was written and data/ was moved aside, before the
    // new data/ was moved in and charts/ (which the new output lacks) was removed.
    const staging = join(out, STATE_FOLDER, `staging-${DEAD_PID}`);
    mkdirSync(join(staging, "new", "data"), { recursive: true });
    mkdirSync(join(staging, "old"));
    writeFileSync(join(staging, "new", "data", "b.csv"), "new");
    renameSync(join(out, "data"), join(staging, "old", "data"));
    const journal = {
      folders: [
        { name: "data", present: true },
        { name: "charts", present: false },
      ],
      files: ["data/b.csv"],
    };
    writeFileSync(join(staging, "journal.json"), JSON.stringify(journal));
    OutputFolder.open(out, options).abort();
    expect(snapshot(out)).toEqual({
      "data/b.csv": "new",
      [`${STATE_FOLDER}/manifest.json`]: `${JSON.stringify({ files: ["data/b.csv"] }, null, 1)}\n`,
    });
  });
});
