/**
 * Protections a freelancer wants in the contract (the seed's checklist), found sentence by sentence.
 * "no-ai-training" is credited by the detector itself when an AI-training phrase is negated; the
 * other kinds are recognised here.
 */
import type { ProtectionKind } from "../types";
import { AGENCY_ROLES, CONTRACTOR_ROLES } from "../read/parties";

/**
 * Word stems without which no protection pattern below can match (see text/anchors.ts): a sentence
 * with none of them is not read for protections. Kept beside the patterns so that a new form brings
 * its stem with it.
 */
export const PROTECTION_STEMS = [
  "injunctive", "injunction", "equitable", "specific", "survive", "survival", "surviving", "audit", "inspect", "examine", "delete", "deletion",
  "destroy", "destruction", "erase", "purge", "return", "derived", "derivative", "metadata", "meta", "embedding", "means", "mean", "includes",
  "refers", "defined", "llm", "llms", "language", "neural", "ai", "artificial", "machine",
  "interlocutory", "interim", "interdict", "verify", "verifying", "verification", "certify", "certifies", "certification", "evidence", "proof", "records",
  "remain", "remains", "continue", "examination", "inspection", "remove", "removal", "removing", "expunge", "withdraw",
  // AI reached by a prohibition (detect/aiRestriction.ts): training, data sets, learning, models' weights
  "train", "dataset", "learn", "weights", "automated", "generative", "gpt", "chatbot", "copilot", "nlp", "ml", "model$", "models", "agentic",
];

interface ProtectionPattern {
  kind: Exclude<ProtectionKind, "no-ai-training">;
  pattern: RegExp;
  /** The sentence must also match this. */
  requires?: RegExp;
}

const PATTERNS: readonly ProtectionPattern[] = [
  {
    kind: "ai-definition",
    pattern:
      /["\u201c']?(?:AI|A\.I\.|Artificial\s+Intelligence|AI\s+(?:System|Systems|Technology|Technologies|Model|Models|Tools?)|Machine\s+Learning)["\u201d']?\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall\s+mean|includes|refers\s+to|is\s+defined\s+as)\b/,
  },
  {
    kind: "ai-definition",
    pattern: /\b(?:large\s+language\s+models?|LLMs?)\b[^.;]{0,160}?\b(?:generative|neural\s+networks?)\b|\bneural\s+networks?\b[^.;]{0,160}?\b(?:large\s+language\s+models?|LLMs?|generative|predictive\s+algorithms?)\b/i,
  },
  {
    kind: "derivative-data",
    pattern: /\b(?:derivative|derived)\s+(?:data|information|works?\s+data)\b|\bmeta-?data\b|\bembeddings?\b|\bdata\s+derived\s+from\b/i,
    requires: /\b(?:(?:shall|will|may|must|can)\s+not|cannot|never|prohibit\w*|(?<!\bwithout\s(?:any\s)?)restrict\w*|extends?\s+to|appl(?:y|ies)\s+(?:equally\s+)?to|delet\w*|destroy\w*|no\s+(?:right|licen[cs]e))\b/i,
  },
  {
    kind: "data-deletion",
    pattern:
      /\b(?:delet|destroy|destruction|eras|purg|return)\w*\b[^.;]{0,160}?\b(?:terminat\w*|expir\w*|end\s+of|request|completion|conclusion)\b|\b(?:upon|on|after|following|at|within\s+[^.;]{0,30}?\s+(?:of|after))\s+(?:the\s+)?(?:terminat\w*|expir\w*|completion|conclusion|end\s+of|(?:[\w-]+(?:'s|\u2019s)\s+)?(?:written\s+)?request)\b[^.;]{0,160}?\b(?:delet|destroy|eras|purg|return)\w*|\b(?:delet|destroy|eras|purg|remov|expung)\w*\b[^.;]{0,120}?\bfrom\s+(?:[\w-]+\s+){0,6}?(?:training|datasets?|data\s+sets?|models?|(?:AI|machine[- ]learning)\s+systems?|retrieval\s+ind\w+)\b/i,
  },
  {
    kind: "audit-rights",
    // the act of auditing or verifying, not "auditors" or "audited accounts"
    pattern: /\b(?:audit(?:s|ing)?|inspect(?:s|ing|ion|ions)?|examin(?:e|es|ing|ation)|verif(?:y|ying|ication))\b|\bauditors?\s+to\s+(?:review|check)\b|\bcertif(?:y|ies|ication)\s+(?:in\s+writing\s+)?(?:(?:its|their|his|her)\s+)?compliance\b|\b(?:evidence|proof)\s+of\s+(?:its\s+|their\s+|such\s+)?compliance\b|\brecords\s+sufficient\s+to\s+(?:demonstrate|show|evidence|establish)\b/i,
    requires:
      /\b(?:right\s+to|right\s*,[^.;]{0,60}?,\s*to|may|entitled\s+to|shall\s+(?:permit|allow|make\s+available)|will\s+(?:permit|allow)|(?:allow|permit)s?\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,4}?\s+to|subject\s+to)\b[^.;]{0,140}?\b(?:audit|inspect|examin|verif)\w*|\bcertif(?:y|ies|ication)\s+(?:in\s+writing\s+)?(?:(?:its|their|his|her)\s+)?compliance\b|\b(?:evidence|proof)\s+of\s+(?:its\s+|their\s+|such\s+)?compliance\b|\brecords\s+sufficient\s+to\s+(?:demonstrate|show|evidence|establish)\b|\baudit\s+rights?\b|\b(?:grants?|gives?|provides?|affords?)\b[^.;]{0,80}?\baccess\b[^.;]{0,120}?\b(?:verif|audit|inspect|confirm)\w*/i,
  },
  { kind: "injunctive-relief", pattern: /\b(?:injunctive|equitable|interlocutory|interim)\s+relief\b|\binjunctions?\b|\binterdicts?\b|\bspecific\s+performance\b/i },
  {
    kind: "survival",
    // "survives", and its plain-words forms: "shall remain in force", "remain bound by", "continue to apply"
    pattern: /\bsurviv\w*\b|\b(?:shall|will|must|is\s+to|are\s+to)\s+(?:continue|remain)\s+(?:in\s+(?:full\s+)?(?:force|effect)|binding|bound|effective|to\s+(?:apply|bind))\b|\bremains?\s+bound\s+by\b/i,
    requires: /\b(?:terminat\w*|expir\w*|end\s+of|ends|ended|conclu\w*|complet\w*)\b/i,
  },
];

export interface FoundProtection {
  kind: ProtectionKind;
  start: number;
  end: number;
}

/**
 * The sentence is about the freelancer's work or about AI: survival, deletion and audit clauses
 * protect the work fully only then ("the payment obligations survive termination" is a survival
 * clause, credited as partial by detect/coverage.ts).
 */
const WORK_OR_AI_CS = /\b(?:Deliverables?|Work(?:\s+Product)?|Works|Materials|Content|Artwork|Assets|Designs|Photographs|Creative\s+Work|AI|A\.I\.|ML|LLMs?)\b/;
const WORK_OR_AI_CI =
  /\b(?:deliverables|work\s+product|works?\s+made\s+for\s+hire|artificial\s+intelligence|machine[- ]learning|(?:re|pre)?train(?:ing|ed)?|fine-?tun\w*|datasets?|training\s+sets?|addendum|derived\s+data|derivative\s+data|meta-?data)\b/i;

export function concernsWorkOrAi(sentence: string): boolean {
  return WORK_OR_AI_CS.test(sentence) || WORK_OR_AI_CI.test(sentence);
}

/**
 * Role words that name either side: a SaaS "Provider" or "Vendor" is the other side, a freelancer
 * may be a "Service Provider" or "Supplier". Only the document's roles can tell; on its own such a
 * word does not make a promise the freelancer's own.
 */
const EITHER_SIDE = new Set(["provider", "service provider", "supplier", "vendor", "licensor"]);
export const FREELANCER_ROLES = CONTRACTOR_ROLES.filter((r) => !EITHER_SIDE.has(r.toLowerCase()));

/** Role words as one alternation, longest first, any run of spaces between their words. */
export const roleAlt = (roles: readonly string[]): string => [...roles].sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, "\\s+")).join("|");
/** A party named by its role word, not in the possessive ("Contractor's use" names the object, not the actor). */
const ROLE = new RegExp(
  `\\b(?:(?<mutual>either\\s+party|each\\s+party|both\\s+parties|the\\s+parties)|(?<contractor>${roleAlt(FREELANCER_ROLES)})|(?<agency>${roleAlt(AGENCY_ROLES)}))\\b(?!['\u2019]s?\\b)`,
  "gi",
);
const CONTRACTOR_OBJECT = new RegExp(`\\bagainst\\s+(?:the\\s+)?(?:${roleAlt(CONTRACTOR_ROLES)})\\b`, "i");

/** An obligation: the party before it is the one bound ("Vendor shall provide Designer with records …"). */
const OBLIGATION = /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\b/gi;
/** Where the last match of `re` (global) before `at` starts, or -1. */
function lastMatchBefore(re: RegExp, text: string, at: number): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) last = m.index;
  return last;
}

/** The audit checks compliance with the contract's restrictions or permitted uses (not the books). */
export const COMPLIANCE_WITH_TERMS = /\b(?:compliance\s+with|complies\s+with|breach\s+of)\s+(?:the\s+|its\s+)?(?:restrictions?|limitations?|licen[cs]e|permitted\s+uses?|use\s+restrictions?)\b|\bused\s+only\s+as\s+permitted\b|\bcompliance\s+with\s+(?:(?:this|these|the)\s+)?(?:clauses?|sections?|articles?|paragraphs?)\b|\b(?:how|where|whether|when)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:has|have|is|are|was|were)\s+(?:been\s+)?used\b/i;
const AUDIT_BY_AGENCY = new RegExp(`\\b(?:audit|inspect|examin)\\w*\\s+by\\s+(?:the\\s+)?(?:${roleAlt(AGENCY_ROLES)})\\b`, "i");
const ALLOWS_AUDIT = /\b(?:shall|will|must|agrees?\s+to)\s+(?:permit|allow|make\s+available|provide\s+access)\b|\b(?:grants?|gives?|affords?)\b(?=[^.;]{0,80}?\baccess\b)|\bto\s+submit\s+to\b/i;
/** Where the auditing side's right is stated: "may", "shall have the right to", "is entitled to". */
const AUDITOR_RIGHT = /\b(?:may|shall\s+have\s+the\s+right|has\s+the\s+right|(?:is|shall\s+be|will\s+be)\s+entitled)\b/i;

/**
 * A role word right before a verb (its adverbs and auxiliaries aside) is its subject: "The Author
 * expressly reserves", "the Client has reserved". `also` words beyond the shared ones.
 */
const subjectOf = (roles: readonly string[], also: string) => new RegExp(`\\b(?:${roleAlt(roles)})\\s+(?:(?:hereby|expressly|also|further|specifically|has|have|shall|will|does|do|${also})\\s+){0,3}$`);
/** The maker's side: not "may" ("The Author may opt out" offers a way out, it does not take one). */
const MAKER_SUBJECT = subjectOf(FREELANCER_ROLES, "irrevocably");

/** True when the maker's side is the subject of the verb that starts at `at`. */
export function makerIsSubject(sentence: string, at: number): boolean {
  return MAKER_SUBJECT.test(sentence.slice(Math.max(0, at - 80), at));
}

const AGENCY_SUBJECT = subjectOf(AGENCY_ROLES, "solely|exclusively|may");
/** A passive reservation in favour of the other side: "are reserved to the Company", "remain reserved for the Client". */
const RESERVED_FOR_AGENCY = new RegExp(`\\breserved\\s+(?:(?:exclusively|solely|only|entirely|wholly)\\s+)?(?:to|by|for|in\\s+favou?r\\s+of)\\s+(?:the\\s+)?(?:${roleAlt(AGENCY_ROLES)})\\b`);

/**
 * True when the reservation whose words start at `cueAt` keeps a use of the work for the other
 * side: its verb's subject is an agency role word ("The Company reserves the use of the Deliverables for
 * training") or the passive names it ("…, are reserved to the Company"). Such a reservation
 * protects nothing of the freelancer's; the party is read from the reserving verb, not from the
 * last role word before the phrase ("the Licensee acknowledges that the Licensor has reserved").
 */
export function reservedForAgency(sentence: string, cueAt: number): boolean {
  const from = Math.max(sentence.lastIndexOf(";", cueAt), sentence.lastIndexOf(":", cueAt)) + 1;
  const stop = sentence.slice(cueAt).search(/[;:]/);
  const clause = sentence.slice(from, stop >= 0 ? cueAt + stop : sentence.length);
  // a right of use kept for itself; "The Publisher reserves all rights in the Articles with respect
  // to text and data mining" opts the work out of others' mining and keeps no use of its own
  if (!KEPT_USE.test(clause)) return false;
  return AGENCY_SUBJECT.test(sentence.slice(Math.max(from, cueAt - 80), cueAt)) || RESERVED_FOR_AGENCY.test(sentence.slice(cueAt, from + clause.length));
}

/** A use, or a right to act, among the words reserved. */
const KEPT_USE = /\b(?:use[sd]?|using|exploit\w*|right\s+to)\b/i;

export type Side = "agency" | "contractor" | "mutual";

/**
 * The party acting at `at` in `sentence`: the last role word before it in the same clause (";" and
 * ":" start a clause), or null when none is named. Role words are capitalised defined terms.
 */
export function actorBefore(sentence: string, at: number): Side | null {
  return lastActor(sentence, at)?.side ?? null;
}

/** A capitalised word right after a role word makes it part of a defined term ("Client Data", "Contractor Materials"). */
const COMPOUND_TERM = /^\s+[A-Z][a-z]/;

/** The words right before a role word that make it an agent or object ("by the", "to the", "from"). */
const OBJECT_BEFORE = /\b(?:by|from|to|with|for|of|against)\s+(?:the\s+)?$/i;

/** actorBefore with the offset in `sentence` where the party's name ends. */
export function lastActor(sentence: string, at: number): { side: Side; end: number } | null {
  const before = sentence.slice(0, at);
  const from = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  const clause = before.slice(from);
  let found: { side: Side; end: number } | null = null;
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(clause); m; m = ROLE.exec(clause)) {
    const g = m.groups ?? {};
    const end = from + m.index + m[0].length;
    // "Contractor Materials may not be used": a role word naming a defined thing is not the actor
    if (COMPOUND_TERM.test(clause.slice(m.index + m[0].length))) continue;
    // "Feedback provided by the Consultant shall not …", "a licence to the Client": an agent or an object, not the actor
    if (OBJECT_BEFORE.test(clause.slice(0, m.index))) continue;
    // role words are defined terms: capitalised ("the Client", not "a client")
    if (g.mutual) found = { side: "mutual", end };
    else if (/^[A-Z]/.test(m[0])) found = { side: g.contractor ? "contractor" : "agency", end };
  }
  return found;
}

/** Whether a protection found in a sentence actually protects the freelancer's work. */
function protectsFreelancer(kind: ProtectionKind, sentence: string, m: RegExpExecArray): boolean {
  switch (kind) {
    case "survival":
      // "Sections 3, 4 and 5 survive" may well list the AI sections; "the payment obligations in Section 4" does not
      // any survival clause is one; what it covers is judged with the whole document (detect/coverage.ts: a
      // survival that names no AI restriction, nor the sections that hold one, is credited as partial)
      return true;
    case "data-deletion": {
      // a general return-or-destroy duty counts too; coverage marks it partial when it does not reach training sets
      const verb = /\b(?:delet|destroy|destruction|eras|purg|return)/i.exec(m[0]);
      // "Contractor shall delete Client Confidential Information" binds the freelancer
      return actorBefore(sentence, m.index + (verb ? verb.index : 0)) !== "contractor";
    }
    case "audit-rights": {
      // "Client may audit Contractor's records" audits the freelancer; so do "the Contractor shall
      // permit the Client to inspect" and "available for inspection by the Client". The side that
      // permits or submits to the audit is the audited one; otherwise the side with the right audits.
      // an audit of books and records counts too; coverage marks it partial when it does not check how the work is used
      if (AUDIT_BY_AGENCY.test(sentence)) return false;
      // a certificate, evidence or records of compliance are given by the side that is checked
      if (!/^(?:audit|inspect|examin|verif)/i.test(m[0])) {
        const duty = lastMatchBefore(OBLIGATION, sentence, m.index);
        return actorBefore(sentence, duty >= 0 ? duty : m.index) !== "contractor";
      }
      const allow = ALLOWS_AUDIT.exec(sentence);
      const allowing = allow ? actorBefore(sentence, allow.index) : null;
      if (allowing === "agency") return true;
      if (allowing === "contractor") return false;
      const right = AUDITOR_RIGHT.exec(sentence);
      return actorBefore(sentence, right && right.index < m.index ? right.index : m.index) !== "agency";
    }
    case "injunctive-relief":
      // "Client may obtain injunctive relief against Contractor" is a remedy against the freelancer
      return !CONTRACTOR_OBJECT.test(sentence) && actorBefore(sentence, m.index) !== "agency";
    default:
      return true;
  }
}

/** Protections stated in one sentence (offsets relative to the sentence). */
export function findProtections(sentence: string): FoundProtection[] {
  const out: FoundProtection[] = [];
  const seen = new Set<ProtectionKind>();
  // a period inside the sentence ("Northwind Inc. shall delete") is not a stop: same length, so offsets hold
  const text = sentence.replace(/\.(?=\s+[a-z(])/g, " ");
  for (const p of PATTERNS) {
    if (seen.has(p.kind)) continue;
    const m = p.pattern.exec(text);
    if (!m) continue;
    if (p.requires && !p.requires.test(text)) continue;
    if (!protectsFreelancer(p.kind, text, m)) continue;
    seen.add(p.kind);
    out.push({ kind: p.kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
