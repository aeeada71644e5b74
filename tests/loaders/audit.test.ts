import { describe, expect, test } from "vitest";
import { MENTION_CLASS, REGISTRY } from "../../src/index.js";
import { corpus, seedText } from "../helpers/corpus.js";

describe("every figure is traceable and every numeric token is accounted for", () => {
  test("each targets row's text is exactly raw[start:end] of its seed", () => {
    const texts = new Map(REGISTRY.map((s) => [s.source_file, seedText(s.source_file)]));
    for (const r of corpus().targets) {
      expect(texts.get(r.source_file)!.slice(r.start, r.end), r.row_id).toBe(r.text);
    }
  });

  test("each prose figure lies inside its quoted sentence, and the quote is verbatim", () => {
    const texts = new Map(REGISTRY.map((s) => [s.source_file, seedText(s.source_file)]));
    for (const r of corpus().targets.filter((t) => t.year_source !== "table")) {
      expect(r.quote, r.row_id).toContain(r.text);
      expect(texts.get(r.source_file)!, r.row_id).toContain(r.quote);
    }
  });

  test("every digit run of every seed (outside HTML tags) is a mention", () => {
    for (const spec of REGISTRY) {
      const raw = seedText(spec.source_file).replace(/<[^<>\n]*>/g, (m) => " ".repeat(m.length));
      const starts = new Set(
        corpus()
          .mentions.filter((m) => m.doc_id === spec.doc_id)
          .map((m) => m.start),
      );
      const missing: string[] = [];
      for (const m of raw.matchAll(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g)) {
        if (!starts.has(m.index)) missing.push(`${m.index}:${m[0]}`);
      }
      expect(missing, spec.source_file).toEqual([]);
    }
  });

  test("every Chinese-numeral run holding a digit other than 一 is a mention", () => {
    for (const spec of REGISTRY) {
      const raw = seedText(spec.source_file);
      const starts = new Set(
        corpus()
          .mentions.filter((m) => m.doc_id === spec.doc_id)
          .map((m) => m.start),
      );
      const missing: string[] = [];
      for (const m of raw.matchAll(/[〇零一二两三四五六七八九十百千万亿]+/g)) {
        if (/[〇零二两三四五六七八九十]/.test(m[0]) && !starts.has(m.index))
          missing.push(`${m.index}:${m[0]}`);
      }
      expect(missing, spec.source_file).toEqual([]);
    }
  });

  test("every mention has a class and a reason; figures point at existing rows", () => {
    const ids = new Set(corpus().targets.map((t) => t.row_id));
    const classes = new Set<string>(Object.values(MENTION_CLASS));
    for (const m of corpus().mentions) {
      expect(classes.has(m.class), `${m.doc_id}@${m.start}`).toBe(true);
      expect(m.reason.length, `${m.doc_id}@${m.start}`).toBeGreaterThan(0);
      if (m.class === "figure")
        for (const id of m.row_ids.split(";")) expect(ids.has(id), id).toBe(true);
      else expect(m.row_ids).toBe("");
    }
  });

  test("every numeric targets row is fed by a figure mention", () => {
    const fed = new Set(corpus().mentions.flatMap((m) => (m.row_ids ? m.row_ids.split(";") : [])));
    const orphans = corpus()
      .targets.filter((t) => t.kind !== "commitment" && !fed.has(t.row_id))
      .map((t) => t.row_id);
    expect(orphans).toEqual([]);
  });

  test("dates, document numbers and list ordinals are not figures", () => {
    const byText = (doc: string, start: number) =>
      corpus().mentions.find((m) => m.doc_id === doc && m.start === start)!;
    const w = seedText("weihai-2023-2025-action-plan.txt");
    // 2023年12月16日 (signature date)
    expect(byText("weihai-2023-action-plan", w.indexOf("2023年12月16日")).class).toBe("date");
    const g = seedText("guigang-2021-2023-action-plan.txt");
    // 贵政通〔2022〕12号
    expect(byText("guigang-2022-action-plan", g.indexOf("〔2022〕") + 1).class).toBe("doc_number");
    expect(byText("guigang-2022-action-plan", g.indexOf("〕12号") + 1).class).toBe("doc_number");
    // 1.增加公办学前教育资源供给 (list item)
    expect(byText("weihai-2023-action-plan", w.indexOf("1.增加公办学前教育资源供给")).class).toBe(
      "ordinal",
    );
    // “十四五” (name of the plan period)
    const y = seedText("yantai-2021-2025-five-year-plan.txt");
    expect(byText("yantai-2021-five-year-plan", y.indexOf("十四五")).class).toBe("name");
  });

  test("the audit leaves at most a handful of tokens unrecognised, each with its reason", () => {
    const unrecognised = corpus().mentions.filter((m) => m.class === "unrecognised");
    expect(unrecognised.length).toBeLessThanOrEqual(3);
  });
});
