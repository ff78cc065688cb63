/** Tracked-change review: accept or reject the change TermScore made for a finding (WordApi 1.6). */
import type { WordSession } from "./context";
import { messages, plainError } from "./messages";

export async function reviewChange(session: WordSession, id: string, accept: boolean): Promise<void> {
  if (!session.supports("1.6")) throw new Error(messages.needs16);
  const w = session.written.get(id);
  if (!w) throw new Error(messages.unknownChange);
  const work = session.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync(); // 1
    // The paragraph that holds our change: its recorded index if still right, else the nearest one.
    const marker = w.inserted || w.deleted;
    const candidates = paragraphs.items
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.text.includes(marker))
      .sort((a, b) => Math.abs(a.i - w.paragraph) - Math.abs(b.i - w.paragraph));
    if (candidates.length === 0) throw new Error(messages.unknownChange);
    const changes = candidates.map(({ p }) => {
      const tc = p.getTrackedChanges();
      tc.load("items/type,items/text");
      return tc;
    });
    await context.sync(); // 2
    // Our change: the insertion, with our deletion just before it (or the deletion alone).
    // Word on Mac reports a deletion's text as "" (office-js issues 5178 / 5188): a deletion
    // right before our insertion with empty text is ours too; a lone one only if it is the only one.
    const isOurDeletion = (c: Word.TrackedChange | undefined) => !!c && c.type === "Deleted" && (c.text === w.deleted || c.text === "");
    let mine: Word.TrackedChange[] = [];
    for (const tc of changes) {
      const items = tc.items;
      let at: number;
      if (w.inserted) at = items.findIndex((c) => c.type === "Added" && c.text === w.inserted);
      else {
        at = items.findIndex((c) => c.type === "Deleted" && c.text === w.deleted);
        const blank = items.filter((c) => c.type === "Deleted" && c.text === "");
        if (at < 0 && blank.length === 1) at = items.indexOf(blank[0]);
      }
      if (at < 0) continue;
      mine = [items[at]];
      if (w.inserted && w.deleted && isOurDeletion(items[at - 1])) mine.unshift(items[at - 1]);
      break;
    }
    if (mine.length === 0) throw new Error(messages.unknownChange);
    for (const c of mine) {
      if (accept) c.accept();
      else c.reject();
    }
    await context.sync(); // 3
    session.written.delete(id);
  });
  const timeout = session.options.reviewTimeoutMs ?? 15000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(messages.reviewTimeout)), timeout);
  });
  try {
    await Promise.race([work, guard]);
  } catch (e) {
    // Our own messages pass through; Office errors are put in plain words.
    throw e instanceof Error && !("code" in e) ? e : new Error(plainError(e));
  } finally {
    clearTimeout(timer);
  }
}
