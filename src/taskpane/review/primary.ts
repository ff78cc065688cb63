/**
 * Which button on the review tab on show is the pane's one primary (filled) button: a pure
 * decision over a few facts of the review (no React, no host), used by App.tsx and drawn by
 * ReviewTabs/NextStep. One primary action at a time (issue 15). Every state has exactly one:
 * - the tab's own next step while it has one (Apply all or the open finding's Apply, Insert
 *   addendum, checking or answering their changes, the playbook's Done, the Export tab's lead);
 * - once the tab has nothing left to do, "Download reviewed copy" while the browser-mode copy has
 *   changes not downloaded;
 * - else the next step of the review: the cover note to the other side (or, with nothing proposed,
 *   the report) on the Export tab, offered by a "next step" line on the finished tab.
 * A question above the review (the document changed, the roles editor, the file waiting to be
 * opened) takes the primary from all of these; the pane checks that before asking here.
 */

export type TabValue = "clauses" | "protections" | "export" | "playbook" | "theirs";

/** Who holds the tab's one primary button: the tab's own control, the download, or the "next step" line. */
export type TabPrimary = "own" | "download" | "next";

export interface PrimaryFacts {
  /** Browser mode: the reviewed copy has changes not downloaded yet. */
  unsaved: boolean;
  /** Suggestions and comments can be written here (tracked changes are supported). */
  canApply: boolean;
  /** Findings still to act on (not proposed, not dismissed). */
  openItems: number;
  /** Apply all would add the addendum (protections missing and "+ addendum" ticked). */
  addendumWithApplyAll: boolean;
  /** Protections the contract still lacks as far as the addendum can tell (0: nothing to insert). */
  missingProtections: number;
  /** Their changes: read yet, and how many are still to answer. */
  theirs: { read: boolean; open: number };
}

/** The tab has nothing left for the user to do. */
function tabDone(tab: TabValue, f: PrimaryFacts): boolean {
  switch (tab) {
    case "clauses":
      return !f.canApply || (f.openItems === 0 && !f.addendumWithApplyAll);
    case "protections":
      return !f.canApply || f.missingProtections === 0;
    case "theirs":
      return f.theirs.read && f.theirs.open === 0;
    case "playbook":
      // its Done leads back to the clauses; a copy waiting to be downloaded comes first
      return f.unsaved;
    case "export":
      return false;
  }
}

/** Who holds the tab's one primary button: its own control, "Download reviewed copy", or the "next step" line. */
export function tabPrimary(tab: TabValue, f: PrimaryFacts): TabPrimary {
  if (!tabDone(tab, f)) return "own";
  return f.unsaved ? "download" : tab === "playbook" ? "own" : "next";
}
