import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus, SeedError } from "../../src/index.js";

const entry = (over: object) => ({
  doc_id: "d",
  source_file: "d.txt",
  city: "样例",
  city_en: "Sample",
  province: "样例省",
  province_en: "Sample",
  title: "样例市教育评价报告",
  issuer: "样例市教育局",
  issued: "2023-01-01",
  period_start: 2022,
  period_end: 2022,
  doc_type: "evaluation",
  ...over,
});

function folder(meta: object[], withText = true): string {
  const dir = mkdtempSync(join(tmpdir(), "edu-meta-"));
  if (withText) writeFileSync(join(dir, "d.txt"), "环翠区入园率达到98%。\n");
  writeFileSync(join(dir, "metadata.json"), JSON.stringify(meta));
  return dir;
}

describe("metadata a user writes", () => {
  test("a source_file outside the folder is refused, naming the entry", () => {
    const dir = folder([entry({ source_file: "../../../../../../etc/passwd" })], false);
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(SeedError);
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      /entry d: "source_file" must name a file inside the seeds folder/,
    );
  });

  test("an empty district name is refused instead of looping", () => {
    const dir = folder([entry({ districts: [{ zh: "", en: "" }] })]);
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(/"districts" must be a list/);
  });

  test("aliases given as a string, not a list, are refused", () => {
    const dir = folder([entry({ districts: [{ zh: "环翠区", en: "Huancui", aliases: "全市" }] })]);
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(/aliases a list of names/);
  });

  test("a BOM before the JSON is accepted", () => {
    const dir = folder([entry({})]);
    const meta = join(dir, "metadata.json");
    writeFileSync(meta, `\uFEFF${readFileSync(meta, "utf8")}`);
    expect(extractCorpus({ seedsDir: dir }).documents.map((d) => d.doc_id)).toEqual(["d"]);
  });

  test("a date that is not a day of the calendar is refused", () => {
    expect(() => extractCorpus({ seedsDir: folder([entry({ issued: "2019-13-45" })]) })).toThrow(
      /entry d: "issued" must be an ISO date/,
    );
  });

  test("the same source_file under two doc_ids is refused", () => {
    const dir = folder([entry({}), entry({ doc_id: "e" })]);
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      /entry e: source_file "d.txt" is listed twice/,
    );
  });

  test("an endMarker that is not text is refused", () => {
    expect(() => extractCorpus({ seedsDir: folder([entry({ endMarker: 42 })]) })).toThrow(
      /"endMarker" must be a non-empty string/,
    );
  });

  test("a folder of one's own without metadata.json says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "edu-meta-"));
    writeFileSync(join(dir, "plan.txt"), "到2025年,入园率达到98%。\n");
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      /no metadata.json; add one listing the documents/,
    );
  });

  test("a text file the metadata does not list is refused, naming it", () => {
    const dir = folder([entry({})]);
    writeFileSync(join(dir, "stranger.txt"), "毛入园率达到100%。");
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      /stranger.txt: not a registered document/,
    );
  });
});
