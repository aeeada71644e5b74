import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildData } from "../../src/cli/build-data.js";
import { displayWidth, formatText } from "../../src/cli/format-rows.js";
import { lineUp, LINE_UP_COLUMNS } from "../../src/compare/line-up.js";
import { message } from "../../src/errors/messages.js";
import { toTable } from "../../src/load.js";
import { DOCUMENT_COLUMNS, TARGET_COLUMNS } from "../../src/schema/rows.js";
import { corpus, ROOT } from "../helpers/corpus.js";
import { seedDataset } from "../helpers/duckdb.js";

const cli = join(ROOT, "dist", "cli", "main.js");
const query = (...args: string[]) =>
  spawnSync(process.execPath, [cli, "query", ...args], { encoding: "utf8" });

describe("edu-targets query", () => {
  // guigang-2021-2023-action-plan.txt: 到2023年,学前教育毛入园率达92.4%; weihai-2023-2025-action-plan.txt
  // line 45, under 主要发展指标 of the 2023–2025 plan: 毛入园率达到110%; yantai-2021-2025-five-year-plan.txt
  // lines 68–79: 毛入园率(%) 100 in 2020 and 100 in 2025, so a pace of 0.
  test("--line-up preschool_gross_enrolment_rate prints each city's target, year, baseline and pace as an aligned table", () => {
    const run = query("--data", seedDataset(), "--line-up", "preschool_gross_enrolment_rate");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]!.split(/\s+/)).toEqual([
      "city_en",
      "city",
      "status",
      "comparator",
      "value",
      "unit",
      "target_year",
      "baseline_value",
      "baseline_year",
      "pace_per_year",
      "pace_unit",
    ]);
    const words = lines.slice(2, -1).map((l) => l.split(/\s{2,}/));
    expect(words).toEqual([
      ["Guigang", "贵港", "numeric target", "at_least", "92.4", "%", "2023"],
      ["Weihai", "威海", "numeric target", "at_least", "110", "%", "2025"],
      [
        "Yantai",
        "烟台",
        "numeric target",
        "equal",
        "100",
        "%",
        "2025",
        "100",
        "2020",
        "0",
        "percentage points",
      ],
    ]);
    expect(lines.at(-1)).toBe("(3 rows)");
    // Chinese counts two columns: "status" starts in the same terminal column on every line.
    const at = (l: string) =>
      displayWidth(l.slice(0, l.indexOf(l.includes("numeric") ? "numeric" : "status")));
    expect(new Set([lines[0]!, ...lines.slice(2, -1)].map(at)).size).toBe(1);
  });

  test("--format json gives every line-up column, equal to lineUp in memory", () => {
    const run = query(
      "--data",
      seedDataset(),
      "--line-up",
      "public_kindergarten_enrolment_share,compulsory_retention_rate",
      "--format",
      "json",
    );
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(Object.keys(rows[0]!)).toEqual([...LINE_UP_COLUMNS]);
    const input = {
      targets: toTable(corpus().targets, TARGET_COLUMNS),
      documents: toTable(corpus().documents, DOCUMENT_COLUMNS),
    };
    const memory = lineUp(input, [
      "public_kindergarten_enrolment_share",
      "compulsory_retention_rate",
    ]).objects();
    const key = (r: Record<string, unknown>) => `${r.indicator_id} ${r.city}`;
    expect(Object.fromEntries(rows.map((r) => [key(r), r]))).toEqual(
      Object.fromEntries(memory.map((r) => [key(r as Record<string, unknown>), r])),
    );
  });

  // The dates the seeds print: Weihai 2019年2月14日, Yantai 2021-12-31, Guigang 2022年3月19日,
  // Weihai's evaluation 2023-05-11, Weihai's plan 2023年12月16日.
  test('"SQL" --format csv prints the result as CSV, header first, no byte-order mark', () => {
    const run = query(
      "--data",
      seedDataset(),
      "--format",
      "csv",
      "SELECT city_en, issued, doc_year FROM documents ORDER BY issued",
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        "city_en,issued,doc_year",
        "Weihai,2019-02-14,2019",
        "Yantai,2021-12-31,2021",
        "Guigang,2022-03-19,2022",
        "Weihai,2023-05-11,2023",
        "Weihai,2023-12-16,2023",
        "",
      ].join("\n"),
    );
  });

  test("--partitions counts per province and year; a result without rows still has its header", () => {
    const run = query("--data", seedDataset(), "--partitions");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^province_en\s+doc_year\s+documents\s+cities\s+target_rows/);
    expect(run.stdout).toMatch(/^Guangxi Zhuang Autonomous Region\s+2022\s+1\s+1\s/m);
    expect(run.stdout).toMatch(/^Shandong\s+2023\s+2\s+1\s/m);
    const none = query("--data", seedDataset(), "SELECT doc_id FROM documents WHERE false");
    expect(none.stdout).toBe("doc_id\n------\n(0 rows)\n");
  });

  test("usage errors exit 2 with one line pointing to query --help", () => {
    const hint = "run edu-targets query --help for usage.";
    const cases: [string[], string][] = [
      [["SELECT 1"], "--data DIR is required"],
      [["--data", seedDataset()], "give one SQL statement, --line-up IDS or --partitions"],
      [["--data", seedDataset(), "--partitions", "SELECT 1"], "give one SQL statement"],
      [["--data", seedDataset(), "SELECT", "1"], "one SQL statement, in quotes, not 2 arguments"],
      [["--data", seedDataset(), "--format", "xml", "SELECT 1"], 'unknown format "xml"'],
      [["--data", seedDataset(), "--bogus"], "Unknown option '--bogus'"],
      [
        ["--data", seedDataset(), "--line-up", "no_such_indicator"],
        'unknown indicator "no_such_indicator"',
      ],
    ];
    for (const [args, text] of cases) {
      const run = query(...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(text);
      expect(run.stderr.trimEnd().split("\n"), args.join(" ")).toHaveLength(1);
      expect(run.stderr.trimEnd().endsWith(hint), args.join(" ")).toBe(true);
    }
  });

  test("input problems exit 1 with one line naming the folder", () => {
    const missing = join(tmpdir(), "edu-no-such-data");
    const a = query("--data", missing, "SELECT 1");
    expect([a.status, a.stderr]).toEqual([1, `edu-targets: ${message.noDataFolder(missing)}\n`]);
    // A data folder written as CSV and JSON only has no dataset.
    const csvOnly = join(mkdtempSync(join(tmpdir(), "edu-csv-")), "data");
    buildData({ seedsDir: join(ROOT, "seeds"), dataDir: csvOnly });
    const b = query("--data", csvOnly, "--partitions");
    expect([b.status, b.stderr]).toEqual([1, `edu-targets: ${message.noDataset(csvOnly)}\n`]);
    const c = query("--data", seedDataset(), "SELEC 1");
    expect(c.status).toBe(1);
    expect(c.stderr).toMatch(
      new RegExp(
        `^edu-targets: ${seedDataset()}: the query failed: Parser Error: syntax error at or near "SELEC"\\n$`,
      ),
    );
  });

  test("edu-targets --help names the query command; query --help explains it", () => {
    const main = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(main.stdout).toContain('edu-targets query --data DIR "SQL"');
    const help = query("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--line-up IDS");
    expect(help.stdout).toContain("--partitions");
  });
});

describe("formatText", () => {
  test('formatText(["city", "value"], …) right-aligns numbers and counts a Chinese character as two columns', () => {
    expect(
      formatText(
        ["city", "value"],
        [
          { city: "贵港", value: 92.4 },
          { city: "Weihai", value: 110 },
        ],
      ),
    ).toBe(
      ["city    value", "------  -----", "贵港     92.4", "Weihai    110", "(2 rows)", ""].join(
        "\n",
      ),
    );
  });

  test("a cell longer than 60 columns is cut with an ellipsis; an empty cell is blank", () => {
    // weihai-2023-2025-action-plan.txt line 45.
    const quote =
      "(一)学前教育。毛入园率达到110%,普惠性幼儿园覆盖率达到94%,公办幼儿园在园幼儿占比达到67%。";
    const [, , line] = formatText(["quote", "x"], [{ quote, x: null }]).split("\n");
    expect(displayWidth(line!)).toBe(60);
    expect(line!.endsWith("…")).toBe(true);
  });
});

describe("the README's query examples", () => {
  // The README shows real output; this keeps it so. Its figures are checked against the seeds
  // in tests/query/line-up-sql.test.ts (Yantai: 41.17 % in 2020 → 75 % in 2025, 6.766 a year).
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const examples = [
    ...readme.matchAll(
      /```sh\n(?:node dist\/cli\/main\.js --out [^\n]*\n)?node dist\/cli\/main\.js query ([^]*?)\n```\n\n```\n([^]*?)```/g,
    ),
  ];

  test("both examples are found", () => {
    expect(examples).toHaveLength(2);
  });

  for (const [, command, output] of examples) {
    test(`edu-targets query ${command!.slice(0, 40)}… prints what the README shows`, () => {
      const sql = /"([^]*)"$/.exec(command!)?.[1];
      const args = sql
        ? ["--data", seedDataset(), sql.replace(/\n\s*/g, " ")]
        : ["--data", seedDataset(), ...command!.split(" ").slice(2)];
      const run = query(...args);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe(output);
    });
  }
});
