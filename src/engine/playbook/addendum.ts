/**
 * Playbook hook (b): the addendum's sections kept, dropped, reworded or added. Works on what
 * fix/addendum.ts builds, so the built-in sections and their wording stay there.
 */
import { ADDENDUM_HEADING, addendumNumber, buildAddendum, article } from "../fix/addendum";
import { PROTECTION_NAME } from "../report/score";
import type { AddendumOptions, AddendumParagraph, ProtectionKind } from "../types";
import { fillWording, spell, type FillNames } from "./text";
import type { AddendumSettings, Spelling } from "./types";


function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** A built-in section's id: the protection it provides, or its heading as a slug. */
function idOf(heading: AddendumParagraph): string {
  return heading.protection ?? slug(ADDENDUM_HEADING.exec(heading.text)?.[3] ?? heading.text);
}

/** Ids of the built-in sections, in order ("ai-definition", "no-ai-training", …). */
export const ADDENDUM_SECTION_IDS: readonly string[] = buildAddendum()
  .filter((p) => p.kind === "heading")
  .map(idOf);

/**
 * The protections a text provides, as the detector reads them (./apply.ts `protectionsIn`). Without
 * one (the pane builds the addendum on the page, without the detector), the user's own sections
 * claim no protection: the document is scanned again once they are in.
 */
export type ProtectionReader = (text: string) => ProtectionKind[];

export interface PlaybookAddendum {
  paragraphs: AddendumParagraph[];
  /** Plain sentences: a reworded section that no longer provides its protection, a section that had to go. */
  warnings: string[];
}

/**
 * @example
 * buildPlaybookAddendum({ parties }, { sections: { "audit-rights": "drop" }, add: [{ heading: "Credit", text: "…" }] })
 */
export function buildPlaybookAddendum(options: AddendumOptions, settings: AddendumSettings | undefined, spelling?: Spelling, protectionsIn: ProtectionReader | null = null): PlaybookAddendum {
  const sections = settings?.sections ?? {};
  const dropped = new Set(Object.entries(sections).filter(([, v]) => v === "drop").map(([k]) => k));
  const warnings: string[] = [];
  const full = buildAddendum({ ...options, only: undefined });
  const kinds = full.filter((p) => p.kind === "heading" && p.protection).map((p) => p.protection!) as ProtectionKind[];
  const wanted = kinds.filter((k) => !dropped.has(k) && (!options.only || options.only.includes(k)));
  const built = dropped.size ? buildAddendum({ ...options, only: wanted }) : buildAddendum(options);
  const p = options.parties ?? {};
  const names: FillNames = {
    party: options.names?.contractor ?? article(p.contractor?.trim() || "Contractor"),
    other: options.names?.agency ?? article(p.agency?.trim() || "Client"),
    work: `the ${(p.work?.trim() || "Deliverables").replace(/^the\s+/i, "")}`,
  };
  const out: AddendumParagraph[] = [];
  const renumber = new Map<string, string>();
  let n = 0;
  let skip = false;
  for (const para of built) {
    if (para.kind === "heading") {
      const id = idOf(para);
      skip = dropped.has(id);
      if (!skip) renumber.set(para.number ?? "", addendumNumber(++n));
      continue;
    }
    if (para.number === undefined) out.push({ ...para, text: spell(para.text, spelling) });
  }
  // a section without a protection of its own (sub-licensing) passes the prohibition on: it goes with it
  if (dropped.has("no-ai-training") && ADDENDUM_SECTION_IDS.some((id) => !kinds.includes(id as ProtectionKind) && !dropped.has(id))) {
    warnings.push("The sub-licensing section passes on the prohibition you dropped, so it was left out too.");
  }
  for (let i = 0; i < built.length; i++) {
    const head = built[i];
    if (head.kind !== "heading") continue;
    const id = idOf(head);
    if (dropped.has(id)) continue;
    const body = built[i + 1];
    const number = renumber.get(head.number ?? "")!;
    const name = ADDENDUM_HEADING.exec(head.text)?.[3] ?? head.text;
    const setting = sections[id];
    let heading = name;
    let text = body.text.replace(/\bSection (AI-\d{1,2})\b/g, (all, k: string) => (renumber.has(k) ? `Section ${renumber.get(k)}` : all));
    let protection: ProtectionKind | undefined = head.protection;
    if (setting && typeof setting === "object") {
      heading = setting.heading?.trim() || name;
      text = fillWording(setting.text, names);
      if (protection && !protectionsIn) protection = undefined;
      else if (protection && protectionsIn && !protectionsIn(text).includes(protection)) {
        warnings.push(`Your wording of "${name}" does not read as ${PROTECTION_NAME[protection]} to TermScore, so it is not counted as one.`);
        protection = undefined;
      }
    }
    const tag = protection ? { protection } : {};
    out.push({ kind: "heading", text: `${number}. ${spell(heading, spelling)}`, level: 2, number, ...tag });
    out.push({ kind: "body", text: spell(text, spelling), number, ...tag });
  }
  for (const added of settings?.add ?? []) {
    const number = addendumNumber(++n);
    const text = fillWording(added.text, names);
    const found = protectionsIn?.(text)[0];
    const tag = found ? { protection: found } : {};
    out.push({ kind: "heading", text: `${number}. ${fillWording(added.heading, names)}`, level: 2, number, ...tag });
    out.push({ kind: "body", text: spell(text, spelling), number, ...tag });
  }
  return { paragraphs: out, warnings };
}
