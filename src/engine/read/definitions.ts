/**
 * Defined terms: every place the contract gives a word a capitalised meaning.
 *
 * Recognised shapes (all linear-time scans):
 * - a name followed by its label in brackets: `Acme Ltd ("Client")`, `(the "Agency")`,
 *   `(hereinafter referred to as "Consultant")`, `("Deliverables" as set forth in Exhibit A)`;
 * - a name given by a copula at the end of a sentence: `… Contractor delivers are "Deliverables".`;
 * - a term defined by a verb: `"Work Product" means …`, `the term "Site" shall mean …`,
 *   `"Feedback" refers to …`, `"Services" has the meaning …`;
 * - cover-page key terms: a short `Label: value` line ("Provider: Jane Doe", "Customer: Acme");
 * - template placeholders: `{customer_name}`, `[CLIENT NAME]`, `<<Provider>>`.
 * Offsets are into the paragraph text.
 */
import type { Paragraph } from "../types";

export type DefinitionShape = "label" | "means" | "key-term" | "placeholder";

export interface DefinedTerm {
  /** The term as written ("Deliverables", "Client"). */
  term: string;
  paragraph: number;
  /** Where the term itself sits in the paragraph. */
  start: number;
  end: number;
  shape: DefinitionShape;
  /**
   * For "label": the words the label names (the 200 characters before it, e.g. "Acme Ltd, a Delaware
   * corporation"); for "means": the definition (up to 400 characters after the verb); for "key-term":
   * the value after the colon; for "placeholder": empty.
   */
  body: string;
}

const Q_OPEN = "[\"\u201c\u201d'\u2018\u2019]";
const Q_CLOSE = "[\"\u201c\u201d'\u2019\u2018]";
/** A capitalised term of one to five words ("Work Product", "AI System", "CONSULTANT", "plan_b"). */
const TERM = "([A-Za-z][\\w&\\-.'\u2019]{0,30}(?:\\/[A-Za-z][\\w&\\-.'\u2019]{0,30})?(?:\\s[A-Za-z0-9][\\w&\\-.'\u2019]{0,30}){0,4})";

/** `(… "X" …)`: a bracketed label. Quote and bracket need not be adjacent. */
const LABEL = new RegExp(
  `\\(\\s*(?:(?:each|collectively|individually|together|jointly)[,\\s]+(?:and\\s+(?:collectively|individually)[,\\s]+)?)?(?:(?:hereinafter|hereafter|herein)[,\\s]+)?(?:(?:referred\\s+to\\s+|called\\s+|defined\\s+)?(?:as\\s+)?)?(?:the\\s+|a\\s+|an\\s+|this\\s+)?${Q_OPEN}${TERM}${Q_CLOSE}(?=[^)]{0,80}\\))`,
  "gi",
);

/** A label at the end of a longer bracket: `(the producer, publisher … referred to herein as the "Producer")`. */
const LATE_LABEL = new RegExp(
  `\\([^()]{0,240}?\\b(?:referred\\s+to\\s+(?:herein\\s+|hereinafter\\s+|below\\s+)?as|hereinafter|herein\\s+as|called|known\\s+as)\\s+(?:the\\s+)?${Q_OPEN}${TERM}${Q_CLOSE}\\s*\\)`,
  "gi",
);

/** `hereinafter referred to as "X"` without a bracket. */
const HEREINAFTER = new RegExp(`\\b(?:hereinafter|hereafter)\\s+(?:referred\\s+to\\s+as\\s+|called\\s+(?:as\\s+)?)?(?:the\\s+)?${Q_OPEN}${TERM}${Q_CLOSE}`, "gi");

/**
 * A name given by a copula at the end of a sentence: `All recordings made under this agreement are
 * the "Recordings".`, `The articles Contractor delivers are "Deliverables".` (the words before it are
 * what the label names, as for a bracketed label).
 */
const COPULA = new RegExp(`\\b(?:is|are)\\s+(?:(?:collectively|together|jointly|each|individually)\\s+)?(?:(?:referred\\s+to|known)\\s+as\\s+|called\\s+)?(?:the\\s+|a\\s+|an\\s+)?${Q_OPEN}${TERM}${Q_CLOSE}\\s*(?=[.;]|$)`, "gi");

/** `"X" means …`, `the term "X" shall mean …`. */
const MEANS = new RegExp(
  `${Q_OPEN}${TERM}${Q_CLOSE}\\s*(?:,\\s*)?(?:\\)\\s*)?(?:(?:hereafter|hereinafter|herein|as\\s+used\\s+herein,?)\\s+)?(?:shall\\s+(?:mean|include|refer\\s+to|have\\s+the\\s+meaning)|means|mean|refers\\s+to|(?:also\\s+)?includes|has\\s+the\\s+meaning|is\\s+defined\\s+as|shall\\s+be\\s+defined\\s+as)\\b`,
  "g",
);

/** Cover-page key terms: "Provider: Jane Doe" (short label, short value, one line). */
const KEY_TERM = /^\s*([A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2})\s*:\s*(\S[^\n:]{0,100})$/;

/**
 * A definition set out as a list item: "1. Work: each original article the Author delivers …",
 * "(b) Deliverables: all reports …" (the term bold in the source, the body in lower case).
 */
const LIST_DEFINITION = /^\s*(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+|[-*\u2022]\s+)?([A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,3})\s*:\s+((?:each|any|all|every|the|a|an|means|refers|shall\s+mean)\b[^]{0,400})/;

/** Template placeholders. */
const PLACEHOLDER = /\{\{?\s*([A-Za-z][\w ]{1,40}?)\s*\}?\}|\[\s*([A-Z][A-Z0-9 _]{2,40}?)\s*\]|<<\s*([A-Za-z][\w ]{1,40}?)\s*>>/g;

/** Upper bound on the characters read for definitions (keeps huge documents fast). */
const SCAN_LIMIT = 150_000;

function clean(term: string): string {
  return term.replace(/\s+/g, " ").replace(/[.,;:]+$/, "").trim();
}

/** Every defined term of the document, in document order. */
export function findDefinitions(paragraphs: readonly Paragraph[]): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  let read = 0;
  for (let i = 0; i < paragraphs.length && read < SCAN_LIMIT; i++) {
    const text = paragraphs[i].text;
    read += text.length;
    if (!text || text.length > 20_000) continue;
    const seen = new Set<number>();
    const add = (term: string, start: number, shape: DefinitionShape, body: string): void => {
      const t = clean(term);
      if (!t || seen.has(start) || t.length > 60) return;
      seen.add(start);
      out.push({ term: t, paragraph: i, start, end: start + t.length, shape, body });
    };
    if (text.includes("(") && /["\u201c\u201d'\u2018\u2019]/.test(text)) {
      LABEL.lastIndex = 0;
      for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) add(m[1], text.indexOf(m[1], m.index), "label", text.slice(Math.max(0, m.index - 200), m.index));
    }
    if (/referred|called|known|herein/i.test(text)) {
      LATE_LABEL.lastIndex = 0;
      for (let m = LATE_LABEL.exec(text); m; m = LATE_LABEL.exec(text)) {
        const at = text.lastIndexOf(m[1], m.index + m[0].length);
        add(m[1], at, "label", text.slice(Math.max(0, m.index - 200), m.index));
      }
    }
    if (/hereinafter|hereafter/i.test(text)) {
      HEREINAFTER.lastIndex = 0;
      for (let m = HEREINAFTER.exec(text); m; m = HEREINAFTER.exec(text)) add(m[1], text.indexOf(m[1], m.index), "label", text.slice(Math.max(0, m.index - 200), m.index));
    }
    if (/\b(?:is|are)\s+(?:\w+\s+){0,3}["\u201c\u201d'\u2018\u2019]/i.test(text)) {
      COPULA.lastIndex = 0;
      for (let m = COPULA.exec(text); m; m = COPULA.exec(text)) {
        // a defined name is capitalised: "is a "work made for hire"" quotes a legal phrase, it names nothing
        if (!/^[A-Z]/.test(m[1])) continue;
        const at = text.lastIndexOf(m[1], m.index + m[0].length);
        add(m[1], at, "label", text.slice(Math.max(0, m.index - 200), m.index));
      }
    }
    if (/\b(?:mean|means|refers|includes|meaning|defined)\b/i.test(text)) {
      MEANS.lastIndex = 0;
      for (let m = MEANS.exec(text); m; m = MEANS.exec(text)) {
        const at = text.indexOf(m[1], m.index);
        // a bracketed label already counted ("(the "Site") means" is rare but possible)
        if (!seen.has(at)) add(m[1], at, "means", text.slice(m.index + m[0].length, m.index + m[0].length + 400));
      }
    }
    const listed = LIST_DEFINITION.exec(text);
    if (listed) add(listed[1], text.indexOf(listed[1]), "means", listed[2].replace(/^(?:means|refers\s+to|shall\s+mean)\s+/, ""));
    if (text.length <= 140 && !/[.;]\s*$/.test(text.trim())) {
      const k = KEY_TERM.exec(text);
      if (k) add(k[1], text.indexOf(k[1]), "key-term", k[2].trim());
    }
    if (/[{[<]/.test(text)) {
      PLACEHOLDER.lastIndex = 0;
      for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
        const name = m[1] ?? m[2] ?? m[3];
        add(name, m.index, "placeholder", "");
      }
    }
  }
  return out;
}
