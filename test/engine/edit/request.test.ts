import { chosenSuggestion, requestFor } from "../../../src/engine/edit/request";
import { documentFingerprint } from "../../../src/engine/edit/fingerprint";
import { errorMessage } from "../../../src/engine/common/errorMessage";
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
  test("comments only: the text stays, the comment proposes the wording", () => {
    const r = requestFor(f, [{ text }], "primary", true);
    expect(r.replacement).toBe("for this Project");
    expect(r.comment).not.toBe("Why primary.");
    expect(r.comment).toContain("for this Project");
  });
  test("no suggestion: a comment on the trigger, nothing replaced", () => {
    const r = requestFor(finding([]), [{ text }]);
    expect([r.original, r.replacement, r.start, r.end]).toEqual(["for any purpose", "for any purpose", at, at + 15]);
  });
});

test("one fingerprint for every host: parts count, order counts", () => {
  const body = [{ text: "a" }, { text: "b" }];
  expect(documentFingerprint(body)).toBe(documentFingerprint([{ text: "a" }, { text: "b" }]));
  expect(documentFingerprint(body)).not.toBe(documentFingerprint([{ text: "b" }, { text: "a" }]));
  expect(documentFingerprint(body)).not.toBe(documentFingerprint([{ text: "a" }, { text: "b", part: "footnote" }]));
});

test("errorMessage: an Error's message (first line on request), anything else as text", () => {
  expect(errorMessage(new Error("bad zip\nat offset 4"))).toBe("bad zip\nat offset 4");
  expect(errorMessage(new Error("bad zip\nat offset 4"), { firstLine: true })).toBe("bad zip");
  expect(errorMessage("plain")).toBe("plain");
  expect(errorMessage(42)).toBe("42");
});
