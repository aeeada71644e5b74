import { describe, expect, test } from "vitest";
import { sectorOf } from "../../src/index.js";

// Sentences of mixed documents (../shared/corpus/docs: a statistics bulletin, a social-affairs
// summary, a five-year outline), narrowest context first: label, clause, sentence, section.
describe("sectorOf", () => {
  test("城镇登记失业率控制在5% is employment, not education", () => {
    expect(sectorOf(["城镇登记失业率", "城镇登记失业率控制在5%"], false).id).toBe("employment");
  });
  test("护理型床位占比不低于65% is elderly care", () => {
    expect(sectorOf(["护理型床位占比", "护理型床位占比不低于65%"], false).id).toBe("elderly_care");
  });
  test("高血压患者管理率不低于80% is health care", () => {
    expect(sectorOf(["高血压患者管理率", "高血压患者管理率不低于80%"], false).id).toBe("health");
  });
  test("新增学位3180个 is education in a mixed document", () => {
    expect(sectorOf(["新增学位", "新增学位3180个"], false).id).toBe("education");
  });
  test("party education is not education: 各基层党组织共开展警示教育95场", () => {
    expect(
      sectorOf(["各基层党组织共开展警示教育", "各基层党组织共开展警示教育95场"], false).id,
    ).toBe("party");
  });
  test("a sentence that names no sector: education in an education plan, unknown in a mixed one", () => {
    expect(sectorOf(["完成", "完成80%"], true).id).toBe("education");
    expect(sectorOf(["完成", "完成80%"], false).id).toBe("unknown");
  });
  test("the section decides when the sentence names neither: 十、教育和科学技术 names both", () => {
    expect(sectorOf(["", "", "", "十、教育"], false).id).toBe("education");
    expect(sectorOf(["", "", "", "十、教育和科学技术"], false).id).toBe("unknown");
  });
});

describe("sectorOf with the sentence before", () => {
  // ../shared/corpus/docs/pingtan-2024-shehuishiye-gongzuozongjie.txt: 高考本科上线率67.92%…;600分以上109人
  test("a sentence that names no sector goes on with the previous one", () => {
    expect(
      sectorOf(["", "600分以上109人", "600分以上109人", "高考本科上线率67.92%", ""], false).id,
    ).toBe("education");
  });
  test("the bureau's legal affairs are not education: 处理行政诉讼案件9起", () => {
    expect(sectorOf(["处理行政诉讼案件", "处理行政诉讼案件9起"], false).id).toBe("administration");
  });
});
