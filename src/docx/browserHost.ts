/**
 * Browser mode: a .docx opened in the task pane outside Word, behind the same DocumentHost
 * interface as Word. Edits and the addendum accumulate in memory; `save()` returns new bytes.
 * Dismissed finding ids are kept in memory for the session (nothing is written into the file).
 *
 * Undo before download: every write is remembered, with the bytes the file was opened with. Undoing
 * one suggestion opens those bytes again and replays every other write in order, each found again
 * by its words (an earlier change undone in the same paragraph moves the later ones), so the copy
 * is exactly what it would be had that suggestion never been applied.
 */
import { planAddendumInsertion } from "../engine/fix/addendumPlan";
import type { AddendumParagraph } from "../engine/types";
import type { ApplyOptions, ApplyRequest, ApplyResult, CreateDocxHost, DocumentSnapshot, DocxDocumentHost, HostCapabilities, InsertAddendumResult, ReviewChangeResult } from "../host/types";
import { DocxReview } from "./writer";
import type { Decision } from "../engine/compare/decisionLog";
import { appendDecisions } from "../engine/compare/decisionLog";
import type { RoundResult } from "../host/types";
import { readDecisionLog, writeDecisionLog } from "./decisionLog";
import { W, bodyParagraphs, buildParagraph, firstW, isW, paragraphStyle, readStyles } from "./model";
import { loadPart, openDocx, readText, relsPathOf, resolveTarget, serializeXml } from "./package";
import { compareDocx, theirChanges } from "./rounds";
import { fingerprint } from "../engine/text";
import type { Element } from "@xmldom/xmldom";

/** What `restoreParagraph` is asked to put back. */
export type RestoreTarget = { after: number; afterText: string | null; text: string; comment: string };

/** A write that reached the copy, as it was asked for (replayed when an earlier one is undone). */
type Write = { kind: "apply"; requests: ApplyRequest[]; commentOnly: boolean } | { kind: "addendum"; paragraphs: AddendumParagraph[] } | { kind: "restore"; target: RestoreTarget };

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
export async function restoreInto(review: DocxReview, target: RestoreTarget): Promise<DocxReview> {
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
  const next = await DocxReview.open(await pkg.zip.toBytes(), { author: review.author, date: review.date });
  // after the anchor, or (at the start) where the anchor was
  const index = bodyParagraphs(next.package.document)[k >= 0 ? at + 1 : at]?.p;
  const paragraph = next.paragraphModels.findIndex((m) => m.p === index);
  if (paragraph < 0) throw new Error("The paragraph was not restored: it could not be found again in the copy.");
  const mText = next.paragraphModels[paragraph].text;
  const [res] = await next.apply([{ id: "restore", paragraph, start: 0, end: mText.length, original: mText, replacement: mText, comment: target.comment, paragraphText: mText }], { commentOnly: true });
  if (res?.status !== "applied") throw new Error(`The paragraph was not restored: ${res?.message ?? "its comment could not be added"}`);
  return next;
}

/**
 * Where `r.original` now stands in `text`: at the same offset when the paragraph is unchanged, else
 * the occurrence nearest to where it was, shifted by what changed before it. Null: it is gone.
 */
export function relocate(r: Pick<ApplyRequest, "start" | "end" | "original" | "paragraphText">, text: string): { start: number; end: number } | null {
  if (text.slice(r.start, r.end) === r.original && (r.paragraphText === undefined || r.paragraphText === text)) return { start: r.start, end: r.end };
  // the text after the words is what an earlier undone change (always before or apart) leaves alone
  const before = r.paragraphText?.slice(0, r.start) ?? "";
  const after = r.paragraphText?.slice(r.end) ?? "";
  const shift = text.length - (r.paragraphText?.length ?? text.length);
  const candidates: number[] = [];
  for (let at = text.indexOf(r.original); at >= 0; at = text.indexOf(r.original, at + 1)) {
    candidates.push(at);
    if (r.original.length === 0) break;
  }
  if (candidates.length === 0) return null;
  const score = (at: number): number => {
    // prefer an occurrence whose following text is the same as before, then the nearest to where it was expected
    const sameAfter = text.slice(at + r.original.length) === after ? 0 : 1;
    const sameBefore = text.slice(0, at).endsWith(before.slice(-20)) ? 0 : 1;
    return sameAfter * 4 + sameBefore * 2 + Math.min(1, Math.abs(at - (r.start + shift)) / (text.length + 1));
  };
  const best = candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
  return { start: best, end: best + r.original.length };
}

class DocxHost implements DocxDocumentHost {
  private dismissed: string[] = [];
  private readonly writes: Write[] = [];

  constructor(
    readonly fileName: string,
    private review: DocxReview,
    private readonly original: Uint8Array,
    private readonly author: string | undefined
  ) {}

  async capabilities(): Promise<HostCapabilities> {
    return {
      kind: "docx",
      comments: true,
      trackChanges: true,
      // only "reject" (undo) here: accepting is the other side's decision, in Word
      reviewChanges: true,
      insertAtCursor: false,
      message: "Reviewing a .docx file in the browser: changes are written as tracked changes into a new copy you download. You can undo any of them before you download.",
    };
  }

  async read(): Promise<DocumentSnapshot> {
    const paragraphs = this.review.paragraphs();
    return { paragraphs, fingerprint: fingerprint(paragraphs.map((p) => p.text)) };
  }

  async select(): Promise<void> {
    // No document view in browser mode: the pane shows the words itself.
  }

  async apply(requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
    try {
      const results = await this.review.apply(requests, { commentOnly: options.commentOnly, onProgress: options.onProgress });
      const done = new Set(results.filter((r) => r.status === "applied").map((r) => r.id));
      const kept = requests.filter((r) => done.has(r.id));
      if (kept.length > 0) this.writes.push({ kind: "apply", requests: kept, commentOnly: options.commentOnly === true });
      return { results };
    } catch (e) {
      return { results: requests.map((r) => ({ id: r.id, status: "failed", message: "Nothing was changed." })), error: e instanceof Error ? e.message : String(e) };
    }
  }

  async insertAddendum(paragraphs: AddendumParagraph[], _where: "end" | "cursor"): Promise<InsertAddendumResult> {
    if (!paragraphs.length) return { inserted: false, message: "There is nothing to insert." };
    const plan = planAddendumInsertion(this.review.paragraphs(), paragraphs);
    if (plan.insert === null) return { inserted: false, message: plan.message };
    await this.review.insertAddendum(plan.insert);
    this.writes.push({ kind: "addendum", paragraphs });
    return { inserted: true, message: _where === "cursor" ? "Added at the end of the document (a .docx file has no cursor)." : undefined };
  }

  async loadDismissed(): Promise<string[]> {
    return this.dismissed.slice();
  }

  async saveDismissed(ids: string[]): Promise<void> {
    this.dismissed = ids.slice();
  }

  async save(): Promise<Uint8Array> {
    return this.review.save();
  }

  async theirChanges(): Promise<RoundResult> {
    const r = await theirChanges(this.review.package);
    return { report: r.report, decisions: r.read.log.decisions, theirAuthors: r.read.theirAuthors, ...(r.read.log.problem ? { problem: r.read.log.problem } : {}) };
  }

  async loadDecisions(): Promise<{ decisions: Decision[]; problem?: string }> {
    const log = await readDecisionLog(this.review.package);
    return { decisions: log.decisions, ...(log.problem ? { problem: log.problem } : {}) };
  }

  /** Decisions go into the log part of the copy you download (the text is not touched). */
  async recordDecisions(decisions: Decision[]): Promise<Decision[]> {
    const stored = await readDecisionLog(this.review.package);
    const all = appendDecisions(stored.decisions, decisions.map((d) => (d.by ? d : { ...d, by: this.review.author })));
    await writeDecisionLog(this.review.package, all);
    return all;
  }

  /**
   * Put back a paragraph they deleted, where it stood, as our tracked insertion with a comment
   * (undone with the rest before download: it is replayed like every other write).
   */
  async restoreParagraph(target: RestoreTarget): Promise<void> {
    try {
      this.review = await restoreInto(this.review, target);
    } catch (e) {
      throw e instanceof Error ? e : new Error(String(e));
    }
    this.writes.push({ kind: "restore", target: { ...target } });
  }

  async compareWith(older: ArrayBuffer | Uint8Array, fileName: string): Promise<RoundResult> {
    let pkg;
    try {
      pkg = await openDocx(older instanceof Uint8Array ? older.slice() : new Uint8Array(older.slice(0)));
    } catch (e) {
      throw new Error(`${fileName}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const r = await compareDocx(pkg, this.review.package);
    return { report: r.report, decisions: r.log.decisions, theirAuthors: r.theirAuthors, ...(r.log.problem ? { problem: r.log.problem } : {}) };
  }

  /**
   * Undo (accept false) takes the suggestion applied for finding `id` back out of the copy: the
   * file as opened, with every other write replayed. Accepting is not done here: the change stays
   * tracked for the other side to accept in Word.
   */
  async reviewChange(id: string, accept: boolean): Promise<ReviewChangeResult> {
    if (accept) throw new Error("a change in a file opened here stays a tracked change for the other side to accept in Word; download the copy to keep it");
    const owner = this.writes.find((w) => w.kind === "apply" && !w.commentOnly && w.requests.some((r) => r.id === id));
    if (!owner) throw new Error("that change is not in this copy (it was undone already, or made before the file was opened)");
    let replay = await DocxReview.open(this.original.slice(), { author: this.author });
    const kept: Write[] = [];
    const lost: string[] = [];
    for (const w of this.writes) {
      if (w.kind === "restore") {
        try {
          replay = await restoreInto(replay, w.target);
          kept.push(w);
        } catch {
          lost.push("the restored paragraph");
        }
        continue;
      }
      if (w.kind === "addendum") {
        const plan = planAddendumInsertion(replay.paragraphs(), w.paragraphs);
        if (plan.insert === null) lost.push("the addendum");
        else {
          await replay.insertAddendum(plan.insert);
          kept.push(w);
        }
        continue;
      }
      const requests: ApplyRequest[] = [];
      for (const r of w.requests) {
        if (w === owner && r.id === id) continue;
        const text = replay.paragraphs()[r.paragraph]?.text;
        const at = text === undefined ? null : relocate(r, text);
        if (!at || text === undefined) {
          lost.push(`“${r.original}”`);
          continue;
        }
        requests.push({ ...r, start: at.start, end: at.end, paragraphText: text });
      }
      if (requests.length === 0) continue;
      const results = await replay.apply(requests, { commentOnly: w.commentOnly });
      const done = new Set(results.filter((x) => x.status === "applied").map((x) => x.id));
      for (const r of requests) if (!done.has(r.id)) lost.push(`“${r.original}”`);
      const applied = requests.filter((r) => done.has(r.id));
      if (applied.length > 0) kept.push({ ...w, requests: applied });
    }
    this.review = replay;
    this.writes.splice(0, this.writes.length, ...kept);
    return { changes: 1, warnings: lost.length > 0 ? [`These other changes could not be made again and are no longer in the copy: ${lost.join(", ")}.`] : undefined };
  }
}

/** Open a .docx held in memory (ArrayBuffer from a file input) for review in the pane. */
export const createDocxHost: CreateDocxHost = async (data, fileName, options) => {
  // Work on a copy: the caller's buffer is never modified.
  const copy = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
  const review = await DocxReview.open(copy.slice(), { author: options?.author });
  return new DocxHost(fileName, review, copy, options?.author);
};
