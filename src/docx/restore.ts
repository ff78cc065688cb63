/**
 * Putting back a paragraph the other side deleted, in a .docx copy: our tracked insertion (text and
 * paragraph mark) with our comment, in the deleted paragraph's own look where it is still there.
 */
import type { Element } from "@xmldom/xmldom";
import { DocxWriter } from "./writer";
import { W, firstW, isW } from "./xml";
import { bodyParagraphs } from "./paragraphs";
import { buildParagraph } from "./model";
import { paragraphStyle, readStyles } from "./styles";
import { loadPart, openDocx, readText, relsPathOf, resolveTarget, serializeXml } from "./package";

/** What `restoreParagraph` is asked to put back. */
export type RestoreTarget = { after: number; afterText: string | null; text: string; comment: string };

const STYLES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const norm = (s: string): string => s.replace(/\s+/g, " ").trim();

/** True when `a` is `b` with a small edit: what they share at the start and the end is most of both. */
function alike(a: string, b: string): boolean {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a[p] === b[p]) p++;
  let s = 0;
  while (s < max - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return p + s >= 0.6 * Math.max(a.length, b.length) && Math.max(a.length, b.length) > 0;
}

/**
 * A copy of `review` with a paragraph they deleted put back after body paragraph `target.after`
 * (-1: before the first), as our tracked insertion (its text and its paragraph mark, so rejecting
 * it gives back the document exactly) with our comment on it. It takes the formatting of the
 * deleted paragraph where their deletion is still in the file, else of the clause it follows.
 * Throws a plain Error when the paragraph it goes after is no longer there.
 */
export async function restoreInto(review: DocxWriter, target: RestoreTarget): Promise<DocxWriter> {
  const text = target.text.replace(/[\r\n]+/g, " ");
  if (!text.trim()) throw new Error("There is no wording to restore.");
  const body = review.paragraphModels.filter((m) => !m.part);
  // the paragraph it goes after, found by its words when the numbering differs
  let k = target.after;
  if (k >= 0 && target.afterText !== null && body[k]?.text !== target.afterText) {
    let best = -1;
    body.forEach((m, i) => {
      if (m.text === target.afterText && (best < 0 || Math.abs(i - target.after) < Math.abs(best - target.after))) best = i;
    });
    // not found word for word: the same paragraph with a small edit since (e.g. one of ours applied)
    if (best < 0 && body[k] && alike(body[k].text, target.afterText)) best = k;
    k = best;
  }
  if ((k < 0 && target.after >= 0) || (k >= 0 && !body[k]) || (k < 0 && !body[0])) {
    throw new Error("The document has changed since their changes were read: check them again, then restore.");
  }
  const all = bodyParagraphs(review.package.document).map((x) => x.p);
  let at = all.indexOf(k >= 0 ? body[k].p : body[0].p);
  if (at < 0) throw new Error("The paragraph to restore after could not be found; check their changes again.");
  // after a paragraph whose mark they deleted (it runs on into the next), go after the whole run-on
  const markGone = (p: Element): boolean => {
    const pPr = firstW(p, "pPr");
    const rPr = pPr && firstW(pPr, "rPr");
    return !!rPr && (!!firstW(rPr, "del") || !!firstW(rPr, "moveFrom"));
  };
  if (k >= 0) while (at + 1 < all.length && markGone(all[at])) at++;

  // a fresh copy of the file as it is now, edited as XML, then opened again for the comment
  const bytes = await review.save();
  const pkg = await openDocx(bytes);
  let maxId = 0;
  const dir = pkg.documentPath.slice(0, pkg.documentPath.lastIndexOf("/") + 1);
  for (const name of pkg.zip.names()) {
    if (!name.startsWith(dir) || !name.endsWith(".xml") || pkg.zip.isFolder(name)) continue;
    const xml = (await readText(pkg, name)) ?? "";
    const re = /:id="(\d{1,10})"/g;
    for (let m = re.exec(xml); m; m = re.exec(xml)) if (Number(m[1]) < 2 ** 31 - 1) maxId = Math.max(maxId, Number(m[1]));
  }
  const doc = pkg.document;
  const prefix = doc.documentElement?.prefix || "w";
  const el = (name: string, attrs: Record<string, string> = {}): Element => {
    const e = doc.createElementNS(W, `${prefix}:${name}`);
    for (const [a, v] of Object.entries(attrs)) e.setAttributeNS(W, `${prefix}:${a}`, v);
    return e;
  };
  const paras = bodyParagraphs(doc).map((x) => x.p);
  const anchor = paras[at];
  if (!anchor) throw new Error("The paragraph to restore after could not be found; check their changes again.");
  const rels = await loadPart(pkg, relsPathOf(pkg.documentPath));
  const relList = rels ? rels.getElementsByTagName("Relationship") : null;
  let stylesPath: string | undefined;
  for (let i = 0; relList && i < relList.length && !stylesPath; i++) {
    if (relList[i].getAttribute("Type") === STYLES_REL && relList[i].getAttribute("TargetMode") !== "External") stylesPath = resolveTarget(pkg.documentPath, relList[i].getAttribute("Target") ?? "");
  }
  const styles = readStyles(stylesPath ? await loadPart(pkg, stylesPath) : undefined);
  // the look to copy: their deleted paragraph itself, else the nearest ordinary clause
  const want = norm(text);
  const deleted = paras.slice(Math.max(0, at - 1), at + 8).find((p) => norm(buildParagraph(p, "reject", []).text) === want && markGone(p));
  const ordinary = (p: Element | undefined): boolean => !!p && !paragraphStyle(p, styles).headingLevel && buildParagraph(p, "accept", []).text.trim().length > 0;
  const look = deleted ?? (k >= 0 && ordinary(anchor) ? anchor : (paras.slice(at + 1).find(ordinary) ?? paras.slice(0, at).reverse().find(ordinary)));
  const pPr = el("pPr");
  const lookPPr = look ? firstW(look, "pPr") : null;
  if (lookPPr) {
    for (let c = lookPPr.firstChild; c; c = c.nextSibling) {
      if (!isW(c) || ["rPr", "sectPr", "pPrChange"].includes(c.localName ?? "")) continue;
      pPr.appendChild(c.cloneNode(true));
    }
  }
  const markRPr = el("rPr");
  markRPr.appendChild(el("ins", { id: String(++maxId), author: review.author, date: review.date }));
  pPr.appendChild(markRPr);
  let runPr: Element | null = null;
  if (look) {
    const runs = look.getElementsByTagNameNS(W, "r");
    let longest = -1;
    for (let i = 0; i < runs.length; i++) {
      const len = (runs[i].textContent ?? "").length;
      if (len > longest) {
        longest = len;
        runPr = firstW(runs[i], "rPr");
      }
    }
  }
  const p = el("p");
  p.appendChild(pPr);
  const ins = el("ins", { id: String(++maxId), author: review.author, date: review.date });
  const r = el("r");
  if (runPr) {
    const copy = runPr.cloneNode(true) as Element;
    for (let c = copy.firstChild; c; ) {
      const next = c.nextSibling;
      if (isW(c) && ["rPrChange", "ins", "del", "moveFrom", "moveTo"].includes(c.localName ?? "")) copy.removeChild(c);
      c = next;
    }
    r.appendChild(copy);
  }
  const t = el("t");
  t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
  t.appendChild(doc.createTextNode(text));
  r.appendChild(t);
  ins.appendChild(r);
  p.appendChild(ins);
  if (k >= 0) anchor.parentNode!.insertBefore(p, anchor.nextSibling);
  else anchor.parentNode!.insertBefore(p, anchor);
  pkg.zip.set(pkg.documentPath, serializeXml(doc));
  const next = await DocxWriter.open(await pkg.zip.toBytes(), { author: review.author, date: review.date });
  // after the anchor, or (at the start) where the anchor was
  const index = bodyParagraphs(next.package.document)[k >= 0 ? at + 1 : at]?.p;
  const paragraph = next.paragraphModels.findIndex((m) => m.p === index);
  if (paragraph < 0) throw new Error("The paragraph was not restored: it could not be found again in the copy.");
  const mText = next.paragraphModels[paragraph].text;
  const [res] = await next.apply([{ id: "restore", paragraph, start: 0, end: mText.length, original: mText, replacement: mText, comment: target.comment, paragraphText: mText }], { commentOnly: true });
  if (res?.status !== "applied") throw new Error(`The paragraph was not restored: ${res?.message ?? "its comment could not be added"}`);
  return next;
}
