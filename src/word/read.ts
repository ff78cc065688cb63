/** Read: every body paragraph as the engine should see it, in 2 round trips whatever the length. */
import type { Paragraph } from "../engine/types";
import type { DocumentSnapshot } from "../host/types";
import { hashText, trimParagraphMark } from "./anchors";
import type { WordSession } from "./context";

const READ_PROPS_FULL = "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel";
const READ_PROPS_MIN = "items/text,items/style";

export async function read(session: WordSession): Promise<DocumentSnapshot> {
  const useReviewed = session.supports("1.4");
  const full = session.supports("1.3");
  return session.run(async (context) => {
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
    session.scan = { bodyCount: items.length, raw: items.map((p) => p.text), reviewed: texts, parts: [] };
    return { paragraphs: out, fingerprint: fingerprint(texts) };
  });
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
