/** The engine with a playbook: wording, severity, switched-off rules, the addendum, and the safety checks. */
import { analyze, buildAddendum, formatReportText } from "../../../src/engine";
import { applySuggestions } from "../../support/applySuggestions";
import { buildPlaybookAddendum, defaultPlaybook, fillWording, protectionsIn, type Playbook } from "../../../src/engine/playbook";
import { RULES } from "../../../src/engine/rules";
import { CONTRACT, TEST_PLAYBOOK } from "./fixtures";

const doc = CONTRACT.map((text) => ({ text }));
const byRule = (r: ReturnType<typeof analyze>, id: string) => r.findings.find((f) => f.ruleId === id);

describe("the engine with a playbook", () => {
  const plain = analyze(doc);
  const mine = analyze(doc, { playbook: TEST_PLAYBOOK });

  test("the default playbook changes nothing: the built-in wording is the default playbook", () => {
    const withDefault = analyze(doc, { playbook: defaultPlaybook() });
    const { switchedOff, playbook, ...rest } = withDefault;
    expect(switchedOff).toEqual([]);
    expect(playbook).toEqual({ name: "TermScore default", openRisks: [], addendumWarnings: [] });
    expect(rest).toEqual(plain);
    // and on every rule's own examples
    const d = defaultPlaybook();
    for (const rule of RULES) for (const ex of rule.examples.invalid) {
      const { switchedOff: _s, playbook: _p, ...r } = analyze([{ text: ex }], { playbook: d });
      expect(r).toEqual(analyze([{ text: ex }]));
    }
  });

  test("the user's wording and comment replace the engine's, in the contract's names", () => {
    const f = byRule(mine, "broad-license/any-purpose")!;
    expect(f.suggestions[0]).toMatchObject({ label: "Limit to the SOW", original: "for any purpose", replacement: "solely for the project described in the Statement of Work", comment: "The Contractor licenses the Deliverables for this project only." });
    expect(f.playbook).toMatchObject({ userWording: ["primary"], walkAway: "Walk away if the Client insists on any purpose." });
    // the fallback the user left alone is still the engine's own
    expect(f.suggestions.slice(1)).toEqual(byRule(plain, "broad-license/any-purpose")!.suggestions.slice(1));
    const fixed = applySuggestions(doc, [f.suggestions[0]])[1].text;
    expect(fixed).toBe("The Client may use the Deliverables solely for the project described in the Statement of Work.");
  });

  test("severity follows the playbook and the score with it; the engine's severity is kept in the note", () => {
    const f = byRule(mine, "feedback/feedback-rights")!;
    expect(f.severity).toBe("low");
    expect(f.playbook?.builtInSeverity).toBe("medium");
    expect(mine.breakdown.categories.find((c) => c.category === "feedback")!.deducted).toBe(4);
    expect(plain.breakdown.categories.find((c) => c.category === "feedback")!.deducted).toBe(8);
  });

  test("a switched-off rule is still detected: listed under switchedOff and in the breakdown, not scored", () => {
    expect(byRule(plain, "sublicensing/sublicense")).toBeDefined();
    expect(byRule(mine, "sublicensing/sublicense")).toBeUndefined();
    expect(mine.switchedOff!.map((f) => f.ruleId)).toEqual(["sublicensing/sublicense"]);
    expect(mine.findings.length + mine.switchedOff!.length).toBe(plain.findings.length);
    expect(mine.breakdown.lowered).toContain("Switched off in Robin's playbook: 1 finding of sublicensing/sublicense, listed but not scored.");
    const text = formatReportText(mine, doc);
    expect(text).toMatch(/Switched off in your playbook \(1, not scored, not fixed\):\n {2}- \[MEDIUM\] sublicensing\/sublicense, paragraph 5: "sublicense"/);
    expect(text).toMatch(/Playbook: Robin's playbook/);
    expect(text).toMatch(/Walk away: Walk away if the Client insists on any purpose\./);
  });

  test("the addendum: a section dropped, one reworded, one added, numbered in order", () => {
    const parties = { agency: "Client", contractor: "Contractor", work: "Deliverables" };
    const built = buildPlaybookAddendum({ parties }, TEST_PLAYBOOK.addendum, undefined, protectionsIn);
    const headings = built.paragraphs.filter((p) => p.kind === "heading").map((p) => p.text);
    expect(headings).toEqual([
      "AI-1. Definitions",
      "AI-2. No AI Training",
      "AI-3. Derivative Data and Metadata",
      "AI-4. Vendors, Subprocessors and Service Providers",
      "AI-5. Notice of Breach",
      "AI-6. Deletion from Datasets and Models",
      "AI-7. Remedies",
      "AI-8. Liability",
      "AI-9. Survival and Successors",
      "AI-10. Precedence and Other Rights",
      "AI-11. Credit",
    ]);
    expect(built.paragraphs.find((p) => p.kind === "body" && p.number === "AI-9")!.text).toBe("This addendum survives the termination or expiry of the agreement for as long as the Client holds the Deliverables.");
    expect(built.paragraphs.at(-1)!.text).toBe("The Client shall credit the Contractor by name wherever the Deliverables are published.");
    expect(built.warnings).toEqual([]);
    expect(built.paragraphs.find((p) => p.number === "AI-9")!.protection).toBe("survival");
    // without the detector, the user's own sections claim no protection
    expect(buildPlaybookAddendum({ parties }, TEST_PLAYBOOK.addendum).paragraphs.find((p) => p.number === "AI-9")!.protection).toBeUndefined();
    // without the audit section, the score if accepted does not count audit rights
    expect(plain.scoreIfAccepted - mine.scoreIfAccepted).toBeGreaterThan(0);
    // the default addendum settings give the built-in addendum
    expect(buildPlaybookAddendum({ parties }, defaultPlaybook().addendum).paragraphs).toEqual(buildAddendum({ parties }));
  });

  test("a reworded section that no longer gives its protection is not counted, and the report says so", () => {
    const pb: Playbook = { version: 1, addendum: { sections: { "no-ai-training": { text: "The parties will talk about AI in good faith." } } } };
    const safe = [{ text: "Payment is due within 30 days of each invoice." }];
    const r = analyze(safe, { playbook: pb });
    expect(r.playbook!.addendumWarnings[0]).toMatch(/^Your wording of "No AI Training" does not read as an explicit prohibition on AI training/);
    expect(analyze(safe).scoreIfAccepted - r.scoreIfAccepted).toBe(14);
  });

  test("wording that leaves the risk open is reported, and the score if accepted does not pretend", () => {
    const pb: Playbook = { version: 1, rules: { "ambiguous-purpose/internal-purposes": { preferred: { text: "excluding marketing", placement: "after-trigger" } } } };
    const r = analyze(doc, { playbook: pb });
    const f = byRule(r, "ambiguous-purpose/internal-purposes")!;
    expect(f.suggestions[0].replacement).toBe("for internal business purposes (excluding marketing)");
    expect(f.playbook!.openRisk).toMatch(/^Your wording \(preferred\) leaves a risk open: after the edit, a re-scan still finds the risk it should close, "for internal business purposes"/);
    expect(r.playbook!.openRisks).toHaveLength(1);
    expect(r.scoreIfAccepted).toBeLessThan(plain.scoreIfAccepted);
    // wording that itself grants a risky right is caught as a new risk
    const worse: Playbook = { version: 1, rules: { "broad-license/any-purpose": { preferred: { text: "for any purpose, including to train its machine learning models", placement: "replace-trigger" } } } };
    expect(byRule(analyze(doc, { playbook: worse }), "broad-license/any-purpose")!.playbook!.openRisk).toMatch(/leaves a risk open/);
    // good wording passes the same check
    expect(byRule(mine, "broad-license/any-purpose")!.playbook!.openRisk).toBeUndefined();
  });

  test("fallbacks in the user's order; a position left out is not offered; category settings reach every rule", () => {
    const pb: Playbook = {
      version: 1,
      categories: { "broad-license": { fallbacks: [{ position: "opt-out", text: "subject to {party}'s written consent to any AI use", placement: "end-of-sentence", comment: "At least ask first." }] } },
    };
    const f = byRule(analyze(doc, { playbook: pb }), "broad-license/any-purpose")!;
    expect(f.suggestions.map((s) => s.position)).toEqual(["primary", "opt-out"]);
    expect(f.suggestions[1]).toMatchObject({ original: ".", replacement: ", subject to the Contractor's written consent to any AI use.", comment: "At least ask first.", label: "Right to opt out" });
  });

  test("in terms written as \"we\" and \"you\" the user's wording speaks as the terms do; its comment names the parties in the third person", () => {
    const pb: Playbook = {
      version: 1,
      categories: {
        "broad-license": {
          preferred: { text: "provided that {other} covenants, for itself and its successors, not to train AI on {work}", placement: "end-of-sentence" },
          fallbacks: [{ position: "opt-out", text: "subject to {party}'s written consent to any AI use", placement: "end-of-sentence", comment: "{Party} asks {other} at least to ask first." }],
        },
      },
    };
    const you = "You will send us your drafts, and you may ask us about your invoices at any time. ";
    const terms = [
      'These terms apply when you write for Marlpit Press. In them "we" and "us" mean Marlpit Press Ltd and "you" means the writer.',
      you + you,
      "You will write the articles in the brief. We will pay you within thirty days, and we may edit your articles (the \"Articles\").",
      "We may use the Articles for any purpose.",
    ].map((text) => ({ text }));
    const f = byRule(analyze(terms, { playbook: pb }), "broad-license/any-purpose")!;
    expect(f.suggestions[0].replacement).toBe(", provided that we covenant, for ourselves and our successors, not to train AI on the Articles.");
    expect(f.suggestions[1].replacement).toBe(", subject to your written consent to any AI use.");
    expect(f.suggestions[1].comment).not.toMatch(/\b(?:we|you|your)\b/i);
  });

  test("user wording is filled as plain text only (defence in depth after the check)", () => {
    expect(fillWording("for {work}\u0013 <i>now</i>", { party: "the Contractor", other: "the Client", work: "the Deliver\u200bables" })).toBe("for the Deliverables inow/i");
  });

  test("spelling and the user's usual names", () => {
    const pb: Playbook = { version: 1, spelling: "en-US", you: { party: "Contractor", work: "Deliverables" } };
    const r = analyze(doc, { playbook: pb });
    expect(r.roles).toMatchObject({ user: "Contractor", work: "Deliverables" });
    expect(byRule(r, "broad-license/any-purpose")!.suggestions[0].comment).toMatch(/makes the license wide enough/);
    // names the contract does not use are not forced on it
    const other = analyze(doc, { playbook: { version: 1, you: { party: "Provider" } } });
    expect(other.roles.user).toBe(plain.roles.user);
  });
});
