import { describe, expect, it } from "vitest";
import { commitmentStrength } from "../../src/extract/strength.js";
import { loadCorpus } from "../../src/load.js";

// Each line is quoted from a seed document, up to the figure.
describe("commitmentStrength reads how firmly a figure is promised", () => {
  it.each([
    // weihai-2023-2025-action-plan.txt
    ["力争学生体质健康优良率达到", "aspirational", "力争"],
    ["争取设立省级学科基地", "aspirational", "争取"],
    [
      "加大年轻优秀校长选聘力度,到2025年县域内45周岁以下校长(含副校长)原则上达到",
      "qualified",
      "原则上",
    ],
    // weihai-2022-evaluation.txt
    ["依法保障教育投入,确保实现“两个只增不减”努力推动财政教育投入增长", "aspirational", "努力"],
    ["促进学生德智体美劳全面发展,确保完成学生体质健康优良率达到", "firm", "确保"],
    // yantai-2021-2025-five-year-plan.txt
    ["推进乡村教育振兴和薄弱学校改造提升,新建、改扩建中小学校", "stated", ""],
    ["确保所有中小学校达到省定办学标准,力争", "aspirational", "力争"],
  ] as const)("%s → %s", (before, strength, cue) => {
    expect(commitmentStrength(before)).toEqual({ strength, cue });
  });

  it("does not take 基本 of a noun (基本公共服务) as a hedge", () => {
    expect(commitmentStrength("推进基本公共教育服务均等化,覆盖率达到").strength).toBe("stated");
    expect(commitmentStrength("基本实现县域义务教育优质均衡,比例达到").strength).toBe("qualified");
  });
});

describe("the targets table records commitment strength", () => {
  const rows = loadCorpus().targets.objects() as {
    doc_id: string;
    kind: string;
    value: number | null;
    commitment_strength: string | null;
    commitment_cue: string | null;
  }[];

  it("weihai-2023-2025: 力争学生体质健康优良率达到52% is aspirational", () => {
    const r = rows.find((r) => r.doc_id === "weihai-2023-action-plan" && r.value === 52);
    expect([r?.commitment_strength, r?.commitment_cue]).toEqual(["aspirational", "力争"]);
  });

  it("weihai-2023-2025: 校长…原则上达到40% is qualified", () => {
    const r = rows.find((r) => r.doc_id === "weihai-2023-action-plan" && r.value === 40);
    expect([r?.commitment_strength, r?.commitment_cue]).toEqual(["qualified", "原则上"]);
  });

  it("gives a strength to every target and commitment, and none to baselines and actuals", () => {
    for (const r of rows)
      if (r.kind === "target" || r.kind === "commitment")
        expect(["firm", "stated", "aspirational", "qualified"]).toContain(r.commitment_strength);
      else expect(r.commitment_strength).toBeNull();
  });
});
