import { describe, expect, it } from "vitest";
import { composedLabel, measureOf } from "../../src/rules/measures.js";
import { loadCorpus } from "../../src/load.js";

describe("the category layer names rows that have no exact indicator", () => {
  it("reads the measure type from the unit", () => {
    expect(measureOf("%", "percent").id).toBe("share");
    expect(measureOf("个百分点", "percentage points").id).toBe("change_pp");
    expect(measureOf("所", "schools/institutions").id).toBe("institutions");
    expect(measureOf("人次", "person-times").id).toBe("attendances");
    expect(measureOf("处", "sites")).toEqual({ id: "count", en: "number (sites)" });
    expect(measureOf(null, null).id).toBe("commitment");
  });

  it("composes an English label from level and measure", () => {
    expect(composedLabel("preschool", "%", "percent")).toBe(
      "preschool education: share or rate (%)",
    );
  });

  const rows = loadCorpus().targets.objects() as {
    doc_id: string;
    indicator_id: string | null;
    indicator_en: string | null;
    value: number | null;
    unit: string | null;
    measure: string | null;
  }[];

  it("gives every row of the seeds an English label and a measure", () => {
    for (const r of rows) {
      expect(r.indicator_en).toMatch(/[a-z]/);
      expect(r.measure).toMatch(/^[a-z_]+$/);
    }
  });

  it("yantai-2021-2025: 新建、改扩建中小学校100所以上 counts schools", () => {
    const r = rows.find((r) => r.doc_id.startsWith("yantai") && r.value === 100 && r.unit === "所");
    expect(r?.measure).toBe("institutions");
  });
});
