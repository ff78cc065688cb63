/**
 * One restriction per clause when the clause is set out as a list (src/engine/fix/listClause.ts):
 * the lead-in and its items are paragraphs of their own, but the restriction is stated once, at the
 * end of the last item that needs it, reaching back over the section; earlier risky items point
 * to it; the other items are not touched. Contracts written for this test.
 */
import { analyze } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";
import { provisoSlot } from "../../src/engine/fix/slots";
import { listClauses } from "../../src/engine/read/lists";
import type { Paragraph, Position } from "../../src/engine/types";
import { AI_PHRASE, grammarFaults } from "../support/grammar";
import { splitSentences } from "../../src/engine/text";
import { editsFor } from "../support/acceptAll";
import { commentOnlyText } from "../../src/engine/fix/commentOnly";

const PREAMBLE = 'This agreement is between Tallow & Finch Ltd (the "Publisher") and Jonah Reed (the "Photographer"), for the project described in each Statement of Work.';
const POSITIONS: Position[] = ["primary", "opt-out", "project-scope"];
const POINTER = /, subject to the restriction on AI training below[;:.]/;

function review(lines: string[], position: Position) {
  const paragraphs: Paragraph[] = [PREAMBLE, ...lines].map((text) => ({ text }));
  const report = analyze(paragraphs);
  const accepted = applySuggestions(paragraphs, editsFor(report.findings, position)).map((p) => p.text);
  return { report, accepted, again: analyze(accepted.map((text) => ({ text }))).findings.map((f) => `${f.trigger} in "${accepted[f.paragraph]}"`) };
}

const count = (texts: readonly string[]) => texts.join("\n").match(AI_PHRASE)?.length ?? 0;

describe("a numbered section split over a lead-in and items", () => {
  const SECTION = [
    "6.4 The Publisher may:",
    "(a) use the Photographs for any purpose whatsoever;",
    "(b) print the Photographs in its catalogues;",
    "(c) sublicense the Photographs to its affiliates and service providers; and",
    "(d) frame the Photographs for its offices.",
    "7. Fees",
  ];

  test.each(POSITIONS)("%s: the restriction once, in the last risky item, for the whole section; grammatical; nothing left to fix", (position) => {
    const { accepted, again } = review(SECTION, position);
    const [lead, a, b, c, d, next] = accepted.slice(1);
    expect(count(accepted)).toBe(1);
    // stated at the end of item (c), before its "; and", and reaching back over Section 6.4
    expect(c).toMatch(new RegExp(`${AI_PHRASE.source}.*; this restriction applies to every right granted in Section 6\\.4; and$`));
    // the earlier risky item points to it; the lead-in, the other items and the next section are untouched
    expect(a).toMatch(POINTER);
    expect([lead, b, d, next]).toEqual([SECTION[0], SECTION[2], SECTION[4], SECTION[5]]);
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    expect(again).toEqual([]);
  });

  test("each finding's edit is in its own paragraph, with a comment that says what it does", () => {
    const { report } = review(SECTION, "primary");
    for (const f of report.findings) for (const s of f.suggestions) expect(s.paragraph).toBe(f.paragraph);
    const restriction = report.findings.find((f) => f.category === "sublicensing")!.suggestions[0];
    expect(restriction.comment).toMatch(/^Section 6\.4/);
    expect(restriction.comment).toMatch(/The same change settles "for any purpose whatsoever"/);
    const pointer = report.findings.find((f) => f.category === "broad-license")!.suggestions[0];
    // short and specific: which item, and where the one restriction is; what stays is said once, by the restriction's comment
    expect(pointer.comment).toMatch(/This change makes item \(a\) subject to the restriction on AI training at the end of item \(c\) of Section 6\.4, so that the restriction is stated once\.$/);
    expect(restriction.comment).toMatch(/can still share/);
  });
});

describe("items as Word writes them: a tab after the label, curly quotes, a no-break space", () => {
  test.each(POSITIONS)("%s: the same one restriction, every edit on the document's own words", (position) => {
    const lines = [
      "6.4\tThe Publisher may:",
      "(a)\tuse the Photographs for any purpose whatsoever, including the Publisher\u2019s \u201cSeasonal Campaigns\u201d;",
      "(b)\tsublicense the Photographs to its affiliates and service\u00a0providers; and",
      "(c)\tframe the Photographs for its offices.",
    ];
    const { report, accepted, again } = review(lines, position);
    for (const f of report.findings) for (const s of f.suggestions) expect(s.original).toBe([PREAMBLE, ...lines][s.paragraph].slice(s.start, s.end));
    expect(count(accepted)).toBe(1);
    expect(accepted[2]).toMatch(/^\(a\)\tuse the Photographs for any purpose whatsoever, including the Publisher\u2019s \u201cSeasonal Campaigns\u201d, subject to the restriction on AI training below;$/);
    expect(accepted[3]).toMatch(/^\(b\)\tsublicense the Photographs to its affiliates and service\u00a0providers, .*; this restriction applies to every right granted in Section 6\.4; and$/);
    expect(accepted[4]).toBe(lines[3]);
    expect(again).toEqual([]);
  });
});

describe("an unnumbered lead-in ending with a colon", () => {
  test.each(POSITIONS)("%s: the restriction names the clause and its items", (position) => {
    const { accepted, again } = review(["For its own promotion, the Publisher may also:", "(a) exploit the Photographs in all media now known or later devised;", "(b) grant sublicenses of the Photographs to its agencies."], position);
    expect(count(accepted)).toBe(1);
    expect(accepted[2]).toMatch(POINTER);
    expect(accepted[3]).toMatch(/; this restriction applies to every right granted in this clause, including each of its items\.$/);
    expect(again).toEqual([]);
  });
});

describe("a lead-in left open for its items", () => {
  test("nothing is added at its end: 'to, provided that …:' would cut the sentence in two", () => {
    for (const text of ["2.1 The Photographer grants the Publisher a perpetual licence to:", "The Publisher may", "The Publisher may use the Photographs, including:"]) {
      expect({ text, slot: provisoSlot(text, { start: 0, end: text.length }) }).toEqual({ text, slot: null });
    }
    // a lead-in that closes its own phrase still takes an addition before its colon
    const closed = "The Publisher may use the Photographs as follows:";
    expect(provisoSlot(closed, { start: 0, end: closed.length })).toEqual({ start: closed.length - 1, end: closed.length, stop: ":" });
  });

  test("a licence granted in the lead-in alone is qualified after the licence, not after its adjectives", () => {
    const { accepted, again } = review(["2.1 The Photographer grants the Publisher a perpetual, irrevocable, worldwide license to:", "(a) reproduce the Photographs in its catalogues;", "(b) display the Photographs in its shops."], "primary");
    expect(accepted[1]).toMatch(/^2\.1 The Photographer grants the Publisher a perpetual, irrevocable, worldwide license \(which does not extend to any use of the Photographs to train, fine-tune, test or improve any artificial intelligence or machine-learning model\) to:$/);
    expect(accepted.slice(2)).toEqual(["(a) reproduce the Photographs in its catalogues;", "(b) display the Photographs in its shops."]);
    expect(again).toEqual([]);
  });

  test.each(POSITIONS)("%s: the lead-in's own finding points to the list's restriction from right after its words", (position) => {
    const { accepted, again } = review(["6.5 The Publisher may use the Photographs for any purpose, including to:", "(a) sublicense the Photographs to its affiliates and service providers; and", "(b) frame the Photographs."], position);
    expect(accepted[1]).toBe("6.5 The Publisher may use the Photographs for any purpose (subject to the restriction on AI training below), including to:");
    const { report } = review(["6.5 The Publisher may use the Photographs for any purpose, including to:", "(a) sublicense the Photographs to its affiliates and service providers; and", "(b) frame the Photographs."], position);
    const lead = report.findings.find((f) => f.paragraph === 1)!.suggestions.find((s) => s.position === position)!;
    expect(lead.comment).toMatch(/This change makes the lead-in to the list subject to the restriction on AI training at the end of item \(a\) of Section 6\.5, so that the restriction is stated once\.$/);
    expect(accepted[2]).toMatch(/; this restriction applies to every right granted in Section 6\.5; and$/);
    expect(count(accepted)).toBe(1);
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    expect(again).toEqual([]);
  });
});

describe("what stays as it was", () => {
  test("one risky item: its own restriction, before the separator that joins it to the next item", () => {
    const { accepted } = review(["6.4 The Publisher may:", "(a) print the Photographs in its catalogues;", "(b) sublicense the Photographs to its affiliates and service providers; and", "(c) frame the Photographs."], "primary");
    expect(accepted[3]).toMatch(new RegExp(`${AI_PHRASE.source}, shall not allow anyone who receives the Photographs to do so, and shall bind each recipient to this restriction in writing; and$`));
    expect(accepted[3]).not.toMatch(/every right granted|\band, provided\b/);
  });

  test("the end-of-item slot is the separator, not the joining word", () => {
    const text = "(b) sublicense the Photographs to its affiliates; and";
    expect(provisoSlot(text, { start: 0, end: text.length })).toEqual({ start: text.indexOf(";"), end: text.indexOf(";") + 1, stop: ";" });
    const or = "(b) publish the Photographs online, or";
    expect(provisoSlot(or, { start: 0, end: or.length })).toEqual({ start: or.indexOf(","), end: or.indexOf(",") + 1, stop: "," });
  });

  test("an item that grants more than AI training keeps its other right ('reproduce … in print'): it is not deleted", () => {
    const { accepted } = review(["6.4 The Publisher may:", "(a) reproduce the Photographs in print and use them to train its machine learning models;", "(b) sublicense the Photographs to its distributors."], "primary");
    expect(accepted[2]).toMatch(/^\(a\) reproduce the Photographs in print\b/);
    expect(accepted[2]).not.toMatch(/omitted/i);
  });
});

describe("an item whose only purpose is AI training, beside other risky items", () => {
  const BEFORE = ["6.4 The Publisher may:", "(a) use the Photographs to train its machine learning models;", "(b) use the Photographs for any purpose whatsoever; and", "(c) sublicense the Photographs to its distributors."];
  const AFTER = ["6.4 The Publisher may:", "(a) sublicense the Photographs to its distributors; and", "(b) use the Photographs to train its machine learning models."];
  const grammatical = (accepted: readonly string[]) => {
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
  };

  test("primary: the item is deleted where it stands, its letter kept; the restriction is stated once, for the whole section", () => {
    const { report, accepted, again } = review(BEFORE, "primary");
    expect(accepted[2]).toBe("(a) [Intentionally omitted];");
    expect(accepted[3]).toMatch(POINTER);
    expect(accepted[4]).toMatch(/every right granted in Section 6\.4\.$/);
    expect(count(accepted)).toBe(1);
    const ai = report.findings.find((f) => f.category === "ai-training-grant")!;
    expect(ai.suggestions[0].label).toBe("Delete the AI-training item");
    expect(ai.suggestions[0].original).toBe("use the Photographs to train its machine learning models");
    grammatical(accepted);
    expect(again).toEqual([]);
  });

  test("primary: after the item that states the restriction, too; a UK document says 'Not used'", () => {
    const { accepted, again } = review(AFTER, "primary");
    expect(accepted[3]).toBe("(b) [Intentionally omitted].");
    expect(count(accepted)).toBe(1);
    expect(again).toEqual([]);
    const uk = review([...AFTER, "The Photographer has the right to be identified as the author; the licence is non-exclusive and the Publisher shall honour the colour specifications."], "primary");
    expect(uk.accepted[3]).toBe("(b) [Not used].");
  });

  test.each(["opt-out", "project-scope"] as Position[])("%s: the item's AI permission stands under the one fallback restriction, and points to it", (position) => {
    const before = review(BEFORE, position);
    expect(before.accepted[2]).toBe("(a) use the Photographs to train its machine learning models, subject to the restriction on AI training below;");
    expect(count(before.accepted)).toBe(1);
    expect(before.accepted[4]).toMatch(/every right granted in Section 6\.4\.$/);
    grammatical(before.accepted);
    const after = review(AFTER, position);
    expect(after.accepted[3]).toBe("(b) use the Photographs to train its machine learning models, subject to the restriction on AI training above.");
    expect(count(after.accepted)).toBe(1);
    grammatical(after.accepted);
  });

  test("each pointer's comment is short: where the one restriction is, no what-stays sentence of its own", () => {
    const { report } = review(BEFORE, "primary");
    const pointer = report.findings.find((f) => f.category === "broad-license")!.suggestions[0];
    expect(pointer.comment).toMatch(/This change makes item \(b\) subject to the restriction on AI training at the end of item \(c\) of Section 6\.4, so that the restriction is stated once\.$/);
    expect(pointer.comment).not.toMatch(/keeps the licen[cs]e's scope/);
    const fallback = report.findings.find((f) => f.category === "ai-training-grant")!.suggestions.find((s) => s.position === "opt-out")!;
    expect(fallback.comment).toMatch(/makes item \(a\) subject to the restriction on AI training at the end of item \(c\) of Section 6\.4/);
  });
});

describe("an item that is nothing but its AI purpose, outside a list the clause step drafts", () => {
  test("'(b) to train its machine learning models.' is omitted with its letter kept, never '(b), but not to train …'", () => {
    const paras = [
      'This Agreement is between Northway Studios LLC (the "Client") and Priya Shah (the "Designer").',
      "3. The Designer grants the Client a licence to use the Deliverables:",
      "(a) in its marketing;",
      "(b) to train its machine learning models.",
    ].map((text) => ({ text }));
    const r = analyze(paras);
    const f = r.findings.find((x) => x.paragraph === 3)!;
    const s = f.suggestions[0];
    const after = paras[3].text.slice(0, s.start) + s.replacement + paras[3].text.slice(s.end);
    expect(after).toBe("(b) [Not used].");
    expect(grammarFaults(after)).toEqual([]);
    expect(grammarFaults("(b), but not to train, fine-tune, test or improve any artificial intelligence or machine-learning model.")).toContain("an item label followed by a comma");
    expect(s.comment).toMatch(/deletes this item, whose only purpose was AI training/);
    expect(s.comment).not.toMatch(/restriction stated for the whole clause/);
    expect(r.scoreIfAccepted).toBe(100);
  });
});

describe("items Word numbers itself (automatic numbering: no '(a)' in the text)", () => {
  const L = (text: string, listLevel: number, listLabel?: string): Paragraph => ({ text, listLevel, ...(listLabel ? { listLabel } : {}) });
  const SECTION: Paragraph[] = [
    L("The Publisher may:", 0, "6.4"),
    L("use the Photographs for any purpose whatsoever;", 1, "(a)"),
    L("print the Photographs in its catalogues;", 1, "(b)"),
    L("sublicense the Photographs to its affiliates and service providers; and", 1, "(c)"),
    L("frame the Photographs for its offices.", 1, "(d)"),
    L("Fees", 0, "7."),
  ];
  const reviewParagraphs = (paragraphs: Paragraph[], position: Position) => {
    const all = [{ text: PREAMBLE }, ...paragraphs];
    const report = analyze(all);
    const accepted = applySuggestions(all, editsFor(report.findings, position)).map((p) => p.text);
    return { report, accepted, again: analyze(accepted.map((text, i) => ({ ...all[i], text }))).findings.map((f) => `${f.trigger} in "${accepted[f.paragraph]}"`) };
  };

  test("read as one list clause with its lead-in, the section number Word gives the lead-in, its items one level below", () => {
    expect(listClauses(SECTION)).toEqual([{ lead: 0, items: [1, 2, 3, 4], number: "6.4" }]);
    // without a level on the lead-in: a typed section number and items Word numbers
    expect(listClauses([{ text: "6.4 The Publisher may:" }, L("use the Photographs;", 0), L("frame them.", 0)])).toEqual([{ lead: 0, items: [1, 2], number: "6.4" }]);
  });

  test("a contract Word numbers throughout is not one long list: a clause of several sentences, or one at the lead-in's level, is no item", () => {
    const contract = [{ text: "The parties agree as follows:" }, L("Services. The Photographer shall supply the Photographs.", 0, "1."), L("Licence. The Publisher may use the Photographs for any purpose.", 0, "2.")];
    expect(listClauses(contract)).toEqual([]);
    expect(listClauses([L("The Publisher may:", 0, "6."), L("Fees are due monthly:", 0, "7."), L("in advance.", 1, "(a)")])).toEqual([{ lead: 1, items: [2], number: "7" }]);
  });

  test("under a lead-in Word does not number, a paragraph at a shallower level than the first item is the next clause, not an item", () => {
    const paragraphs = [{ text: "For its marketing, the Publisher may also:" }, L("exploit the Photographs in all media;", 2, "(a)"), L("grant sublicenses of the Photographs.", 2, "(b)"), L("The Publisher may:", 1, "6.5"), L("frame the Photographs.", 2, "(a)")];
    expect(listClauses(paragraphs)).toEqual([
      { lead: 0, items: [1, 2], number: null },
      { lead: 3, items: [4], number: "6.5" },
    ]);
  });

  test.each(POSITIONS)("%s: the restriction once, in the last risky item, for the whole section; grammatical; nothing left to fix", (position) => {
    const { accepted, again } = reviewParagraphs(SECTION, position);
    const [lead, a, b, c, d, next] = accepted.slice(1);
    expect(count(accepted)).toBe(1);
    expect(c).toMatch(new RegExp(`${AI_PHRASE.source}.*; this restriction applies to every right granted in Section 6\\.4; and$`));
    expect(a).toMatch(POINTER);
    expect([lead, b, d, next]).toEqual(SECTION.filter((_, i) => i !== 1 && i !== 3).map((p) => p.text));
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    expect(again).toEqual([]);
  });

  test("an item that is only an AI permission is omitted whole, Word's number kept", () => {
    const { accepted } = reviewParagraphs([L("The Publisher may:", 0, "6.4"), L("sublicense the Photographs to its distributors; and", 1, "(a)"), L("use the Photographs to train its machine learning models.", 1, "(b)")], "primary");
    expect(accepted[3]).toBe("[Intentionally omitted].");
    expect(count(accepted)).toBe(1);
  });
});

describe("verbless items, read with the lead-in that holds their verb (issue 12)", () => {
  const SECTION = ["5.1 The Publisher may use:", "(a) the Photographs, for its catalogues;", "(b) the Contact Sheets to train its machine learning models; and", "(c) all Feedback, for any purpose."];

  test.each(POSITIONS)("%s: one restriction for the section, each item still reads on from 'may use:'; nothing left to fix", (position) => {
    const { accepted, again } = review(SECTION, position);
    expect(count(accepted)).toBe(1);
    // the restriction follows the item's own words, so "may use … all Feedback, for any purpose" still reads as one grant
    expect(accepted[4]).toMatch(/^\(c\) all Feedback, for any purpose, .*; this restriction applies to every right granted in Section 5\.1\.$/);
    expect(accepted[2]).toBe(SECTION[1]);
    expect(accepted[3]).toMatch(position === "primary" ? /^\(b\) \[Intentionally omitted\]; and$/ : /^\(b\) the Contact Sheets to train its machine learning models, subject to the restriction on AI training below; and$/);
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    expect(again).toEqual([]);
  });
});

describe("a lead-in that holds the whole grant, its items only the things granted (issue 12)", () => {
  // "the right to use, for any purpose:" has no work noun of its own: its items complete the sentence
  const SECTION = ["6.4 The Publisher shall have the right to use, for any purpose:", "(a) the Photographs;", "(b) all contact sheets and working files.", "7. Fees"];

  test("the lead-in's grant is found, read with the items that complete it", () => {
    const { report } = review(SECTION, "primary");
    expect(report.findings.map((f) => [f.paragraph, f.category, f.trigger])).toEqual([[1, "broad-license", "for any purpose"]]);
    // the same lead-in with nothing after it grants nothing over the work
    expect(analyze([{ text: PREAMBLE }, { text: SECTION[0] }]).findings).toEqual([]);
  });

  test.each(POSITIONS)("%s: one restriction, in the lead-in where the grant is stated; the items still complete it; nothing left to fix", (position) => {
    const { report, accepted, again } = review(SECTION, position);
    expect(count(accepted)).toBe(1);
    expect(accepted.slice(2)).toEqual(SECTION.slice(1));
    // never added at the colon: "…at any time:" would end the sentence before its items
    expect(accepted[1]).toMatch(/^6\.4 The Publisher shall have the right to use, for any purpose(?: other than to train\b.*model| \((?:except that|provided that)\b[^()]*\)):$/);
    expect(accepted[1]).not.toMatch(/, except that|, provided that/);
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    const s = report.findings[0].suggestions.find((x) => x.position === position) ?? report.findings[0].suggestions[0];
    expect(s.paragraph).toBe(1);
    expect(s.comment).toMatch(/^Section 6\.4: /);
    expect(again).toEqual([]);
  });

  test("primary: the purpose itself carves AI training out, so every item is covered at once", () => {
    const { accepted } = review(SECTION, "primary");
    expect(accepted[1]).toBe("6.4 The Publisher shall have the right to use, for any purpose other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model:");
  });

  test("an unnumbered lead-in joined by 'and', 'whatsoever' after the purpose: the opt-out follows the whole phrase", () => {
    const lines = ["The Publisher may use for any purpose whatsoever:", "(a) the Photographs; and", "(b) all contact sheets."];
    const { accepted, again } = review(lines, "opt-out");
    expect(accepted[1]).toMatch(/^The Publisher may use for any purpose whatsoever \(except that the Publisher shall not use the Photographs .* at any time\):$/);
    expect(accepted.slice(2)).toEqual(lines.slice(1));
    expect(again).toEqual([]);
  });
});

describe("an ownership transfer stated in a lead-in, its items the things transferred (issue 12)", () => {
  const SECTION = ["4.1 The Photographer assigns to the Publisher all right, title and interest in:", "(a) the Photographs; and", "(b) all contact sheets and working files.", "4.2 Fees"];

  test.each(POSITIONS)("%s: one covenant after the whole list, binding successors and licensees; the lead-in untouched; nothing left to fix", (position) => {
    const { report, accepted, again } = review(SECTION, position);
    expect(count(accepted)).toBe(1);
    expect([accepted[1], accepted[2], accepted[4]]).toEqual([SECTION[0], SECTION[1], SECTION[3]]);
    // never "interest (which gives the Publisher no right …) in:": an owner needs no licence, and the phrase would be split
    expect(accepted[3]).toMatch(/^\(b\) all contact sheets and working files; however, the Publisher covenants, for itself and its successors, assignees and licensees, that none of them will use the Photographs\b.*subject to this covenant; this covenant applies to every right granted in Section 4\.1\.$/);
    expect(accepted.join("\n")).not.toMatch(/which gives the Publisher no right/);
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    const s = report.findings[0].suggestions.find((x) => x.position === position) ?? report.findings[0].suggestions[0];
    expect(s.paragraph).toBe(3);
    expect(s.comment).toMatch(/^Section 4\.1: The Publisher will own the Photographs/);
    expect(again).toEqual([]);
  });
});

describe("an ownership lead-in whose items are not read with it (issue 12)", () => {
  // the lead-in's list cannot be seen (a next section follows), so nothing may be added at its colon
  const SECTION = ["4.1 The Photographer assigns to the Publisher all right, title and interest in:", "4.2 Fees are due within thirty days of each invoice."];

  test("comment only: the covenant is proposed as a new sentence at the start of the clause, not as words after its first word", () => {
    const { report } = review(SECTION, "primary");
    const text = commentOnlyText(report.findings[0], report.findings[0].suggestions[0]);
    expect(text).toMatch(/Proposed wording, a new sentence at the start of the clause: “The Publisher covenants, for itself and its successors, assignees and licensees, .* subject to this covenant\.”$/);
    expect(text).not.toMatch(/added after “The”/);
  });

  test.each(POSITIONS)("%s: the owner's covenant as a sentence of its own before the transfer, never a weak parenthesis inside it", (position) => {
    const { report, accepted, again } = review(SECTION, position);
    expect(count(accepted)).toBe(1);
    expect(accepted[1]).toMatch(/^4\.1 The Publisher covenants, for itself and its successors, assignees and licensees, that none of them will use \S.* subject to this covenant\. The Photographer assigns to the Publisher all right, title and interest in:$/);
    expect(accepted.join("\n")).not.toMatch(/which gives the Publisher no right/);
    expect(accepted[2]).toBe(SECTION[1]);
    for (const t of accepted) for (const s of splitSentences(t)) expect({ s: t.slice(s.start, s.end), faults: grammarFaults(t.slice(s.start, s.end)) }).toEqual({ s: t.slice(s.start, s.end), faults: [] });
    const s = report.findings[0].suggestions.find((x) => x.position === position) ?? report.findings[0].suggestions[0];
    expect(s.position).toBe(position);
    expect(s.comment).toMatch(position === "primary" ? /^Section 4\.1: .*adds a covenant by the Publisher/ : /^Section 4\.1: The Publisher will own/);
    expect(again).toEqual([]);
  });
});

describe("a lead-in's restriction reaches every item, not the work term alone (issue 12)", () => {
  test.each(POSITIONS)("%s: an ownership covenant after the list names the work and everything else listed in the section", (position) => {
    const lines = ["4.1 The Photographer assigns to the Publisher all right, title and interest in:", "(a) the Photographs; and", "(b) all contact sheets and working files.", "4.2 Fees"];
    const { accepted, again } = review(lines, position);
    expect(accepted[3]).toMatch(/none of them will use the Photographs or anything else listed in Section 4\.1 or any data derived from them to train\b/);
    expect(accepted[3]).toMatch(/every transfer or license of the Photographs or anything else listed in Section 4\.1 subject to this covenant/);
    expect(again).toEqual([]);
  });

  test.each(["opt-out", "project-scope"] as Position[])("%s: a grant's lead-in names the work and everything else listed below", (position) => {
    const lines = ["6.4 The Publisher shall have the right to use, for any purpose:", "(a) the Photographs;", "(b) all contact sheets and working files.", "7. Fees"];
    const { accepted, again } = review(lines, position);
    expect(accepted[1]).toMatch(/^6\.4 The Publisher shall have the right to use, for any purpose \((?:except that the Publisher shall not use|provided that any use of) the Photographs or anything else listed below or (?:any )?data derived from them to train\b[^()]*\):$/);
    for (const s of splitSentences(accepted[1])) expect(grammarFaults(accepted[1].slice(s.start, s.end))).toEqual([]);
    expect(again).toEqual([]);
  });

  test("items that all name the work: the work term alone, as before", () => {
    const lines = ["4.1 The Photographer assigns to the Publisher all right, title and interest in:", "(a) the Photographs; and", "(b) every print of the Photographs.", "4.2 Fees"];
    const { accepted } = review(lines, "primary");
    expect(accepted[3]).toMatch(/none of them will use the Photographs or any data derived from them to train\b/);
    expect(accepted.join("\n")).not.toMatch(/anything else listed/);
  });
});
