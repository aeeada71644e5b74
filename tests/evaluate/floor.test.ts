import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus, readGold, readNegatives, scoreRows } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

// The development corpus lives in ../shared beside a clone (CI has it, a user's clone does not).
// Floors sit a little under the figures of the commit that set them (README, "Evaluation").
const CORPUS = join(ROOT, "../shared/corpus");
const hasCorpus = existsSync(join(CORPUS, "gold.jsonl"));
if (!hasCorpus) console.warn(`skipping the corpus floor: ${CORPUS} is not here`);

const score = (docs: string, annotations: string) =>
  scoreRows(
    extractCorpus({ seedsDir: docs }).targets,
    readGold(join(annotations, "gold.jsonl")),
    readNegatives(join(annotations, "negatives.jsonl")),
  ).overall;

describe("extraction quality floors (npm run eval)", () => {
  test.skipIf(!hasCorpus)(
    "../shared/corpus: ≥ 94 % of figures found, ≥ 90 % of rows right, ≤ 10 negatives",
    () => {
      const s = score(join(CORPUS, "docs"), CORPUS);
      expect(s.found / s.gold).toBeGreaterThanOrEqual(0.94);
      expect(s.right / s.rows).toBeGreaterThanOrEqual(0.9);
      expect(s.negativesExtracted).toBeLessThanOrEqual(10);
    },
  );

  test.skipIf(!hasCorpus)(
    "../shared/corpus: ≥ 60 % of labels agree with the annotation, ≥ 85 % of rows carry an indicator",
    () => {
      const s = score(join(CORPUS, "docs"), CORPUS);
      expect(s.labelAgree / s.pairs).toBeGreaterThanOrEqual(0.6);
      expect(s.withIndicator / s.rows).toBeGreaterThanOrEqual(0.85);
    },
  );

  test("seeds: ≥ 98 % of their hand-annotated figures found, ≥ 94 % of rows right", () => {
    const s = score(join(ROOT, "seeds"), join(ROOT, "tests/eval/seeds"));
    expect(s.gold).toBeGreaterThan(200);
    expect(s.found / s.gold).toBeGreaterThanOrEqual(0.98);
    expect(s.right / s.rows).toBeGreaterThanOrEqual(0.94);
    expect(s.labelAgree / s.pairs).toBeGreaterThanOrEqual(0.58);
    expect(s.withIndicator / s.rows).toBeGreaterThanOrEqual(0.88);
  });
});

for (const name of ["heldout", "heldout-2"])
  test(`held-out documents written for the tests (tests/fixtures/${name}): ≥ 95 % found, ≥ 95 % right`, () => {
    const dir = join(ROOT, "tests/fixtures", name);
    const s = score(dir, dir);
    expect(s.gold).toBeGreaterThan(250);
    expect(s.found / s.gold).toBeGreaterThanOrEqual(0.95);
    expect(s.right / s.rows).toBeGreaterThanOrEqual(0.95);
  });

describe("scoreRows", () => {
  test("a row matches an annotation by kind, value (万 scaled), year and keyword", () => {
    const gold = [
      {
        doc: "a.txt",
        kind: "actual",
        indicator_zh: "新增学位",
        value: 6.67,
        value_max: null,
        unit: "万个",
        year: 2020,
        comparator: "equal",
        keyword: "学位",
        quote: "学位6.67万个",
        at: 2,
        scope: "city",
      },
      {
        doc: "a.txt",
        kind: "target",
        indicator_zh: "入园率",
        value: 99,
        value_max: null,
        unit: "%",
        year: 2025,
        comparator: "at_least",
        keyword: "入园率",
        quote: "入园率达99%",
        at: 20,
        scope: "city",
      },
    ] as const;
    const row = (over: object) => ({
      row_id: "r",
      doc_id: "a",
      city: "x",
      scope: "city",
      section: "",
      indicator_id: null,
      indicator_zh: "新增学位",
      indicator_en: null,
      level: "other",
      kind: "actual",
      value: 66700,
      value_max: null,
      unit: "个",
      unit_en: null,
      comparator: "equal",
      year: 2020,
      year_source: "sentence",
      binding: null,
      text: "6.67万个",
      source_file: "a.txt",
      start: 4,
      end: 10,
      quote: "新增学位6.67万个",
      ...over,
    });
    const s = scoreRows(
      [
        row({}),
        row({
          value: 99,
          year: 2024,
          start: 24,
          end: 27,
          quote: "入园率达99%",
          indicator_zh: "入园率",
          kind: "target",
        }),
      ] as never,
      gold as never,
      [],
    );
    expect([s.overall.gold, s.overall.found, s.overall.rows, s.overall.right]).toEqual([
      2, 1, 2, 1,
    ]);
    expect(s.misses.map((m) => m.gold.keyword)).toEqual(["入园率"]);
  });
});
