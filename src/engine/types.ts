/**
 * Public data shapes of the TermScore clause detector.
 *
 * Everything here is plain JSON: a Report can be serialised, stored, diffed and
 * sent between the engine, the task pane, the CLI and the tests unchanged.
 * All offsets are UTF-16 code units into `Paragraph.text`, end exclusive.
 *
 * The shapes live in `shapes/`, one file per concern; this file gathers them for importers.
 */
export * from "./shapes/document";
export * from "./shapes/finding";
export * from "./shapes/protection";
export * from "./shapes/report";
export * from "./shapes/addendum";
