/**
 * The pane's cover note (issue 12, item 7): what the pane sends the engine's coverNote (the same
 * function as `termscore review --note`) for the changes written in the session.
 */
import * as fs from "fs";
import * as path from "path";
import { createDocxHost } from "../../src/docx/browserHost";
import { analyze } from "../../src/engine";
import { coverNote } from "../../src/engine/report/coverNote";
import type { Paragraph, Report } from "../../src/engine/types";
import { coverNoteRequest } from "../../src/taskpane/coverNoteInput";
import type { ReviewItem } from "../../src/taskpane/review/truth";

const SAMPLE = path.join(__dirname, "../../samples/agency-msa-sow.docx");

let paragraphs: Paragraph[];
let report: Report;

beforeAll(async () => {
  const host = await createDocxHost(fs.readFileSync(SAMPLE), "sample.docx");
  paragraphs = (await host.read()).paragraphs;
  report = analyze(paragraphs);
  expect(report.findings.length).toBeGreaterThan(5);
});

const base = () => ({ standing: report, standingParagraphs: paragraphs, positions: {}, commented: [] as string[], insertions: [] as Array<{ texts: string[]; batch: number }>, partyOverrides: {} });

/** Every finding proposed with its primary wording, as Apply all writes it. */
const allProposed = (): ReviewItem[] =>
  report.findings.map((f) => {
    const s = f.suggestions[0];
    return { finding: f, status: "proposed", paragraph: f.paragraph, edit: s ? { id: f.id, title: f.message, paragraph: s.paragraph, start: s.start, original: s.original, replacement: s.replacement, batch: 1 } : undefined };
  });

test("nothing written: no note to send", () => {
  expect(coverNoteRequest({ ...base(), items: report.findings.map((f) => ({ finding: f, status: "open", paragraph: f.paragraph })) })).toBeNull();
  expect(coverNoteRequest({ ...base(), standing: null, items: [] })).toBeNull();
});

test("after Apply all with the addendum: the same note as `termscore review --note` writes for the same document", () => {
  const req = coverNoteRequest({ ...base(), items: allProposed(), insertions: [{ texts: ["Prohibition on AI Training"], batch: 2 }] });
  expect(req).not.toBeNull();
  expect(req!.options).toEqual({ addendum: true, commentOnly: false, written: report.findings.map((f) => f.id) });
  expect(req!.commentsAsChanges).toBe(0);
  const pane = coverNote(req!.report, req!.paragraphs, req!.options);
  const cli = coverNote(report, paragraphs, { addendum: true, written: report.findings.map((f) => f.id) });
  expect(pane).toBe(cli);
  expect(pane).toMatch(/^# Proposed changes: keeping the .+ out of AI training\n/);
  expect(pane).toMatch(/I have also added a short “Prohibition on AI Training” addendum/);
});

test("only what was written, in the position written; comments alone make a comment-only note; a mix is counted", () => {
  const [first, second] = report.findings.filter((f) => f.suggestions.length > 0);
  const withFallback = report.findings.find((f) => f.suggestions.some((s) => s.position !== "primary"))!;
  const fallback = withFallback.suggestions.find((s) => s.position !== "primary")!;
  const items: ReviewItem[] = report.findings.map((f) =>
    f === withFallback
      ? { finding: f, status: "proposed", paragraph: f.paragraph, edit: { id: f.id, title: "", paragraph: fallback.paragraph, start: fallback.start, original: fallback.original, replacement: fallback.replacement, batch: 1 } }
      : { finding: f, status: "open", paragraph: f.paragraph }
  );
  const one = coverNoteRequest({ ...base(), items })!;
  expect(one.options.written).toEqual([withFallback.id]);
  const note = coverNote(one.report, one.paragraphs, one.options);
  expect(note.match(/^\d+\. /gm)).toHaveLength(1);
  expect(note).toMatch(fallback.position === "opt-out" ? /\(as a right for me to opt out of AI use\)/ : /\(as a limit to this project\)/);
  // a comment only, nothing else written: the note says the text was left as it is
  const commentedOnly = coverNoteRequest({ ...base(), items: report.findings.map((f) => ({ finding: f, status: "open", paragraph: f.paragraph })), commented: [first.id] })!;
  expect(commentedOnly.options).toMatchObject({ commentOnly: true, addendum: false, written: [first.id] });
  expect(coverNote(commentedOnly.report, commentedOnly.paragraphs, commentedOnly.options)).toMatch(/I have added one comment proposing wording, and left the text as it is\./);
  // a comment and a tracked change: tracked-change wording, and the comment is counted for the pane to say so
  const mixed = coverNoteRequest({ ...base(), items, commented: [first === withFallback ? second.id : first.id] })!;
  expect(mixed.options.commentOnly).toBe(false);
  expect(mixed.commentsAsChanges).toBe(1);
  expect(mixed.options.written).toHaveLength(2);
});

test("the names the user corrected are the note's", () => {
  const req = coverNoteRequest({ ...base(), items: allProposed(), partyOverrides: { contractor: "Priya Natarajan", agency: "", work: "" } })!;
  expect(req.report.roles.user).toBe("Priya Natarajan");
  expect(req.report.roles.other).toBe(report.roles.other);
  expect(coverNote(req.report, req.paragraphs, req.options)).toMatch(/Kind regards,\nPriya Natarajan\n$/);
});
