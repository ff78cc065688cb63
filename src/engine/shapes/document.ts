/** The document as hosts give it (paragraphs, parts) and as the review reads it: roles, parties, what it covered. */

/** One paragraph of the document, in reading order. */
export interface Paragraph {
  /** The text as the engine should read it (tracked insertions in, tracked deletions out). */
  text: string;
  /** Word style name when known, e.g. "Heading 2", "Normal", "List Paragraph". */
  style?: string;
  /** Outline / heading level 1..9 when the paragraph is a heading. */
  headingLevel?: number;
  /**
   * The list level (0 for the top level) when Word numbers or bullets the paragraph itself
   * (automatic numbering: its label is not in `text`); absent otherwise.
   */
  listLevel?: number;
  /** The label Word shows for such a paragraph ("(a)", "1.", "iv)"), when the host can know it. */
  listLabel?: string;
  /** True when the paragraph sits inside a table cell. */
  inTable?: boolean;
  /**
   * Where the paragraph sits; absent means the main body. Hosts list every body paragraph
   * first, in reading order, then the other parts (footnotes, endnotes, headers, footers,
   * text boxes), so body paragraph indexes do not depend on them. Hosts write edits only
   * where they can track them; a finding in another part is reported and commented on or
   * explained, never silently dropped.
   */
  part?: DocumentPart;
}

export type DocumentPart = "body" | "footnote" | "endnote" | "header" | "footer" | "textbox";

/** Where the evidence for a role is. */
export interface RoleEvidence {
  paragraph: number;
  /** The words that show it (about 160 characters at most). */
  quote: string;
  reason: string;
}

/**
 * Who is who in the contract: the party that makes the work (the product's user), the party that
 * receives it, and the defined term for the work. Read from the document; the user confirms or
 * corrects it ("which side am I"), and everything downstream follows the confirmed roles.
 */
export interface DocumentRoles {
  /** The party that makes the work: the user ("Contractor", "Provider", "Jane Doe"). */
  user: string;
  /** The party that receives the work ("Client", "Agency", "Customer"). */
  other: string;
  /** The defined term for the work ("Deliverables", "Work Product", "Site"). */
  work: string;
  /** Enough evidence for all three; when false, `question` says what to confirm. */
  sure: boolean;
  /** Enough evidence for who is who, whatever the work is called (the way rights flow can then be read). */
  partiesSure?: boolean;
  /** "document": read from the text; "user": confirmed or given by the user; "default": nothing found. */
  source: "document" | "user" | "default";
  evidence: { user: RoleEvidence[]; other: RoleEvidence[]; work: RoleEvidence[] };
  /** Names the user can pick from when correcting. */
  candidates: { parties: string[]; works: string[] };
  question?: string;
}

/** Outside terms the contract incorporates ("the Standard Terms at https://…"): not reviewed. */
export interface IncorporatedReference {
  paragraph: number;
  text: string;
  url?: string;
}

/** What the review read, and what it could not. */
export interface ReviewCoverage {
  /** Paragraphs read per part of the document (body, footnotes, headers, …). */
  parts: Partial<Record<DocumentPart, number>>;
  /** Terms incorporated by reference, which the review could not read. */
  incorporated: IncorporatedReference[];
  /** False when something that binds the parties was not reviewed. */
  complete: boolean;
}

/** Names detected in the document, used in every suggestion. */
export interface Parties {
  /** The party receiving the work: "Agency", "Client", "Company", … */
  agency: string;
  /** The party doing the work: "Contractor", "Consultant", "Freelancer", … */
  contractor: string;
  /** The defined term for the work: "Deliverables", "Work Product", … */
  work: string;
  /** True for each name that was found in the document rather than defaulted. */
  detected: { agency: boolean; contractor: boolean; work: boolean };
}
