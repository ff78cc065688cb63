/**
 * The document model, read once before any rule runs: defined terms, the parties and their roles,
 * the work term, the section structure, and terms incorporated from elsewhere.
 */
import type { Paragraph } from "../types";
import { findDefinitions, type DefinedTerm } from "./definitions";
import { readRoles, type RoleOverride, type Roles } from "./roles";
import { findSections, type SectionStart } from "./structure";
import { findIncorporated, type IncorporatedReference } from "./incorporated";

export interface DocumentModel {
  definitions: DefinedTerm[];
  roles: Roles;
  sections: SectionStart[];
  incorporated: IncorporatedReference[];
}

export function readDocument(paragraphs: readonly Paragraph[], override: RoleOverride = {}): DocumentModel {
  const definitions = findDefinitions(paragraphs);
  return {
    definitions,
    roles: readRoles(paragraphs, override, definitions),
    sections: findSections(paragraphs),
    incorporated: findIncorporated(paragraphs),
  };
}

export type { DefinedTerm, Roles, RoleOverride, SectionStart, IncorporatedReference };
export { atomsOf, cutsAtom, sectionRefs, paragraphsOfSection } from "./structure";
export type { Evidence } from "./roles";
