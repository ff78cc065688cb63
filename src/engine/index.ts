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
export { analyze } from "./analyze";
export { checkRules } from "./scan/ruleSet";
export { buildAddendum } from "./fix/addendum";
export { applyAllOrder } from "./fix/order";
export { planAddendumInsertion, ADDENDUM_ALREADY_COMPLETE } from "./fix/addendumPlan";
export { ADDENDUM_TITLE, findAddendum } from "./read/sections";
export { detectParties } from "./read/parties";
export { formatReportMarkdown, formatReportText } from "./report/format";
export { RULES, type RuleData } from "./rules";
