/**
 * Protections are credited only for what they cover (a careful lawyer's reading):
 * - a prohibition on AI training that yields to consent ("without consent, not to be unreasonably
 *   withheld") is partial;
 * - survival covers the AI restriction only when it names it, or names the sections that hold it;
 * - a general return-or-destroy duty exists, but does not reach training sets and models;
 * - an audit of books and records exists, but does not check how the work is used.
 */
import { wordsPattern } from "../text";
import type { Paragraph, Protection } from "../types";
import { paragraphsOfSection, sectionRefs, type SectionStart } from "../read/structure";
import { splitSentences, type Span } from "../text";
import { COMPLIANCE_WITH_TERMS, concernsWorkOrAi } from "./protections";
import { CONSENT_TO, OBTAIN_CONSENT } from "./negationCues";

const CONSENT_GATE = new RegExp(
  String.raw`\b(?:${OBTAIN_CONSENT}|${CONSENT_TO}\s|(?<![\w'\u2019-]\s*)consent\s+to\s(?=[^.;]{0,200}?\b(?:(?:must|shall|will)\s+(?:only\s+|first\s+|always\s+)?be\s+(?:(?:separately|expressly|specifically|individually)\s+)?(?:given|obtained|sought)|(?:is|are)\s+required)\b)|(?:consent|permission|approval)(?:\s*,?\s+(?:of\s+)?[^.;]{0,80}?)?\s+(?:is|shall\s+be|will\s+be)\s+(?:first\s+)?(?:required|mandatory|necessary)\b|(?:must|shall|will)\s+(?:first\s+)?(?:obtain|seek|secure|get)\s+[^.;]{0,100}?\b(?:consent|approval|permission)\b[^.;]{0,120}?\bbefore|(?:need|needs|requires?)\s+(?:the\s+)?(?:[\w-]+(?:'s|\u2019s)\s+|(?:our|its|their|your|his|her)\s+)?(?:(?:prior|express|explicit|separate|specific|written)\s+){0,3}(?:consent|permission|approval)\s+(?:to|before)|without\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)\s+)?(?:prior\s+)?(?:express\s+)?(?:written\s+)?(?:consent|approval|permission)|unless\s+(?:\w+\s+){0,6}?(?:consents?|consented|approves?|approved|agrees?|agreed|authori[sz](?:es?|ed))|except\s+with\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)|(?:save|except)\s+(?:with|upon|on)\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission|agreement)|unless\s+(?:\w+\s+){0,4}?(?:has|have|had)\s+(?:\w+\s+)?(?:enabled|opted[- ]in|turned\s+on|switched\s+on)|unless\s+(?:\w+\s+){0,4}?opts?[- ]in|(?:except|other\s+than|excluding|save\s+for)\s+(?:for\s+)?(?:any\s+)?(?:anonymi[sz]ed|de-?identified|aggregated|pseudonymi[sz]ed)\b)\b`,
  "i",
);
const AT_WILL =
  /\b(?:withheld|refused|given\s+or\s+withheld|give\s+or\s+withhold|grant\s+or\s+refuse|granted\s+or\s+refused|(?:may|can)\s+(?:(?:give|grant)\s+or\s+)?(?:withhold|refuse|deny))\s+(?:[\w'\u2019]+\s+){0,4}?(?:sole|absolute|own|unfettered)\s+(?:and\s+absolute\s+)?discretion\b|\bwithheld\s+for\s+any\s+reason\b|\b(?:may|can)\s+(?:(?:give|grant)\s+or\s+)?(?:withhold|refuse|deny)\s+(?:(?:it|such\s+consent|consent|its\s+consent)\s+)?(?:for\s+any\s+(?:reason|or\s+no\s+reason)|at\s+(?:its|his|her|their)\s+(?:sole\s+|absolute\s+)?discretion)\b|\bseparately\s+(?:agreed|licen[cs]ed)\s+in\s+(?:a\s+)?(?:signed\s+)?writing\b|\bunder\s+a\s+separate\s+(?:signed\s+)?(?:written\s+)?(?:agreement|licen[cs]e)\s+signed\s+by\b/i;
/** Consent that is presumed or cannot in practice be refused. */
const DEEMED = /\b(?:deemed\s+(?:to\s+have\s+been\s+)?(?:given|granted|obtained)|shall\s+be\s+deemed\s+to\s+(?:consent|approve))\b/i;
/** Whose consent: "the Designer's prior written consent", "consent of the Designer", "approved … by the Designer". */
const CONSENTER =
  /\b([A-Z][\w-]*)(?:'s|\u2019s)\s+(?:(?:prior|express|explicit|specific|written|separate)\s+){0,3}(?:consent|approval|permission|agreement|authori[sz]ation)\b|\b(?:consent|approval|permission|authori[sz]ation)\s+of\s+(?:the\s+)?([A-Z][\w-]*)|\b(?:approved|authori[sz]ed|consented\s+to|agreed)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?([A-Z][\w-]*)|\bunless\s+(?:the\s+)?([A-Z][\w-]*)\s+(?:\w+\s+){0,2}?(?:consents?|approves?|agrees?|authori[sz]es?)\b/;

/**
 * Whose consent opens the gate: the user's own (the prohibition stays partial until the contract says
 * the user may refuse for any reason), or the other side's (a permission in disguise).
 */
function consentHolder(sentence: string, user: string | undefined): "user" | "other" | "unknown" {
  const m = CONSENTER.exec(sentence);
  const who = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
  if (!who || !user) return "unknown";
  return who.toLowerCase() === user.split(/\s+/).pop()!.toLowerCase() ? "user" : "other";
}
const CARVED_DATA = /\b(?:except|other\s+than|excluding|save\s+for)\s+(?:for\s+)?(?:any\s+)?(?:anonymi[sz]ed|de-?identified|aggregated|pseudonymi[sz]ed)\b/i;
const SETTING = /\bunless\s+(?:\w+\s+){0,4}?(?:(?:has|have|had)\s+(?:\w+\s+)?(?:enabled|opted[- ]in|turned\s+on|switched\s+on)|opts?[- ]in)/i;

/** Why a prohibition with a way out is only partial, in plain words. */
function escapeOf(sentence: string, holder: "user" | "other" | "unknown"): string {
  if (CARVED_DATA.test(sentence)) return "the prohibition does not reach anonymized or aggregated data made from the work, which can still be used for training";
  if (SETTING.test(sentence)) return "the prohibition yields to a setting or opt-in, which may already be on";
  if (NOT_UNREASONABLY.test(sentence)) return "the prohibition yields to consent that may not be unreasonably withheld, so it is a negotiable permission, not a prohibition";
  if (DEEMED.test(sentence)) return "the prohibition yields to consent that is deemed given, so silence becomes permission";
  if (holder === "other") return "the prohibition yields to the other side's own approval, so it permits whatever that side approves";
  if (holder === "user") return "the prohibition yields to your consent: say that consent may be refused for any reason, in your sole discretion";
  return "the prohibition yields to the other side's consent";
}

const NOT_UNREASONABLY = /\bnot\s+(?:to\s+)?be\s+unreasonably\s+(?:withheld|delayed|conditioned)\b/i;
const AI_WORDS = /\b(?:artificial\s+intelligence|AI|A\.I\.|machine[- ]learning|ML|train(?:ing|ed)?|models?|datasets?|data\s+sets?|ai\s+training|prohibition\s+on\s+ai)\b/i;
const DELETION_REACH = /\b(?:train(?:ing)?(?:\s+(?:sets?|data))?|datasets?|data\s+sets?|models?|weights|embeddings?|vectors?|ind(?:ex|ices|exes)|derived|derivative|artificial\s+intelligence|AI|machine[- ]learning)\b/i;
const GENERIC_DELETION =
  /\b(?:return|destroy|delete|erase|purge)\b[^.;]{0,120}?\b(?:confidential\s+information|materials?|data|documents?|records?|deliverables|work\s+product|content|copies|files|information|property)\b|\b(?:confidential\s+information|materials?|data|documents?|copies|files)\b[^.;]{0,80}?\b(?:returned|destroyed|deleted|erased)\b/i;
const TERMINATION = /\b(?:terminat\w+|expir\w+|end\s+of|upon\s+(?:request|demand|completion))\b/i;

/** The sentence of `text` around `start` (each paragraph split once per call of judgeCoverage). */
function sentenceAround(text: string, start: number, cache: Map<string, Span[]>): string {
  let spans = cache.get(text);
  if (!spans) cache.set(text, (spans = splitSentences(text)));
  for (const s of spans) if (s.start <= start && start < s.end) return text.slice(s.start, s.end);
  return text.slice(Math.max(0, start - 400), start + 400);
}

/** Marks partial protections and adds a general deletion duty as partial. Returns a new list. */
export function judgeCoverage(protections: readonly Protection[], paragraphs: readonly Paragraph[], sections: readonly SectionStart[], user?: string): Protection[] {
  // the user's own duty to return the other side's material protects nothing of the user's
  const byUser = user ? new RegExp(`\\b${wordsPattern(user)}\\s+(?:shall|will|must|agrees\\s+to|undertakes\\s+to)\\s+(?:\\w+\\s+){0,3}?(?:return|destroy|delete|erase|purge)`, "i") : null;
  const out: Protection[] = [];
  const spans = new Map<string, Span[]>();
  const noAiParagraphs = new Set(protections.filter((p) => p.kind === "no-ai-training" && !p.partial).map((p) => p.paragraph));
  for (const p of protections) {
    if (p.fromAddendum) {
      out.push(p);
      continue;
    }
    const sentence = sentenceAround(paragraphs[p.paragraph]?.text ?? "", p.start, spans);
    // consent the user may refuse at will ("withheld in its sole discretion") keeps the prohibition whole
    if (p.kind === "no-ai-training" && CONSENT_GATE.test(sentence) && !AT_WILL.test(sentence)) {
      out.push({ ...p, partial: escapeOf(sentence, consentHolder(sentence, user)) });
      continue;
    }
    if (p.kind === "survival" && !AI_WORDS.test(sentence)) {
      const refs = sectionRefs(sentence);
      const covered = refs.some((r) => paragraphsOfSection(sections, r, paragraphs.length).some((i) => noAiParagraphs.has(i)));
      if (!covered) {
        out.push({ ...p, partial: refs.length ? `survival of Section${refs.length > 1 ? "s" : ""} ${refs.join(", ")}, which hold${refs.length > 1 ? "" : "s"} no AI restriction` : "a general survival clause that does not name an AI restriction" });
        continue;
      }
    }
    if (p.kind === "audit-rights" && !concernsWorkOrAi(sentence) && !COMPLIANCE_WITH_TERMS.test(sentence)) {
      out.push({ ...p, partial: "an audit of books and records: it does not check how the work is used" });
      continue;
    }
    if (p.kind === "data-deletion" && !DELETION_REACH.test(sentence)) {
      out.push({ ...p, partial: "a general return-or-destroy duty: it does not reach training sets and models" });
      continue;
    }
    out.push(p);
  }
  // general return-or-destroy clauses the protection rules do not credit: partial deletion duties
  if (!out.some((p) => p.kind === "data-deletion")) {
    for (let i = 0; i < paragraphs.length; i++) {
      const text = paragraphs[i].text;
      if (text.length > 20_000 || !GENERIC_DELETION.test(text)) continue;
      for (const s of splitSentences(text)) {
        const sentence = text.slice(s.start, s.end);
        const m = GENERIC_DELETION.exec(sentence);
        if (!m || !TERMINATION.test(sentence) || /\b(?:not|never|no)\s+(?:\w+\s+){0,2}?(?:return|destroy|delete)\b/i.test(sentence) || byUser?.test(sentence)) continue;
        out.push({ kind: "data-deletion", paragraph: i, start: s.start + m.index, end: s.start + m.index + m[0].length, trigger: m[0], partial: "a general return-or-destroy duty: it does not reach training sets and models" });
        break;
      }
      if (out.some((p) => p.kind === "data-deletion")) break;
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
