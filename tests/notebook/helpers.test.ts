import { describe, expect, test } from "vitest";
import { cite, feedback, lineUp, loadCorpus, traceRow, where } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

const corpus = loadCorpus({ seedsDir: `${ROOT}seeds` });

describe("notebook helpers", () => {
  test('feedback("Q1", 6.77, pace) accepts Yantai\'s pace within the tolerance and refuses a wrong one', () => {
    // Yantai table: 公办幼儿园在园幼儿占比 41.17 (2020) → 75 (2025): 6.766 pp a year.
    const y = (
      lineUp(corpus, "public_kindergarten_enrolment_share").objects() as Record<
        string,
        number | string
      >[]
    ).find((r) => r.city_en === "Yantai")!;
    const pace = ((y.value as number) - (y.baseline_value as number)) / 5;
    expect(feedback("Q1", 6.77, pace, { tolerance: 0.01 }).ok).toBe(true);
    expect(feedback("Q1", 7.5, pace, { tolerance: 0.01, hint: "h" })).toEqual({
      ok: false,
      "text/html": '<p style="color:#c0392b">Q1: ✗ not yet. Hint: h</p>',
      "text/plain": "Q1: ✗ not yet. Hint: h",
    });
    expect(feedback("Q1", null, pace)["text/plain"]).toBe("Q1: no answer yet.");
  });

  test("where(targets, predicate) filters with any JavaScript predicate", () => {
    const rows = where(corpus.targets, (d) =>
      /myopia_rate_(age6|primary)/.test(d.indicator_id ?? ""),
    );
    expect(rows.array("value")).toEqual([3, 38]);
  });

  test("traceRow returns the raw figure at its offsets; cite names issuer, title, date and hash", () => {
    const id = where(
      corpus.targets,
      (d) => d.doc_id === "guigang-2022-action-plan" && d.text === "92.4%",
    ).array("row_id")[0] as string;
    const t = traceRow(corpus, id);
    expect([t.figure, t.before.endsWith("学前教育毛入园率达")]).toEqual(["92.4%", true]);
    expect(cite(corpus.documents, "guigang-2022-action-plan")).toBe(
      "贵港市人民政府. 贵港市教育提质行动计划. 2022-03-19. Source file guigang-2021-2023-action-plan.txt, SHA-256 e13c256d6c7a0c439b87207f8b17eeab31d5be283bf1acddc11f006ca2062ac0.",
    );
  });
});
