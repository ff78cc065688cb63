/**
 * Round two in Word: the decision log stored as a custom XML part (WordApi 1.4
 * `document.customXmlParts`, the same part and format the .docx host writes, so the log travels
 * with the file between Word, the pane's browser mode and the CLI), and the other side's tracked
 * changes read by author (WordApi 1.6 `getTrackedChanges`). Round trips stay fixed: reading the
 * log is 2, writing it 2, reading their changes 2, whatever the document's length.
 */
import { DECISION_LOG_NS, appendDecisions, parseDecisionLog, serializeDecisionLog } from "../engine/compare/decisionLog";
import type { Decision, ParsedLog } from "../engine/compare/decisionLog";
import { beforeTheirChanges, type TrackedPiece } from "../engine/compare/interleave";
import type { OurChange, RoundReport, TheirComment } from "../engine/compare/types";
import type { Paragraph } from "../engine/types";
import type { WordSession } from "./context";
import { messages, plainError } from "./messages";
import { queueTrackAll, restoreTracking } from "./tracking";

/** The items of a loaded collection, and the value of a synced result (read after their sync). */
const itemsOf = (c: Word.CustomXmlPartScopedCollection): Word.CustomXmlPart[] => c.items;
const valueOf = (r: OfficeExtension.ClientResult<string>): string => r.value;

const LOG_UNSUPPORTED = "This version of Word cannot store TermScore's decision log in the document (it needs WordApi 1.4).";

/** Read the decision log; none (or no WordApi 1.4) reads as empty. Never throws. */
export async function loadDecisionLog(session: WordSession): Promise<ParsedLog> {
  if (!session.word || !session.supports("1.4")) return { decisions: [], rebuild: false };
  try {
    return await session.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(DECISION_LOG_NS);
      parts.load("items/id");
      await context.sync();
      const found = itemsOf(parts);
      if (!found.length) return { decisions: [], rebuild: false };
      const xml = found[0].getXml();
      await context.sync();
      const parsed = parseDecisionLog(valueOf(xml));
      return found.length > 1 ? { ...parsed, rebuild: true } : parsed;
    });
  } catch (e) {
    return { decisions: [], rebuild: true, problem: `The decision log stored in this document could not be read (${plainError(e)}); a new log will be started. The contract itself is untouched.` };
  }
}

/** Store the whole log (replacing the stored one, and any duplicate part). Throws a plain Error. */
async function saveDecisionLog(session: WordSession, decisions: readonly Decision[]): Promise<void> {
  if (!session.word) throw new Error(messages.noWord);
  if (!session.supports("1.4")) throw new Error(LOG_UNSUPPORTED);
  const xml = serializeDecisionLog(decisions);
  try {
    await session.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(DECISION_LOG_NS);
      parts.load("items/id");
      await context.sync();
      const found = itemsOf(parts);
      if (found.length) {
        found[0].setXml(xml);
        for (const extra of found.slice(1)) extra.delete();
      } else context.document.customXmlParts.add(xml);
      await context.sync();
    });
  } catch (e) {
    throw new Error(`The decision was not stored in the document: ${plainError(e)}`);
  }
}

/** Add decisions to the stored log (a corrupt log is rebuilt with what could be read). */
export async function recordDecisions(session: WordSession, more: readonly Decision[]): Promise<Decision[]> {
  const stored = await loadDecisionLog(session);
  const all = appendDecisions(stored.decisions, more);
  await saveDecisionLog(session, all);
  return all;
}

/** Our suggestions as the log recorded them (the applied ones), for their fate. */
function logged(log: readonly Decision[]): OurChange[] {
  const out = new Map<string, OurChange>();
  for (const d of log) {
    if (d.subject !== "suggestion" || d.action !== "applied" || !d.edit) continue;
    out.set(d.target, { id: d.target, ...(d.label ? { label: d.label } : {}), ...(d.ruleId ? { ruleId: d.ruleId } : {}), ...d.edit, ...(d.target === "addendum" ? { paragraphs: d.edit.inserted.split("\n") } : {}) });
  }
  return [...out.values()];
}

const trimMark = (s: string): string => s.replace(/[\r\n]+$/, "");

/** Remove the first occurrence of each piece from a text. */
function without(text: string, pieces: readonly string[]): string {
  let out = text;
  for (const p of pieces) {
    const i = p ? out.indexOf(p) : -1;
    if (i >= 0) out = out.slice(0, i) + out.slice(i + p.length);
  }
  return out;
}

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
export async function readRound(session: WordSession, oursNames?: readonly string[]): Promise<WordRound> {
  if (!session.word) throw new Error(messages.noWord);
  if (!session.supports("1.6")) throw new Error("This version of Word cannot list tracked changes by author (it needs WordApi 1.6); open the file in the pane's browser mode, or use termscore compare.");
  const log = await loadDecisionLog(session);
  const names = oursNames?.length ? [...oursNames] : ["TermScore", ...new Set(log.decisions.filter((d) => d.subject === "suggestion" && d.action === "applied").map((d) => d.by))];
  const compare = session.options.compareRound;
  if (!compare) throw new Error("Their changes cannot be judged here (the review engine is not available).");
  return session.run(async (context) => {
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
    // the signed-in user writes TermScore's changes in Word: the log names them, and so does their comment author
    const ourSet = new Set(names.map((n) => n.toLowerCase()));
    const isOurs = (a: string | undefined): boolean => ourSet.has((a ?? "").trim().toLowerCase());
    const before: Paragraph[] = [];
    const after: Paragraph[] = [];
    const authorAt = new Map<number, string>();
    const theirAuthors = new Set<string>();
    paragraphs.items.forEach((p, i) => {
      const q = queued[i];
      const current = trimMark(q.current.value);
      const original = trimMark(q.original.value);
      const list = q.changes.items;
      const theirs = list.filter((c) => !isOurs(c.author));
      for (const c of theirs) theirAuthors.add(c.author);
      if (theirs.length) authorAt.set(i, theirs[0].author);
      let was = current;
      if (theirs.length && theirs.length === list.length) was = original;
      else if (theirs.length) {
        // mixed: ours accepted, theirs rejected (as the .docx host reads it), each change placed
        // by aligning the accepted and rejected texts with the changes in order
        const pieces = list.map((c): TrackedPiece => ({ type: String(c.type) === "Deleted" ? "Deleted" : "Added", text: trimMark(c.text), ours: isOurs(c.author) }));
        was = beforeTheirChanges(current, original, pieces) ?? (theirs.some((c) => String(c.type) === "Deleted") ? original : without(current, theirs.filter((c) => String(c.type) === "Added").map((c) => c.text)));
      }
      const base: Paragraph = { text: "" };
      if (p.styleBuiltIn && /^Heading(\d)$/.test(String(p.styleBuiltIn))) base.headingLevel = Number(String(p.styleBuiltIn).slice(7));
      if (p.style) base.style = p.style;
      if (p.tableNestingLevel > 0) base.inTable = true;
      before.push({ ...base, text: was });
      after.push({ ...base, text: current });
    });
    // a paragraph they deleted whole reads as empty now: drop it from the after view
    const keep = after.map((p, i) => p.text !== "" || before[i].text === "");
    const afterKept = after.filter((_, i) => keep[i]);
    const afterIndex: number[] = [];
    keep.forEach((k, i) => k && afterIndex.push(i));
    // their comments, each in the first paragraph it touches
    const theirComments: TheirComment[] = [];
    const seen = new Set<string>();
    queued.forEach((q, i) => {
      for (const c of q.comments.items) {
        const key = `${c.authorName}\u0000${c.content}`;
        if (isOurs(c.authorName) || seen.has(key)) continue;
        seen.add(key);
        theirAuthors.add(c.authorName);
        const at = afterIndex.indexOf(i);
        theirComments.push({ author: c.authorName, text: c.content, ...(at >= 0 ? { paragraph: at } : {}) });
      }
    });
    const report = await compare(before, afterKept, { ours: logged(log.decisions), comments: theirComments });
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
    return { report: JSON.parse(JSON.stringify(report)) as RoundReport, log, theirAuthors: [...theirAuthors], ours: names };
  });
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
      throw new Error(`The paragraph was not restored: ${plainError(e)}`);
    }
  });
}

const itemsOfParagraphs = (c: Word.ParagraphCollection): Word.Paragraph[] => c.items;
