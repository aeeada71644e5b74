import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractCorpus, loadCorpus, message, REGISTRY, SeedError } from "../../src/index.js";
import { ROOT } from "../helpers/corpus.js";

const SEEDS = join(ROOT, "seeds");
const tmp = () => mkdtempSync(join(tmpdir(), "edu-targets-"));

describe("registry and corpus loading", () => {
  test("loadCorpus returns four arquero tables, one documents row per seed", () => {
    const c = loadCorpus({ seedsDir: SEEDS });
    expect(c.documents.numRows()).toBe(5);
    expect(c.documents.array("doc_id")).toEqual(REGISTRY.map((s) => s.doc_id));
    expect(c.targets.numRows()).toBeGreaterThan(300);
    expect(c.indicators.array("indicator_id")).toContain("myopia_rate_annual_reduction_pp");
  });

  test("seeds/ holds the five documents byte for byte (SHA-256 manifest)", () => {
    const manifest = readFileSync(join(SEEDS, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(manifest.length).toBe(5);
    const docs = extractCorpus({ seedsDir: SEEDS }).documents;
    for (const line of manifest) {
      const [hash, file] = line.split(/\s+/);
      expect(docs.find((d) => d.source_file === file)?.sha256, file).toBe(hash);
      expect(REGISTRY.find((s) => s.source_file === file)?.sha256, file).toBe(hash);
    }
  });

  test("a file not in the registry is refused by name", () => {
    const dir = tmp();
    for (const s of REGISTRY) copyFileSync(join(SEEDS, s.source_file), join(dir, s.source_file));
    writeFileSync(join(dir, "stranger.txt"), "到2025年,毛入园率达到100%。");
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      message.unknownDocument(
        join(dir, "stranger.txt"),
        REGISTRY.map((s) => s.source_file),
      ),
    );
  });

  test("a registered file whose bytes changed (truncated) is refused with both hashes", () => {
    const dir = tmp();
    for (const s of REGISTRY) copyFileSync(join(SEEDS, s.source_file), join(dir, s.source_file));
    const f = REGISTRY[1]!.source_file;
    const bytes = readFileSync(join(SEEDS, f));
    writeFileSync(join(dir, f), bytes.subarray(0, 3000));
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(SeedError);
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      /SHA-256 is [0-9a-f]{64}, but the registry records dd2342eb/,
    );
  });

  test("a missing seeds folder is reported", () => {
    expect(() => extractCorpus({ seedsDir: join(ROOT, "no-such-folder") })).toThrow(
      message.noSeedsFolder(join(ROOT, "no-such-folder")),
    );
  });
});

describe("a new document of the same genre, with a metadata entry alone", () => {
  const fixture = join(ROOT, "tests", "fixtures", "sample-city-plan.txt");
  const entry = {
    doc_id: "sample-2024-plan",
    source_file: "sample-city-plan.txt",
    city: "样例",
    city_en: "Sample",
    province: "某省",
    province_en: "Some Province",
    title: "样例市教育发展三年行动计划(2024—2026年)",
    issuer: "样例市人民政府",
    issued: "2024-03-01",
    period_start: 2024,
    period_end: 2026,
    doc_type: "plan",
  };

  test("goes through the general core: headline rates, staged milestones, years", () => {
    const dir = tmp();
    copyFileSync(fixture, join(dir, entry.source_file));
    writeFileSync(join(dir, "metadata.json"), JSON.stringify([entry]));
    const rows = extractCorpus({ seedsDir: dir }).targets;
    const show = rows.map((r) => [r.indicator_id, r.value, r.comparator, r.year, r.year_source]);
    expect(show).toEqual([
      ["preschool_gross_enrolment_rate", 95, "at_least", 2026, "document"],
      ["compulsory_retention_rate", 99, "equal", 2026, "document"],
      ["upper_secondary_gross_enrolment_rate", 96, "at_least", 2026, "document"],
      ["smart_campus_coverage", 40, "at_least", 2024, "sentence"],
      ["smart_campus_coverage", 60, "at_least", 2025, "sentence"],
      ["myopia_rate_annual_reduction_pp", 0.5, "at_least", 2026, "document"],
      ["new_school_places", 12000, "about", 2026, "document"],
    ]);
  });

  test("a document cut short before its end marker is reported as truncated", () => {
    const dir = tmp();
    const text = readFileSync(fixture, "utf8");
    writeFileSync(join(dir, entry.source_file), text.slice(0, text.indexOf("(三)")));
    writeFileSync(
      join(dir, "metadata.json"),
      JSON.stringify([{ ...entry, endMarker: "新增公办学位" }]),
    );
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      message.missingEnd(join(dir, entry.source_file), "新增公办学位"),
    );
  });

  test("malformed metadata names the field to fix", () => {
    const dir = tmp();
    copyFileSync(fixture, join(dir, entry.source_file));
    writeFileSync(
      join(dir, "metadata.json"),
      JSON.stringify([{ ...entry, doc_type: "manifesto" }]),
    );
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      message.badMetadata(
        join(dir, "metadata.json"),
        'entry sample-2024-plan: "doc_type" must be plan, work_plan or evaluation',
      ),
    );
    writeFileSync(join(dir, "metadata.json"), "{not json");
    expect(() => extractCorpus({ seedsDir: dir })).toThrow(
      /metadata\.json: malformed metadata: not valid JSON/,
    );
  });
});

describe("wordings of the genre beyond the seeds (fixture written for the tests)", () => {
  test("以上/以内/稳定在/提高到, 万/亿, Chinese numerals, full-width digits, 由…提高到…, Chinese years, row-per-line tables, 百分之, 1,200, (约束性)", () => {
    const dir = tmp();
    copyFileSync(join(ROOT, "tests", "fixtures", "sample-variants.txt"), join(dir, "v.txt"));
    const entry = {
      doc_id: "v",
      source_file: "v.txt",
      city: "样例",
      city_en: "Sample",
      province: "某省",
      province_en: "Some Province",
      title: "样例市“十四五”教育发展规划",
      issuer: "样例市教育局",
      issued: "2021-06-01",
      period_start: 2021,
      period_end: 2025,
      doc_type: "plan",
    };
    writeFileSync(join(dir, "metadata.json"), JSON.stringify({ documents: [entry] }));
    const { targets, mentions } = extractCorpus({ seedsDir: dir });
    expect(
      targets.map((r) => [
        r.kind,
        r.indicator_id,
        r.comparator,
        r.value,
        r.unit,
        r.year,
        r.year_source,
      ]),
    ).toEqual([
      ["target", "preschool_gross_enrolment_rate", "at_least", 98, "%", 2025, "sentence"],
      ["target", "compulsory_retention_rate", "at_least", 99.5, "%", 2025, "sentence"],
      ["target", "upper_secondary_gross_enrolment_rate", "at_least", 95, "%", 2025, "sentence"],
      // 大班额比例控制在5%以内
      ["target", "large_class_share", "at_most", 5, "%", 2025, "sentence"],
      ["target", "new_school_places", "equal", 15000, "个", 2025, "document"],
      // 投入资金约3.2亿元。新建幼儿园十二所。
      ["target", "education_investment", "about", 320_000_000, "元", 2025, "document"],
      ["target", "new_schools_built", "equal", 12, "所", 2025, "document"],
      ["target", "myopia_rate_annual_reduction_pp", "at_least", 0.5, "个百分点", 2025, "document"],
      ["target", "physical_health_excellent_rate", "at_least", 50, "%", 2025, "document"],
      ["baseline", "compulsory_teacher_bachelor_share", "equal", 85, "%", 2020, "sentence"],
      ["target", "compulsory_teacher_bachelor_share", "at_least", 92, "%", 2025, "sentence"],
      // a table laid out one row per line, cells separated by tabs
      ["baseline", "preschool_gross_enrolment_rate", "equal", 96.5, "%", 2020, "table"],
      ["target", "preschool_gross_enrolment_rate", "equal", 98, "%", 2025, "table"],
      ["baseline", "inclusive_kindergarten_share", "equal", 85, "%", 2020, "table"],
      ["target", "inclusive_kindergarten_share", "equal", 90, "%", 2025, "table"],
      // 百分之九十五, 1,200所, 96%(约束性)
      [
        "target",
        "disabled_children_compulsory_enrolment_rate",
        "at_least",
        95,
        "%",
        2025,
        "sentence",
      ],
      // 全市新建改扩建中小学校1,200所
      ["target", "new_schools_built", "equal", 1200, "所", 2025, "document"],
      ["target", "upper_secondary_gross_enrolment_rate", "at_least", 96, "%", 2025, "document"],
    ]);
    expect(targets.filter((r) => r.binding).map((r) => [r.text, r.binding])).toEqual([
      ["96.5", "预期性"],
      ["98", "预期性"],
      ["85", "约束性"],
      ["90", "约束性"],
      ["96%", "约束性"],
    ]);
    expect(
      targets.find((r) => r.indicator_id === "disabled_children_compulsory_enrolment_rate")?.text,
    ).toBe("百分之九十五");
    expect(mentions.filter((m) => m.text.startsWith("二〇")).map((m) => m.class)).toEqual([
      "year",
      "year",
    ]);
    expect(mentions.find((m) => m.text === "５０")?.numeral).toBe("fullwidth");
  });
});
