import { describe, expect, test } from "vitest";
import { loadCorpus, toDataFrame } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

describe("toDataFrame", () => {
  test("toDataFrame(documents) keeps every row and column, in order", async () => {
    const { documents } = loadCorpus({ seedsDir: `${ROOT}seeds` });
    const df = await toDataFrame(documents.select("doc_id", "city_en", "period_end"));
    expect(df.shape).toEqual([5, 3]);
    expect(df.columns).toEqual(["doc_id", "city_en", "period_end"]);
    const values = (df as unknown as { values: unknown[][] }).values;
    expect(values[2]).toEqual(["guigang-2022-action-plan", "Guigang", 2023]);
  });
});
