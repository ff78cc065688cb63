/**
 * Drafting a lawyer would sign (issue 12), checked over contracts written for these tests
 * (test/fixtures/drafting and test/fixtures/contracts) and the shapes of every fix kind: for each
 * position, accept everything and read each changed sentence again.
 */
import * as fs from "fs";
import * as path from "path";
import { analyze, buildAddendum } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";
import type { Paragraph, Position } from "../../src/engine/types";
import { atomsOf } from "../../src/engine/read/structure";
import { splitSentences } from "../../src/engine/text";
import { readConventions } from "../../src/engine/fix/conventions";
import { clauseFaults, clauseRange, grammarFaults } from "../support/grammar";
import { editsFor } from "../support/acceptAll";

const FIXTURES = [
  ...["us-services-msa.txt", "uk-licence-agreement.txt", "platform-terms.txt", "multi-sentence-clauses.txt", "list-clauses.txt", "we-you-agency-terms.txt", "maker-voice-terms.txt"].map((f) => path.join(__dirname, "..", "fixtures", "drafting", f)),
  ...["risky-agency-msa.txt", "sow-no-ai.txt", "protective-msa.txt"].map((f) => path.join(__dirname, "..", "fixtures", "contracts", f)),
];
const load = (file: string): Paragraph[] =>
  fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((text) => ({ text }));

/** One clause per fix kind, as contracts word them (written for this test). */
const SHAPES = [
  "The Studio may use the Artwork to train its AI models.",
  "The Studio may use the Artwork for any lawful purpose, including to train machine learning models.",
  "The Studio may use the Artwork for marketing, for analytics and to train its models.",
  "Nothing in this Agreement restricts the Studio from using the Artwork to train machine learning models.",
  "The Studio may reproduce, distribute and display the Artwork and use it as training data for its models.",
  "The Studio may use the Artwork to train its AI models, unless the Illustrator opts out in writing.",
  "The Illustrator grants the Studio a perpetual, irrevocable licence to use the Artwork for any purpose.",
  "The Studio may use the Artwork for its internal business purposes, including to improve its products.",
  "The Studio may aggregate and compile the Artwork with other client files.",
  "The Studio may use anonymized or de-identified Artwork for research and analytics without restriction.",
  "The Studio may share the Artwork with its affiliates, partners and service providers.",
  "The Illustrator assigns to the Studio all right, title and interest in the Artwork, which shall be works made for hire.",
  "The Studio may use any feedback, suggestions or ideas the Illustrator provides about the Artwork.",
  "The Studio may exploit the Artwork in all media throughout the universe in perpetuity.",
  // "any other purpose": one qualifier, "for any purpose other than to train …", never "any other purpose other than …"
  "The Studio may use the Artwork for marketing or for any other purpose.",
  // a clause that already ends in a condition: a fallback joins it as a clause of its own, never a second condition
  "The Studio may share the Artwork with its affiliates, provided that it credits the Illustrator.",
  // a grant phrase that goes on after its purpose: the restriction after the whole phrase, not inside it
  "The Illustrator grants the Studio a licence to use, reproduce, modify and distribute the Artwork for any purpose and in any media.",
  "The Studio may use the Artwork for any purpose, reproduce it and distribute it.",
];
const PREAMBLE = { text: 'This agreement is between Kestrel Studio (the "Studio") and Ana Ruiz (the "Illustrator"), for the project described in each Statement of Work.' };

const POSITIONS: Position[] = ["primary", "opt-out", "project-scope"];
const AI_PHRASE = /artificial intelligence or machine-learning model/g;

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe.each(FIXTURES.map((f) => [path.basename(f), f]))("Accept All on %s", (_name, file) => {
  const paragraphs = load(file);
  const report = analyze(paragraphs);

  test.each(POSITIONS)("%s: one restriction per clause, grammatical, nothing left to fix", (position) => {
    const edits = editsFor(report.findings, position);
    // never inside a quoted defined term or a cross-reference
    for (const e of edits) {
      const atoms = atomsOf(paragraphs[e.paragraph].text);
      for (const a of atoms) {
        expect({ edit: e.original, inside: e.start > a.start && e.start < a.end }).toEqual({ edit: e.original, inside: false });
        expect({ edit: e.original, inside: e.end > a.start && e.end < a.end }).toEqual({ edit: e.original, inside: false });
      }
    }
    const accepted = applySuggestions(paragraphs, edits);
    accepted.forEach((p, i) => {
      if (p.text === paragraphs[i].text) return;
      // the restriction stated at most once per clause (more only where the original already had
      // it); a clause set out as a list is its lead-in and items together
      const [from, to] = clauseRange(accepted, i);
      const clause = accepted.slice(from, to).map((x) => x.text).join("\n");
      expect({ clause, faults: clauseFaults(clause, paragraphs.slice(from, to).map((x) => x.text).join("\n")) }).toEqual({ clause, faults: [] });
      for (const s of sentencesOf(p.text)) expect({ s, faults: grammarFaults(s) }).toEqual({ s, faults: [] });
    });
    // still restrictive: a re-scan finds nothing to fix
    const again = analyze(accepted);
    expect(again.findings.map((f) => `${f.ruleId}: ${f.trigger} in "${accepted[f.paragraph].text}"`)).toEqual([]);
  });

  test("comments: one per change, with the section number where the contract numbers it, never the same text twice", () => {
    const edits = editsFor(report.findings, "primary");
    const comments = edits.map((e) => e.comment);
    expect(new Set(comments).size).toBe(comments.length);
    for (const e of edits) {
      if (/^\s*\d+(?:\.\d+)*\s/.test(paragraphs[e.paragraph].text)) expect(e.comment).toMatch(/^Section \d/);
      expect(e.comment).not.toMatch(/\bthe (?:Deliverables|Materials) itself\b|\bthe (?:Work|Content) themselves\b/);
    }
  });

  test("the document's spelling in every addition", () => {
    const spelling = readConventions(paragraphs).spelling;
    for (const e of editsFor(report.findings, "primary").concat(editsFor(report.findings, "opt-out"))) {
      const added = e.replacement.replace(e.original, "");
      if (spelling === "en-GB") expect(added).not.toMatch(/\blicense\b|\banonymiz/);
      else expect(added).not.toMatch(/\blicence\b|\banonymis/);
    }
  });
});

/**
 * The list fixture as Word holds it when Word numbers it itself: no number or letter in the text,
 * each paragraph's level and the label Word shows ("2.1", "(a)") beside it.
 */
function wordNumbered(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => {
    const m = /^(?:(\d+\.)|(\d+\.\d+)|(\([a-z]\)))\s+(.*)$/.exec(p.text);
    if (!m) return p;
    return m[1] ? { text: m[4], listLevel: 0, listLabel: m[1] } : m[2] ? { text: m[4], listLevel: 1, listLabel: m[2] } : { text: m[4], listLevel: 2, listLabel: m[3] };
  });
}

describe("Accept All on the list fixture as Word numbers it (labels not in the text)", () => {
  const paragraphs = wordNumbered(load(path.join(__dirname, "..", "fixtures", "drafting", "list-clauses.txt")));
  const report = analyze(paragraphs);

  test("the helper reads a clause set out as a list by Word's labels: the lead-in and its items", () => {
    const lead = paragraphs.findIndex((p) => p.listLabel === "2.1");
    expect(clauseRange(paragraphs, lead + 2)).toEqual([lead, lead + 4]);
    // typed in the text, the same clause; a section number is no item
    expect(clauseRange(["2.1 The Client may:", "(a) print them;", "(b) frame them.", "2.2 Fees."], 1)).toEqual([0, 3]);
    expect(clauseRange([{ text: "Fees." , listLabel: "2.2" }, { text: "Term.", listLabel: "2.3" }], 1)).toEqual([1, 2]);
  });

  test.each(POSITIONS)("%s: one restriction per clause, grammatical, nothing left to fix", (position) => {
    const accepted = applySuggestions(paragraphs, editsFor(report.findings, position));
    let changed = 0;
    accepted.forEach((p, i) => {
      if (p.text === paragraphs[i].text) return;
      changed++;
      const [from, to] = clauseRange(accepted, i);
      const clause = accepted.slice(from, to).map((x) => x.text).join("\n");
      expect({ clause, faults: clauseFaults(clause, paragraphs.slice(from, to).map((x) => x.text).join("\n")) }).toEqual({ clause, faults: [] });
      for (const s of sentencesOf(p.text)) expect({ s, faults: grammarFaults(s) }).toEqual({ s, faults: [] });
    });
    expect(changed).toBeGreaterThan(5);
    const again = analyze(accepted);
    expect(again.findings.map((f) => `${f.ruleId}: ${f.trigger} in "${accepted[f.paragraph].text}"`)).toEqual([]);
  });

  test("each comment on a paragraph Word numbers names its section by Word's number", () => {
    for (const e of editsFor(report.findings, "primary")) {
      if (paragraphs[e.paragraph].listLabel && e.paragraph < paragraphs.findIndex((p) => p.listLabel === "4.")) expect({ text: paragraphs[e.paragraph].text, comment: e.comment }).toEqual({ text: paragraphs[e.paragraph].text, comment: expect.stringMatching(/^Section 2\.[1-6] \(Use of the Deliverables\)|^Section 3\.[12] \(License and Waiver\)/) });
    }
  });
});

describe("every fix kind × position", () => {
  test.each(SHAPES)("%s", (text) => {
    const paragraphs = [PREAMBLE, { text }];
    const report = analyze(paragraphs);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const position of POSITIONS) {
      const edits = editsFor(report.findings, position);
      const accepted = applySuggestions(paragraphs, edits)[1].text;
      for (const s of sentencesOf(accepted)) {
        expect({ position, s, faults: grammarFaults(s) }).toEqual({ position, s, faults: [] });
        expect((s.match(AI_PHRASE) ?? []).length).toBeLessThanOrEqual(1);
      }
      expect({ position, accepted, again: analyze([PREAMBLE, { text: accepted }]).findings.map((f) => f.trigger) }).toEqual({ position, accepted, again: [] });
      // every position is available here: the contract names a Statement of Work and has no opt-out of its own
      if (!/opts? out/.test(text)) for (const f of report.findings) expect(f.suggestions.some((x) => x.position === position)).toBe(true);
    }
  });

  test("over-reach: 'for any lawful purpose' keeps every purpose but AI training", () => {
    const r = analyze([PREAMBLE, { text: SHAPES[1] }]);
    const after = applySuggestions([PREAMBLE, { text: SHAPES[1] }], editsFor(r.findings, "primary"))[1].text;
    expect(after).toBe("The Studio may use the Artwork for any lawful purpose other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model.");
    expect(after).not.toMatch(/solely|purposes of this Agreement/);
  });

  // a permission whose only purpose is AI: taking the purpose off would leave a general "may
  // process" the contract never gave, so the permission becomes a prohibition of that use
  test.each([
    [
      "The Studio may process the Artwork and related usage data to develop and train its machine learning models.",
      "The Studio shall not process the Artwork and related usage data to develop and train its machine learning models.",
    ],
    [
      "The Studio may reproduce, adapt and display the Artwork and use it to fine-tune language models.",
      "The Studio may reproduce, adapt and display the Artwork but may not use it to fine-tune language models.",
    ],
    [
      "The Studio may process the Artwork and related metadata to develop its machine learning features, unless the Illustrator opts out in the account settings.",
      "The Studio shall not process the Artwork and related metadata to develop its machine learning features.",
    ],
    [
      "The Studio may use the Artwork to train its AI models, unless the Illustrator opts out in writing.",
      "The Studio shall not use the Artwork to train its AI models.",
    ],
  ])("over-reach: a permission whose only purpose is AI becomes a prohibition, never a general right: %s", (text, expected) => {
    const r = analyze([PREAMBLE, { text }]);
    const after = applySuggestions([PREAMBLE, { text }], editsFor(r.findings, "primary"))[1].text;
    expect(after).toBe(expected);
    expect(after).not.toMatch(/, but not (?:to|for)\b/);
  });

  test("'… or for any other purpose' becomes '… or for any purpose other than to train …': one restriction, no second qualifier", () => {
    const text = "The Studio may use the Artwork for marketing or for any other purpose.";
    const report = analyze([PREAMBLE, { text }]);
    const accepted = applySuggestions([PREAMBLE, { text }], editsFor(report.findings, "primary"))[1].text;
    expect(accepted).toBe("The Studio may use the Artwork for marketing or for any purpose other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model.");
    expect(grammarFaults("The Studio may use the Artwork for any other purpose other than to train its models.")).toContain("two qualifiers on one purpose");
  });

  test("the restriction goes after the whole grant phrase, never inside it", () => {
    for (const [text, phrase] of [
      ["The Illustrator grants the Studio a licence to use, reproduce, modify and distribute the Artwork for any purpose and in any media.", "for any purpose and in any media, provided that"],
      ["The Studio may use the Artwork for any purpose, reproduce it and distribute it.", "for any purpose, reproduce it and distribute it, provided that"],
    ]) {
      const report = analyze([PREAMBLE, { text }]);
      const accepted = applySuggestions([PREAMBLE, { text }], editsFor(report.findings, "primary"))[1].text;
      expect(accepted).toContain(phrase);
    }
    // a purpose that ends its phrase is still qualified where it stands
    const own = "The Studio may use the Artwork for any purpose and may share it with its printers.";
    const report = analyze([PREAMBLE, { text: own }]);
    expect(applySuggestions([PREAMBLE, { text: own }], editsFor(report.findings, "primary"))[1].text).toMatch(/^The Studio may use the Artwork for any purpose other than to train/);
  });

  test("a clause that speaks of its own object, not the work term, is restricted in its own words", () => {
    const sow = [
      { text: 'This Statement of Work is issued under the Master Services Agreement between Kestrel Studio (the "Studio") and Ana Ruiz (the "Illustrator").' },
      { text: '"Deliverables" means the illustrations described in this Statement of Work.' },
      { text: "The Studio may use the campaign materials for any purpose and may share the campaign materials with its partners." },
      { text: "The Studio may share the Deliverables with its partners." },
    ];
    const report = analyze(sow);
    for (const position of POSITIONS) {
      const accepted = applySuggestions(sow, editsFor(report.findings, position));
      expect(accepted[2].text).toMatch(/\bthe campaign materials or (?:any )?data derived from them to train/);
      expect(accepted[2].text).not.toMatch(/Deliverables/);
      // a clause that names the work term keeps it
      expect(accepted[3].text).toMatch(/\bthe Deliverables or (?:any )?data derived from them to train/);
      for (const s of sentencesOf(accepted[2].text)) expect(grammarFaults(s)).toEqual([]);
      expect(analyze(accepted).findings.map((f) => f.trigger)).toEqual([]);
    }
  });

  test("project-scope never stacks a second condition on a clause that ends in one", () => {
    for (const [text, join] of [
      ["The Studio may use the Artwork to train its AI models, unless the Illustrator opts out in writing.", "opts out in writing; however, any use"],
      ["The Studio may share the Artwork with its affiliates, provided that it credits the Illustrator.", "credits the Illustrator and that any use"],
    ]) {
      const report = analyze([PREAMBLE, { text }]);
      const accepted = applySuggestions([PREAMBLE, { text }], editsFor(report.findings, "project-scope"))[1].text;
      expect(accepted).toContain(join);
      expect(accepted).toMatch(/any use of the Artwork or data derived from it to train, .* is limited to the project described in the applicable Statement of Work/);
      expect(grammarFaults(accepted)).toEqual([]);
    }
    expect(grammarFaults("The Studio may use it, unless the Illustrator opts out, provided that any use is limited to the project.")).toContain("two conditions stacked on one permission");
  });

  test("over-reach: a permission with other purposes keeps them; only the AI purpose goes", () => {
    const text = "The Studio may use the Artwork for marketing, for analytics and to train its models.";
    const r = analyze([PREAMBLE, { text }]);
    const after = applySuggestions([PREAMBLE, { text }], editsFor(r.findings, "primary"))[1].text;
    expect(after).toMatch(/^The Studio may use the Artwork for marketing and for analytics\b/);
  });

  test("a permission to build models of the maker's style is taken out, not contradicted by a proviso", () => {
    const text = "The Studio may use the Artwork to build models of the Illustrator's drawing style.";
    const r = analyze([PREAMBLE, { text }]);
    const primary = editsFor(r.findings, "primary");
    const after = applySuggestions([PREAMBLE, { text }], primary)[1].text;
    expect(after).toBe("The Studio shall not use the Artwork to build models of the Illustrator's drawing style.");
    for (const s of primary) expect(s.comment).not.toMatch(/keeps the purpose as written/);
  });

  test("a 'Nothing restricts' waiver now prohibits", () => {
    const r = analyze([PREAMBLE, { text: SHAPES[3] }]);
    const after = applySuggestions([PREAMBLE, { text: SHAPES[3] }], editsFor(r.findings, "primary"))[1].text;
    expect(after).toMatch(/, except that the Studio shall not use the Artwork or any data derived from it to train/);
    expect(analyze([PREAMBLE, { text: after }]).protections.some((p) => p.kind === "no-ai-training" && !p.partial)).toBe(true);
  });

  test("ownership: a covenant binding the owner, its successors, assignees and licensees, and every onward transfer", () => {
    const r = analyze([PREAMBLE, { text: SHAPES[11] }]);
    const s = r.findings.find((f) => f.category === "ownership")!.suggestions[0];
    expect(s.replacement).toMatch(/the Studio covenants, for itself and its successors, assignees and licensees, that none of them will use the Artwork/);
    expect(s.replacement).toMatch(/shall make every transfer or license of the Artwork subject to this covenant/);
    expect(s.replacement).not.toMatch(/acquires no right/);
  });

  test("never inside a quoted defined term or a cross-reference: the definition's body or the clause is qualified instead", () => {
    const doc = [
      PREAMBLE,
      { text: '"Usage Data" (including Feedback) means data about how the Artwork is used, which the Studio may aggregate and compile.' },
      { text: "The Studio may share Feedback and Usage Data with its partners as described in Section 2.5 (Feedback and Usage Data)." },
    ];
    const r = analyze(doc);
    expect(r.findings.length).toBeGreaterThan(1);
    const edits = editsFor(r.findings, "primary");
    const accepted = applySuggestions(doc, edits).map((p) => p.text);
    expect(accepted[1]).toMatch(/^"Usage Data" \(including Feedback\) means data about how the Artwork is used, which the Studio may aggregate and compile, provided that/);
    expect(accepted[2]).toMatch(/^The Studio may share Feedback and Usage Data with its partners as described in Section 2\.5 \(Feedback and Usage Data\), provided that/);
  });

  test("project-scope names the contract's project, and is not offered where the contract describes none", () => {
    const withSow = analyze([PREAMBLE, { text: SHAPES[6] }]).findings[0];
    expect(withSow.suggestions.find((s) => s.position === "project-scope")!.replacement).toMatch(/is limited to the project described in the applicable Statement of Work/);
    const none = analyze([{ text: 'This agreement is between Kestrel Studio (the "Studio") and Ana Ruiz (the "Illustrator").' }, { text: SHAPES[6] }]).findings[0];
    expect(none.suggestions.some((s) => s.position === "project-scope")).toBe(false);
  });
});

describe("one restriction per clause, not per sentence (issue 12 audit)", () => {
  const accept = (text: string, position: Position) => {
    const paragraphs = [PREAMBLE, { text }];
    const r = analyze(paragraphs);
    const accepted = applySuggestions(paragraphs, editsFor(r.findings, position))[1].text;
    return { r, accepted, again: analyze([PREAMBLE, { text: accepted }]).findings.map((f) => f.trigger) };
  };

  test.each([
    // data and a sub-licence: the earlier sentence points to the one restriction
    ["5.2 The Studio may aggregate the Artwork with other client files. The Studio may also share the Artwork with its affiliates and service providers.", 1],
    // a purpose, settled by the clause's prohibition, needs no edit of its own (a fallback is no
    // full prohibition: there it gets the pointer too)
    ["5.3 The Studio may use the Artwork for research and analytics. The Studio may also compile the Artwork with other client files.", 0],
    ["5.4 The Studio may use anonymized or de-identified Artwork for benchmarking. The Studio may sublicense the Artwork to its vendors. The Studio may derive insights from the Artwork.", 2],
    // an AI example after a purpose is deleted, not restated, when the clause states the restriction anyway
    ["5.5 The Studio may share the Artwork with its service providers. The Studio may use the Artwork for any lawful purpose, including to train machine learning models.", 1],
  ])("%s", (text, primaryPointers) => {
    for (const position of POSITIONS) {
      const pointers = position === "primary" ? primaryPointers : sentencesOf(text).length - 1;
      const { r, accepted, again } = accept(text, position);
      expect(new Set(r.findings.map((f) => r.findings.length && f.start)).size).toBeGreaterThan(1);
      expect({ position, accepted, count: (accepted.match(AI_PHRASE) ?? []).length }).toEqual({ position, accepted, count: 1 });
      expect({ position, accepted, pointers: (accepted.match(/, subject to the restriction on AI training below\./g) ?? []).length }).toEqual({ position, accepted, pointers });
      // the restriction is the clause's last, and reaches back over the clause
      expect(accepted).toMatch(/; this restriction applies to every right granted in this clause\.$/);
      for (const s of sentencesOf(accepted)) expect({ position, s, faults: grammarFaults(s) }).toEqual({ position, s, faults: [] });
      expect({ position, accepted, again }).toEqual({ position, accepted, again: [] });
    }
  });

  test.each([
    // the waiver after the licence, and before it
    "6.1 The Illustrator grants the Studio a perpetual licence to use the Artwork for any purpose. Nothing in this Agreement restricts the Studio from using the Artwork to train its machine learning models.",
    "6.2 Nothing in this Agreement prevents the Studio from using the Artwork to fine-tune its models. The Studio may also use the Artwork for its internal business purposes.",
  ])("a waiver turned into a prohibition is the clause's one restriction: the licence beside it shares it (%s)", (text) => {
    for (const position of POSITIONS) {
      const { r, accepted, again } = accept(text, position);
      expect({ position, accepted, count: (accepted.match(AI_PHRASE) ?? []).length }).toEqual({ position, accepted, count: 1 });
      for (const s of sentencesOf(accepted)) expect({ position, s, faults: grammarFaults(s) }).toEqual({ position, s, faults: [] });
      expect({ position, accepted, again }).toEqual({ position, accepted, again: [] });
      if (position !== "primary") continue;
      // the purpose keeps its words; the waiver states the prohibition, and its comment says it settles the purpose too
      expect(accepted).not.toMatch(/other than to train/);
      expect(accepted).toMatch(/, except that the Studio shall not use the Artwork or any data derived from it to train/);
      const edits = editsFor(r.findings, "primary");
      expect(edits).toHaveLength(1);
      expect(edits[0].comment).toMatch(/The same change settles "for (?:any|its internal business) purposes?"/);
    }
  });

  test("a waiver before a right that needs its recipients bound points to the clause's one restriction", () => {
    const text = "6.3 Nothing in this Agreement restricts the Studio from using the Artwork to train its models. The Studio may share the Artwork with its service providers.";
    for (const position of POSITIONS) {
      const { accepted, again } = accept(text, position);
      expect({ position, accepted, count: (accepted.match(AI_PHRASE) ?? []).length }).toEqual({ position, accepted, count: 1 });
      for (const s of sentencesOf(accepted)) expect({ position, s, faults: grammarFaults(s) }).toEqual({ position, s, faults: [] });
      expect({ position, accepted, again }).toEqual({ position, accepted, again: [] });
    }
    const { accepted } = accept(text, "primary");
    expect(accepted).toMatch(/^6\.3 Nothing in this Agreement restricts the Studio from using the Artwork, subject to the restriction on AI training below\. The Studio may share the Artwork with its service providers, provided that .*shall bind each recipient to this restriction in writing; this restriction applies to every right granted in this clause\.$/);
  });

  test("a one-sentence clause keeps its plain proviso", () => {
    const { accepted } = accept("The Studio may aggregate the Artwork with other client files.", "primary");
    expect(accepted).not.toMatch(/every right granted in this clause|subject to the restriction/);
  });

  test("each earlier sentence's comment says it points to the clause's limit", () => {
    const { r } = accept("5.2 The Studio may aggregate the Artwork with other client files. The Studio may also share the Artwork with its affiliates and service providers.", "primary");
    const pointer = r.findings.find((f) => f.category === "data-aggregation")!.suggestions[0];
    expect(pointer.replacement).toBe(", subject to the restriction on AI training below.");
    expect(pointer.comment).toMatch(/makes this sentence subject to the limit on AI training added later in this clause/);
  });
});

describe("a definition is qualified in its body, never given a proviso (issue 12 audit)", () => {
  test.each([
    ['"Permitted Purpose" means any purpose whatsoever.', /^"Permitted Purpose" means any purpose whatsoever other than/],
    ['1.4 "Permitted Purpose" means any purpose whatsoever, including marketing.', /^1\.4 "Permitted Purpose" means any purpose whatsoever other than/],
    // no "any purpose" to qualify: AI training is excluded from what the term means, at its end
    ['"Permitted Use" means the Studio\'s internal business purposes.', /^"Permitted Use" means the Studio's internal business purposes, excluding\b/],
  ])("%s", (text, body) => {
    const paragraphs = [PREAMBLE, { text }];
    const r = analyze(paragraphs);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const position of POSITIONS) {
      const edits = editsFor(r.findings, position);
      expect(r.findings.every((f) => f.suggestions.some((s) => s.position === position))).toBe(true);
      const accepted = applySuggestions(paragraphs, edits)[1].text;
      expect({ position, accepted }).toEqual({ position, accepted: expect.stringMatching(body) });
      expect(accepted).not.toMatch(/, (?:provided|except) that|; however,/);
      for (const s of sentencesOf(accepted)) expect({ position, s, faults: grammarFaults(s) }).toEqual({ position, s, faults: [] });
      expect({ position, again: analyze([PREAMBLE, { text: accepted }]).findings.map((f) => f.trigger) }).toEqual({ position, again: [] });
    }
  });
});

describe("fallback positions keep the primary's other protections (issue 12 audit)", () => {
  const fallbacks = (text: string) => {
    const f = analyze([PREAMBLE, { text }]).findings[0];
    return (["opt-out", "project-scope"] as Position[]).map((p) => f.suggestions.find((s) => s.position === p)!.replacement);
  };

  test("ownership: the covenant still binds successors, assignees and licensees and every onward transfer", () => {
    for (const r of fallbacks("The Illustrator assigns to the Studio all right, title and interest in the Artwork.")) {
      expect(r).toMatch(/^; however, the Studio covenants, for itself and its successors, assignees and licensees, that none of them will use the Artwork/);
      expect(r).toMatch(/the Studio shall make every transfer or license of the Artwork subject to this covenant\.$/);
    }
  });

  test("feedback: the work itself stays out of the feedback right", () => {
    for (const r of fallbacks("The Studio may use any feedback, suggestions or ideas the Illustrator provides about the Artwork.")) {
      expect(r).toMatch(/^, provided that this right does not extend to the Artwork, /);
    }
  });

  test("sub-licensing: recipients are still bound", () => {
    for (const r of fallbacks("The Studio may sublicense the Artwork to its vendors.")) expect(r).toMatch(/shall bind each recipient to this restriction in writing\.$/);
  });
});

describe("the addendum covers what a practitioner would put in it", () => {
  const a = buildAddendum({ parties: { agency: "Client", contractor: "Contractor", work: "Deliverables" } });
  const bodies = a.filter((p) => p.kind === "body");
  /** Which section's sentence covers each element of the list. */
  const ELEMENTS: Array<[string, RegExp]> = [
    ["broad AI definition", /\u201cAI System\u201d means any artificial intelligence or machine-learning system, model or algorithm, including large language models/],
    // a contract that defines "AI System" itself keeps its meaning; the addendum's governs the addendum
    ["definitions scoped to the addendum", /^For the purposes of this addendum, whatever meaning the terms have elsewhere in [^:]+: \u201cAI System\u201d means/],
    ["Train defined: fine-tuning", /\u201cTrain\u201d and \u201cTraining\u201d mean any use [^.]*fine-tune/],
    ["Train defined: validation and benchmarking", /\u201cTraining\u201d mean[^.]*validate, test, benchmark/],
    ["Train defined: distillation", /\u201cTraining\u201d mean[^.]*distillation/],
    ["Train defined: embedding or indexing for retrieval", /\u201cTraining\u201d mean[^.]*creating embeddings or an index for retrieval/],
    ["Train defined: prompting with the work", /\u201cTraining\u201d mean[^.]*prompting or conditioning an AI System with the Deliverables/],
    ["Train defined: synthetic data", /\u201cTraining\u201d mean[^.]*generating synthetic data/],
    ["Train defined: style imitation", /\u201cTraining\u201d mean[^.]*imitate the style of the Contractor/],
    ["the prohibition", /The Client shall not use, ingest, upload, process or make available the Deliverables to train/],
    ["derivative data and metadata", /extends to all data derived from the Deliverables, including metadata, embeddings/],
    ["vendors and subprocessors bound, client responsible", /subprocessor or a service provider[^.]*shall bind every permitted recipient[^.]*is responsible for every act and omission of a recipient/],
    ["breach notice within stated days", /shall notify the Contractor in writing within 5 days after it becomes aware of any actual or suspected breach/],
    ["deletion from datasets and models", /delete the Deliverables and all data derived from them from every training set[^.]*retrain without them, or destroy, every AI System Trained on them/],
    ["written certification", /shall certify in writing to the Contractor, signed by an authorized officer/],
    ["audit", /The Contractor may, on reasonable written notice, audit/],
    ["injunctive relief and other remedies", /injunction, specific performance and other equitable relief[^.]*in addition to damages, an account of profits and any other remedy/],
    ["excluded from limitation of liability", /No limitation or exclusion of liability in the agreement[^.]*applies to the Client's liability for a breach of this addendum/],
    ["survival", /This addendum survives the termination or expiry of the agreement/],
    ["binds successors, assignees and licensees", /It binds the Client's successors, assignees and licensees and every later owner/],
    ["precedence", /This addendum prevails over any conflicting or inconsistent term of the agreement/],
    ["the client's other rights unaffected", /nothing in it reduces any right the Client has under the agreement/],
    ["incorporated by reference", /forms part of the agreement between the Client and the Contractor, is incorporated into it by reference/],
    // the contract can refer to the addendum's sections by their own numbers, a section added later included
    ["its section numbers, referable from the contract", /Its sections are numbered from AI-1, apart from the sections of the agreement, and a reference in the agreement to a section so numbered is to that section of this addendum\./],
  ];

  test.each(ELEMENTS)("%s", (_element, re) => {
    const covering = bodies.filter((b) => re.test(b.text));
    expect(covering.length).toBe(1);
  });

  test("sections are numbered AI-1, AI-2, …: never a number the host contract uses", () => {
    const headings = a.filter((p) => p.kind === "heading");
    expect(headings.map((h) => h.number)).toEqual(headings.map((_h, i) => `AI-${i + 1}`));
    for (const b of bodies) for (const m of b.text.matchAll(/\bSection ([\w-]+)/g)) expect(m[1]).toMatch(/^AI-\d+$/);
  });

  test("the contract's body cites no section of the addendum: only the addendum's own preamble names its numbering", () => {
    const paragraphs = [PREAMBLE, ...SHAPES.map((text) => ({ text }))];
    const report = analyze(paragraphs);
    for (const f of report.findings) for (const s of f.suggestions) expect(s.replacement).not.toMatch(/\bAI-\d|\baddendum\b/i);
    const preamble = bodies.filter((b) => b.number === undefined);
    expect(preamble).toHaveLength(1);
    expect(preamble[0].text).toMatch(/numbered from AI-1/);
  });

  test("quotes in the document's style, as spelling is: straight where the contract writes straight quotes", () => {
    const straight = buildAddendum({ parties: { agency: "Client", contractor: "Contractor", work: "Deliverables" }, curlyQuotes: false }).map((p) => p.text).join("\n");
    expect(straight).toMatch(/"AI System" means/);
    expect(straight).not.toMatch(/[\u201c\u201d]/);
    expect(bodies.map((p) => p.text).join("\n")).toMatch(/\u201cAI System\u201d means/);
  });

  test("a re-scan credits every protection and finds nothing in it", () => {
    const r = analyze([{ text: "The Client may use the Deliverables for its campaign." }, ...a.map((p) => ({ text: p.text }))]);
    expect(r.missing).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});

describe("comment grammar (issue 12 audit)", () => {
  const PRE = { text: 'This agreement is between Kestrel Studio (the "Studio") and Ana Ruiz (the "Illustrator").' };
  const comments = (...texts: string[]) => {
    const paragraphs = [PRE, ...texts.map((text) => ({ text }))];
    return editsFor(analyze(paragraphs).findings, "primary").map((s) => s.comment);
  };

  test("the verb agrees with several quoted words", () => {
    const [c] = comments("The Studio may sublicense or share the Artwork with its affiliates, partners and service providers.");
    expect(c).toMatch(/["\u201d] and ["\u201c][^"\u201d]+["\u201d] let the Artwork pass/);
    expect(c).not.toMatch(/["\u201d] lets\b/);
  });

  test("a trigger that is only the clause kind's own word is not quoted as if it explained anything", () => {
    const all = comments("The Illustrator grants the Studio a perpetual, royalty-free right to use any feedback, suggestions or ideas the Illustrator provides during the engagement.");
    for (const c of all) expect(c).not.toMatch(/worded like ["\u201c]feedback["\u201d]/);
    expect(all.join(" ")).toMatch(/This feedback right can be read to reach the [\w ]+ itself/);
  });

  test("an edit that deletes an opt-out condition does not say it keeps the permission, and says what it deletes", () => {
    const [c] = comments("The Studio may use the Artwork to train its AI models, unless the Illustrator opts out in writing.");
    expect(c).not.toMatch(/keeps the permission/);
    expect(c).toMatch(/deletes the opt-out condition/);
  });

  test("a comment quotes the words its change qualifies: 'perpetual, irrevocable' found, 'for any purpose' carved", () => {
    // the condition's "not" ("To the extent any Artwork is not assigned, …") does not reach the grant: the
    // clause reads as it would without the condition, and its one edit carves AI training out of the purpose
    const [c] = comments("To the extent any Artwork is not assigned, the Illustrator grants the Studio a perpetual, irrevocable, worldwide, royalty-free licence to use, copy, modify and distribute the Artwork for any purpose.");
    expect(c).toMatch(/As written, ["\u201c]for any purpose["\u201d] makes the licence wide enough to cover AI training\./);
    expect(c).toMatch(/carves AI training out of it\./);
    // with no open purpose to carve, the perpetual grant is the finding, and its comment quotes it
    const [e] = comments("To the extent any Artwork is not assigned, the Illustrator grants the Studio a perpetual, irrevocable, worldwide licence to use, copy, modify and distribute the Artwork for its advertising.");
    expect(e).toMatch(/As written, ["\u201c]perpetual, irrevocable["\u201d] makes the licence wide enough/);
    // a trigger that is the purpose itself is not quoted twice
    const [d] = comments("The Studio may use the Artwork for any lawful purpose.");
    expect(d.match(/for any lawful purpose/g)).toHaveLength(1);
  });

  test("an ownership comment speaks of an assignment only where the clause makes one", () => {
    const [c] = comments("All Artwork shall be the sole and exclusive property of the Studio.");
    expect(c).toMatch(/The Studio's ownership of the Artwork stays exactly as agreed\./);
    expect(c).not.toMatch(/assignment/);
  });

  test("what stays as agreed is said once per document, not in every comment", () => {
    const all = comments(
      "The Studio may use the Artwork as training data for its generative models.",
      "The Studio may include the Artwork in training datasets for artificial intelligence systems.",
      "The Studio may use the Artwork to fine-tune its language models."
    );
    expect(all.length).toBe(3);
    expect(all.filter((c) => /Every other use the Studio may make of the Artwork stays as agreed\./.test(c)).length).toBe(1);
  });
});

describe("terms written as \"we\" and \"you\": the clauses' words speak as the terms do, the comments in the third person", () => {
  const words = (file: string): { report: ReturnType<typeof analyze>; added: string; comments: string } => {
    const report = analyze(load(path.join(__dirname, "..", "fixtures", "drafting", file)));
    const edits = [...editsFor(report.findings, "primary"), ...editsFor(report.findings, "opt-out")];
    return { report, added: edits.map((e) => e.replacement).join("\n"), comments: edits.map((e) => e.comment).join("\n") };
  };

  test("an agency writing as \"we\" to the freelancer: \"we shall not use\", \"we covenant, for ourselves and our successors\", \"once you have opted out\"", () => {
    const { report, added, comments } = words("we-you-agency-terms.txt");
    expect(report.roles).toMatchObject({ user: "you", other: "we" });
    expect(added).toMatch(/provided that we shall not use the Submissions/);
    expect(added).toMatch(/; however, we covenant, for ourselves and our successors, assignees and licensees, that none of them will use/);
    expect(added).toMatch(/once you have opted out of that use by written notice, which you may give at any time/);
    // no name the terms never use, and no third-person verb on a pronoun
    expect(added).not.toMatch(/\bthe (?:Company|User|Contractor|Client)\b|Brightwell|\bwe covenants\b|\byou has\b/);
    // the comments are the freelancer's notes to the agency: the agency by the name the terms give "we"
    expect(comments).toMatch(/Brightwell Creative Ltd/);
    expect(comments).not.toMatch(/\bwe (?:covenant|shall)\b/);
  });

  test("a maker writing as \"we\" to its client: the client covenants as \"you\", the maker opts out as \"we\"", () => {
    const { report, added } = words("maker-voice-terms.txt");
    expect(report.roles).toMatchObject({ user: "we", other: "you" });
    expect(added).toMatch(/; however, you covenant, for yourself and your successors, assignees and licensees, that none of them will use the Deliverables/);
    expect(added).toMatch(/provided that you shall not use the Deliverables/);
    expect(added).toMatch(/once we have opted out of that use by written notice, which we may give at any time/);
    expect(added).not.toMatch(/\bthe (?:Customer|Client|Company|Contractor)\b|\byou covenants\b/);
  });

  test("a clause that names its own object, and a list's other items, keep their words: \"your photos\" is only the work term's voice", () => {
    const report = analyze(
      [
        "CONTRIBUTOR TERMS",
        'These terms govern the photos you send to Lumen Pictures Ltd ("we", "us" or "our"). In these terms "you" means the photographer who uploads photos to our site.',
        "1. You will upload your photos to our site and keep the originals.",
        "2. We will pay you a fee for each of your photos we license to a customer.",
        "3. We may share the promotional materials with our affiliates and service providers.",
        "4. We may use the following for any purpose:",
        "(a) your photos;",
        "(b) all captions and location notes you supply.",
      ].map((text) => ({ text })),
    );
    expect(report.roles).toMatchObject({ user: "you", other: "we" });
    const share = report.findings.find((f) => f.category === "sublicensing")!;
    expect(share.suggestions[0].replacement).toMatch(/we shall not use the promotional materials or any data derived from them/);
    const list = report.findings.find((f) => f.ruleId === "broad-license/any-purpose")!;
    expect(list.suggestions.map((s) => s.replacement).join(" ")).toMatch(/your photos or anything else listed below/);
  });

  test("a company's name read from '\"we\" … mean X Ltd.' ends with its sentence", () => {
    const report = analyze(
      [
        "CONTRIBUTOR TERMS",
        'In these terms "we", "us" and "our" mean Lumen Pictures Ltd. You are the photographer who uploads photos to our site.',
        "1. You will upload your photos to our site and we will pay you a fee for each of your photos we license.",
        "2. We may use your photos for any purpose.",
        "3. We may share your photos with our affiliates and service providers.",
      ].map((text) => ({ text })),
    );
    const comments = report.findings.flatMap((f) => f.suggestions.map((s) => s.comment)).join(" ");
    expect(comments).toMatch(/Lumen Pictures Ltd keeps/);
    expect(comments).not.toMatch(/Ltd\. You/);
  });

  test("terms addressed to the maker as \"you\" speak of its work as the terms do: \"your photos\"", () => {
    const report = analyze([
      { text: 'These terms govern your use of Lumenbox. In these terms "we" and "us" mean Lumenbox Ltd and "you" means the person who uploads photos.' },
      { text: "You keep your photos. By uploading your photos you give us a licence to host them, and we may share your photos with our partners." },
      { text: "You can delete your account at any time, and you can contact us with any question about your photos or these terms." },
    ]);
    expect(report.roles).toMatchObject({ user: "you", other: "we" });
    const f = report.findings.find((x) => x.category === "sublicensing")!;
    expect(f.suggestions[0].replacement).toMatch(/we shall not use your photos or any data derived from them/);
    // the comment is the user's: "the photos"
    expect(f.suggestions[0].comment).not.toMatch(/your photos/);
  });
});
