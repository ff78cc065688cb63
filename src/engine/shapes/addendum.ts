/** The TermScore addendum: its paragraphs and the options that shape it. */
import type { Parties } from "./document";
import type { ProtectionKind } from "./protection";

/** One paragraph of the generated addendum. */
export interface AddendumParagraph {
  kind: "title" | "heading" | "body";
  text: string;
  /** Heading level for kind "heading" (title is level 1). */
  level?: number;
  /** The protection this paragraph provides, when it provides one. */
  protection?: ProtectionKind;
  /** Section number ("1", "2", …) for numbered sections. */
  number?: string;
}

export interface AddendumOptions {
  parties?: Partial<Pick<Parties, "agency" | "contractor" | "work">>;
  /** Days to delete and certify after termination. Default 30. */
  deletionDays?: number;
  /** Include the audit-rights section. Default true. */
  includeAudit?: boolean;
  /** Only these protections (one-click fix for one missing item). Default: all. */
  only?: readonly ProtectionKind[];
  /** The contract's spelling ("license" / "licence", "anonymized" / "anonymised"). Default: en-US. */
  spelling?: "en-US" | "en-GB";
  /**
   * The parties as the contract's clauses name them mid-sentence ("the Client", or "Client" in a
   * contract that writes it bare): the names the suggestions use (scan/names.ts), so that the
   * addendum, the comments and the cover note name a party as the redlines do. Without it (no
   * document), a role word takes "the" and a proper name does not (fix/addendum.ts `article`).
   */
  names?: { agency: string; contractor: string };
  /** The contract's quote style: curly (“ ”) or straight ("). Default: curly. */
  curlyQuotes?: boolean;
  /**
   * The contract's own name for itself ("Agreement", "MSA", "Master Services Agreement"; see
   * fix/conventions.ts `agreementName`). The addendum then says "the MSA"; without it, "the agreement".
   */
  agreement?: string | null;
}
