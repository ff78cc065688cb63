/**
 * Comments written into Word name the section and the item (issue 12), also where Word numbers the
 * clauses itself and the text holds no number: the host reads Word's labels (listString), the
 * engine takes them for section numbers and item letters, and each comment the Word layer writes
 * says "Section 6.4 (Licence): …" or "item (a) … of Section 6.5". Contract text written for this test.
 */
import { analyze } from "../../src/engine";
import type { ApplyRequest } from "../../src/host/types";
import { FakeWord } from "../support/fakeWord";
import { hostFor } from "./helpers";

const CONTRACT = [
  'This agreement is between Acme Studio Inc. (the "Agency") and Lee Park (the "Contractor").',
  { text: "Licence", styleBuiltIn: "Heading1", listItem: true, listLevel: 0, listString: "6." },
  { text: "The Contractor shall deliver the Deliverables on the agreed dates.", listItem: true, listLevel: 1, listString: "6.1" },
  { text: "The Agency shall pay each invoice within thirty days.", listItem: true, listLevel: 1, listString: "6.2" },
  { text: "The Agency shall credit the Contractor in each publication.", listItem: true, listLevel: 1, listString: "6.3" },
  { text: "The Agency may use the Deliverables for any purpose.", listItem: true, listLevel: 1, listString: "6.4" },
  { text: "The Agency may:", listItem: true, listLevel: 1, listString: "6.5" },
  { text: "use the Deliverables for any purpose whatsoever;", listItem: true, listLevel: 2, listString: "(a)" },
  { text: "print the Deliverables in its catalogues;", listItem: true, listLevel: 2, listString: "(b)" },
  { text: "sublicense the Deliverables to its affiliates and service providers; and", listItem: true, listLevel: 2, listString: "(c)" },
  { text: "frame the Deliverables.", listItem: true, listLevel: 2, listString: "(d)" },
];

test("each comment written in Word names the section Word numbers, and the item by Word's letter", async () => {
  const fake = new FakeWord(CONTRACT);
  const host = hostFor(fake);
  const snap = await host.read();
  const report = analyze(snap.paragraphs);
  const edits = new Map<string, ApplyRequest>();
  for (const f of report.findings) {
    const s = f.suggestions[0];
    const key = `${s.paragraph}:${s.start}:${s.end}:${s.replacement}`;
    if (!edits.has(key)) edits.set(key, { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snap.paragraphs[s.paragraph].text });
  }
  const result = await host.apply([...edits.values()]);
  expect(result.results.every((r) => r.status === "applied")).toBe(true);
  const written = fake.comments.map((c) => c.content);
  expect(written).toHaveLength(3);
  // the clause Word numbers 6.4, under the heading Word numbers 6.
  expect(written.filter((c) => /^Section 6\.4 \(Licence\): As written, "for any purpose"/.test(c))).toHaveLength(1);
  // the list clause at 6.5: the pointer names its item and where the one restriction is
  expect(written.filter((c) => /This change makes item \(a\) subject to the restriction on AI training at the end of item \(c\) of Section 6\.5\b/.test(c))).toHaveLength(1);
  expect(written.filter((c) => /^Section 6\.5 \(Licence\): /.test(c))).toHaveLength(2);
  // each comment sits on the paragraph it is about
  expect(fake.comments.map((c) => fake.live().indexOf(c.range.para)).sort((a, b) => a - b)).toEqual([5, 7, 9]);
});
