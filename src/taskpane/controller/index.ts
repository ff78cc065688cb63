/** The pane's review controller and what the pane needs of it (see reviewController.ts). */
export { ReviewController } from "./reviewController";
export { documentConventions } from "./conventions";
export { INITIAL_STATE } from "./state";
export type { AddendumSettings, AppliedChange, ApplySummary, BusyKind, PartyNames, ReviewActions, ReviewEngine, ReviewState, SummaryItem } from "./state";
