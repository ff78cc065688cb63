/** Comments: the comments part (created when the document has none), a comment, its reference run. */
import type { Document, Element } from "@xmldom/xmldom";
import { loadPart } from "../package";
import { W, XML_NS } from "../xml";
import type { WriteContext, XmlBuilder } from "./context";
import { REL_COMMENTS, addPart, relatedPaths } from "../parts";

const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/** Initials Word shows on a comment: the first letters of the author's words. */
export function initials(author: string): string {
  return (
    author
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase())
      .join("")
      .slice(0, 9) || "TS"
  );
}

export class CommentsPart {
  private constructor(
    private readonly ctx: WriteContext,
    private doc: Document | undefined,
    private path: string
  ) {}

  static async open(ctx: WriteContext): Promise<CommentsPart> {
    const [path] = await relatedPaths(ctx.pkg, REL_COMMENTS);
    return new CommentsPart(ctx, path ? await loadPart(ctx.pkg, path) : undefined, path ?? "");
  }

  /** Add a comment (one paragraph per line of `text`); returns its id. */
  async add(text: string): Promise<number> {
    const { ctx } = this;
    if (!this.doc) {
      const root = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"/>`;
      const { path, doc } = await addPart(ctx.pkg, ctx.dirty, REL_COMMENTS, CT_COMMENTS, "comments.xml", root);
      this.doc = doc;
      this.path = path;
    }
    const doc = this.doc;
    const id = ctx.ids.take();
    const prefix = doc.documentElement!.lookupPrefix(W) || "w";
    const mk = (name: string, attrs: Record<string, string> = {}): Element => {
      const e = doc.createElementNS(W, `${prefix}:${name}`);
      for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `${prefix}:${k}`, v);
      return e;
    };
    const comment = mk("comment", { id: String(id), author: ctx.x.author, date: ctx.x.date, initials: initials(ctx.x.author) });
    text.split("\n").forEach((line, i) => {
      const p = mk("p");
      if (i === 0) {
        const refRun = mk("r");
        refRun.appendChild(mk("annotationRef"));
        p.appendChild(refRun);
      }
      const r = mk("r");
      const t = mk("t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(line));
      r.appendChild(t);
      p.appendChild(r);
      comment.appendChild(p);
    });
    doc.documentElement!.appendChild(comment);
    ctx.dirty.add(this.path);
    return id;
  }
}

/** The run that shows a comment's mark in the text. */
export function referenceRun(x: XmlBuilder, doc: Document, id: string): Element {
  const r = x.el(doc, "r");
  r.appendChild(x.el(doc, "commentReference", { id }));
  return r;
}
