/**
 * TermScore clause detector: public API.
 *
 * Pure TypeScript with no Office, DOM or Node imports, so the task pane, the CLI and the tests
 * run the same code.
 *
 * @example
 * const report = analyze([{ text: "Client may use the Deliverables for any purpose." }]);
 * report.findings[0].ruleId; // "broad-license/any-purpose"
 */
export * from "./types";
export { analyze, applySuggestions, checkRules } from "./analyze";
export { buildAddendum } from "./addendum";
export { commentOnlyText } from "./commentOnly";
export { applyAllOrder, severityRank } from "./order";
export { planAddendumInsertion, ADDENDUM_ALREADY_COMPLETE, type AddendumPlan } from "./addendumPlan";
export { ADDENDUM_TITLE, findAddendum, isAddendumTitle } from "./sections";
export { detectParties } from "./parties";
export { formatReportMarkdown, formatReportText } from "./format";
export { RULES, type RuleData, type FixKind } from "./rules";
