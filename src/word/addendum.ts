/**
 * Addendum insert: the AI-training addendum (or only the sections an existing one lacks) as
 * tracked paragraphs with real heading styles, all or nothing (3 round trips).
 *
 * Extending an addendum already in the document (inserted by TermScore in Word, by the .docx
 * review, or typed): the missing sections go right after its last section, wherever the cursor is
 * and wherever the addendum sits, so a re-scan finds them inside it.
 */
import type { AddendumParagraph, Paragraph } from "../engine/types";
import type { InsertAddendumOptions, InsertAddendumResult } from "../host/types";
import { trimParagraphMark } from "./anchors";
import type { WordSession } from "./context";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";
import { headingLevel } from "./read";
import { restoreTracking, trackingModes } from "./tracking";
import { addendumComment, addendumPlace } from "../engine/fix/placement";
import { isBodyClause } from "../engine/fix/bodyClause";
import { planAddendumInsertion } from "../engine/fix/addendumPlan";

export async function insertAddendum(session: WordSession, addendum: AddendumParagraph[], where: "end" | "cursor", insertOptions: InsertAddendumOptions = {}): Promise<InsertAddendumResult> {
  if (addendum.length === 0) return { inserted: false, message: messages.emptyAddendum };
  const missing = session.cannotWrite();
  if (missing) return { inserted: false, message: missing };
  try {
    return await session.run(async (context) => {
      const document = context.document;
      document.load("changeTrackingMode");
      const paragraphs = document.body.paragraphs;
      // the body's font read in the same batch as its text (one round trip whatever the length)
      paragraphs.load("items/text,items/style,items/styleBuiltIn,items/tableNestingLevel,items/isListItem,items/font/name,items/font/size,items/font/color");
      const selection = where === "cursor" ? document.getSelection().paragraphs : null;
      selection?.load("items/tableNestingLevel,items/isListItem");
      await context.sync(); // 1
      const reviewed = paragraphs.items.map((p) => p.getReviewedText("Current"));
      await context.sync(); // 2
      const current: Paragraph[] = paragraphs.items.map((p, i) => ({
        text: trimParagraphMark(reviewed[i].value),
        style: p.style,
        headingLevel: headingLevel(p.style, p.styleBuiltIn, undefined),
        inTable: p.tableNestingLevel > 0 || undefined,
      }));
      // an addendum already there gets only its missing sections, renumbered; nothing missing: nothing inserted
      const plan = planAddendumInsertion(current, addendum);
      if (plan.insert === null) return { inserted: false, message: plan.message };
      const toInsert = plan.insert;
      let anchor: Word.Paragraph | null = null;
      /** Insert the first paragraph before this one (the signature block), or before this table (a signature block set in one), the rest after it. */
      let beforeFirst: Word.Paragraph | Word.Table | null = null;
      let near = current.length;
      // the engine's place, as the .docx host takes it; at the cursor only when no addendum is being extended
      const place = addendumPlace(current);
      if (place.reason === "extends-addendum") {
        anchor = paragraphs.items[place.after];
      } else if (!selection) {
        // before the signature block or at the end of an "Additional Terms" section: signed with the contract;
        // a block set in a table gets the addendum before the whole table, as in a .docx (never inside a cell)
        if ("before" in place) {
          const at = paragraphs.items[place.before];
          beforeFirst = current[place.before].inTable ? at.parentTable : at;
          near = place.before;
        }
      } else {
        anchor = selection.items[selection.items.length - 1] ?? null;
        if (!anchor) return { inserted: false, message: messages.noCursor };
        if (anchor.tableNestingLevel > 0) return { inserted: false, message: messages.cursorInTable };
      }
      // a new paragraph takes the list numbering of the one it is inserted next to: taken out of the list
      // (before a table the new paragraph sits next to no list paragraph)
      const neighbour = anchor ?? (beforeFirst ? (current[near].inTable ? null : paragraphs.items[near]) : paragraphs.items[paragraphs.items.length - 1]);
      const besideList = Boolean(neighbour?.isListItem);
      const userMode = document.changeTrackingMode;
      const trackAll = trackingModes(session).trackAll;
      const added: Word.Paragraph[] = [];
      const reason = place.reason === "extends-addendum" ? place.reason : selection ? "cursor" : place.reason;
      let commented = false;
      try {
        if (userMode !== trackAll) document.changeTrackingMode = trackAll;
        let previous = anchor;
        // the body text's own style, font and size: never the heading styles, whose list numbering would prefix "14.1" to "AI-1"
        const look = bodyLook(current, paragraphs.items, near);
        for (const a of toInsert) {
          const text = addendumText(a);
          const p: Word.Paragraph = previous ? previous.insertParagraph(text, "After") : beforeFirst ? beforeFirst.insertParagraph(text, "Before") : document.body.insertParagraph(text, "End");
          if (look.style) p.style = look.style;
          else p.styleBuiltIn = "Normal";
          if (besideList) p.detachFromList();
          // the body's font and size; titles and headings in bold, nothing else of the neighbour's emphasis
          if (p.font) {
            if (look.font) {
              p.font.name = look.font.name;
              p.font.size = look.font.size;
              if (look.font.color) p.font.color = look.font.color;
            }
            p.font.bold = a.kind !== "body";
            p.font.italic = false;
          }
          added.push(p);
          previous = p;
        }
        if (userMode !== trackAll) document.changeTrackingMode = userMode;
        // why it is there, on its title, in the words the .docx writer uses for the place chosen (at
        // the cursor: as at the end); queued last, so that a refused comment leaves the rest written
        const parties = insertOptions.parties;
        const title = added[toInsert.findIndex((a) => a.kind === "title")];
        if (parties && title && session.supports("1.4")) {
          try {
            title.getRange("Content").insertComment(addendumComment(parties.agency, parties.contractor, reason === "cursor" ? "end" : reason));
            commented = true;
          } catch {
            // a host without Range.insertComment: the addendum without its comment
          }
        }
        await context.sync(); // 3
        return { inserted: true, place: reason };
      } catch (e) {
        // the comment alone refused (everything queued before it is there): the addendum stands without it (1 sync, error path only)
        if (commented && (await onlyCommentFailed(context, paragraphs.items.length + added.length, userMode))) return { inserted: true, place: reason, message: messages.addendumNoComment(errorMessage(e, OFFICE_ERRORS)) };
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
        return { inserted: false, messageIsSentence: true, message: messages.addendumFailed(errorMessage(e, OFFICE_ERRORS)) + (notes ? ` ${notes}` : "") };
      }
    });
  } catch (e) {
    return { inserted: false, messageIsSentence: true, message: messages.addendumFailed(errorMessage(e, OFFICE_ERRORS)) };
  }
}

/** After a failed sync 3 with the comment queued last: were the paragraphs and the user's mode all written (so only the comment failed)? */
async function onlyCommentFailed(context: Word.RequestContext, expected: number, userMode: Word.ChangeTrackingMode | `${Word.ChangeTrackingMode}`): Promise<boolean> {
  const now = context.document.body.paragraphs;
  now.load("items/text");
  context.document.load("changeTrackingMode");
  try {
    await context.sync();
    return now.items.length === expected && context.document.changeTrackingMode === userMode;
  } catch {
    return false;
  }
}

/** Section headings carry their number ("2. Survival"); the engine's text may already have it. */
function addendumText(a: AddendumParagraph): string {
  if (a.kind === "heading" && a.number && !a.text.trimStart().startsWith(a.number)) return `${a.number}. ${a.text}`;
  return a.text;
}

/** What the addendum copies from the contract's body text: its paragraph style and its font (name, size, colour). */
export interface WordBodyLook {
  style: string | null;
  font: { name: string; size: number; color: string | null } | null;
}

/**
 * The look of the body text near `near`, as the .docx writer picks it: an ordinary clause (no
 * heading, no table, no list, some length) before it, else after it; its style, and the font of
 * the nearest such clause whose font is one (Word gives no name or size for a mixed paragraph).
 */
export function bodyLook(current: readonly Paragraph[], items: ReadonlyArray<Pick<Word.Paragraph, "style" | "isListItem" | "font">>, near: number): WordBodyLook {
  const order: number[] = [];
  for (let i = Math.min(near, current.length) - 1; i >= 0; i--) order.push(i);
  for (let i = Math.max(near, 0); i < current.length; i++) order.push(i);
  // Word names every paragraph's style: one without a name is not an ordinary clause
  const ok = (i: number): boolean => Boolean(items[i].style) && isBodyClause(current[i], items[i].style, items[i].isListItem);
  let style: string | null = null;
  let font: WordBodyLook["font"] = null;
  for (const i of order) {
    if (!ok(i)) continue;
    style ??= items[i].style;
    const f = items[i].font;
    if (f && f.name && typeof f.size === "number" && f.size > 0) {
      font = { name: f.name, size: f.size, color: f.color || null };
      break;
    }
  }
  return { style, font };
}
