/**
 * Read: every body paragraph as the engine should see it (indexes 0…n-1, tables included), then
 * the other parts — footnotes and endnotes (WordApi 1.5), the headers and footers of every
 * section (primary, first page, even pages; identical ones once) — with `part` set. 2 round
 * trips whatever the length:
 * 1. the body's paragraphs with their properties, and the lists of notes and sections;
 * 2. the reviewed text of every body paragraph, and of every other part with its paragraphs.
 * Text boxes in the body are read as part "textbox" where Word offers shapes (WordApiDesktop 1.2).
 * Without WordApi 1.4 only the body is read, from `Paragraph.text` (1 round trip).
 */
import type { DocumentPart, Paragraph } from "../engine/types";
import type { DocumentSnapshot } from "../host/types";
import { documentFingerprint } from "../engine/edit/fingerprint";
import { trimParagraphMark } from "./anchors";
import type { WordSession } from "./context";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";

/** With WordApi 1.3, Word's own list numbering too: the level and label of each list paragraph, in the same load. */
const READ_PROPS_FULL = "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem,items/listItemOrNullObject/level,items/listItemOrNullObject/listString";
const READ_PROPS_MIN = "items/text,items/style";
const HEADER_FOOTER_TYPES = ["Primary", "FirstPage", "EvenPages"] as const;

/** The lists to read the other parts from (answered by the first sync). */
interface PartLists {
  footnotes: Word.NoteItemCollection | null;
  endnotes: Word.NoteItemCollection | null;
  sections: Word.SectionCollection;
  shapes: Word.ShapeCollection | null;
}

/** One other part, queued in the second sync. */
interface PendingPart {
  part: DocumentPart;
  paragraphs: Word.ParagraphCollection;
  reviewed: OfficeExtension.ClientResult<string>;
}

/** The document as the engine reads it; any failure of Word's is thrown as one plain sentence (the host contract). */
export async function read(session: WordSession): Promise<DocumentSnapshot> {
  try {
    return await readDocument(session);
  } catch (e) {
    if (e instanceof Error && e.message === messages.noWord) throw e;
    throw new Error(messages.readFailed(errorMessage(e, OFFICE_ERRORS)));
  }
}

async function readDocument(session: WordSession): Promise<DocumentSnapshot> {
  const useReviewed = session.supports("1.4");
  const full = session.supports("1.3");
  const notes = session.supports("1.5");
  const shapes = useReviewed && session.supportsDesktop("1.2");
  return session.run(async (context) => {
    const body = context.document.body;
    let paragraphs = body.paragraphs;
    paragraphs.load(full ? READ_PROPS_FULL : READ_PROPS_MIN);
    let lists: PartLists | null = useReviewed ? queuePartLists(context, notes, shapes) : null;
    let detailed = full;
    try {
      await context.sync(); // 1
    } catch (error) {
      // Some property or part not available on this Word: retry once with the body's basics.
      if (!full) throw error;
      paragraphs = body.paragraphs;
      paragraphs.load(READ_PROPS_MIN);
      lists = null;
      await context.sync();
      detailed = false;
    }
    const items = paragraphs.items;
    const raw = items.map((p) => p.text);
    let texts = raw;
    let others: Paragraph[] = [];
    if (useReviewed) {
      let reviewed = items.map((p) => p.getReviewedText("Current"));
      let pending = lists ? queueParts(lists) : [];
      try {
        await context.sync(); // 2
      } catch (error) {
        if (pending.length === 0) throw error;
        // A part Word would not read: the body alone (1 sync more).
        reviewed = items.map((p) => p.getReviewedText("Current"));
        pending = [];
        await context.sync();
      }
      texts = reviewed.map((r) => trimParagraphMark(r.value));
      others = partParagraphs(pending);
    }
    const out: Paragraph[] = items.map((p, i) => {
      const para: Paragraph = { text: texts[i], style: p.style };
      const level = headingLevel(p.style, detailed ? p.styleBuiltIn : undefined, detailed ? p.outlineLevel : undefined);
      if (level) para.headingLevel = level;
      if (detailed && p.tableNestingLevel > 0) para.inTable = true;
      if (detailed && p.isListItem) {
        const item = p.listItemOrNullObject;
        para.listLevel = item.isNullObject ? 0 : item.level;
        if (!item.isNullObject && item.listString.trim()) para.listLabel = item.listString.trim();
      }
      return para;
    });
    session.scan = { bodyCount: items.length, raw, reviewed: texts, parts: others.map((p) => p.part!) };
    const all = [...out, ...others];
    return { paragraphs: all, fingerprint: documentFingerprint(all) };
  });
}

function queuePartLists(context: Word.RequestContext, notes: boolean, withShapes: boolean): PartLists {
  const body = context.document.body;
  const footnotes = notes ? body.footnotes : null;
  const endnotes = notes ? body.endnotes : null;
  footnotes?.load("items");
  endnotes?.load("items");
  const sections = context.document.sections;
  sections.load("items");
  const shapes = withShapes ? body.shapes : null;
  shapes?.load("items/type");
  return { footnotes, endnotes, sections, shapes };
}

function queueParts(lists: PartLists): PendingPart[] {
  const stories: Array<{ part: DocumentPart; body: Word.Body }> = [
    ...(lists.footnotes?.items ?? []).map((n) => ({ part: "footnote" as const, body: n.body })),
    ...(lists.endnotes?.items ?? []).map((n) => ({ part: "endnote" as const, body: n.body })),
    ...(lists.shapes?.items ?? []).filter((s) => s.type === "TextBox").map((s) => ({ part: "textbox" as const, body: s.body })),
  ];
  for (const section of lists.sections.items) {
    for (const type of HEADER_FOOTER_TYPES) stories.push({ part: "header", body: section.getHeader(type) });
    for (const type of HEADER_FOOTER_TYPES) stories.push({ part: "footer", body: section.getFooter(type) });
  }
  return stories.map(({ part, body }) => {
    const paragraphs = body.paragraphs;
    paragraphs.load(READ_PROPS_MIN);
    return { part, paragraphs, reviewed: body.getRange("Whole").getReviewedText("Current") };
  });
}

/**
 * The paragraphs of the other parts: the reviewed text split at paragraph marks when it has as many
 * paragraphs as Word listed, else each paragraph's own text. Empty parts are left out, and a header
 * or footer repeated by later sections (linked to the previous one) is listed once.
 */
function partParagraphs(pending: PendingPart[]): Paragraph[] {
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  for (const { part, paragraphs, reviewed } of pending) {
    const items = paragraphs.items;
    const split = trimParagraphMark(reviewed.value).split(/\r\n|\r|\n/);
    const texts = split.length === items.length ? split : items.map((p) => p.text);
    if (texts.every((t) => !t.trim())) continue;
    const key = `${part}\u0001${texts.join("\u0002")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    texts.forEach((text, i) => out.push({ text, style: items[i]?.style, part }));
  }
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
