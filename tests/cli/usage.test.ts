import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The built CLI (npm test builds dist/ first).
const CLI = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");
const run = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

describe("edu-targets usage errors", () => {
  it.each([["--bogus"], ["--lang", "fr"], ["--formats", "xls"], ["--out"]])(
    "%s exits 2 with one line that points to --help",
    (...args) => {
      const r = run(...args);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^edu-targets: .*--help for usage\.$/);
    },
  );

  it("--help piped into a reader that closes at once exits quietly", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" --help | head -c 0`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it("--help documents the exit codes", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit codes: 0 done; 1 an input or output problem/);
  });
});
