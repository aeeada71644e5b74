import { describe, expect, it } from "vitest";
import { nounPhrase, postPhrase, subjectOf } from "../../src/extract/label.js";

// Lines quoted from the seeds; the expected labels are what a reader names as measured.
describe("subjectOf", () => {
  it("strips the cue word before the figure (建成市级课程基地不少于20个)", () => {
    expect(subjectOf("建成市级课程基地不少于")).toBe("建成市级课程基地");
  });
  it("strips the year phrase and fillers (争取设立省级学科基地8个)", () => {
    expect(subjectOf("争取设立省级学科基地")).toBe("设立省级学科基地");
  });
});

describe("nounPhrase", () => {
  it.each([
    ["建成市级课程基地", "市级课程基地"],
    ["设立省级学科基地", "省级学科基地"],
    // 每年开展特殊教育教师培训不少于200人
    ["开展特殊教育教师培训", "特殊教育教师培训"],
  ])("takes the framing verb off %s", (label, phrase) => {
    expect(nounPhrase(label)).toBe(phrase);
  });

  it("keeps a verb that defines the quantity (新建公办幼儿园28所)", () => {
    expect(nounPhrase("新建公办幼儿园")).toBe("新建公办幼儿园");
  });

  it("keeps a label that would be left empty", () => {
    expect(nounPhrase("建设")).toBe("建设");
  });
});

describe("postPhrase", () => {
  it("reads the noun a count counts, up to the clause's end (全市新建28所公办幼儿园)", () => {
    const text = "全市新建28所公办幼儿园、8所义务教育学校";
    expect(postPhrase(text, "全市新建28所".length, text.length)).toBe("公办幼儿园");
  });
});
