/**
 * What the worker does with each request. Kept apart from the worker's global scope so the
 * tests call it directly in Node (no Worker there).
 */
import { analyze } from "../../engine/analyze";
import { checkPlaybookText, playbookCatalog } from "../../engine/playbook/catalog";
import { compareVersions } from "../../engine/compare/judge";
import { formatReportMarkdown } from "../../engine/report/format";
import { coverNote } from "../../engine/report/coverNote";
import type { DocxDocumentHost } from "../../host/types";
import { packParagraphs, packedTransfer, unpackParagraphs, type Calls, type Op, type Request, type Response } from "./protocol";
import { errorMessage } from "../../engine/common/errorMessage";

type Post = (response: Response, transfer?: Transferable[]) => void;

/** Progress of a long write or analysis is posted at most this often (each message re-renders the pane). */
const PROGRESS_MS = 50;

export function createHandler(post: Post) {
  let host: DocxDocumentHost | null = null;
  /** The applies that can still be cancelled, by request id. */
  const running = new Map<number, AbortController>();
  const docx = () => {
    if (!host) throw new Error("no document is open");
    return host;
  };
  const run = async (req: Request): Promise<{ result: unknown; transfer?: Transferable[] }> => {
    const progress = (done: number, total: number, phase?: string) => post({ id: req.id, kind: "progress", done, total, phase });
    let last = 0;
    const throttled = (d: number, t: number) => {
      const now = Date.now();
      if (d < t && now - last < PROGRESS_MS) return;
      last = now;
      progress(d, t);
    };
    switch (req.op as Op) {
      case "analyze": {
        const a = req.args as Calls["analyze"]["args"];
        return { result: analyze(unpackParagraphs(a.paragraphs), { ...a.options, onProgress: throttled }) };
      }
      case "compareRound": {
        const a = req.args as Calls["compareRound"]["args"];
        return { result: compareVersions(a.before, a.after, { ours: a.ours, comments: a.comments, ...(a.analyze ? { analyze: a.analyze } : {}) }) };
      }
      case "playbookCatalog":
        return { result: playbookCatalog() };
      case "playbookCheck": {
        const a = req.args as Calls["playbookCheck"]["args"];
        return { result: checkPlaybookText(a.text, a.bytes) };
      }
      case "open": {
        const a = req.args as Calls["open"]["args"];
        progress(0, 2, "Unpacking the file…");
        const { createDocxHost } = await import(/* webpackChunkName: "docx" */ "../../docx/browserHost");
        host = await createDocxHost(a.data, a.fileName, { author: a.author });
        progress(1, 2, "Reading the text…");
        return { result: { fileName: a.fileName } };
      }
      case "capabilities": {
        const h = docx();
        // undo of an inserted addendum, where the document can do it
        return { result: { ...(await h.capabilities()), undoAddendum: typeof h.removeAddendum === "function", cancelApply: typeof h.checkpoint === "function" && typeof h.rollback === "function" } };
      }
      case "read": {
        const snap = await docx().read();
        const paragraphs = packParagraphs(snap.paragraphs);
        return { result: { paragraphs, fingerprint: snap.fingerprint }, transfer: packedTransfer(paragraphs) };
      }
      case "apply": {
        const a = req.args as Calls["apply"]["args"];
        const controller = new AbortController();
        running.set(req.id, controller);
        try {
          return { result: await docx().apply(a.requests, { commentOnly: a.commentOnly, onProgress: throttled, signal: controller.signal }) };
        } finally {
          running.delete(req.id);
        }
      }
      case "abort": {
        // answered at once; the apply it names rejects with CancelledError once the copy is put back
        running.get((req.args as Calls["abort"]["args"]).id)?.abort();
        return { result: null };
      }
      case "checkpoint": {
        const h = docx();
        if (!h.checkpoint) throw new Error("this document cannot mark its state");
        return { result: await h.checkpoint() };
      }
      case "rollback": {
        const h = docx();
        if (!h.rollback) throw new Error("this document cannot be put back");
        await h.rollback((req.args as Calls["rollback"]["args"]).mark);
        return { result: null };
      }
      case "insertAddendum": {
        const a = req.args as Calls["insertAddendum"]["args"];
        return { result: await docx().insertAddendum(a.paragraphs, a.where, a.options) };
      }
      case "decideChange": {
        const a = req.args as Calls["decideChange"]["args"];
        const h = docx();
        if (!h.decideChange) throw new Error("this document cannot undo changes");
        return { result: (await h.decideChange(a.id, a.accept)) ?? { changes: 0 } };
      }
      case "removeAddendum": {
        const h = docx();
        if (!h.removeAddendum) throw new Error("this document cannot take the addendum back out; download the copy and reject it in Word");
        return { result: await h.removeAddendum((req.args as Calls["removeAddendum"]["args"]).texts) };
      }
      case "formatMarkdown":
        return { result: formatReportMarkdown((req.args as Calls["formatMarkdown"]["args"]).report) };
      case "save": {
        const bytes = await docx().save();
        return { result: bytes, transfer: [bytes.buffer] };
      }
      case "theirChanges": {
        const h = docx();
        if (!h.theirChanges) throw new Error("this document cannot list their changes");
        return { result: await h.theirChanges((req.args as Calls["theirChanges"]["args"]).analyze) };
      }
      case "loadDecisions": {
        const h = docx();
        return { result: h.loadDecisions ? await h.loadDecisions() : { decisions: [] } };
      }
      case "recordDecisions": {
        const h = docx();
        if (!h.recordDecisions) throw new Error("this document cannot store decisions");
        return { result: await h.recordDecisions((req.args as Calls["recordDecisions"]["args"]).decisions) };
      }
      case "compareWith": {
        const a = req.args as Calls["compareWith"]["args"];
        const h = docx();
        if (!h.compareWith) throw new Error("this document cannot be compared");
        return { result: await h.compareWith(a.data, a.fileName, a.analyze) };
      }
      case "restoreParagraph": {
        const a = req.args as Calls["restoreParagraph"]["args"];
        const h = docx();
        if (!h.restoreParagraph) throw new Error("this document cannot restore a paragraph");
        await h.restoreParagraph(a);
        return { result: null };
      }
      case "coverNote": {
        // the same note as `termscore review --note`
        const a = req.args as Calls["coverNote"]["args"];
        return { result: coverNote(a.report, a.paragraphs, a.options) };
      }
      case "memo": {
        const a = req.args as Calls["memo"]["args"];
        const { buildMemoDocx } = await import(/* webpackChunkName: "docx" */ "../memo");
        const bytes = await buildMemoDocx(a.input);
        return { result: bytes, transfer: [bytes.buffer] };
      }
    }
    throw new Error(`unknown request ${String(req.op)}`);
  };
  return async (req: Request): Promise<void> => {
    try {
      const { result, transfer } = await run(req);
      post({ id: req.id, kind: "result", result }, transfer);
    } catch (e) {
      const err = e as { message?: string; name?: string; code?: unknown };
      post({ id: req.id, kind: "error", message: errorMessage(e), name: err?.name, code: typeof err?.code === "string" ? err.code : undefined });
    }
  };
}
