import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus, holdsValue, readCorrections, SeedError } from "../../src/index.js";
import { ROOT, seedText } from "../helpers/corpus.js";

/** A copy of the seeds with a corrections.json beside them. */
function seedsWith(corrections: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "edu-corrections-"));
  for (const f of readdirSync(join(ROOT, "seeds")))
    copyFileSync(join(ROOT, "seeds", f), join(dir, f));
  writeFileSync(join(dir, "corrections.json"), JSON.stringify(corrections));
  return dir;
}

// Offsets are found in the raw seed texts by the phrases quoted here.
const plan = seedText("weihai-2023-2025-action-plan.txt");
const evaluation = seedText("weihai-2022-evaluation.txt");
// 完善1所高中对接若干初中的“1+N”初高中教学衔接模式: "1所" describes the 1+N model, not a goal.
const modelAt = plan.indexOf("完善1所高中") + 2;
// 确保完成学生体质健康优良率达到52%…的目标任务: a recommendation of the 2022 evaluation, a goal for
// the year after it, not for 2022.
const requirementAt = evaluation.indexOf("优良率达到52%") + 5;
// 开展“同城大课堂”宣讲27次: a figure the extractor leaves out (party-building activity).
const talksAt = evaluation.indexOf("宣讲27次") + 2;

const who = { author: "A. Researcher" };
const corrections = [
  {
    action: "remove",
    row_id: `weihai-2023-action-plan@${modelAt}`,
    reason: "describes the 1+N model",
    ...who,
  },
  {
    action: "change",
    row_id: `weihai-2022-evaluation@${requirementAt}`,
    set: { year: 2023 },
    text: "52%",
    reason: "a recommendation for the year after the evaluation",
    ...who,
  },
  {
    action: "add",
    doc_id: "weihai-2022-evaluation",
    start: talksAt,
    end: talksAt + 3,
    text: "27次",
    set: {
      kind: "actual",
      value: 27,
      unit: "次",
      year: 2022,
      indicator_zh: "“同城大课堂”宣讲次数",
    },
    reason: "counted by the bureau's own report",
    ...who,
  },
  {
    action: "change",
    row_id: "weihai-2019-work-plan@1",
    set: { year: 2020 },
    reason: "a row that is not there",
    ...who,
  },
];

describe("corrections.json beside the seeds", () => {
  const rows = extractCorpus({ seedsDir: seedsWith(corrections) });
  const byId = (id: string) => rows.targets.find((r) => r.row_id === id);

  test("a row is removed by its stable id, and the audit says why", () => {
    expect(byId(`weihai-2023-action-plan@${modelAt}`)).toBeUndefined();
    const m = rows.mentions.find(
      (x) => x.doc_id === "weihai-2023-action-plan" && x.start === modelAt,
    )!;
    expect([m.class, m.row_ids]).toEqual(["removed_by_correction", ""]);
    expect(m.reason).toContain("describes the 1+N model");
  });

  test("a wrong year is fixed, and the row says it was corrected and why", () => {
    const r = byId(`weihai-2022-evaluation@${requirementAt}`)!;
    expect([r.kind, r.year, r.value, r.text, r.provenance]).toEqual([
      "target",
      2023,
      52,
      "52%",
      "corrected",
    ]);
    expect(r.correction).toBe("a recommendation for the year after the evaluation — A. Researcher");
  });

  test("a missed figure is added, pointing at its span in the raw file", () => {
    const r = byId(`weihai-2022-evaluation@${talksAt}:added`)!;
    expect([r.kind, r.value, r.unit, r.year, r.provenance]).toEqual([
      "actual",
      27,
      "次",
      2022,
      "added",
    ]);
    expect(evaluation.slice(r.start, r.end)).toBe("27次");
    const m = rows.mentions.find(
      (x) => x.doc_id === "weihai-2022-evaluation" && x.start === talksAt,
    )!;
    expect([m.class, m.row_ids]).toEqual(["figure", r.row_id]);
  });

  test("a correction whose row is gone is reported, not dropped", () => {
    expect(rows.corrections.map((c) => [c.n, c.action, c.status])).toEqual([
      [1, "remove", "applied"],
      [2, "change", "applied"],
      [3, "add", "applied"],
      [4, "change", "not applied"],
    ]);
    expect(rows.corrections[3]!.detail).toContain("no row weihai-2019-work-plan@1");
  });

  test("an added figure whose span does not hold it is refused, naming the correction", () => {
    const bad = [{ ...corrections[2], end: talksAt + 2 }];
    expect(() => extractCorpus({ seedsDir: seedsWith(bad) })).toThrow(SeedError);
    expect(() => extractCorpus({ seedsDir: seedsWith(bad) })).toThrow(
      /correction 1: .* reads "27", not "27次"/,
    );
  });

  test("a change of value must still be held by the figure's span", () => {
    const wrong = [
      {
        action: "change",
        row_id: `weihai-2022-evaluation@${requirementAt}`,
        set: { value: 12 },
        reason: "r",
        ...who,
      },
    ];
    const log = extractCorpus({ seedsDir: seedsWith(wrong) }).corrections;
    expect(log.map((c) => [c.status, c.detail])).toEqual([
      ["not applied", '"52%" does not hold the value 12'],
    ]);
  });

  test("malformed entries are refused with the entry and field named", () => {
    const dir = seedsWith([
      { action: "change", row_id: "x", set: { colour: "red" }, reason: "r", author: "a" },
    ]);
    expect(() => readCorrections(join(dir, "corrections.json"))).toThrow(
      /correction 1: "colour" cannot be set/,
    );
    expect(() =>
      readCorrections(
        join(seedsWith([{ action: "remove", row_id: "x", reason: "r" }]), "corrections.json"),
      ),
    ).toThrow(/correction 1: "author" must be a non-empty string/);
  });

  test('holdsValue("2.1万个", 21000) and holdsValue("十二所", 12) are true; holdsValue("10%", 12) is false', () => {
    expect([holdsValue("2.1万个", 21000), holdsValue("十二所", 12), holdsValue("10%", 12)]).toEqual(
      [true, true, false],
    );
  });
});

describe("the README's corrections example", () => {
  test("applies in full to the seeds", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /## Correcting rows by hand[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]!;
    const log = extractCorpus({ seedsDir: seedsWith(JSON.parse(block)) }).corrections;
    expect(log.map((c) => [c.action, c.status])).toEqual([
      ["change", "applied"],
      ["add", "applied"],
      ["remove", "applied"],
    ]);
  });
});
