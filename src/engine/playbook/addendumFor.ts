/**
 * The addendum a review writes, one way for the pane, the CLI and the report: the plain addendum,
 * or, with a playbook, its sections and spelling (the playbook's spelling wins over the
 * document's), each reworded section's protection checked by the detector itself.
 */
import { buildAddendum } from "../fix/addendum";
import type { AddendumOptions } from "../types";
import { buildPlaybookAddendum, type PlaybookAddendum } from "./addendum";
import { protectionsIn } from "./apply";
import type { AddendumSettings, Spelling } from "./types";

export function addendumFor(options: AddendumOptions, playbook: { addendum?: AddendumSettings; spelling?: Spelling } | null | undefined): PlaybookAddendum {
  if (!playbook) return { paragraphs: buildAddendum(options), warnings: [] };
  return buildPlaybookAddendum({ ...options, spelling: playbook.spelling ?? options.spelling }, playbook.addendum, playbook.spelling, protectionsIn);
}
