import { chosenSuggestion, commentRequestFor, requestFor } from "../../../src/engine/edit/request";
import { documentFingerprint } from "../../../src/engine/edit/fingerprint";
import type { Finding, Suggestion } from "../../../src/engine/types";

const text = "The Agency may use the Deliverables for any purpose.";
const at = text.indexOf("for any purpose");
const suggestion = (position: Suggestion["position"], replacement: string): Suggestion => ({ position, label: position, paragraph: 0, start: at, end: at + 15, original: "for any purpose", replacement, comment: `Why ${position}.` });
const finding = (suggestions: Suggestion[]): Finding => ({
  id: "f1", ruleId: "broad-license/any-purpose", category: "broad-license", severity: "high", paragraph: 0, start: at, end: at + 15,
  trigger: "for any purpose", message: "Too broad.", rationale: "It covers AI training.", suggestions,
} as Finding);

describe("finding → request: the chosen position, else the primary", () => {
  const f = finding([suggestion("primary", "for this Project"), suggestion("project-scope", "for the Project only")]);
  test("the chosen position when the finding has it", () => {
    expect(chosenSuggestion(f, "project-scope")?.replacement).toBe("for the Project only");
    expect(requestFor(f, [{ text }], "project-scope")).toEqual({ id: "f1", paragraph: 0, start: at, end: at + 15, original: "for any purpose", replacement: "for the Project only", comment: "Why project-scope.", paragraphText: text });
  });
  test("the primary when it does not, and by default", () => {
    expect(chosenSuggestion(f, "opt-out")?.replacement).toBe("for this Project");
    expect(chosenSuggestion(f)?.replacement).toBe("for this Project");
  });
  test("comments only (pane and CLI): the comment proposes the wording, on the words it would replace, not on the trigger alone", () => {
    const trigger = text.indexOf("any purpose");
    const g = { ...finding([suggestion("primary", "for this Project"), suggestion("project-scope", "for the Project only")]), start: trigger, end: trigger + 11, trigger: "any purpose" };
    const r = commentRequestFor(g, [{ text }], "project-scope");
    expect([r.paragraph, r.start, r.end, r.original, r.paragraphText]).toEqual([0, at, at + 15, "for any purpose", text]);
    expect(r.comment).not.toBe("Why project-scope.");
    expect(r.comment).toContain("for the Project only");
    expect(commentRequestFor(g, [{ text }]).comment).toContain("for this Project");
  });
  test("no suggestion: a comment on the trigger, nothing replaced, with or without comments only", () => {
    for (const r of [requestFor(finding([]), [{ text }]), commentRequestFor(finding([]), [{ text }])]) expect([r.original, r.replacement, r.start, r.end]).toEqual(["for any purpose", "for any purpose", at, at + 15]);
  });
});

test("one fingerprint for every host: parts count, order counts", () => {
  const body = [{ text: "a" }, { text: "b" }];
  expect(documentFingerprint(body)).toBe(documentFingerprint([{ text: "a" }, { text: "b" }]));
  expect(documentFingerprint(body)).not.toBe(documentFingerprint([{ text: "b" }, { text: "a" }]));
  expect(documentFingerprint(body)).not.toBe(documentFingerprint([{ text: "a" }, { text: "b", part: "footnote" }]));
});
