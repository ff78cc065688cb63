/**
 * Round two in Word: the other side's tracked changes read by author (WordApi 1.6
 * `getTrackedChanges`) and judged by the engine; the decision log is in decisionLog.ts. Round
 * trips stay fixed whatever the document's length: the log 1–2, their changes 2 (and the log's
 * read and write again, 3–4, only when it is rebuilt from our suggestions told by their wording).
 */
import type { ParsedLog } from "../engine/compare/decisionLog";
import { loggedSuggestions, rebuildEntries, reviewerNames } from "../engine/compare/ours";
import type { OurChange, RoundReport } from "../engine/compare/types";
import type { AnalyzeOptions, Paragraph } from "../engine/types";
import type { WordSession } from "./context";
import { loadDecisionLog, loadReviewers, recordDecisions, valueOf } from "./decisionLog";
import { roundViews, type RawParagraph, type RoundViews } from "./roundViews";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";
import { queueTrackAll, restoreTracking } from "./tracking";

const trimMark = (s: string): string => s.replace(/[\r\n]+$/, "");

export interface WordRound {
  report: RoundReport;
  log: ParsedLog;
  theirAuthors: string[];
  /** Names whose changes count as ours. */
  ours: string[];
}

/**
 * Their tracked changes, judged: every body paragraph's text after every change (Current) and
 * before theirs (their insertions taken out, their deletions put back, ours kept: Original where
 * all the paragraph's changes are theirs, else the changes placed between Current and Original).
 * Needs WordApi 1.6; throws a plain Error otherwise.
 */
export async function readRound(session: WordSession, oursNames?: readonly string[], analyze?: AnalyzeOptions): Promise<WordRound> {
  if (!session.word) throw new Error(messages.noWord);
  if (!session.supports("1.6")) throw new Error("This version of Word cannot list tracked changes by author (it needs WordApi 1.6); open the file in the pane's browser mode, or use termscore compare.");
  const log = await loadDecisionLog(session);
  // Word writes our changes under the signed-in user's name: the log names it, and so do the names
  // apply() saw this session and the document's settings (kept for a log that goes missing)
  // the names given add to the log's and the host's, as in the .docx host (never replace them)
  const names = reviewerNames(log.decisions, [...(oursNames ?? []), ...[...session.written.values()].map((w) => w.author ?? ""), ...loadReviewers(session)]);
  const compare = session.options.compareRound;
  if (!compare) throw new Error("Their changes cannot be judged here (the review engine is not available).");
  const logged = loggedSuggestions(log.decisions);
  const read = await session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel");
    await context.sync();
    const queued = paragraphs.items.map((p) => {
      const changes = p.getTrackedChanges();
      changes.load("items/author,items/type,items/text");
      const comments = p.getRange().getComments();
      comments.load("items/authorName,items/content");
      return { current: p.getReviewedText("Current"), original: p.getReviewedText("Original"), changes, comments };
    });
    await context.sync();
    return paragraphs.items.map((p, i): RawParagraph => {
      const q = queued[i];
      const base: Paragraph = { text: "" };
      if (p.styleBuiltIn && /^Heading(\d)$/.test(String(p.styleBuiltIn))) base.headingLevel = Number(String(p.styleBuiltIn).slice(7));
      if (p.style) base.style = p.style;
      if (p.tableNestingLevel > 0) base.inTable = true;
      return {
        base,
        current: trimMark(q.current.value),
        original: trimMark(q.original.value),
        changes: q.changes.items.map((c) => ({ author: c.author, type: String(c.type) === "Deleted" ? "Deleted" : "Added", text: c.text })),
        comments: q.comments.items.map((c) => ({ author: c.authorName, text: c.content })),
      };
    });
  });
  const views = roundViews(read, names, logged);
  const { before, afterKept, afterIndex, authorAt, theirAuthors, theirComments } = views;
  const report = await compare(before, afterKept, { ours: [...logged, ...views.unconfirmed], comments: theirComments, ...(analyze ? { analyze } : {}) });
  // changes under our name that are not ours: theirs, by that name
  for (const i of report.notOurs ?? []) {
    const u = views.unconfirmed.find((o) => o.unconfirmed?.paragraph === i)?.unconfirmed?.author;
    if (u && !authorAt.has(i)) authorAt.set(i, u);
    if (u) theirAuthors.add(u);
  }
  // who made each change (tracked changes carry their author)
  for (const c of report.changes) {
    const i = c.afterParagraph !== undefined ? afterIndex[c.afterParagraph] : c.beforeParagraph;
    const author = i !== undefined ? authorAt.get(i) : undefined;
    if (author) c.author = author;
  }
  // paragraph numbers as the pane's read() counts them (every body paragraph)
  const doc = (i: number | undefined): number | undefined => (i === undefined ? undefined : afterIndex[i]);
  for (const c of report.changes) {
    c.afterParagraph = doc(c.afterParagraph);
    if (c.insertAfter !== undefined && c.insertAfter >= 0) c.insertAfter = doc(c.insertAfter);
    for (const m of c.comments) m.paragraph = doc(m.paragraph);
    if (c.moved) c.moved.to = doc(c.moved.to) ?? c.moved.to;
  }
  for (const f of report.suggestions) f.paragraph = doc(f.paragraph);
  for (const m of report.comments) m.paragraph = doc(m.paragraph);
  const rebuilt = await rebuildLog(session, log, report.recognised ?? [], views);
  return { report: JSON.parse(JSON.stringify(report)) as RoundReport, log: rebuilt, theirAuthors: [...theirAuthors], ours: names };
}

/**
 * Our suggestions told by their wording and missing from the log: written into it (3–4 round
 * trips, only then, or when the stored log was damaged), and said. A log that cannot be written keeps the message and says why.
 */
async function rebuildLog(session: WordSession, log: ParsedLog, recognised: readonly OurChange[], views: RoundViews): Promise<ParsedLog> {
  const authorOf = (o: OurChange): string => views.authorOfRecognised(o) ?? "You";
  const { decisions, message } = rebuildEntries(recognised, log.decisions, authorOf, new Date().toISOString(), log.problem);
  // a damaged log is written back whole (what could be read, and what was recognised) as its message says
  if (!decisions.length && !log.rebuild) return log;
  try {
    const all = await recordDecisions(session, decisions);
    return { decisions: all, rebuild: false, problem: [log.problem, message].filter(Boolean).join(" ") };
  } catch (e) {
    return { ...log, problem: [log.problem, `${decisions.length} of your suggestions were recognised by their wording, but the decision log could not be rebuilt: ${errorMessage(e, OFFICE_ERRORS)}`].filter(Boolean).join(" ") };
  }
}

/**
 * Put a paragraph they deleted back where it stood, as our tracked insertion with a comment to
 * them (3 round trips; the user's Track Changes mode is given back).
 */
export async function restoreParagraph(session: WordSession, target: { after: number; afterText: string | null; text: string; comment: string }): Promise<void> {
  const refused = session.cannotWrite();
  if (refused) throw new Error(refused);
  await session.run(async (context) => {
    const document = context.document;
    document.load("changeTrackingMode");
    const paragraphs = document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const list = itemsOfParagraphs(paragraphs);
    const anchor = target.after >= 0 ? list[target.after] : list[0];
    // the paragraph it goes after must still read as it did (its text with tracked changes accepted)
    const reviewed = anchor && target.after >= 0 && target.afterText !== null ? anchor.getReviewedText("Current") : null;
    if (reviewed) await context.sync();
    if (!anchor || (reviewed && trimMark(valueOf(reviewed)) !== target.afterText)) {
      throw new Error("The document has changed since their changes were read: check them again, then restore.");
    }
    const userMode = document.changeTrackingMode;
    const back = queueTrackAll(session, document, userMode);
    try {
      const p = anchor.insertParagraph(target.text, target.after >= 0 ? "After" : "Before");
      p.styleBuiltIn = "Normal" as Word.BuiltInStyleName;
      p.getRange().insertComment(target.comment);
      if (back !== null) document.changeTrackingMode = back;
      await context.sync();
    } catch (e) {
      if (back !== null) await restoreTracking(context, back);
      throw new Error(`The paragraph was not restored: ${errorMessage(e, OFFICE_ERRORS)}`);
    }
  });
}

const itemsOfParagraphs = (c: Word.ParagraphCollection): Word.Paragraph[] => c.items;
