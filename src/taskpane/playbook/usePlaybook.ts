/**
 * The Playbook tab's state: the catalog (default playbook, rules, sections) from the engine, the
 * playbook being edited (`draft`), the last good one (`active`, stored on this computer and used
 * by every review), the problems of a bad edit or import (each with its JSON path), and previews
 * of a rule's wording on its sample clause. A bad playbook is never stored or used.
 */
import * as React from "react";
import type { PlaybookCatalog } from "../../engine/playbook/catalog";
import type { Playbook, PlaybookProblem, Spelling } from "../../engine/playbook/types";
import type { Severity } from "../../engine/types";
import type { ReviewEngine } from "../useReview";
import type { DocumentHost } from "../../host/types";
import { loadStoredPlaybook, storePlaybook } from "./store";
import { errorMessage } from "../../engine/common/errorMessage";

export interface RulePreview {
  text: string;
  trigger: { start: number; end: number };
  edit?: { start: number; end: number; replacement: string };
  comment: string;
  severity: Severity;
  switchedOff: boolean;
  openRisk?: string;
}

export interface PlaybookState {
  catalog: PlaybookCatalog | null;
  draft: Playbook | null;
  active: Playbook | null;
  problems: PlaybookProblem[];
  /** Plain-language status of the last change ("Saved on this computer."). */
  status: string;
  /** Bumped whenever `active` changes (the pane re-scans with it). */
  version: number;
  /** The host can store a playbook with the document (a shared review). */
  canShare: boolean;
  /** The good playbook stored in the open document, if any. */
  shared: Playbook | null;
}

export interface PlaybookActions {
  loadCatalog(): void;
  /** Checks and, when good, stores and uses the playbook (null: back to the default). */
  update(next: Playbook | null, status?: string): Promise<void>;
  importText(text: string, bytes?: number): Promise<void>;
  exportText(): string;
  /** The rule's wording on its sample clause; `spelling`: the open document's, which the review's own suggestions use. */
  preview(ruleId: string, sample: string, spelling?: Spelling): Promise<RulePreview | null>;
  /** Uses the playbook stored in the document (and keeps it on this computer). */
  adoptShared(): Promise<void>;
  /** Stores the playbook in use in the document, for everyone who reviews it. */
  share(): Promise<void>;
}

function parseStored(): Playbook | null {
  const text = loadStoredPlaybook();
  if (!text) return null;
  try {
    return JSON.parse(text) as Playbook;
  } catch {
    return null;
  }
}

export function usePlaybook(engine: ReviewEngine | undefined, host: DocumentHost | null = null): [PlaybookState, PlaybookActions] {
  const [state, setState] = React.useState<PlaybookState>(() => {
    const stored = parseStored();
    return { catalog: null, draft: stored, active: stored, problems: [], status: "", version: 0, canShare: false, shared: null };
  });
  const latest = React.useRef(state);
  latest.current = state;
  const patch = React.useCallback((p: Partial<PlaybookState>) => setState((s) => ({ ...s, ...p })), []);

  // A stored playbook is checked again: a newer TermScore may have renamed a rule.
  React.useEffect(() => {
    const stored = latest.current.active;
    if (!stored || !engine?.checkPlaybook) return;
    void engine.checkPlaybook(JSON.stringify(stored)).then((r) => {
      if (r.problems) setState((s) => ({ ...s, active: null, problems: r.problems!, status: "Your saved playbook does not fit this version of TermScore, so the default is used. Fix it or reset it.", version: s.version + 1 }));
    });
  }, [engine]);

  // A playbook stored in the document (a shared review) is offered, once checked.
  React.useEffect(() => {
    setState((s) => ({ ...s, canShare: !!host?.savePlaybook, shared: null }));
    if (!host?.loadPlaybook || !engine?.checkPlaybook) return;
    let live = true;
    void host
      .loadPlaybook()
      .then((text) => (text ? engine.checkPlaybook!(text) : null))
      .then((r) => {
        if (live && r) setState((s) => (r.playbook ? { ...s, shared: r.playbook } : { ...s, status: "The playbook stored in this document has problems, so it is not offered." }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host, engine]);

  const loadCatalog = React.useCallback(() => {
    if (latest.current.catalog) return;
    if (!engine?.playbookCatalog) {
      patch({ status: "The playbook is not available in this build." });
      return;
    }
    void engine.playbookCatalog().then(
      (catalog) => patch({ catalog }),
      (e) => patch({ status: `The playbook could not be loaded: ${errorMessage(e)}` })
    );
  }, [engine, patch]);

  const update = React.useCallback(
    async (next: Playbook | null, status = "Saved on this computer. Reviews use your playbook.") => {
      patch({ draft: next });
      if (next === null) {
        storePlaybook(null);
        setState((s) => ({ ...s, draft: null, active: null, problems: [], status: "Back to TermScore's default playbook.", version: s.version + 1 }));
        return;
      }
      const text = JSON.stringify(next);
      const r = engine?.checkPlaybook ? await engine.checkPlaybook(text) : { problems: [{ path: "$", message: "the playbook cannot be checked in this build" }] };
      if (latest.current.draft !== next) return; // a newer edit came in meanwhile
      if (r.problems) {
        patch({ problems: r.problems, status: "Not saved: fix the problems below. Reviews still use your last good playbook." });
        return;
      }
      const saved = storePlaybook(r.playbook!);
      setState((s) => ({ ...s, active: r.playbook!, problems: [], status: saved ? status : "Used for this session only: this browser does not let the pane store it.", version: s.version + 1 }));
    },
    [engine, patch]
  );

  const importText = React.useCallback(
    async (text: string, bytes?: number) => {
      if (!engine?.checkPlaybook) return;
      const r = await engine.checkPlaybook(text, bytes);
      if (r.problems) {
        patch({ problems: r.problems, status: "The file was not imported; nothing was changed." });
        return;
      }
      storePlaybook(r.playbook!);
      setState((s) => ({ ...s, draft: r.playbook!, active: r.playbook!, problems: [], status: `Imported ${r.playbook!.name ?? "the playbook"}. Reviews use it.`, version: s.version + 1 }));
    },
    [engine, patch]
  );

  const exportText = React.useCallback(() => `${JSON.stringify(latest.current.active ?? { version: 1 }, null, 2)}\n`, []);

  const preview = React.useCallback(
    async (ruleId: string, sample: string, spelling?: Spelling): Promise<RulePreview | null> => {
      if (!engine) return null;
      const active = latest.current.active;
      // drafted in the document's spelling unless the playbook sets its own, as the review's suggestions are
      const playbook = spelling && !active?.spelling ? { ...(active ?? { version: 1 as const }), spelling } : active;
      const report = await engine.analyze([{ text: sample }], playbook ? { playbook } : undefined);
      const off = report.switchedOff?.find((f) => f.ruleId === ruleId);
      const f = report.findings.find((x) => x.ruleId === ruleId) ?? off;
      if (!f) return null;
      const s = f.suggestions[0];
      return {
        text: sample,
        trigger: { start: f.start, end: f.end },
        ...(s ? { edit: { start: s.start, end: s.end, replacement: s.replacement } } : {}),
        comment: s?.comment ?? "",
        severity: f.severity,
        switchedOff: !!off,
        ...(f.playbook?.openRisk ? { openRisk: f.playbook.openRisk } : {}),
      };
    },
    [engine]
  );

  const adoptShared = React.useCallback(async () => {
    const shared = latest.current.shared;
    if (shared) await update(shared, `Using ${shared.name ?? "the playbook stored in this document"}, from this document.`);
  }, [update]);

  const share = React.useCallback(async () => {
    const active = latest.current.active;
    if (!host?.savePlaybook || !active) return;
    try {
      await host.savePlaybook(JSON.stringify(active));
      patch({ shared: active, status: "Stored in this document: everyone who reviews it with TermScore can use it." });
    } catch (e) {
      patch({ status: errorMessage(e) });
    }
  }, [host, patch]);

  const actions = React.useMemo(
    () => ({ loadCatalog, update, importText, exportText, preview, adoptShared, share }),
    [loadCatalog, update, importText, exportText, preview, adoptShared, share]
  );
  return [state, actions];
}
