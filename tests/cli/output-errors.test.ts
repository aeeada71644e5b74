import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { systemErrorMessage } from "../../src/errors/system.js";
import { ROOT } from "../helpers/corpus.js";

const CLI = join(ROOT, "dist", "cli", "main.js");
const tmp = () => mkdtempSync(join(tmpdir(), "edu-err-"));
const isRoot = process.getuid?.() === 0;
/** Root ignores file permissions: the read-only case runs the CLI as nobody instead. */
const NOBODY = { uid: 65534, gid: 65534 };

function cli(args: string[], extra: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", ...extra });
  return { status: r.status, stderr: String(r.stderr) };
}

/**
 * The one error line of a failed run: exactly one line starts with "edu-targets:", it is the last,
 * and no line is a stack frame.
 */
function errorLine(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  expect(lines.filter((l) => /^\s+at /.test(l))).toEqual([]);
  expect(lines.filter((l) => l.startsWith("edu-targets:"))).toHaveLength(1);
  expect(lines.at(-1)).toMatch(/^edu-targets: /);
  return lines.at(-1)!;
}

/** Whether this machine lets the tests mount a small tmpfs (root in a container that allows it). */
function canMount(): boolean {
  if (!isRoot) return false;
  const dir = tmp();
  const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]).status === 0;
  if (ok) spawnSync("umount", [dir]);
  return ok;
}

describe("file-system errors become one line naming the file", () => {
  test.each([
    ["EACCES", "/out/.edu-targets", /^\/out\/\.edu-targets: permission denied \(EACCES\); /],
    ["EISDIR", "seeds/a.txt", /^seeds\/a\.txt: is a folder, not a file \(EISDIR\); /],
    ["ENOSPC", "/out/data/a.csv", /^\/out\/data\/a\.csv: no space left on the device \(ENOSPC\); /],
    ["ENOTDIR", "/a-file/out", /^\/a-file\/out: a part of this path is a file, not a folder/],
  ])("%s on %s", (code, path, want) => {
    const text = systemErrorMessage(Object.assign(new Error("raw"), { code, path }));
    expect(text).toMatch(want);
    expect(text).not.toContain("\n");
  });

  test("an error without a path or with an unknown code is left to the caller", () => {
    expect(systemErrorMessage(Object.assign(new Error("x"), { code: "EACCES" }))).toBeUndefined();
    expect(
      systemErrorMessage(Object.assign(new Error("x"), { code: "EWHATEVER", path: "/a" })),
    ).toBeUndefined();
    expect(systemErrorMessage("EACCES")).toBeUndefined();
  });
});

describe("what a user can do wrong on output exits 1 with one line", () => {
  test("--out naming a file", () => {
    const file = join(tmp(), "results");
    writeFileSync(file, "a file");
    const r = cli(["--out", file, "--tables-only"]);
    expect(r.status).toBe(1);
    expect(errorLine(r.stderr)).toBe(
      `edu-targets: ${file}: exists and is not a folder (EEXIST); pass a folder, or move the file away.`,
    );
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(file, "utf8")).toBe("a file");
  });

  test("--out inside a file", () => {
    const file = join(tmp(), "results");
    writeFileSync(file, "a file");
    const r = cli(["--out", join(file, "sub"), "--tables-only"]);
    expect(r.status).toBe(1);
    expect(errorLine(r.stderr)).toMatch(
      /^edu-targets: .*\/results(\/sub)?: a part of this path is a file, not a folder \(ENOTDIR\)/,
    );
  });

  test("a read-only --out", () => {
    const parent = tmp();
    chmodSync(parent, 0o755);
    const out = join(parent, "out");
    mkdirSync(out, { mode: 0o555 });
    chmodSync(out, 0o555);
    const r = cli(["--out", out, "--tables-only"], isRoot ? NOBODY : {});
    expect(r.status).toBe(1);
    expect(errorLine(r.stderr)).toMatch(
      new RegExp(`^edu-targets: ${out}/\\.edu-targets: permission denied \\(EACCES\\); `),
    );
    expect(readdirSync(out)).toEqual([]);
  });

  test("a source_file that is a folder", () => {
    const seeds = tmp();
    cpSync(join(ROOT, "seeds"), seeds, { recursive: true });
    rmSync(join(seeds, "weihai-2019-work-plan.txt"));
    mkdirSync(join(seeds, "weihai-2019-work-plan.txt"));
    const out = tmp();
    const r = cli(["--seeds", seeds, "--out", out, "--tables-only"]);
    expect(r.status).toBe(1);
    expect(errorLine(r.stderr)).toMatch(
      new RegExp(
        `^edu-targets: ${seeds}/weihai-2019-work-plan\\.txt: is a folder, not a file \\(EISDIR\\)`,
      ),
    );
    expect(readdirSync(out)).toEqual([]);
  });

  test.skipIf(!canMount())("a full disk, leaving the previous output as it was", () => {
    const out = tmp();
    spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", out]);
    try {
      mkdirSync(join(out, "data"));
      writeFileSync(join(out, "data", "targets.csv"), "previous");
      // The tables take about 540 kB; 64 kB fills up on the way.
      const r = cli(["--out", out, "--tables-only"]);
      expect(r.status).toBe(1);
      expect(errorLine(r.stderr)).toMatch(
        new RegExp(
          `^edu-targets: ${out}/data/[a-z]+\\.(csv|json): no space left on the device \\(ENOSPC\\)`,
        ),
      );
      expect(readdirSync(out)).toEqual(["data"]);
      expect(readdirSync(join(out, "data"))).toEqual(["targets.csv"]);
      expect(readFileSync(join(out, "data", "targets.csv"), "utf8")).toBe("previous");
    } finally {
      spawnSync("umount", [out]);
    }
  });

  test("a file of the user's in data/, which stays", () => {
    const out = tmp();
    mkdirSync(join(out, "data"));
    writeFileSync(join(out, "data", "my-notes.txt"), "mine");
    const r = cli(["--out", out, "--tables-only"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `edu-targets: ${out}/data/my-notes.txt: not written by edu-targets, and this folder is replaced as a whole on every run; move it out or choose another --out.`,
    );
    expect(readdirSync(join(out, "data"))).toEqual(["my-notes.txt"]);
  });

  test("data/ as a link to another folder", () => {
    const out = tmp();
    const elsewhere = tmp();
    writeFileSync(join(elsewhere, "targets.csv"), "precious");
    symlinkSync(elsewhere, join(out, "data"));
    const r = cli(["--out", out, "--tables-only"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(
      new RegExp(`^edu-targets: ${out}/data: is a symbolic link \\(to ${elsewhere}\\);`),
    );
    expect(readFileSync(join(elsewhere, "targets.csv"), "utf8")).toBe("precious");
  });

  test("a second run into a folder another run holds", () => {
    const out = tmp();
    mkdirSync(join(out, ".edu-targets"));
    // This test process is alive and is not the CLI: to the CLI, a run holding the folder.
    writeFileSync(join(out, ".edu-targets", "lock"), `${process.pid}\n`);
    const r = cli(["--out", out, "--tables-only"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `edu-targets: ${out}: another edu-targets run (pid ${process.pid}) is writing into this folder; wait for it to finish (if none is running, delete ${out}/.edu-targets/lock).`,
    );
    expect(readdirSync(join(out, ".edu-targets"))).toEqual(["lock"]);
  });
});
