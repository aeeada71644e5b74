import { execFileSync, execSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "../../helpers/corpus.js";

const FILTER = join(ROOT, "notebooks", "tools", "strip-notebook-outputs.mjs");
const NOTEBOOK = join(ROOT, "notebooks", "02-enrolment.ipynb");
const strip = (input: string) => spawnSync("node", [FILTER], { input, encoding: "utf8" }).stdout;

interface Notebook {
  metadata: Record<string, unknown>;
  cells: {
    cell_type: string;
    metadata: Record<string, unknown>;
    execution_count?: number | null;
    outputs?: unknown[];
    source: string | string[];
  }[];
}

/** 02-enrolment as the Notebook UI saves it after a run: outputs, counts, the kernel's language version, UI state. */
function executed(): string {
  const nb = JSON.parse(readFileSync(NOTEBOOK, "utf8")) as Notebook;
  nb.metadata.language_info = {
    name: "typescript",
    version: "5.0.4",
    mimetype: "text/typescript",
    file_extension: ".ts",
  };
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    cell.execution_count = i;
    cell.outputs = [
      { output_type: "display_data", data: { "text/plain": "[chart] 贵港" }, metadata: {} },
    ];
    cell.metadata = { scrolled: true, ExecuteTime: { end_time: "2026-12-02T10:00:00Z" } };
    cell.source = (cell.source as string[]).join("");
  });
  // Python's json.dumps(indent=1, sort_keys=True), as nbformat writes, but without the final newline.
  return JSON.stringify(nb);
}

describe("notebooks/tools/strip-notebook-outputs.mjs", () => {
  test("every committed notebook is already in the filter's form", () => {
    for (const f of [
      "01-tour",
      "02-enrolment",
      "03-teachers",
      "04-myopia-health",
      "05-weihai-plan-outcome",
      "06-report-authors",
      "07-classroom-exercises",
    ]) {
      const text = readFileSync(join(ROOT, "notebooks", `${f}.ipynb`), "utf8");
      expect(strip(text), f).toBe(text);
    }
  });

  test("strip(an executed 02-enrolment) gives back the committed notebook, byte for byte", () => {
    expect(strip(executed())).toBe(readFileSync(NOTEBOOK, "utf8"));
  });

  test("strip(text that is not a notebook) passes it through unchanged", () => {
    expect(strip("not json {")).toBe("not json {");
    expect(strip('{"cells": 1}')).toBe('{"cells": 1}');
  });

  test("with the filter `npm ci` installs, git records nothing of a saved, executed notebook", () => {
    const repo = mkdtempSync(join(tmpdir(), "edu-filter-"));
    const env = { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", ...args], {
        cwd: repo,
        env,
        encoding: "utf8",
      });
    try {
      git("init", "-q");
      mkdirSync(join(repo, "notebooks", "tools"), { recursive: true });
      copyFileSync(FILTER, join(repo, "notebooks", "tools", "strip-notebook-outputs.mjs"));
      copyFileSync(join(ROOT, ".gitattributes"), join(repo, ".gitattributes"));
      copyFileSync(NOTEBOOK, join(repo, "notebooks", "02-enrolment.ipynb"));
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      };
      execSync(pkg.scripts.prepare!, { cwd: repo, env });
      git("add", ".");
      git("commit", "-qm", "notebook");
      writeFileSync(join(repo, "notebooks", "02-enrolment.ipynb"), executed());
      expect(git("diff")).toBe("");
      // git status lists the file until `git add` refreshes the index (git compares sizes
      // before running a filter); adding it stages nothing.
      git("add", "-A");
      expect(git("status", "--porcelain")).toBe("");
      expect(git("diff", "--cached")).toBe("");
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
