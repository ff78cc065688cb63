/** Select: put the cursor on a finding's words so the document scrolls to them (3 round trips). */
import type { WordSession } from "./context";
import { queueLocate, resolveLocate, type Outcome } from "./locate";
import { messages } from "./messages";

export async function select(session: WordSession, target: { paragraph: number; start: number; end: number; paragraphText: string }): Promise<void> {
  const outcome: Outcome[] = [null];
  await session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync(); // 1
    const pending = queueLocate(paragraphs.items, [{ index: 0, ...target }], outcome);
    await context.sync(); // 2
    const [found] = resolveLocate(pending, () => target.paragraphText, outcome);
    // Words not found exactly in an unchanged paragraph: select the paragraph rather than nothing.
    if (found) found.range.select();
    else if (outcome[0]?.status === "failed") pending[0].paragraph.getRange("Whole").select();
    else throw new Error(outcome[0]?.message ?? messages.stale);
    await context.sync(); // 3
  });
}
