/**
 * The DocumentHost over Office.js: the only code that talks to Word.
 *
 * Round-trip budget (every `context.sync()` is a network call on Word on the web), whatever
 * the number of paragraphs or findings:
 * - read():            2 syncs (paragraph properties; reviewed text of every paragraph)
 * - apply(N):          4 syncs (paragraphs + tracking mode; reviewed text + anchor searches;
 *                      tracked replacements; comments + tracking mode restored)
 * - apply(commentOnly): 3 syncs
 * - insertAddendum():  3 syncs, select(): 3 syncs, reviewChange(): 3 syncs.
 * Errors cost extra, fixed syncs (verify what Word kept, restore the tracking mode).
 * All items of a phase are queued, then synced once: the correlated-objects pattern.
 */
import type { AddendumParagraph, Paragraph } from "../engine/types";
import type {
  ApplyItemResult,
  ApplyOptions,
  ApplyRequest,
  ApplyResult,
  DocumentHost,
  DocumentSnapshot,
  HostCapabilities,
  InsertAddendumResult,
} from "../host/types";
import { SEARCH_OPTIONS, hashText, isSearchable, mapToRaw, minimalEdit, planAnchors, trimParagraphMark, type Anchor, type MinimalEdit } from "./anchors";
import { plainError, messages } from "./messages";

/** The part of the `Word` global this host uses. */
export interface WordGlobal {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

/** The part of the `Office` global this host uses. */
export interface OfficeGlobal {
  context?: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: {
      settings?: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
      };
    };
  };
}

export interface WordHostOptions {
  /** Defaults to the global `Word`. */
  Word?: WordGlobal;
  /** Defaults to the global `Office`. */
  Office?: OfficeGlobal;
  /** Index of the TermScore addendum in the paragraphs, -1 if none (the engine's `findAddendum`). */
  findAddendum: (paragraphs: Paragraph[]) => number;
  /**
   * What to insert given the document's paragraphs (the engine's `planAddendumInsertion`): when an
   * addendum is already there, only its missing sections, renumbered; null with a message when
   * nothing is missing. Without it, any existing addendum refuses the insertion.
   */
  planAddendum?: (paragraphs: Paragraph[], incoming: AddendumParagraph[]) => { insert: AddendumParagraph[] } | { insert: null; message: string };
  /** Give up on `getTrackedChanges` after this long (it has hung Word on Mac). Default 15 s. */
  reviewTimeoutMs?: number;
}

/** Document setting that remembers dismissed finding ids. */
export const DISMISSED_SETTING = "TermScore.dismissedFindings";

type Mode = Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly";

/** What apply() wrote for a finding, so reviewChange() can find it again. */
interface Written {
  paragraph: number;
  /** The tracked deletion and insertion it made ("" when there is none). */
  deleted: string;
  inserted: string;
}

/** Where a request stands; null while it is still in progress. */
type Outcome = { status: ApplyItemResult["status"]; message?: string } | null;

/** A checked request: what to locate. */
interface Target {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  paragraphText: string;
}

/** A located range for one request, after the locate phase. */
interface Located {
  index: number;
  range: Word.Range;
}

/** Queued locate work for one request (before the sync that answers it). */
interface PendingLocate {
  index: number;
  paragraph: Word.Paragraph;
  reviewed: OfficeExtension.ClientResult<string>;
  searches: Array<{ anchor: Anchor; results: Word.RangeCollection }>;
  /** Set when no anchors could be planned (reported unless the paragraph turns out stale). */
  error?: string;
}

const READ_PROPS_FULL = "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel";
const READ_PROPS_MIN = "items/text,items/style";

export function createWordHostWith(options: WordHostOptions): DocumentHost {
  const g = globalThis as { Word?: WordGlobal; Office?: OfficeGlobal };
  const word = options.Word ?? g.Word;
  const office = options.Office ?? g.Office;
  const written = new Map<string, Written>();

  function supports(version: string): boolean {
    try {
      return Boolean(office?.context?.requirements?.isSetSupported("WordApi", version));
    } catch {
      return false;
    }
  }

  /** Why nothing can be written here (no Word, or no comments / change tracking), or null. */
  function cannotWrite(): string | null {
    if (!word || typeof word.run !== "function") return messages.noWord;
    return supports("1.4") ? null : messages.needs14;
  }

  function run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    if (!word || typeof word.run !== "function") return Promise.reject(new Error(messages.noWord));
    return word.run(batch);
  }

  async function capabilities(): Promise<HostCapabilities> {
    if (!word || !office?.context?.requirements) {
      return { kind: "word", comments: false, trackChanges: false, reviewChanges: false, insertAtCursor: false, message: messages.noRequirements };
    }
    const v14 = supports("1.4");
    const v16 = v14 && supports("1.6");
    return {
      kind: "word",
      comments: v14,
      trackChanges: v14,
      reviewChanges: v16,
      insertAtCursor: v14,
      message: !v14 ? messages.needs14 : !v16 ? messages.needs16 : undefined,
    };
  }

  async function read(): Promise<DocumentSnapshot> {
    const useReviewed = supports("1.4");
    const full = supports("1.3");
    return run(async (context) => {
      let paragraphs = context.document.body.paragraphs;
      paragraphs.load(full ? READ_PROPS_FULL : READ_PROPS_MIN);
      let detailed = full;
      try {
        await context.sync();
      } catch (error) {
        // Some property not available on this Word: retry once with the basics.
        if (!full) throw error;
        paragraphs = context.document.body.paragraphs;
        paragraphs.load(READ_PROPS_MIN);
        await context.sync();
        detailed = false;
      }
      const items = paragraphs.items;
      let texts = items.map((p) => p.text);
      if (useReviewed) {
        const reviewed = items.map((p) => p.getReviewedText("Current"));
        await context.sync();
        texts = reviewed.map((r) => trimParagraphMark(r.value));
      }
      const out: Paragraph[] = items.map((p, i) => {
        const para: Paragraph = { text: texts[i], style: p.style };
        const level = headingLevel(p.style, detailed ? p.styleBuiltIn : undefined, detailed ? p.outlineLevel : undefined);
        if (level) para.headingLevel = level;
        if (detailed && p.tableNestingLevel > 0) para.inTable = true;
        return para;
      });
      return { paragraphs: out, fingerprint: fingerprint(texts) };
    });
  }

  /** Queue the reviewed text and anchor searches for each target; nothing is synced here. */
  function queueLocate(items: Word.Paragraph[], targets: Target[], outcome: Outcome[]): PendingLocate[] {
    const pending: PendingLocate[] = [];
    const reviewedByParagraph = new Map<number, OfficeExtension.ClientResult<string>>();
    for (const t of targets) {
      const paragraph = items[t.paragraph];
      if (!paragraph) {
        outcome[t.index] = { status: "stale", message: messages.stale };
        continue;
      }
      // Anchors are planned on the text Word has now, from the scanned (reviewed) text; the
      // reviewed text read in the same sync then confirms the paragraph is unchanged.
      const mapped = mapToRaw(paragraph.text, t.paragraphText, t.start, t.end);
      const plan = "error" in mapped ? mapped : planAnchors(paragraph.text, mapped.start, mapped.start + (t.end - t.start));
      let reviewed = reviewedByParagraph.get(t.paragraph);
      if (!reviewed) {
        reviewed = paragraph.getReviewedText("Current");
        reviewedByParagraph.set(t.paragraph, reviewed);
      }
      const searches =
        "anchors" in plan
          ? plan.anchors.map((anchor) => {
              const found = paragraph.search(anchor.search, SEARCH_OPTIONS);
              found.load("items/text");
              return { anchor, results: found };
            })
          : [];
      pending.push({ index: t.index, paragraph, reviewed, searches, error: "error" in plan ? plan.error : undefined });
    }
    return pending;
  }

  /** After the sync: stale check against the reviewed text, pick each anchor's exact occurrence. */
  function resolveLocate(pending: PendingLocate[], expected: (index: number) => string, outcome: Outcome[]): Located[] {
    const located: Located[] = [];
    for (const p of pending) {
      if (trimParagraphMark(p.reviewed.value) !== expected(p.index)) {
        outcome[p.index] = { status: "stale", message: messages.stale };
        continue;
      }
      if (p.error) {
        outcome[p.index] = { status: "failed", message: p.error };
        continue;
      }
      const ranges: Word.Range[] = [];
      for (const s of p.searches) {
        // Word may match curly and straight quotes alike: keep only results with the exact text.
        const exact = s.results.items.filter((r) => r.text === s.anchor.text);
        if (exact.length !== s.anchor.expected) break;
        ranges.push(exact[s.anchor.occurrence]);
      }
      if (ranges.length !== p.searches.length || ranges.length === 0) {
        outcome[p.index] = { status: "failed", message: messages.notFound };
        continue;
      }
      const range = ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
      located.push({ index: p.index, range });
    }
    return located;
  }

  async function apply(requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
    const total = requests.length;
    if (total === 0) return { results: [] };
    const missing = cannotWrite();
    if (missing) return { results: requests.map((r) => ({ id: r.id, status: "failed", message: missing })), error: missing };
    options.onProgress?.(0, total);
    const outcome: Outcome[] = requests.map(() => null);
    const commentOnly = Boolean(options.commentOnly);
    const targets = validateRequests(requests, outcome, commentOnly);
    let error: string | undefined;
    let written0 = false;
    try {
      await run(async (context) => {
        const document = context.document;
        document.load("changeTrackingMode");
        const paragraphs = document.body.paragraphs;
        paragraphs.load("items/text");
        await context.sync(); // 1: paragraphs and the user's tracking mode
        const userMode = document.changeTrackingMode as Mode;

        // Replacements locate only the words that change (minimalEdit); comment-only, the risky words.
        const edits = new Map(targets.map((t) => [t.index, editFor(t, requests[t.index])]));
        const spans = commentOnly ? targets : targets.map((t) => editSpan(t, edits.get(t.index)!));
        const pending = queueLocate(paragraphs.items, spans, outcome);
        await context.sync(); // 2: reviewed texts and anchor searches
        const located = resolveLocate(pending, (i) => requests[i].paragraphText, outcome);
        options.onProgress?.(total - located.length, total);
        if (located.length === 0) return;

        if (commentOnly) {
          await writeComments(context, located, requests, outcome, { commentOnly: true, restoreMode: null });
          return;
        }

        let modeRestored = userMode === "TrackAll";
        try {
          // 3: tracked replacements. A failing sync keeps the operations before the failing one.
          if (userMode !== "TrackAll") document.changeTrackingMode = "TrackAll";
          const inserted = located.map((l) => ({ index: l.index, range: writeEdit(l.range, edits.get(l.index)!) }));
          let done = inserted;
          try {
            await context.sync();
          } catch (e) {
            done = await whichReplacementsHeld(context, paragraphs.items, inserted, requests, outcome, plainError(e));
          }
          for (const d of done) {
            outcome[d.index] = { status: "applied" };
            const r = requests[d.index];
            const edit = edits.get(d.index)!;
            written.set(r.id, { paragraph: r.paragraph, deleted: edit.deleted, inserted: edit.inserted });
            written0 = true;
          }
          // 4: comments on the inserted words, and the user's tracking mode back, in one batch.
          const restoreMode = userMode !== "TrackAll" ? userMode : null;
          const restored = await writeComments(context, done, requests, outcome, { commentOnly: false, restoreMode });
          modeRestored = modeRestored || restored;
        } finally {
          if (!modeRestored) error = await restoreTracking(context, userMode);
        }
      });
    } catch (e) {
      const reason = plainError(e);
      for (let i = 0; i < outcome.length; i++) if (!outcome[i]) outcome[i] = { status: "failed", message: messages.notWritten(reason) };
    }
    // Nothing written at all because Word refused: say it once, plainly, for the pane's MessageBar.
    if (!error && !written0 && !outcome.some((o) => o?.status === "applied" || o?.status === "stale")) {
      const refused = outcome.find((o) => o?.message?.startsWith("Not changed"));
      if (refused?.message) error = messages.nothingWritten(refused.message);
    }
    const results: ApplyItemResult[] = requests.map((r, i) => {
      const o = outcome[i] ?? { status: "failed", message: messages.notFound };
      return o.message ? { id: r.id, status: o.status, message: o.message } : { id: r.id, status: o.status };
    });
    options.onProgress?.(total, total);
    return error ? { results, error } : { results };
  }

  /**
   * After a failed replacement sync: which replacements did Word keep? Reads the reviewed text of
   * each touched paragraph (1 sync) and matches it against "its first m replacements made".
   */
  async function whichReplacementsHeld(
    context: Word.RequestContext,
    items: Word.Paragraph[],
    inserted: Located[],
    requests: ApplyRequest[],
    outcome: Outcome[],
    reason: string,
  ): Promise<Located[]> {
    const byParagraph = new Map<number, Located[]>();
    for (const item of inserted) {
      const p = requests[item.index].paragraph;
      byParagraph.set(p, [...(byParagraph.get(p) ?? []), item]);
    }
    const reads = [...byParagraph.keys()].map((p) => ({ paragraph: p, text: items[p].getReviewedText("Current") }));
    try {
      await context.sync();
    } catch (e) {
      for (const item of inserted) outcome[item.index] = { status: "failed", message: messages.unknownState(plainError(e)) };
      return [];
    }
    const held: Located[] = [];
    for (const { paragraph, text } of reads) {
      const list = byParagraph.get(paragraph)!;
      const now = trimParagraphMark(text.value);
      let m = -1;
      for (let k = 0; k <= list.length; k++) {
        if (spliceAll(requests[list[0].index].paragraphText, list.slice(0, k).map((l) => requests[l.index])) === now) m = k;
      }
      list.forEach((item, k) => {
        if (m >= 0 && k < m) held.push(item);
        else outcome[item.index] = { status: "failed", message: m < 0 ? messages.unknownState(reason) : messages.notWritten(reason) };
      });
    }
    return held;
  }

  /**
   * Queue one comment per range (and the tracking-mode restore when given), sync once. If that
   * fails, check which comments Word kept (1 sync). Returns true when the restore went through.
   */
  async function writeComments(
    context: Word.RequestContext,
    targets: Located[],
    requests: ApplyRequest[],
    outcome: Outcome[],
    how: { commentOnly: boolean; restoreMode: Mode | null },
  ): Promise<boolean> {
    for (const t of targets) t.range.insertComment(requests[t.index].comment);
    if (how.restoreMode) context.document.changeTrackingMode = how.restoreMode;
    try {
      await context.sync();
      for (const t of targets) outcome[t.index] = { status: "applied" };
      return true;
    } catch (e) {
      const reason = plainError(e);
      const checks = targets.map((t) => {
        const comments = t.range.getComments();
        comments.load("items/content");
        return { t, comments };
      });
      let verified = true;
      try {
        await context.sync();
      } catch {
        verified = false;
      }
      for (const { t, comments } of checks) {
        const has = verified && comments.items.some((c) => c.content === requests[t.index].comment);
        if (has) outcome[t.index] = { status: "applied" };
        else if (how.commentOnly) outcome[t.index] = { status: "failed", message: verified ? messages.commentRefused(reason) : messages.commentUnknown(reason) };
        else outcome[t.index] = { status: "applied", message: verified ? messages.appliedWithoutComment(reason) : messages.commentUnknown(reason) };
      }
      return false;
    }
  }

  async function select(target: { paragraph: number; start: number; end: number; paragraphText: string }): Promise<void> {
    const outcome: Outcome[] = [null];
    await run(async (context) => {
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

  async function insertAddendum(addendum: AddendumParagraph[], where: "end" | "cursor"): Promise<InsertAddendumResult> {
    if (addendum.length === 0) return { inserted: false, message: messages.emptyAddendum };
    const missing = cannotWrite();
    if (missing) return { inserted: false, message: missing };
    try {
      return await run(async (context) => {
        const document = context.document;
        document.load("changeTrackingMode");
        const paragraphs = document.body.paragraphs;
        paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel");
        const selection = where === "cursor" ? document.getSelection().paragraphs : null;
        selection?.load("items/tableNestingLevel");
        await context.sync(); // 1
        const reviewed = paragraphs.items.map((p) => p.getReviewedText("Current"));
        await context.sync(); // 2
        const current: Paragraph[] = paragraphs.items.map((p, i) => ({
          text: trimParagraphMark(reviewed[i].value),
          style: p.style,
          headingLevel: headingLevel(p.style, p.styleBuiltIn, undefined),
          inTable: p.tableNestingLevel > 0 || undefined,
        }));
        let toInsert = addendum;
        if (options.planAddendum) {
          const plan = options.planAddendum(current, addendum);
          if (plan.insert === null) return { inserted: false, message: plan.message };
          toInsert = plan.insert;
        } else if (options.findAddendum(current) >= 0) return { inserted: false, message: messages.addendumExists };
        let anchor: Word.Paragraph | null = null;
        if (selection) {
          anchor = selection.items[selection.items.length - 1] ?? null;
          if (!anchor) return { inserted: false, message: messages.noCursor };
          if (anchor.tableNestingLevel > 0) return { inserted: false, message: messages.cursorInTable };
        }
        const userMode = document.changeTrackingMode as Mode;
        const added: Word.Paragraph[] = [];
        try {
          if (userMode !== "TrackAll") document.changeTrackingMode = "TrackAll";
          let previous = anchor;
          for (const a of toInsert) {
            const text = addendumText(a);
            const p: Word.Paragraph = previous ? previous.insertParagraph(text, "After") : document.body.insertParagraph(text, "End");
            p.styleBuiltIn = addendumStyle(a);
            added.push(p);
            previous = p;
          }
          if (userMode !== "TrackAll") document.changeTrackingMode = userMode;
          await context.sync(); // 3
          return { inserted: true };
        } catch (e) {
          // Take back whatever part of the addendum Word kept (our own tracked insertions), restore the mode.
          // The paragraphs Word did insert come first in `added`; deleting the first one Word never
          // inserted fails and drops the rest, which were never there either.
          for (const p of added) p.delete();
          try {
            await context.sync();
          } catch {
            // expected whenever the failure came before the last paragraph
          }
          // Check: is any addendum paragraph still there? (1 sync, error path only)
          const after = context.document.body.paragraphs;
          after.load("items/text");
          let leftover = false;
          try {
            await context.sync();
            leftover = after.items.length > paragraphs.items.length;
          } catch {
            leftover = true;
          }
          const restoreNote = await restoreTracking(context, userMode);
          const notes = [leftover ? messages.addendumLeftover : "", restoreNote ?? ""].filter(Boolean).join(" ");
          return { inserted: false, message: messages.addendumFailed(plainError(e)) + (notes ? ` ${notes}` : "") };
        }
      });
    } catch (e) {
      return { inserted: false, message: messages.addendumFailed(plainError(e)) };
    }
  }

  async function reviewChange(id: string, accept: boolean): Promise<void> {
    if (!supports("1.6")) throw new Error(messages.needs16);
    const w = written.get(id);
    if (!w) throw new Error(messages.unknownChange);
    const work = run(async (context) => {
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
      written.delete(id);
    });
    const timeout = options.reviewTimeoutMs ?? 15000;
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

  async function loadDismissed(): Promise<string[]> {
    try {
      const value = office?.context?.document?.settings?.get(DISMISSED_SETTING);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    } catch {
      return [];
    }
  }

  function saveDismissed(ids: string[]): Promise<void> {
    const settings = office?.context?.document?.settings;
    if (!settings) return Promise.reject(new Error(messages.noSettings));
    return new Promise((resolve, reject) => {
      try {
        settings.set(DISMISSED_SETTING, [...ids]);
        settings.saveAsync((result) => {
          if (result && result.status === "failed") reject(new Error(messages.settingsNotSaved(result.error?.message)));
          else resolve();
        });
      } catch (e) {
        reject(new Error(messages.settingsNotSaved(plainError(e))));
      }
    });
  }

  return { capabilities, read, select, apply, insertAddendum, reviewChange, loadDismissed, saveDismissed };
}

/**
 * Put the user's Track Changes mode back after an error: check what it is now (1 sync) and set it
 * only if it differs (1 sync). Returns a plain message if that fails.
 */
async function restoreTracking(context: Word.RequestContext, userMode: Mode): Promise<string | undefined> {
  const document = context.document;
  try {
    document.load("changeTrackingMode");
    await context.sync();
    if (document.changeTrackingMode === userMode) return undefined;
    document.changeTrackingMode = userMode;
    await context.sync();
    return undefined;
  } catch (e) {
    return messages.modeNotRestored(userMode, plainError(e));
  }
}

/** Checks each request on its own: offsets inside the scanned text, `original` where it says, no overlaps. */
function validateRequests(requests: ApplyRequest[], outcome: Outcome[], commentOnly: boolean): Target[] {
  const ok: Target[] = [];
  requests.forEach((r, index) => {
    const valid =
      typeof r.paragraphText === "string" && Number.isInteger(r.paragraph) && r.paragraph >= 0 &&
      Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start && r.end <= r.paragraphText.length &&
      r.paragraphText.slice(r.start, r.end) === r.original &&
      typeof r.replacement === "string" && (commentOnly || r.replacement !== r.original) && typeof r.comment === "string";
    if (!valid) outcome[index] = { status: "failed", message: messages.badRequest };
    else ok.push({ index, paragraph: r.paragraph, start: r.start, end: r.end, paragraphText: r.paragraphText });
  });
  // Two edits of the same words cannot both be written: keep the first, report the others.
  ok.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.index - b.index);
  const kept: Target[] = [];
  for (const t of ok) {
    const last = kept[kept.length - 1];
    if (last && last.paragraph === t.paragraph && t.start < last.end) outcome[t.index] = { status: "failed", message: messages.overlap };
    else kept.push(t);
  }
  return kept;
}

/** The minimal edit, unless its span would start or end on a character search cannot find. */
function editFor(t: Target, r: ApplyRequest): MinimalEdit {
  const e = minimalEdit(r.original, r.replacement);
  const span = editSpan(t, e);
  const text = t.paragraphText;
  if (isSearchable(text[span.start]) && isSearchable(text[span.end - 1])) return e;
  return { keepStart: 0, keepEnd: 0, deleted: r.original, inserted: r.replacement };
}

/** Where the words that change sit: the deleted words, or the kept words next to a pure insertion. */
function editSpan(t: Target, e: MinimalEdit): Target {
  const start = t.start + e.keepStart;
  const end = t.end - e.keepEnd;
  if (end > start) return { ...t, start, end };
  return e.keepStart > 0 ? { ...t, start: t.start, end: start } : { ...t, start: end, end: t.end };
}

/** Queue the tracked edit on the located range; returns the range the comment goes on. */
function writeEdit(range: Word.Range, e: MinimalEdit): Word.Range {
  if (e.deleted && e.inserted) return range.insertText(e.inserted, "Replace");
  if (e.deleted) {
    range.delete();
    return range;
  }
  return range.insertText(e.inserted, e.keepStart > 0 ? "End" : "Start");
}

/** The scanned paragraph text with the given (non-overlapping) replacements made. */
export function spliceAll(text: string, edits: Array<{ start: number; end: number; replacement: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

export function headingLevel(style: string | undefined, builtIn: string | undefined, outline: number | undefined): number | undefined {
  const fromBuiltIn = builtIn && /^Heading([1-9])$/.exec(builtIn);
  if (fromBuiltIn) return Number(fromBuiltIn[1]);
  const fromName = style && /^heading\s*([1-9])$/i.exec(style.trim());
  if (fromName) return Number(fromName[1]);
  if (builtIn === "Title") return 1;
  if (typeof outline === "number" && outline >= 1 && outline <= 9) return outline;
  return undefined;
}

export function fingerprint(texts: string[]): string {
  return `${texts.length}:${hashText(texts.join("\u0001"))}`;
}

/** Section headings carry their number ("2. Survival"); the engine's text may already have it. */
function addendumText(a: AddendumParagraph): string {
  if (a.kind === "heading" && a.number && !a.text.trimStart().startsWith(a.number)) return `${a.number}. ${a.text}`;
  return a.text;
}

function addendumStyle(a: AddendumParagraph): Word.BuiltInStyleName | "Heading1" | "Heading2" | "Heading3" | "Normal" {
  if (a.kind === "title") return "Heading1";
  if (a.kind === "heading") return a.level && a.level >= 3 ? "Heading3" : "Heading2";
  return "Normal";
}
