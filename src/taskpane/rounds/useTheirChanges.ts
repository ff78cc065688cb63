/**
 * Round two in the pane: the other side's changes, judged by the host, the responses to them
 * (restore or counter as a tracked change, accept, dismiss), and the decision log stored in the
 * document. Components never call Word: everything goes through the DocumentHost.
 */
import * as React from "react";
import type { Decision, DecisionAction } from "../../engine/compare/decisionLog";
import type { TheirChange } from "../../engine/compare/types";
import type { DocumentHost, RoundResult } from "../../host/types";
import type { AnalyzeOptions } from "../../engine/types";
import type { Playbook } from "../../engine/playbook/types";
import { overridesOnly } from "../controller/parties";
import type { PartyNames } from "../controller/state";
import type { AppliedChange } from "../useReview";
import { errorMessage } from "../../engine/common/errorMessage";
import { editBetween, putsBack, theirChangeRequest, whereNow } from "./theirEdits";

// the pure helpers, for the components and tests that import them from here
export { editBetween, putsBack, theirChangeRequest, whereNow };

export type Response = "restore" | "counter" | "accept" | "dismiss";

export interface TheirChangesState {
  status: "idle" | "loading" | "ready" | "error";
  result: RoundResult | null;
  /** Where the result came from: their tracked changes, or a comparison with a file. */
  source: "tracked" | { file: string } | null;
  error: string | null;
  /** The stored decision log (kept up to date after each decision). */
  decisions: Decision[];
  /** A corrupt or hand-edited log: shown once, rebuilt on the next decision. */
  logProblem: string | null;
  /** The item a response is being written for. */
  busyId: string | null;
  message: { intent: "success" | "warning" | "error"; text: string } | null;
  /** What was answered to each of their changes since they were read (a restore is never written twice). */
  responded: Record<string, Response>;
}

/**
 * What round two analyses with: the user's playbook (its wording and fallbacks are ours too) and
 * the roles the user confirmed or corrected (the same names every scan uses); nothing when neither.
 */
export function roundAnalyzeOptions(playbook: Playbook | null, overrides: Partial<PartyNames>): AnalyzeOptions | undefined {
  const parties = overridesOnly(overrides);
  const named = Object.keys(parties).length > 0;
  if (!playbook && !named) return undefined;
  return { ...(playbook ? { playbook } : {}), ...(named ? { parties } : {}) };
}

const ACTION: Record<Response, DecisionAction> = { restore: "rejected", counter: "countered", accept: "accepted", dismiss: "dismissed" };

const initial: TheirChangesState = { status: "idle", result: null, source: null, error: null, decisions: [], logProblem: null, busyId: null, message: null, responded: {} };

/**
 * `onWritten` is told when a response changed the document's text (a restore or a counter), so the
 * pane can see its scan is out of date. `options()`: the user's playbook and confirmed roles at the
 * time of reading, so round two knows our suggestions in the playbook's wording and judges with the
 * names the user confirmed.
 */
export function useTheirChanges(host: DocumentHost | null, onWritten?: () => void, options?: () => AnalyzeOptions | undefined) {
  const [state, setState] = React.useState<TheirChangesState>(initial);
  const hostRef = React.useRef(host);
  hostRef.current = host;
  const written = React.useRef(onWritten);
  written.current = onWritten;
  const optionsRef = React.useRef(options);
  optionsRef.current = options;

  // a new document: nothing known yet (the log is read when the tab is opened, not at start-up)
  const logRead = React.useRef<DocumentHost | null>(null);
  React.useEffect(() => {
    setState(initial);
    logRead.current = null;
  }, [host]);

  /** Read the stored decision log once per document (the panel calls it when shown). */
  const loadLog = React.useCallback(async () => {
    const h = hostRef.current;
    if (!h?.loadDecisions || logRead.current === h) return;
    logRead.current = h;
    try {
      const log = await h.loadDecisions();
      if (hostRef.current === h) setState((s) => ({ ...s, decisions: log.decisions, logProblem: log.problem ?? null }));
    } catch {
      // an unreadable log reads as none (the host reports a corrupt one in `problem`)
    }
  }, []);

  /** How the list was last read (their tracked changes, or a comparison with a file), to read it again after a write. */
  const lastRead = React.useRef<{ host: DocumentHost; get: () => Promise<RoundResult> } | null>(null);

  const show = React.useCallback(async (get: () => Promise<RoundResult>, source: TheirChangesState["source"]) => {
    if (hostRef.current) lastRead.current = { host: hostRef.current, get };
    setState((s) => ({ ...s, status: "loading", error: null, message: null }));
    try {
      const result = await get();
      setState((s) => ({ ...s, status: "ready", result, source, decisions: result.decisions, logProblem: result.problem ?? s.logProblem, responded: {} }));
    } catch (e) {
      setState((s) => ({ ...s, status: "error", error: errorMessage(e) }));
    }
  }, []);

  const load = React.useCallback(() => {
    const h = hostRef.current;
    if (!h?.theirChanges) return Promise.resolve();
    return show(() => h.theirChanges!(optionsRef.current?.()), "tracked");
  }, [show]);

  const compareWith = React.useCallback(
    async (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) => {
      const h = hostRef.current;
      if (!h?.compareWith) return;
      await show(async () => h.compareWith!(await file.arrayBuffer(), file.name, optionsRef.current?.()), { file: file.name });
    },
    [show]
  );

  /**
   * After a restore or a counter-proposal is written: the list read again, so it shows the document
   * as it is now (not the change as it was until the user checks again). What was answered stays
   * answered for every change still listed, so a restore is never offered twice.
   */
  const refresh = React.useCallback(async () => {
    const last = lastRead.current;
    if (!last || last.host !== hostRef.current) return;
    try {
      const result = await last.get();
      if (hostRef.current !== last.host) return;
      setState((s) => {
        const still = new Set(result.report.changes.map((c) => c.id));
        // a change the user just answered and that the document no longer shows (a restored deletion)
        // stays listed as answered, with its decision history, until the list is checked again
        const answered = (s.result?.report.changes ?? []).filter((c) => !still.has(c.id) && (s.responded[c.id] === "restore" || s.responded[c.id] === "counter"));
        const shown = answered.length ? { ...result, report: { ...result.report, changes: [...result.report.changes, ...answered] } } : result;
        const kept = new Set([...still, ...answered.map((c) => c.id)]);
        const responded = Object.fromEntries(Object.entries(s.responded).filter(([id]) => kept.has(id)));
        return { ...s, status: "ready", result: shown, decisions: result.decisions, logProblem: result.problem ?? s.logProblem, responded };
      });
    } catch {
      // the list as it was stays; "Check again" reads it on demand
    }
  }, []);

  const record = React.useCallback(async (decisions: Decision[]) => {
    const h = hostRef.current;
    if (!h?.recordDecisions || !decisions.length) return;
    try {
      const all = await h.recordDecisions(decisions);
      setState((s) => ({ ...s, decisions: all, logProblem: null }));
    } catch (e) {
      setState((s) => ({ ...s, message: { intent: "warning", text: errorMessage(e) } }));
    }
  }, []);

  const respond = React.useCallback(
    async (c: TheirChange, response: Response, reason?: string) => {
      const h = hostRef.current;
      if (!h) return;
      setState((s) => ({ ...s, busyId: c.id, message: null }));
      try {
        if (response === "restore" && putsBack(c) && h.restoreParagraph) {
          // a paragraph they deleted (or moved whole): put it back where it stood, as our tracked insertion
          await h.restoreParagraph({ after: c.insertAfter!, afterText: c.insertAfterText ?? null, text: c.before!, comment: `We cannot accept this ${c.moved ? "move" : "deletion"}: ${c.response.why.replace(/^[A-Z]/, (x) => x.toLowerCase())}` });
        } else if (response === "restore" || response === "counter") {
          const req = theirChangeRequest(c, response);
          if (!req) throw new Error(`This change cannot be undone in place (the paragraph ${c.after === null ? "is gone" : "moved"}): copy the wording back by hand.`);
          const r = await h.apply([req]);
          const item = r.results[0];
          if (r.error || !item || item.status !== "applied") throw new Error(r.error ?? item?.message ?? "Nothing was changed.");
        }
        if (response === "restore" || response === "counter") written.current?.();
        const target = c.suggestion ?? c.id;
        await record([{ target, subject: c.suggestion ? "suggestion" : "their-change", action: ACTION[response], by: "", at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"), ...(c.rules[0] ? { ruleId: c.rules[0] } : {}), ...(reason ? { reason } : {}) }]);
        const done = { restore: `Restored as a tracked change, with a comment to them.${c.moved?.whole ? " Their moved copy is still there: keep it or delete it." : ""}`, counter: "Your counter-proposal is in, as a tracked change with a comment.", accept: "Accepted: noted in the decision log.", dismiss: "Dismissed: noted in the decision log." }[response];
        setState((s) => ({ ...s, busyId: null, message: { intent: "success", text: done }, responded: { ...s.responded, [c.id]: response } }));
        if (response === "restore" || response === "counter") await refresh();
      } catch (e) {
        setState((s) => ({ ...s, busyId: null, message: { intent: "error", text: errorMessage(e) } }));
      }
    },
    [record, refresh]
  );

  const goTo = React.useCallback(async (c: TheirChange) => {
    const h = hostRef.current;
    const target = whereNow(c);
    if (!h || !target) return;
    try {
      await h.select(target);
    } catch (e) {
      setState((s) => ({ ...s, message: { intent: "warning", text: errorMessage(e) } }));
    }
  }, []);

  return [state, { load, loadLog, compareWith, respond, goTo, record }] as const;
}

export type TheirChangesActions = ReturnType<typeof useTheirChanges>[1];

/**
 * Suggestions applied in the Clauses tab, logged as they happen, with their words (so their fate
 * can be told in the next round). Dismissals and accept / reject are logged where they are made.
 */
export function useDecisionRecorder(record: (d: Decision[]) => Promise<void>, applied: readonly AppliedChange[], paragraphs: ReadonlyArray<{ text: string }> | null): void {
  const seen = React.useRef<{ applied: Set<string> } | null>(null);
  // the text as it was before the change was written (the words around it, as scanned)
  const before = React.useRef(paragraphs);
  React.useEffect(() => {
    const scanned = before.current;
    before.current = paragraphs;
    if (!seen.current) {
      // what was there when the pane opened is not a new decision
      seen.current = { applied: new Set(applied.map((a) => `${a.id}#${a.batch}`)) };
      return;
    }
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const out: Decision[] = [];
    for (const a of applied) {
      const key = `${a.id}#${a.batch}`;
      if (seen.current.applied.has(key)) continue;
      seen.current.applied.add(key);
      const text = scanned?.[a.paragraph]?.text ?? paragraphs?.[a.paragraph]?.text ?? "";
      const at0 = text.slice(a.start, a.start + a.original.length) === a.original ? a.start : text.indexOf(a.original);
      const prefix = at0 >= 0 ? text.slice(Math.max(0, at0 - 60), at0) : "";
      const suffix = at0 >= 0 ? text.slice(at0 + a.original.length, at0 + a.original.length + 60) : "";
      out.push({ target: a.id, subject: "suggestion", action: "applied", by: "", at, label: a.title, edit: { prefix, removed: a.original, inserted: a.replacement, suffix } });
    }
    if (out.length) void record(out);
  }, [applied, paragraphs, record]);
}
