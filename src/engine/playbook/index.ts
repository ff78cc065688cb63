/**
 * The user's own playbook: positions, wording and rules that are theirs. See README "Playbook".
 *
 * Format: ./types.ts; schema: ./schema.ts (published as schemas/playbook.schema.json); checking:
 * ./validate.ts and ./text.ts; the default: ./defaults.ts; merging: ./resolve.ts; the hooks the
 * engine calls: ./wording.ts (suggestions), ./apply.ts (findings), ./addendum.ts (the addendum).
 */
export * from "./types";
export { playbookSchema, MAX_TEXT } from "./schema";
export { parsePlaybook, validatePlaybook, playbookProblems, jsonPath, MAX_PLAYBOOK_BYTES } from "./validate";
export { defaultPlaybook } from "./defaults";
export { resolvePlaybook, type ResolvedPlaybook } from "./resolve";
export { buildPlaybookAddendum, ADDENDUM_SECTION_IDS, type PlaybookAddendum, type ProtectionReader } from "./addendum";
export { protectionsIn } from "./apply";
export { PLACEHOLDERS, COMMENT_PLACEHOLDERS, fillWording } from "./text";
export { playbookCatalog, checkPlaybookText, type PlaybookCatalog, type CatalogRule, type PlaybookCheck } from "./catalog";
