import { overlaps, planEdits, rightToLeft, spanProblem, spliceAll, type EditSpan } from "../../../src/engine/edit/plan";

const e = (paragraph: number, start: number, end: number, replacement = "x"): EditSpan => ({ paragraph, start, end, replacement });

describe("planEdits: the list's order is the priority, overlaps are dropped and reported", () => {
  test("a later edit overlapping an earlier one is dropped, even when it starts first in the text", () => {
    const plan = planEdits([e(0, 10, 20, "high"), e(0, 5, 12, "low"), e(0, 20, 25, "touching")]);
    expect(plan.verdicts).toEqual([{ kind: "write" }, { kind: "overlap", by: 0 }, { kind: "write" }]);
    expect(plan.dropped).toEqual([{ index: 1, by: 0 }]);
  });

  test("the same edit for two findings is written once", () => {
    const plan = planEdits([e(1, 0, 4, "r"), e(1, 0, 4, "r"), e(1, 0, 4, "other")]);
    expect(plan.verdicts).toEqual([{ kind: "write" }, { kind: "same", same: 0 }, { kind: "overlap", by: 0 }]);
    expect(plan.order).toEqual([0]);
  });

  test("write order: paragraph by paragraph, right to left; left-out edits get no verdict", () => {
    const plan = planEdits([e(1, 0, 2), null, e(0, 0, 3), e(1, 5, 9), e(0, 4, 6)]);
    expect(plan.verdicts[1]).toBeNull();
    expect(plan.order).toEqual([4, 2, 3, 0]);
  });

  test("ranges in different paragraphs never overlap; sharing a boundary is not overlapping", () => {
    expect(overlaps(e(0, 0, 5), e(1, 0, 5))).toBe(false);
    expect(overlaps(e(0, 0, 5), e(0, 5, 9))).toBe(false);
    expect(overlaps(e(0, 0, 5), e(0, 4, 9))).toBe(true);
    expect([e(0, 1, 2), e(0, 5, 6)].sort(rightToLeft)[0].start).toBe(5);
  });
});

describe("spanProblem: one rule for a request's range in every host", () => {
  test.each([
    [{ start: 0, end: 3, original: "for" }, null],
    [{ start: 4, end: 7, original: "any" }, null],
    [{ start: 3, end: 3, original: "" }, "range"],
    [{ start: 5, end: 3, original: "" }, "range"],
    [{ start: -1, end: 3, original: "for" }, "range"],
    [{ start: 0, end: 99, original: "for" }, "range"],
    [{ start: 0.5, end: 3, original: "for" }, "range"],
    [{ start: 0, end: 3, original: "For" }, "original"],
  ])("%j → %s", (r, want) => {
    expect(spanProblem(r, "for any purpose")).toBe(want);
  });
});

test("spliceAll replaces right to left", () => {
  expect(spliceAll("for any purpose", [e(0, 0, 3, "solely for"), e(0, 4, 7, "this")])).toBe("solely for this purpose");
});

test("spliceAll skips an edit that overlaps one written to its right, runs outside the text or does not find its words", () => {
  expect(spliceAll("for any purpose", [e(0, 4, 15, "this purpose"), e(0, 0, 7, "solely")])).toBe("for this purpose");
  expect(spliceAll("for any purpose", [e(0, 10, 30, "x"), e(0, -1, 2, "y")])).toBe("for any purpose");
  expect(spliceAll("for any purpose", [{ start: 4, end: 7, original: "all", replacement: "this" }])).toBe("for any purpose");
  expect(spliceAll("for any purpose", [{ start: 4, end: 7, original: "any", replacement: "this" }])).toBe("for this purpose");
});
