/**
 * One edit as a real tracked change: only the words that differ are deleted (w:del) and inserted
 * (w:ins) in the formatting of the words they replace, and the comment spans the whole risky words.
 */
import type { Element, Node } from "@xmldom/xmldom";
import { minimalEdit } from "../../engine/edit/minimalEdit";
import { writesNoChange } from "../../engine/edit/plan";
import { elementText, firstW, isW } from "../xml";
import type { ParagraphModel } from "../model";
import type { WriteContext } from "./context";
import { referenceRun, type CommentsPart } from "./comments";
import { insertionPoint, makeRun, rebuild, splitAt } from "./runs";

export interface TrackedEdit {
  paragraph: number;
  start: number;
  end: number;
  original: string;
  replacement: string;
  comment?: string;
}

export async function writeTrackedEdit(ctx: WriteContext, comments: CommentsPart, r: TrackedEdit, commentOnly: boolean): Promise<void> {
  const { x } = ctx;
  const m = ctx.model[r.paragraph];
  const doc = m.p.ownerDocument!;
  const change = !writesNoChange(r, commentOnly);
  // Only the words that differ are deleted and inserted; shared leading / trailing words stay.
  const { keepStart: prefix, keepEnd: suffix } = change ? minimalEdit(r.original, r.replacement) : { keepStart: 0, keepEnd: 0 };
  const ds = r.start + prefix;
  const de = r.end - suffix;
  const insText = r.replacement.slice(prefix, r.replacement.length - suffix);
  for (const at of new Set([r.start, ds, de, r.end])) {
    splitAt(x, m, at);
    rebuild(m);
  }
  const runs = runsIn(m, r.start, r.end);
  const delRuns = change ? runsIn(m, ds, de) : [];
  const before = m.segments.filter((s) => s.end <= ds).pop()?.run;
  const after = m.segments.find((s) => s.start >= de)?.run;
  const source = delRuns[0] ?? runs[0] ?? before ?? after;
  const rPr = source ? firstW(source, "rPr") : null;
  const cid = r.comment ? await comments.add(r.comment) : -1;

  const dels: Element[] = [];
  let ins: Element | undefined;
  if (change) {
    for (const run of delRuns) {
      for (let c = run.firstChild; c; c = c.nextSibling) {
        if (isW(c, "t")) {
          const dt = x.textEl(doc, "delText", elementText(c));
          run.replaceChild(dt, c);
          c = dt;
        }
      }
      const prev = dels[dels.length - 1];
      if (prev && prev.nextSibling === run) prev.appendChild(run);
      else {
        const del = x.change(doc, "del");
        run.parentNode!.insertBefore(del, run);
        del.appendChild(run);
        dels.push(del);
      }
    }
    if (insText) {
      ins = x.change(doc, "ins");
      ins.appendChild(makeRun(x, doc, rPr, insText));
      const at = insertionPoint(x, m, dels[dels.length - 1] ?? before, dels.length ? undefined : after);
      at.parent.insertBefore(ins, at.next);
    }
  }
  if (cid < 0) return rebuild(m);
  // The comment spans the whole risky words and the insertion.
  const top = (run: Element): Element => (dels.includes(run.parentNode as Element) ? (run.parentNode as Element) : run);
  const first: Element | undefined = ins && !dels.length && ds === r.start ? ins : runs.length ? top(runs[0]) : ins;
  const last: Element | undefined = suffix > 0 || !change ? (runs.length ? top(runs[runs.length - 1]) : ins) : (ins ?? (dels.length ? dels[dels.length - 1] : undefined));
  const rangeStart = x.el(doc, "commentRangeStart", { id: String(cid) });
  const rangeEnd = x.el(doc, "commentRangeEnd", { id: String(cid) });
  let at: { parent: Node; next: Node | null };
  if (first && last) {
    first.parentNode!.insertBefore(rangeStart, first);
    at = insertionPoint(x, m, last);
  } else {
    at = insertionPoint(x, m, before, after);
    at.parent.insertBefore(rangeStart, at.next);
  }
  at.parent.insertBefore(rangeEnd, at.next);
  at.parent.insertBefore(referenceRun(x, doc, String(cid)), at.next);
  rebuild(m);
}

/** The runs whose text lies in [a, b), each once. */
function runsIn(m: ParagraphModel, a: number, b: number): Element[] {
  const out: Element[] = [];
  for (const s of m.segments) if (s.start >= a && s.end <= b && s.end > s.start && out[out.length - 1] !== s.run) out.push(s.run);
  return out;
}
