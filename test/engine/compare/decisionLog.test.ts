import { DECISION_LOG_NS, appendDecisions, historyOf, parseDecisionLog, serializeDecisionLog } from "../../../src/engine/compare";
import type { Decision } from "../../../src/engine/compare";

const D: Decision[] = [
  { target: "f-1", subject: "suggestion", action: "applied", by: "Priya Nandakumar", at: "2026-11-02T09:00:00Z", ruleId: "broad-license/any-purpose", label: "Limit the licence", edit: { prefix: "publish the Artwork ", removed: "for any purpose", inserted: "in the campaigns named in each order", suffix: "." } },
  { target: "theirs-1", subject: "their-change", action: "countered", by: "Priya Nandakumar", at: "2026-11-09T10:30:00Z", reason: 'They need "moodboards" & <drafts>;\nwe offered the opt-out.' },
  { target: "f-1", subject: "suggestion", action: "rejected", by: "Dana Cole", at: "2026-11-08T16:00:00Z" },
];

describe("decision log format", () => {
  it("round-trips every field, special characters included", () => {
    const xml = serializeDecisionLog(D);
    expect(xml).toContain(DECISION_LOG_NS);
    const back = parseDecisionLog(xml);
    expect(back.problem).toBeUndefined();
    expect(back.rebuild).toBe(false);
    expect(back.decisions).toEqual(D);
  });

  it("an empty log is a log", () => {
    expect(parseDecisionLog(serializeDecisionLog([]))).toEqual({ decisions: [], rebuild: false });
  });

  it("a hand-edited log is reported, its entries kept, and marked for rebuilding", () => {
    const xml = serializeDecisionLog(D).replace('action="rejected"', 'action="accepted"');
    const r = parseDecisionLog(xml);
    expect(r.problem).toMatch(/edited outside TermScore.*3 entries were kept.*rebuilt.*contract itself is untouched/);
    expect(r.rebuild).toBe(true);
    expect(r.decisions[2].action).toBe("accepted");
    // rebuilt: clean again
    expect(parseDecisionLog(serializeDecisionLog(r.decisions)).problem).toBeUndefined();
  });

  it("a corrupt log: unreadable entries left out, the rest recovered", () => {
    const xml = serializeDecisionLog(D).replace('action="countered"', 'action="maybe"');
    const r = parseDecisionLog(xml);
    expect(r.problem).toMatch(/damaged \(1 entry unreadable\): 2 decisions were recovered/);
    expect(r.decisions.map((d) => d.action)).toEqual(["applied", "rejected"]);
    const truncated = serializeDecisionLog(D).slice(0, 400);
    const t = parseDecisionLog(truncated);
    expect(t.rebuild).toBe(true);
    expect(t.problem).toMatch(/damaged/);
    expect(parseDecisionLog("<foo/>").problem).toMatch(/not a TermScore log/);
    expect(parseDecisionLog("").rebuild).toBe(true);
    const badDate = parseDecisionLog(serializeDecisionLog(D).replace("2026-11-02T09:00:00Z", "yesterday"));
    expect(badDate.decisions).toHaveLength(2);
  });

  it("history per target in time order, latest decision per target, no duplicates appended", () => {
    expect(historyOf(D, "f-1").map((d) => d.action)).toEqual(["applied", "rejected"]);
    expect(appendDecisions(D, [D[0], { ...D[0], at: "2026-12-01T00:00:00Z", action: "applied" }])).toHaveLength(4);
  });
});
