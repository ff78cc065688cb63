/** Round two: what the other side changed between two versions, judged; the fate of our suggestions. */
export * from "./types";
export { alignParagraphs, alignKey, similarity, type AlignedPair } from "./align";
export { compareVersions, wordDiff, type CompareOptions } from "./judge";
export { survivalDays } from "./patterns";
export { suggestionFates, ourChangeFrom } from "./fate";
export * from "./decisionLog";
export { formatRoundText, formatDecisionLogText } from "./format";
