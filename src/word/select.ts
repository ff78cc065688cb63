/**
 * Select: put the cursor on a finding's words so the document scrolls to them — 2 round trips
 * (locate, select), like apply's, 1–2 more when the document is not as the last read saw it.
 */
import type { WordSession } from "./context";
import { queueLocate, resolveLocate, walkParagraphs, type Outcome, type PendingLocate, type Span } from "./locate";
import { messages } from "./messages";

export async function select(session: WordSession, target: { paragraph: number; start: number; end: number; paragraphText: string }): Promise<void> {
  const scan = session.scan;
  const part = scan && target.paragraph >= scan.bodyCount ? scan.parts[target.paragraph - scan.bodyCount] : undefined;
  if (part) throw new Error(messages.partNotSelectable(part));
  const outcome: Outcome[] = [null];
  const span: Span = { index: 0, role: "both", ...target };
  await session.run(async (context) => {
    const body = context.document.body;
    const guess = scan && scan.reviewed[target.paragraph] === target.paragraphText ? scan.raw[target.paragraph] : target.paragraphText;
    let paragraph: Word.Paragraph | undefined;
    let pending: PendingLocate[];
    let checkPlanned = true;
    try {
      const walk = walkParagraphs(body, target.paragraph);
      paragraph = walk[target.paragraph];
      paragraph.load("text");
      pending = queueLocate(() => paragraph, () => guess, [span], outcome);
      await context.sync(); // 1
    } catch {
      const paragraphs = body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      paragraph = paragraphs.items[target.paragraph];
      pending = queueLocate(() => paragraph, (_s, p) => p.text, [span], outcome);
      await context.sync();
      checkPlanned = false;
    }
    const first = resolveLocate(pending, outcome, checkPlanned);
    let found = first.found;
    const replan = first.replan;
    if (replan.length > 0) {
      pending = queueLocate(() => paragraph, (_s, p) => p.text, replan, outcome);
      await context.sync();
      found = resolveLocate(pending, outcome, false).found;
    }
    const range = found.get(0)?.full;
    // Words not found exactly in an unchanged paragraph: select the paragraph rather than nothing.
    if (range) range.select();
    else if (outcome[0]?.status === "failed" && paragraph) paragraph.getRange("Whole").select();
    else throw new Error(outcome[0]?.message ?? messages.stale);
    await context.sync(); // 2
  });
}
