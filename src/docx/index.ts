/** Public API of the .docx layer (browser-safe: jszip and @xmldom/xmldom only). */
export { DocxError, openDocx, sniff, DEFAULT_LIMITS } from "./package";
export type { OpenLimits } from "./package";
export { DocxReview } from "./writer";
export type { EditRequest, ReviewOptions } from "./writer";
export { reviewedText } from "./model";
export { readDocx, reviewDocx, editFor } from "./review";
export type { ReviewDocxOptions, ReviewDocxResult } from "./review";
export { createDocxHost, fingerprint } from "./browserHost";
export { createDocx } from "./create";
export type { Block } from "./create";
