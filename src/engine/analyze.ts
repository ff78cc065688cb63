/**
 * The detector: paragraphs in, a plain-JSON Report out. Deterministic; no I/O.
 *
 * Paragraphs are scanned sentence by sentence. Each rule (data in rules.ts) is a linear-time
 * pattern plus conditions; a match inside protective language is not a finding (and, for AI
 * training, is credited as a "no AI training" protection). Sections, list lead-ins and a TermScore
 * addendum are tracked across paragraphs.
 */
import { RULES, type RuleData } from "./rules";
import { hasPermittingNegation, inCondition, isNegatedLeadIn, isRemovalCue, looksLikeListItem, mainClauseTakes, negationCue } from "./detect/negation";
import { findProtections } from "./detect/protections";
import { ADDENDUM_TITLE, contextKindOf, headingOf, isAddendumTitle } from "./read/sections";
import { OWN_FALLBACK, buildSuggestions, type Names } from "./fix/suggest";
import { combineClauses, type ClauseItem } from "./fix/clause";
import { DEFAULT_CONVENTIONS, readConventions } from "./fix/conventions";
import { newCommentMemory, sectionLabels } from "./fix/comments";
import type { SectionStart } from "./read/structure";
import { withArticle } from "./read/parties";
import { computeScore } from "./report/score";
import { buildAddendum, isAddendumSectionHeading } from "./fix/addendum";
import { hashText, mapRange, normaliseForRules, splitSentences, type Span } from "./text";
import { AnchorIndex } from "./text/anchors";
import { DEFINITION } from "./rules/vocab";
import { QUESTION } from "./rules/shared";
import type { AnalyzeOptions, DocumentPart, Finding, FindingContext, Paragraph, Parties, Protection, ProtectionKind, Report, Suggestion } from "./types";
import { PROTECTION_KINDS } from "./types";
import { severityRank } from "./fix/order";
import { readDocument, type DocumentModel } from "./read";
import { DEFAULT_ROLES } from "./read/roles";
import { directionReader } from "./detect/direction";
import { judgeCoverage } from "./detect/coverage";
import { isUsersOwnDuty } from "./detect/duty";
import { inProtectiveFrame } from "./detect/frame";
// playbook hooks (issue 18): wording in toFindings, severity / switched off after detection, the addendum
import { resolvePlaybook, type ResolvedPlaybook } from "./playbook/resolve";
import { withPlaybookWording } from "./playbook/wording";
import { applyPlaybook, openRisk, playbookRoles, protectionsIn, scoredFindings } from "./playbook/apply";
import { buildPlaybookAddendum } from "./playbook/addendum";

interface CompiledRule {
  rule: RuleData;
  re: RegExp;
  requires: RegExp[];
  unless?: RegExp;
  unlessAfter?: RegExp;
  unlessTrigger?: RegExp;
}

/**
 * A sentence that defines a word or asks a question prohibits nothing, even when it holds a
 * negated training phrase; any other negated training phrase is a prohibition, whoever it binds.
 */
const NOT_A_PROHIBITION = new RegExp(`${DEFINITION}|${QUESTION}`, "i");

/**
 * A sentence that defines a word, up to just after the phrase: the phrase is the definition's body
 * ("\"Corpus\" means text used to train language models"). Only a definition of a use, purpose,
 * licence or right ("\"Permitted Purpose\" means … including training AI models") grants anything.
 */
const DEFINES_TERM = /"([^"]{1,60})"\s*(?:(?:,|or|and)\s*"[^"]{1,60}"\s*){0,3}(?:\([^)]{0,60}\)\s*)?(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as|includes|shall\s+include|has\s+the\s+meaning)\b/i;
const AI_TERM = /\b(?:AI|A\.I\.|Artificial\s+Intelligence|Machine\s+Learning|ML|Training|Model|Models)\b/i;
const GRANTING_TERM = /\b(?:purposes?|uses?|licen[cs]es?|rights?|permi\w*|authori[sz]\w*|scope|grant\w*)\b/i;

function definesNonGrant(region: string): boolean {
  const m = DEFINES_TERM.exec(region);
  return !!m && (!GRANTING_TERM.test(m[1]) || AI_TERM.test(m[1]));
}

/** Categories whose phrases, as the freelancer's own duty, describe the service rather than grant a right. */
const DUTY_CATEGORIES = new Set<string>(["ai-training-grant", "data-aggregation"]);

/** Categories whose phrases can be the subject of a restriction, remedy, audit or removal (detect/frame.ts). */
const FRAMED_CATEGORIES = new Set<string>(["ai-training-grant", "data-aggregation"]);

const NOT_THE_WORK = "a prohibition on training with the other side's service, content or outputs: it does not cover your work";

/** A recital: "WHEREAS, …", "Whereas …" (a statement of background, not an operative term). */
const RECITAL = /^\s*(?:\(?[A-Z0-9]{1,3}[.)]\s+)?(?:WHEREAS|Whereas)\b/;

/** The highest score a review that could not read incorporated terms may show. */
const INCOMPLETE_CAP = 90;

/** At most this many matches of one rule per paragraph are considered (bounds pathological input). */
const MAX_MATCHES_PER_RULE = 25;
/** Sentences longer than this are scanned in windows of this size (bounds pathological input). */
const MAX_SENTENCE = 4000;

const STRONG_WORK = /\b(?:deliverables?|work\s+product|content|materials|data|feedback|inventions?|submissions?|photographs?|designs?|artwork)\b/i;
const VENDOR_OWN = /\b(?:software|documentation|platform|application|app|program|firmware|source\s+code|object\s+code|api|sdk)\b/i;
const MENTIONS_AI_CS = /\b(?:AI|A\.I\.|ML|LLMs?|GPT)\b/;
const MENTIONS_AI_CI = /\b(?:artificial[- ]intelligence|machine[- ]learning|deep[- ]learning|data\s+ingestion|ingest\w*|neural[- ]networks?|large[- ]language[- ]models?|generative|training\s+data)\b/i;

let compiled: CompiledRule[] | null = null;

function compile(rule: RuleData): CompiledRule {
  return {
    rule,
    re: new RegExp(rule.pattern, "gid"),
    requires: (rule.requires ?? []).map((r) => new RegExp(r, "i")),
    unless: rule.unless ? new RegExp(rule.unless, "i") : undefined,
    unlessAfter: rule.unlessAfter ? new RegExp(`^(?:${rule.unlessAfter})`, "i") : undefined,
    unlessTrigger: rule.unlessTrigger ? new RegExp(rule.unlessTrigger, "i") : undefined,
  };
}

/**
 * Loads the rules and checks them: ids unique, patterns compile, each rule flags its own
 * `invalid` examples and none of its `valid` ones. Throws with every problem listed.
 */
export function checkRules(rules: readonly RuleData[] = RULES): CompiledRule[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const out: CompiledRule[] = [];
  for (const rule of rules) {
    if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    if (!rule.id.startsWith(`${rule.category}/`)) problems.push(`${rule.id}: id must start with its category`);
    try {
      out.push(compile(rule));
    } catch (e) {
      problems.push(`${rule.id}: pattern does not compile (${(e as Error).message})`);
    }
  }
  if (problems.length === 0) {
    for (const c of out) {
      for (const ex of c.rule.examples.invalid) {
        const r = scanDocument([{ text: ex }], out, null);
        if (!r.findings.some((f) => f.ruleId === c.rule.id)) problems.push(`${c.rule.id}: does not flag its invalid example "${ex}"`);
      }
      for (const ex of c.rule.examples.valid) {
        const r = scanDocument([{ text: ex }], out, null);
        if (r.findings.some((f) => f.ruleId === c.rule.id)) problems.push(`${c.rule.id}: flags its valid example "${ex}"`);
      }
    }
  }
  if (problems.length) throw new Error(`TermScore rules failed to load:\n- ${problems.join("\n- ")}`);
  return out;
}

function rules(): CompiledRule[] {
  if (!compiled) compiled = checkRules(RULES);
  return compiled;
}

/** Bit of the protection patterns in the anchor index. */
const PROTECTION_BIT = 30;
const PROTECTION_STEMS = [
  "injunctive", "injunction", "equitable", "specific", "survive", "survival", "surviving", "audit", "inspect", "examine", "delete", "deletion",
  "destroy", "destruction", "erase", "purge", "return", "derived", "derivative", "metadata", "meta", "embedding", "means", "mean", "includes",
  "refers", "defined", "llm", "llms", "language", "neural", "ai", "artificial", "machine",
];

const indexes = new WeakMap<readonly CompiledRule[], AnchorIndex>();

/** The word-stem index of a rule set (rule i has bit i; protections have bit 30). */
function anchorIndex(crs: readonly CompiledRule[]): AnchorIndex {
  let index = indexes.get(crs);
  if (!index) {
    if (crs.length > PROTECTION_BIT) throw new Error(`at most ${PROTECTION_BIT} rules fit the anchor index`);
    index = new AnchorIndex();
    crs.forEach((cr, i) => index!.add(cr.rule.anchors, i));
    index.add(PROTECTION_STEMS, PROTECTION_BIT);
    indexes.set(crs, index);
  }
  return index;
}

interface ParagraphState {
  context: FindingContext | null;
  leadIn: boolean;
  inAddendum: boolean;
}

interface RawFinding {
  rule: RuleData;
  paragraph: number;
  start: number;
  end: number;
  sentence: Span;
  context: FindingContext | null;
}

interface ParagraphScan {
  findings: RawFinding[];
  protections: Protection[];
}

function docNames(paragraphs: readonly Paragraph[], parties: Parties, sections: readonly SectionStart[] = [], spelling?: "en-US" | "en-GB"): Names {
  let sample = "";
  for (const p of paragraphs) {
    if (sample.length > 100_000) break;
    sample += p.text + "\n";
  }
  return {
    agency: withArticle(sample, parties.agency),
    contractor: withArticle(sample, parties.contractor),
    work: /^(?:the|a|an)\s/i.test(parties.work) ? parties.work : `the ${parties.work}`,
    conventions: { ...readConventions(paragraphs), ...(spelling ? { spelling } : {}) },
    section: sectionLabels(paragraphs, sections),
    memory: newCommentMemory(),
  };
}

function sentenceWindows(text: string): Span[] {
  const out: Span[] = [];
  for (const s of splitSentences(text)) {
    if (s.end - s.start <= MAX_SENTENCE) out.push(s);
    else for (let i = s.start; i < s.end; i += MAX_SENTENCE) out.push({ start: i, end: Math.min(s.end, i + MAX_SENTENCE) });
  }
  return out;
}

/** A run-in heading sentence ("3. Model Training.") names a topic; it grants nothing. */
function isHeadingSentence(sentence: string): boolean {
  const t = sentence.replace(/^\s*(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|\(?[a-z]\)|[ivx]{1,5}\.)\s*/i, "").replace(/[.:]\s*$/, "");
  if (!t || t.length > 60) return false;
  const words = t.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^(?:[A-Z0-9(&"\u201c'-]|and$|or$|of$|the$|for$|to$|in$|on$|a$)/.test(w));
}


/**
 * An explicit AI-training exclusion in the sentence limits the other rights it grants
 * ("… for any purpose other than training AI models"). Sub-licensing is only limited by an
 * exclusion that follows it closely ("service providers (each bound not to train AI …)"); an
 * improvement purpose next to an exclusion is not a training grant either.
 */
function excludedByAi(f: RawFinding, exclusions: readonly number[], text: string): boolean {
  if (f.rule.category === "sublicensing") return exclusions.some((x) => x >= f.end && x - f.end <= 80);
  if (f.rule.category === "ai-training-grant" && f.rule.id !== "ai-training-grant/improve-ai") return false;
  // an exclusion before the finding only limits it within the same clause:
  // "may not train on the Work, except that it may use anonymized data for analytics" still grants
  // an exclusion after the finding limits it within its own clause: "… to improve our models; it is
  // never used to train …" leaves the first clause's grant standing
  // — except for a general right over the work (a purpose, a licence, feedback): a proviso after it
  // ("…to improve the Platform; provided that it shall not use the Data to train any model") is how a
  // drafter takes AI training out of that right
  const proviso = SETTLED_BY_PROHIBITION.has(f.rule.category);
  return exclusions.some((x) => (x >= f.end ? proviso || !text.slice(f.end, x).includes(";") : !EXCEPTION_BREAK.test(text.slice(x, f.start))));
}

/** Words after which a new grant begins, out of reach of an earlier exclusion. */
const EXCEPTION_BREAK = /;|\b(?:except\s+that|but|however|provided\s+that|save\s+that|other\s+than\s+that)\b/i;

/** At most this many raw matches of one rule per paragraph are looked at (bounds pathological input). */
const MAX_RAW_MATCHES = 400;

/** Index of the span containing `pos`, or -1. Spans are sorted and disjoint. */
function spanIndex(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[mid].start) hi = mid - 1;
    else if (pos >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const SPACE = /\s/;
const NON_SPACE = /\S/;

/** A purpose phrase's lead-in right before a trigger: "to ", "for the purposes of ", "in ", "to help ". */
const PURPOSE_LEAD_BEFORE = /\b(?:to|for|in)\s+(?:(?:the|any)\s+)?(?:purposes?\s+of\s+)?(?:(?:further|help|helping)\s+)?$/i;

/** The result for a paragraph with nothing in it (shared, never mutated). */
const EMPTY_SCAN: ParagraphScan = Object.freeze({ findings: [], protections: [] }) as unknown as ParagraphScan;
const EMPTY_RESULT = EMPTY_SCAN as unknown as ParagraphResult;

/** A paragraph with its sentences split on first use. */
class ParagraphView {
  private spans: Span[] | null = null;
  private readonly texts: Array<string | undefined> = [];
  private readonly headings: Array<boolean | undefined> = [];
  constructor(private readonly text: string) {}
  sentences(): Span[] {
    return (this.spans ??= sentenceWindows(this.text));
  }
  sentence(i: number): string {
    const s = this.sentences()[i];
    return (this.texts[i] ??= this.text.slice(s.start, s.end));
  }
  isHeading(i: number): boolean {
    return (this.headings[i] ??= isHeadingSentence(this.sentence(i)));
  }
}

/**
 * Scans one paragraph with the state left by the paragraphs before it. Each rule's pattern runs
 * once over the whole paragraph (after a cheap anchor test); matches are then judged in their
 * sentence (conditions, negation, exclusions).
 */
function scanParagraph(text: string, index: number, state: ParagraphState, crs: readonly CompiledRule[]): ParagraphScan {
  const anchors = anchorIndex(crs);
  const view = new ParagraphView(text);
  // A match never crosses a sentence, so a rule's pattern only runs over the runs of sentences that
  // hold one of its anchors (each run searched as a prefix of the paragraph, so look-behinds still
  // see what precedes it). The paragraph's mask is the union of its sentences' masks: one pass.
  const spans = view.sentences();
  const sentenceMasks = spans.length > 1 ? spans.map((S) => anchors.scanRange(text, S.start, S.end)) : null;
  let mask = 0;
  if (sentenceMasks) for (const m of sentenceMasks) mask |= m;
  else mask = anchors.scan(text);
  if (mask === 0) return EMPTY_SCAN;
  const findings: RawFinding[] = [];
  const protections: Protection[] = [];
  let perSentence: Map<number, RawFinding[]> | null = null;
  let aiExclusions: Map<number, number[]> | null = null;
  for (let ri = 0; ri < crs.length; ri++) {
    const bit = 1 << ri;
    if ((mask & bit) === 0) continue;
    const cr = crs[ri];
    const rule = cr.rule;
    let applicable: Map<number, boolean> | null = null;
    let raw = 0;
    let kept = 0;
    let run = 0;
    let subject = text;
    const nextRun = (): boolean => {
      if (!sentenceMasks) {
        if (run++ > 0) return false;
        cr.re.lastIndex = 0;
        subject = text;
        return true;
      }
      while (run < spans.length && (sentenceMasks[run] & bit) === 0) run++;
      if (run >= spans.length) return false;
      let last = run;
      while (last + 1 < spans.length && (sentenceMasks[last + 1] & bit) !== 0) last++;
      cr.re.lastIndex = spans[run].start;
      subject = last === spans.length - 1 ? text : text.slice(0, spans[last].end);
      run = last + 1;
      return true;
    };
    runs: while (nextRun())
    for (let m = cr.re.exec(subject); m; m = cr.re.exec(subject)) {
      if (m[0].length === 0) {
        cr.re.lastIndex++;
        continue;
      }
      if (++raw > MAX_RAW_MATCHES) break runs;
      const group = m.indices?.groups?.t;
      let ts = group ? group[0] : m.index;
      let te = group ? group[1] : m.index + m[0].length;
      while (te > ts && SPACE.test(text[te - 1])) te--;
      while (ts < te && SPACE.test(text[ts])) ts++;
      if (te <= ts) continue;
      if (rule.purposeLead && !group) {
        const lead = PURPOSE_LEAD_BEFORE.exec(text.slice(Math.max(0, ts - 50), ts));
        if (lead) ts -= lead[0].length;
      }
      const sentences = view.sentences();
      const si = spanIndex(sentences, ts);
      if (si < 0) continue;
      const S = sentences[si];
      const matchEnd = m.index + m[0].length;
      if (te > S.end || m.index < S.start || matchEnd > S.end) {
        // a match across a sentence boundary: look again from inside it
        cr.re.lastIndex = m.index + 1;
        continue;
      }
      if (view.isHeading(si)) continue;
      const sentence = view.sentence(si);
      applicable ??= new Map<number, boolean>();
      let ok = applicable.get(si);
      if (ok === undefined) {
        ok =
          cr.requires.every((r) => r.test(sentence)) &&
          !(cr.unless && cr.unless.test(sentence)) &&
          !(rule.notVendorSoftware && VENDOR_OWN.test(sentence) && !STRONG_WORK.test(sentence));
        applicable.set(si, ok);
      }
      const trig = text.slice(ts, te);
      if (cr.unlessTrigger && cr.unlessTrigger.test(trig)) continue;
      const excludedAfter = !!cr.unlessAfter && cr.unlessAfter.test(text.slice(matchEnd, Math.min(S.end, matchEnd + 100)));
      if (!ok || excludedAfter) {
        // not a grant over the work ("you may not use our Services to train AI"), yet a prohibition of AI training all the same
        if (
          rule.category === "ai-training-grant" &&
          cr.requires.every((r) => r.test(sentence)) &&
          !NOT_A_PROHIBITION.test(sentence) &&
          !inCondition(sentence, ts - S.start)
        ) {
          const cue = negationCue(sentence, ts - S.start, te - S.start, state.leadIn);
          // it prohibits training, but on the other side's service or content: it does not cover the user's work
          if (cue && !isRemovalCue(cue)) protections.push({ kind: "no-ai-training", paragraph: index, start: ts, end: te, trigger: trig, partial: NOT_THE_WORK });
        }
        continue;
      }
      if (++kept > MAX_MATCHES_PER_RULE) break runs;
      // the definition of an AI word ("\"AI Training\" means any use … to train a model") grants nothing
      if (rule.category === "ai-training-grant" && definesNonGrant(sentence.slice(0, Math.min(sentence.length, te - S.start + 60)))) continue;
      const cue = negationCue(sentence, ts - S.start, te - S.start, state.leadIn);
      if (cue) {
        if (rule.category === "ai-training-grant" && !isRemovalCue(cue) && !inCondition(sentence, ts - S.start)) {
          aiExclusions ??= new Map();
          const list = aiExclusions.get(si) ?? [];
          list.push(ts);
          aiExclusions.set(si, list);
          protections.push({ kind: "no-ai-training", paragraph: index, start: ts, end: te, trigger: trig });
        }
        continue;
      }
      // "if the Client uses the Work to train AI, …" describes a breach; it grants nothing
      // — but "If you send us feedback, we may use it": the condition names the feedback the main clause takes
      if (inCondition(sentence, ts - S.start) && !(rule.category === "feedback" && mainClauseTakes(sentence, te - S.start))) continue;
      // "injunctive relief to restrain the ingestion of the Work into any AI system": the subject of a protection
      if (FRAMED_CATEGORIES.has(rule.category) && inProtectiveFrame(sentence, ts - S.start, te - S.start)) continue;
      // "the Contractor shall train a model for the Client" is the service sold, not a right over the work
      if (DUTY_CATEGORIES.has(rule.category) && isUsersOwnDuty(sentence, ts - S.start)) continue;
      perSentence ??= new Map();
      const list = perSentence.get(si) ?? [];
      list.push({ rule, paragraph: index, start: ts, end: te, sentence: S, context: state.context });
      perSentence.set(si, list);
    }
  }
  if (!perSentence && !(mask & (1 << PROTECTION_BIT)) && protections.length === 0) return EMPTY_SCAN;
  const restrictsDerived = new Set<number>();
  if (mask & (1 << PROTECTION_BIT)) {
    const sentences = view.sentences();
    for (let si = 0; si < sentences.length; si++) {
      if (sentenceMasks && (sentenceMasks[si] & (1 << PROTECTION_BIT)) === 0) continue;
      const sentence = view.sentence(si);
      const S = sentences[si];
      for (const p of findProtections(sentence)) {
        // "nothing in this Section restricts … data derived from …" restricts nothing
        if (p.kind === "derivative-data" && hasPermittingNegation(sentence)) continue;
        protections.push({ kind: p.kind, paragraph: index, start: S.start + p.start, end: S.start + p.end, trigger: sentence.slice(p.start, p.end) });
        if (p.kind === "derivative-data") restrictsDerived.add(si);
      }
    }
  }
  const order = perSentence ? [...perSentence.keys()].sort((a, b) => a - b) : [];
  for (const si of order) {
    if (OWN_FALLBACK.test(view.sentence(si))) continue;
    const exclusions = aiExclusions?.get(si) ?? [];
    const seen = new Set<string>();
    const list = perSentence!.get(si)!.slice().sort((a, b) => severityRank(a.rule.severity) - severityRank(b.rule.severity) || a.start - b.start);
    for (const f of list) {
      // One finding per category and sentence ("perpetual, irrevocable … for any purpose" is one
      // broad grant, "works made for hire, and … assigns" one transfer): the fix of the first
      // brings an AI exclusion into the sentence, which settles the others on a re-scan. AI grants
      // are each fixed where they are; sub-licences one per rule.
      const key = f.rule.category === "ai-training-grant" ? null : f.rule.category === "sublicensing" ? f.rule.id : f.rule.category;
      if (key !== null && seen.has(key)) continue;
      if (exclusions.length && excludedByAi(f, exclusions, text)) continue;
      // "this restriction extends to derived data and metadata" protects; it grants nothing
      if (restrictsDerived.has(si) && (f.rule.category === "data-aggregation" || f.rule.category === "anonymization")) continue;
      // "may use anonymized data for research and product improvement": the purpose is that of the
      // anonymized data, one risk (the carve-out), fixed by restricting what that data may train
      if (f.rule.category === "ambiguous-purpose" && list.some((g) => g.rule.category === "anonymization" && g.end <= f.start && !EXCEPTION_BREAK.test(text.slice(g.end, f.start)))) continue;
      if (key !== null) seen.add(key);
      findings.push(f);
    }
  }
  protections.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, protections };
}

export interface ScanResult {
  findings: Finding[];
  protections: Protection[];
  mentionsAi: boolean;
  addendumIndex: number;
  parties: Parties;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Turns raw matches of one paragraph into findings with suggestions; drops overlapping ones. */
function toFindings(raw: RawFinding[], text: string, names: Names, idBase: string, playbook: ResolvedPlaybook | null): Finding[] {
  const ordered = raw.slice().sort((a, b) => severityRank(a.rule.severity) - severityRank(b.rule.severity) || a.start - b.start || b.end - a.end);
  const keptRanges: Array<{ start: number; end: number }> = [];
  const provisoUsed = new Set<number>();
  const out: Finding[] = [];
  const clauses: ClauseItem[] = [];
  for (const r of ordered) {
    if (keptRanges.some((k) => overlaps(k, r))) continue;
    const input = { rule: r.rule, paragraph: r.paragraph, text, sentence: r.sentence, start: r.start, end: r.end, names, provisoFree: !provisoUsed.has(r.sentence.start) };
    // playbook hook (a): the user's wording where the playbook changed it
    const { suggestions, usedProviso, userWording } = withPlaybookWording(input, buildSuggestions(input), playbook);
    const primary = suggestions[0];
    if (keptRanges.some((k) => overlaps(k, primary))) continue;
    // The end of the sentence is taken by this finding's proviso, or by one of its fallbacks (opt-out,
    // project scope): findings of lower severity in the same sentence then qualify their own words.
    if (usedProviso || suggestions.some((s, j) => j > 0 && /^[.;]$/.test(s.original))) provisoUsed.add(r.sentence.start);
    keptRanges.push({ start: r.start, end: r.end });
    if (primary.start !== r.start || primary.end !== r.end) keptRanges.push({ start: primary.start, end: primary.end });
    const finding: Finding = {
      id: "",
      ruleId: r.rule.id,
      category: r.rule.category,
      severity: r.rule.severity,
      paragraph: r.paragraph,
      start: r.start,
      end: r.end,
      trigger: text.slice(r.start, r.end),
      message: r.context ? `${r.rule.message} It sits in the "${r.context.heading}" section, where such rights are often hidden.` : r.rule.message,
      rationale: r.rule.rationale,
      ...(r.context ? { context: r.context } : {}),
      suggestions,
      ...(userWording.length ? { playbook: { userWording } } : {}),
    };
    out.push(finding);
    clauses.push({ finding, sentence: r.sentence });
  }
  dropCollidingFallbacks(out);
  // one edit per clause: the findings of a sentence share one restriction (fix/clause.ts)
  combineClauses(clauses, text, names);
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const occurrence = new Map<string, number>();
  for (const f of out) {
    const k = occurrence.get(f.ruleId) ?? 0;
    occurrence.set(f.ruleId, k + 1);
    f.id = `${f.ruleId}@${idBase}#${k}`;
  }
  return out;
}

/**
 * The findings of a re-scan that only feeds the score: rule, category and severity, without the
 * suggestions and comments a finding shown to the user carries. Overlapping matches count once,
 * the graver first, as in toFindings.
 */
function toScoredFindings(raw: RawFinding[]): Finding[] {
  const ordered = raw.slice().sort((a, b) => severityRank(a.rule.severity) - severityRank(b.rule.severity) || a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const r of ordered) {
    if (out.some((k) => overlaps(k, r))) continue;
    out.push({ id: "", ruleId: r.rule.id, category: r.rule.category, severity: r.rule.severity, paragraph: r.paragraph, start: r.start, end: r.end, trigger: "", message: r.rule.message, rationale: r.rule.rationale, suggestions: [] });
  }
  return out;
}

/**
 * Primary suggestions never overlap (toFindings keeps them apart). A fallback is kept only where
 * it can be written together with every other finding's primary and with the same fallback of
 * every other finding, so that "use the project-scope position everywhere" writes every fix.
 * Findings come in severity order: the graver risk keeps its fallback.
 */
function dropCollidingFallbacks(findings: Finding[]): void {
  const primaries = findings.map((f) => f.suggestions[0]);
  const claimed = new Map<string, Array<{ start: number; end: number }>>();
  findings.forEach((f, i) => {
    f.suggestions = f.suggestions.filter((s, j) => {
      if (j === 0) return true;
      if (primaries.some((p, k) => k !== i && overlaps(p, s))) return false;
      const taken = claimed.get(s.position) ?? [];
      if (taken.some((c) => overlaps(c, s))) return false;
      taken.push(s);
      claimed.set(s.position, taken);
      return true;
    });
  });
}

function sanitise(paragraphs: unknown): Paragraph[] {
  if (!Array.isArray(paragraphs)) throw new TypeError("analyze() expects an array of paragraphs ({ text: string }).");
  return paragraphs.map((p, i) => {
    if (typeof p === "string") return { text: p };
    if (!p || typeof p !== "object" || typeof (p as Paragraph).text !== "string") throw new TypeError(`Paragraph ${i} has no text: expected { text: string }.`);
    return p as Paragraph;
  });
}

interface DocScan {
  paragraphs: Paragraph[];
  model: DocumentModel;
  parties: Parties;
  names: Names;
  /** The state each scanned paragraph was read in (null: empty, or an addendum title). */
  states: Array<ParagraphState | null>;
  perParagraph: Array<ParagraphResult | null>;
  mentionsAi: boolean;
  addendumIndex: number;
  playbook: ResolvedPlaybook | null;
}

interface ParagraphResult {
  findings: Finding[];
  protections: Protection[];
}

/** The user's confirmation of the roles, from `roles` or the older `parties` option. */
function roleOverride(options: AnalyzeOptions | null): { user?: string; other?: string; work?: string } {
  const o: Record<string, unknown> = options?.roles && typeof options.roles === "object" ? options.roles : {};
  const p: Record<string, unknown> = options?.parties && typeof options.parties === "object" ? options.parties : {};
  // an override is used only when it is a usable name (a string of 1–60 characters)
  const name = (v: unknown): string | undefined => (typeof v === "string" && v.trim().length > 0 && v.trim().length <= 60 ? v.trim() : undefined);
  return { user: name(o.user) ?? name(p.contractor), other: name(o.other) ?? name(p.agency), work: name(o.work) ?? name(p.work) };
}

function partiesOf(model: DocumentModel): Parties {
  const r = model.roles;
  const fromDoc = r.source !== "default";
  return {
    agency: r.other,
    contractor: r.user,
    work: r.work,
    detected: { agency: fromDoc && r.candidates.parties.includes(r.other), contractor: fromDoc && r.candidates.parties.includes(r.user), work: fromDoc && (r.candidates.works.includes(r.work) || r.evidence.work.length > 0 || r.work !== DEFAULT_ROLES.work) },
  };
}

function scanOne(original: string, i: number, state: ParagraphState, crs: readonly CompiledRule[], names: Names, idBase: string, playbook: ResolvedPlaybook | null = null, scoreOnly = false): ParagraphResult {
  // The rules read a normalised copy (no soft hyphens inside words, plain quotes and hyphens);
  // every offset and quoted text is then taken back to the original paragraph.
  const norm = normaliseForRules(original);
  const text = norm.text;
  const scan = scanParagraph(text, i, state, crs);
  if (scan === EMPTY_SCAN) return EMPTY_RESULT;
  let protections = state.inAddendum ? scan.protections.map((pr) => ({ ...pr, fromAddendum: true })) : scan.protections;
  let findings = state.inAddendum || !scan.findings.length ? [] : scoreOnly ? toScoredFindings(scan.findings) : toFindings(scan.findings, text, names, idBase, playbook);
  if (scoreOnly) return { findings, protections };
  if (text !== original) {
    const back = <T extends { start: number; end: number }>(x: T): T => {
      const r = mapRange(norm.map, x.start, x.end);
      return { ...x, start: r.start, end: r.end };
    };
    protections = protections.map((p) => {
      const q = back(p);
      return { ...q, trigger: original.slice(q.start, q.end) };
    });
    findings = findings.map((f) => {
      const g = back(f);
      return {
        ...g,
        trigger: original.slice(g.start, g.end),
        suggestions: f.suggestions.map((sg) => {
          const t = back(sg);
          return { ...t, original: original.slice(t.start, t.end) };
        }),
      };
    });
  }
  return { findings, protections };
}

function scanAll(paragraphs: Paragraph[], crs: readonly CompiledRule[], options: AnalyzeOptions | null, playbook: ResolvedPlaybook | null = null): DocScan {
  const given = roleOverride(options);
  const model = readDocument(paragraphs, playbook ? playbookRoles(playbook, paragraphs, given) : given);
  const parties = partiesOf(model);
  const names = docNames(paragraphs, parties, model.sections, playbook?.spelling);
  const direction = directionReader(model.roles);
  const state: ParagraphState = { context: null, leadIn: false, inAddendum: false };
  let contextLevel = 0;
  let addendumIndex = -1;
  const states: Array<ParagraphState | null> = new Array(paragraphs.length).fill(null);
  const perParagraph: Array<ParagraphResult | null> = new Array(paragraphs.length).fill(null);
  const seenText = new Map<string, number>();
  let mentionsAi = false;
  let lastState: ParagraphState | null = null;
  let addendumBodies = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const text = p.text;
    if (!NON_SPACE.test(text)) continue;
    if (isAddendumTitle(text)) {
      if (addendumIndex < 0) addendumIndex = i;
      state.inAddendum = true;
      addendumBodies = 1; // the introduction
      mentionsAi = true;
      continue;
    }
    // The addendum is its title, an introduction, then numbered section headings each followed
    // by one body paragraph; the first paragraph that breaks the pattern is contract text again
    // (an addendum inserted mid-document does not swallow what follows it).
    if (state.inAddendum) {
      if (isAddendumSectionHeading(text)) addendumBodies = 1;
      else if (addendumBodies > 0) addendumBodies--;
      else state.inAddendum = false;
    }
    const heading = headingOf(p);
    if (heading) {
      const kind = contextKindOf(heading.title);
      if (kind) {
        state.context = { kind, heading: heading.title.slice(0, 120), paragraph: i };
        contextLevel = heading.level;
      } else if (state.context && heading.level <= contextLevel) {
        state.context = null;
      }
    }
    // a negated lead-in governs the list items that follow it, and nothing after the list
    if (state.leadIn && !looksLikeListItem(text, p.style)) state.leadIn = false;
    if (!mentionsAi && (MENTIONS_AI_CS.test(text) || MENTIONS_AI_CI.test(text))) mentionsAi = true;
    // paragraphs read in the same state share one snapshot
    if (!lastState || lastState.context !== state.context || lastState.leadIn !== state.leadIn || lastState.inAddendum !== state.inAddendum) lastState = { ...state };
    states[i] = lastState;
    let idBase = "";
    const result = scanOne(text, i, state, crs, names, "", playbook);
    // A recital ("WHEREAS, the Company wishes to obtain the right to use …") states a purpose and
    // grants nothing; a right that flows to the user (its own licence, its use of feedback) is no
    // risk to it.
    if (result.findings.length) {
      const spans = sentenceWindows(text);
      const kept = result.findings.filter((f) => {
        const S = spans[spanIndex(spans, f.start)];
        if (!S) return true;
        const sentence = text.slice(S.start, S.end);
        if (RECITAL.test(sentence)) return false;
        return !direction || direction.flow(sentence, f.start - S.start) !== "to-user";
      });
      if (kept.length !== result.findings.length) result.findings = kept;
    }
    if (result.findings.length) {
      const h = hashText(text);
      const dup = (seenText.get(h) ?? 0) + 1;
      seenText.set(h, dup);
      idBase = dup > 1 ? `${h}~${dup}` : h;
      for (const f of result.findings) f.id = f.id.replace("@#", `@${idBase}#`);
    }
    perParagraph[i] = result;
    if (isNegatedLeadIn(text)) state.leadIn = true;
  }
  return { paragraphs, model, parties, names, states, perParagraph, mentionsAi, addendumIndex, playbook };
}

/**
 * The scan as it would be once `edits` (primary suggestions) are accepted. Only the sentences the
 * edits touch are read again, each on its own with the state its paragraph was read in; the
 * findings and protections of every other sentence are kept. Offsets in the result are not
 * meaningful: it only feeds the score.
 */
function rescanEdited(scan: DocScan, edits: readonly Suggestion[], crs: readonly CompiledRule[]): DocScan {
  const byParagraph = new Map<number, Suggestion[]>();
  for (const e of edits) {
    const list = byParagraph.get(e.paragraph) ?? [];
    list.push(e);
    byParagraph.set(e.paragraph, list);
  }
  const perParagraph = scan.perParagraph.slice();
  for (const [i, list] of byParagraph) {
    const state = scan.states[i];
    const before = scan.perParagraph[i];
    if (!state || !before) continue;
    const text = scan.paragraphs[i].text;
    const sentences = sentenceWindows(text);
    const touched = new Map<number, Suggestion[]>();
    for (const e of list) {
      const si = spanIndex(sentences, e.start);
      if (si < 0) continue;
      const l = touched.get(si) ?? [];
      l.push(e);
      touched.set(si, l);
    }
    const inTouched = (pos: number): boolean => touched.has(spanIndex(sentences, pos));
    const findings = before.findings.filter((f) => !inTouched(f.start));
    const protections = before.protections.filter((p) => !inTouched(p.start));
    for (const [si, l] of touched) {
      const S = sentences[si];
      let sentence = text.slice(S.start, S.end);
      let limit = Infinity;
      for (const e of l.slice().sort((a, b) => b.start - a.start)) {
        const a = e.start - S.start;
        const b = e.end - S.start;
        if (b > limit || b > sentence.length || sentence.slice(a, b) !== e.original) continue;
        sentence = sentence.slice(0, a) + e.replacement + sentence.slice(b);
        limit = a;
      }
      const again = scanOne(sentence, i, state, crs, scan.names, "", scan.playbook, true);
      findings.push(...again.findings);
      protections.push(...again.protections);
    }
    perParagraph[i] = { findings, protections };
  }
  return { ...scan, perParagraph };
}

function collect(scan: DocScan): { findings: Finding[]; protections: Protection[] } {
  const findings: Finding[] = [];
  const protections: Protection[] = [];
  for (const r of scan.perParagraph) {
    if (!r) continue;
    for (const f of r.findings) findings.push(f);
    for (const p of r.protections) protections.push(p);
  }
  // Ownership is only a risk when nothing in the contract excludes AI training.
  const hasNoAi = protections.some((p) => p.kind === "no-ai-training");
  return { findings: hasNoAi ? findings.filter((f) => f.category !== "ownership") : findings, protections };
}

/** Scans a whole document (used by the rule loader's example checks and by analyze). */
export function scanDocument(input: readonly Paragraph[], crs: readonly CompiledRule[] = rules(), options: AnalyzeOptions | null = null): ScanResult {
  const scan = scanAll(sanitise(input), crs, options);
  const { findings, protections } = collect(scan);
  return { findings, protections, mentionsAi: scan.mentionsAi, addendumIndex: scan.addendumIndex, parties: scan.parties };
}

/** Applies non-overlapping primary suggestions to a copy of the paragraphs. */
export function applySuggestions(paragraphs: readonly Paragraph[], suggestions: readonly Suggestion[]): Paragraph[] {
  const byPara = new Map<number, Suggestion[]>();
  for (const s of suggestions) {
    const list = byPara.get(s.paragraph) ?? [];
    list.push(s);
    byPara.set(s.paragraph, list);
  }
  return paragraphs.map((p, i) => {
    const list = byPara.get(i);
    if (!list) return p;
    const sorted = list.slice().sort((a, b) => b.start - a.start);
    let text = p.text;
    let limit = Infinity;
    for (const s of sorted) {
      if (s.end > limit || text.slice(s.start, s.end) !== s.original) continue;
      text = text.slice(0, s.start) + s.replacement + text.slice(s.end);
      limit = s.start;
    }
    return { ...p, text };
  });
}

/** Analyses a document: findings, protections found and missing, and the score. */
export function analyze(paragraphs: Paragraph[], options?: AnalyzeOptions): Report {
  const crs = rules();
  const sane = sanitise(paragraphs);
  const playbook = options?.playbook ? resolvePlaybook(options.playbook) : null;
  const docScan = scanAll(sane, crs, options ?? null, playbook);
  const scan = collect(docScan);
  const dismissed = new Set(Array.isArray(options?.dismissed) ? options.dismissed.filter((d) => typeof d === "string") : []);
  const protections = judgeCoverage(scan.protections, sane, docScan.model.sections, docScan.model.roles.user);
  const prohibiting = prohibitionsByParagraph(protections);
  const settled = settledFindings(prohibiting, scan.findings, sane);
  const kept = settled.size ? scan.findings.filter((f) => !settled.has(f)) : scan.findings;
  const detected = dismissed.size ? kept.filter((f) => !dismissed.has(f.id)) : kept;
  // playbook hook (c): severities, walk-away notes, switched-off rules, the user's wording re-checked
  const names = { party: docScan.names.contractor, other: docScan.names.agency, work: docScan.names.work };
  const outcome = playbook ? applyPlaybook(detected, playbook, names, playbookCheck(docScan, crs)) : null;
  const findings = outcome ? outcome.findings : detected;
  const present = new Set<ProtectionKind>(protections.filter((p) => !p.partial).map((p) => p.kind));
  const missing = PROTECTION_KINDS.filter((k) => !present.has(k));
  const partial = missing.filter((k) => protections.some((p) => p.kind === k && p.partial));

  // Score if accepted: apply every primary suggestion, re-read the changed paragraphs, add the addendum.
  const primaries = findings.map((f) => f.suggestions[0]);
  const after = primaries.length ? collect(rescanEdited(docScan, primaries, crs)) : scan;
  // findings of re-read sentences carry no document offsets: there, the prohibition's paragraph is what counts
  const afterKept = after.findings.filter((f) => !dismissed.has(f.id) && !settled.has(f) && !(f.trigger === "" && SETTLED_BY_PROHIBITION.has(f.category) && prohibiting.has(f.paragraph)));
  const afterFindings = playbook ? scoredFindings(afterKept, playbook) : afterKept;
  // The re-scan reads only the edited sentences (its offsets are not the document's): the fixes add
  // prohibitions, never survival or deletion duties, so those two keep the coverage judged above.
  const afterPresent = new Set<ProtectionKind>(present);
  for (const p of after.protections) if (p.kind !== "survival" && p.kind !== "data-deletion") afterPresent.add(p.kind);
  const { spelling, agreement } = docScan.names.conventions ?? DEFAULT_CONVENTIONS;
  const addendum = playbook ? buildPlaybookAddendum({ parties: docScan.parties, spelling, agreement }, playbook.addendum, playbook.spelling, protectionsIn) : { paragraphs: buildAddendum({ parties: docScan.parties, spelling, agreement }), warnings: [] };
  if (docScan.addendumIndex < 0) for (const a of addendum.paragraphs) if (a.protection) afterPresent.add(a.protection);

  const score = computeScore(findings, present, afterFindings, afterPresent, docScan.mentionsAi);
  let characters = 0;
  const parts: Partial<Record<DocumentPart, number>> = {};
  for (const p of sane) {
    characters += p.text.length;
    const part = p.part ?? "body";
    parts[part] = (parts[part] ?? 0) + 1;
  }
  for (const k of partial) {
    const pr = protections.find((p) => p.kind === k && p.partial);
    if (pr) score.breakdown.lowered.push(`Only partly there: ${pr.partial} (paragraph ${pr.paragraph + 1}).`);
  }
  const incorporated = docScan.model.incorporated;
  if (incorporated.length) {
    // what the review could not read may hold the very grant it looks for: never claim a full score
    score.score = Math.min(score.score, INCOMPLETE_CAP);
    score.scoreIfAccepted = Math.min(score.scoreIfAccepted, INCOMPLETE_CAP);
    score.breakdown.lowered.unshift(
      `The review is incomplete: the contract incorporates outside terms that TermScore could not read (${incorporated.map((r) => r.url ?? `paragraph ${r.paragraph + 1}`).slice(0, 3).join(", ")}). Read them for AI and data-use rights.`,
    );
  }
  if (outcome?.switchedOff.length) {
    const ids = [...new Set(outcome.switchedOff.map((f) => f.ruleId))];
    score.breakdown.lowered.push(`Switched off in ${playbook!.name}: ${outcome.switchedOff.length} finding${outcome.switchedOff.length === 1 ? "" : "s"} of ${ids.join(", ")}, listed but not scored.`);
  }
  return {
    version: 1,
    score: score.score,
    scoreIfAccepted: score.scoreIfAccepted,
    breakdown: score.breakdown,
    findings,
    protections,
    missing,
    partial,
    mentionsAi: docScan.mentionsAi,
    addendumPresent: docScan.addendumIndex >= 0,
    parties: docScan.parties,
    roles: docScan.model.roles,
    coverage: { parts, incorporated, complete: incorporated.length === 0 },
    stats: { paragraphs: sane.length, characters },
    ...(outcome ? { switchedOff: outcome.switchedOff, playbook: { name: playbook!.name, openRisks: outcome.openRisks, addendumWarnings: addendum.warnings } } : {}),
  };
}

/**
 * Categories whose risk is AI use of the work itself by way of a general right (a purpose, a
 * licence, feedback). A full prohibition of AI training in the same paragraph (the clause) takes that
 * use out of the right: "We may use Content to improve the Services. We never use Content to train AI
 * models." leaves nothing to fix. An explicit AI grant, a transfer of ownership, a sub-licence (the
 * prohibition may not bind the recipients) and rights over data made from the work (aggregated or
 * anonymized data, the usual way round a prohibition on the work itself) stay findings.
 */
const SETTLED_BY_PROHIBITION = new Set<string>(["ambiguous-purpose", "broad-license", "feedback"]);

const DERIVED_DATA = new Set<string>(["data-aggregation", "anonymization"]);

/** Paragraphs holding a full prohibition of AI training (not partial, not TermScore's addendum), with where each starts. */
function prohibitionsByParagraph(protections: readonly Protection[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const p of protections) {
    if (p.kind !== "no-ai-training" || p.partial || p.fromAddendum) continue;
    const list = out.get(p.paragraph) ?? [];
    list.push(p.start);
    out.set(p.paragraph, list);
  }
  return out;
}

/**
 * The findings a full prohibition of AI training in their paragraph settles, in its own sentence
 * or another ("We will not train AI on your Content, but may use it to improve the Services"). A
 * sentence that also opens data made from the work keeps its findings: "may not train on the Work,
 * except that it may use anonymized data for analytics" still grants the analytics.
 */
function settledFindings(prohibiting: ReadonlyMap<number, number[]>, findings: readonly Finding[], paragraphs: readonly Paragraph[]): Set<Finding> {
  const out = new Set<Finding>();
  if (prohibiting.size === 0) return out;
  const derived = new Set<string>();
  const candidates: Array<[Finding, string]> = [];
  for (const f of findings) {
    if (!prohibiting.has(f.paragraph)) continue;
    const spans = splitSentences(paragraphs[f.paragraph].text);
    const S = spans[spanIndex(spans, f.start)];
    if (!S) continue;
    const key = `${f.paragraph}:${S.start}`;
    if (DERIVED_DATA.has(f.category)) derived.add(key);
    else if (SETTLED_BY_PROHIBITION.has(f.category)) candidates.push([f, key]);
  }
  for (const [f, key] of candidates) if (!derived.has(key)) out.add(f);
  return out;
}

/** Playbook hook: re-checks a suggestion in the user's words by scanning its sentence before and after the edit. */
function playbookCheck(docScan: DocScan, crs: readonly CompiledRule[]): (f: Finding, s: Suggestion) => string | null {
  const sentenceOf = (i: number, pos: number): Span | null => {
    const spans = sentenceWindows(docScan.paragraphs[i].text);
    return spans[spanIndex(spans, pos)] ?? spans.find((S) => S.end === pos) ?? null;
  };
  const scan = (i: number, _start: number, text: string): Finding[] | null => {
    const state = docScan.states[i];
    return state ? scanOne(text, i, state, crs, docScan.names, "").findings : null;
  };
  return (f, s) => openRisk(f, s, docScan.paragraphs, sentenceOf, scan);
}

export { ADDENDUM_TITLE };
