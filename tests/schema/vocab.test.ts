import { describe, expect, it } from "vitest";
import { COMPARATOR, COMPARATOR_SIGN, comparatorOf, isComparator } from "../../src/schema/vocab.js";

describe("comparator vocabulary", () => {
  it("reads the sign spellings that hand annotations and corrections files use", () => {
    expect(comparatorOf(">=")).toBe("at_least");
    expect(comparatorOf("≥")).toBe("at_least");
    expect(comparatorOf("<=")).toBe("at_most");
    expect(comparatorOf("<")).toBe("less_than");
    expect(comparatorOf(">")).toBe("more_than");
    expect(comparatorOf("=")).toBe("equal");
    expect(comparatorOf("~")).toBe("about");
    expect(comparatorOf("range")).toBe("range");
  });

  it("refuses what is not a comparator", () => {
    expect(comparatorOf("达到")).toBeNull();
    expect(comparatorOf(5)).toBeNull();
    expect(isComparator(">=")).toBe(false);
  });

  it("prints each comparator with the sign a reader expects", () => {
    expect(COMPARATOR_SIGN[COMPARATOR.GE]).toBe("≥");
    expect(COMPARATOR_SIGN[COMPARATOR.LE]).toBe("≤");
    expect(COMPARATOR_SIGN[COMPARATOR.APPROX]).toBe("≈");
    expect(COMPARATOR_SIGN[COMPARATOR.EQ]).toBe("");
  });
});
