/**
 * Scanning one paragraph: each rule's pattern runs over the sentences that hold its anchors, and
 * each match is judged in its sentence (conditions, negation, definitions, frames, the user's own
 * duty, AI exclusions). A negated AI-training phrase is credited as a "no AI training" protection.
 */
import { hasPermittingNegation, isRemovalCue, negationCue } from "../detect/negation";
import { CONTRACTOR_SIDE } from "../detect/negationCues";
import { asksConsentFirst, inCondition, inRequirement, mainClauseTakes, wishGranted } from "../detect/conditions";
import { findProtections } from "../detect/protections";
import { NOT_THE_WORK, aiRestriction, makersOwnAi } from "../detect/aiRestriction";
import { isUsersOwnDuty } from "../detect/duty";
import { inProtectiveFrame } from "../detect/frame";
import { OWN_FALLBACK } from "../fix/suggest";
import { severityRank } from "../fix/order";
import { crossReferenceTitles } from "../read/structure";
import type { Protection } from "../types";
import { PROTECTION_BIT, anchorIndex, ruleBit, type CompiledRule } from "./compile";
import { primed } from "../text/primed";
import { DEFINES_A_WORD, NOT_A_PROHIBITION, definesNonGrant } from "./definitions";
import { ParagraphView, spanIndex } from "./sentences";
import { EXCEPTION_BREAK, excludedByAi } from "./settle";
import type { ParagraphResult, ParagraphScan, ParagraphState, RawFinding } from "./types";

/** Categories whose phrases, as the freelancer's own duty, describe the service rather than grant a right. */
const DUTY_CATEGORIES = new Set<string>(["ai-training-grant", "data-aggregation"]);

/** Categories whose phrases can be the subject of a restriction, remedy, audit or removal (detect/frame.ts). */
const FRAMED_CATEGORIES = new Set<string>(["ai-training-grant", "data-aggregation"]);

/** At most this many matches of one rule per paragraph are considered (bounds pathological input). */
const MAX_MATCHES_PER_RULE = 25;

const STRONG_WORK = /\b(?:deliverables?|work\s+product|content|materials|data|feedback|inventions?|submissions?|photographs?|designs?|artwork)\b/i;
const VENDOR_OWN = /\b(?:software|documentation|platform|application|app|program|firmware|source\s+code|object\s+code|api|sdk)\b/i;

/** At most this many raw matches of one rule per paragraph are looked at (bounds pathological input). */
const MAX_RAW_MATCHES = 400;

const SPACE = /\s/;

/** A cue that restricts the other side (not none, and not the maker's own duty). */
const restrictsOtherSide = (cue: string | null): boolean => cue !== null && !cue.startsWith(CONTRACTOR_SIDE);

/** A restriction said to reach what follows: "this restriction extends to", "applies equally to". */
const EXTENDS_TO = /\b(?:extends?|extending|appl(?:y|ies|ying)(?:\s+equally)?)\s+(?:also\s+)?to\b[^.;]{0,80}$/i;

/** A sentence left open for the list items that complete it. */
const OPEN_END = /:\s*$/;

/** A purpose phrase's lead-in right before a trigger: "to ", "for the purposes of ", "in ", "to help ". */
const PURPOSE_LEAD_BEFORE = /\b(?:to|for|in)\s+(?:(?:the|any)\s+)?(?:purposes?\s+of\s+)?(?:(?:further|help|helping)\s+)?$/i;

/** A word written in title case ("Assigns", "Property"), not in capitals or lower case. */
const TITLE_WORD = /^[A-Z][a-z][\w'\u2019-]*$/;

/**
 * The trigger at `ts`–`te` begins with a verb or noun written in title case inside a run of
 * title-case words that a preposition introduces ("to paper assignments in Developer Assigns
 * Intellectual Property", "as set out under Client Owns All Work"): the words name a section, they
 * do not grant anything.
 */
function inTitleCaseRun(text: string, ts: number, te: number, sentenceStart: number): boolean {
  const first = /^[\w'\u2019-]+/.exec(text.slice(ts, te));
  if (!first || !TITLE_WORD.test(first[0]) || ts <= sentenceStart) return false;
  // the title-case words from the trigger on, which must end the clause ("…, make them effective", "… Property.")
  const rest = /^(?:[ \t]+[A-Z][a-z][\w'\u2019-]*)+/.exec(text.slice(ts + first[0].length, Math.min(text.length, ts + 160)));
  if (!rest) return false;
  const end = ts + first[0].length + rest[0].length;
  if (!/^\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 2))) return false;
  // the title-case words before the trigger, then the preposition that introduces them
  const words = text.slice(Math.max(sentenceStart, ts - 80), ts).split(/[ \t]+/).filter(Boolean);
  let k = words.length - 1;
  while (k >= 0 && TITLE_WORD.test(words[k])) k--;
  return k >= 0 && k < words.length - 1 && TITLE_PREPOSITION.test(words[k]);
}

/** Words that introduce a section's title: "in", "under", "see", "of", "per". */
const TITLE_PREPOSITION = /^(?:in|under|see|of|per)$/;

/**
 * Words that every restriction TermScore writes contains one of (the AI-training phrase, an opt-out
 * of "that use", the project's scope): a cheap test before OWN_FALLBACK. Without one, every sentence
 * is read in full, as before.
 */
const FIXED_HINT = /that use|no model so trained|AI training below|project described in this|test or improve any artificial intelligence/i;

const aiMasks = new WeakMap<readonly CompiledRule[], number>();

/** The anchor bits of the AI-training rules (a shared bit when any rule sharing it is one) and of the protection patterns. */
function aiOnlyMask(crs: readonly CompiledRule[]): number {
  let m = aiMasks.get(crs);
  if (m === undefined) {
    m = 1 << PROTECTION_BIT;
    crs.forEach((cr, i) => {
      if (cr.rule.category === "ai-training-grant") m! |= ruleBit(i);
    });
    aiMasks.set(crs, m);
  }
  return m;
}

/** The result for a paragraph with nothing in it (shared, never mutated). */
export const EMPTY_SCAN: ParagraphScan = Object.freeze({ findings: [], protections: [] }) as unknown as ParagraphScan;
export const EMPTY_RESULT = EMPTY_SCAN as unknown as ParagraphResult;

/**
 * Scans one paragraph with the state left by the paragraphs before it. Each rule's pattern runs
 * once over the whole paragraph (after a cheap anchor test); matches are then judged in their
 * sentence (conditions, negation, exclusions).
 */
export function scanParagraph(text: string, index: number, state: ParagraphState, crs: readonly CompiledRule[]): ParagraphScan {
  const anchors = anchorIndex(crs);
  const view = new ParagraphView(text);
  // A match never crosses a sentence, so a rule's pattern only runs over the runs of sentences that
  // hold one of its anchors (each run searched as a prefix of the paragraph, so look-behinds still
  // see what precedes it). The paragraph's mask is the union of its sentences' masks: one pass.
  const spans = view.sentences();
  const sentenceMasks = spans.length > 1 ? spans.map((S) => anchors.scanRange(text, S.start, S.end)) : null;
  // A sentence that already holds TermScore's own restriction keeps none of its findings (see the
  // end of this function): there only the AI rules, whose negated matches are credited as
  // protections, and the protection patterns need to run. A re-scan of accepted edits reads little else.
  const fixed = FIXED_HINT.test(text) ? spans.map((_, si) => OWN_FALLBACK.test(view.sentence(si))) : null;
  if (fixed && sentenceMasks) fixed.forEach((f, si) => f && (sentenceMasks[si] &= aiOnlyMask(crs)));
  let mask = 0;
  if (sentenceMasks) for (const m of sentenceMasks) mask |= m;
  else mask = anchors.scan(text) & (fixed?.[0] ? aiOnlyMask(crs) : -1);
  if (mask === 0) return EMPTY_SCAN;
  const findings: RawFinding[] = [];
  const protections: Protection[] = [];
  let perSentence: Map<number, RawFinding[]> | null = null;
  let aiExclusions: Map<number, number[]> | null = null;
  let titles: ReturnType<typeof crossReferenceTitles> | null = null;
  for (let ri = 0; ri < crs.length; ri++) {
    const bit = ruleBit(ri);
    if ((mask & bit) === 0) continue;
    const cr = crs[ri];
    const rule = cr.rule;
    // compiled the fast way at its first run (text/primed.ts)
    if (!cr.primed) {
      primed(cr.re);
      cr.primed = true;
    }
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
        // a lead-in's last sentence, left open for its items, is read with them ("may use, for any purpose:" + "(a) the Deliverables;")
        const whole = state.items && si === sentences.length - 1 && OPEN_END.test(sentence) ? `${sentence} ${state.items}` : sentence;
        ok =
          cr.requires.every((r) => r.test(whole)) &&
          !(cr.unless && cr.unless.test(whole)) &&
          !(rule.notVendorSoftware && VENDOR_OWN.test(whole) && !STRONG_WORK.test(whole)) &&
          !(rule.notInDefinition && DEFINES_A_WORD.test(sentence));
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
          if (cue && !isRemovalCue(cue) && !makersOwnAi(sentence, ts - S.start, trig)) protections.push({ kind: "no-ai-training", paragraph: index, start: ts, end: te, trigger: trig, partial: NOT_THE_WORK });
        }
        continue;
      }
      if (++kept > MAX_MATCHES_PER_RULE) break runs;
      // the definition of an AI word ("\"AI Training\" means any use … to train a model") grants nothing
      // (read from the clause that holds it: "\"AI Training\" means …; Customer shall not engage in AI Training" prohibits after the ";")
      if (rule.category === "ai-training-grant" && definesNonGrant(sentence.slice(sentence.lastIndexOf(";", ts - S.start) + 1, Math.min(sentence.length, te - S.start + 60)))) continue;
      const cue = negationCue(sentence, ts - S.start, te - S.start, state.leadIn);
      if (cue) {
        // (inside "only where …" it is a term of the permission, a restriction all the same)
        // (not the maker's own AI tools: "has not consented to the Contractor using AI tools")
        if (rule.category === "ai-training-grant" && !isRemovalCue(cue) && (!inCondition(sentence, ts - S.start) || inRequirement(sentence, ts - S.start)) && !makersOwnAi(sentence, ts - S.start, trig)) {
          aiExclusions ??= new Map();
          const list = aiExclusions.get(si) ?? [];
          list.push(ts);
          aiExclusions.set(si, list);
          protections.push({ kind: "no-ai-training", paragraph: index, start: ts, end: te, trigger: trig });
        }
        continue;
      }
      // "as set out in Section 5 (Use for Any Purpose)": a section's title, not a grant (a
      // prohibition named there, "subject to Section 9 (No AI Training)", still counts above)
      if (/\(/.test(text)) {
        titles ??= crossReferenceTitles(text);
        if (titles.some((t) => ts >= t.start && te <= t.end)) continue;
      }
      // "… to paper assignments in Developer Assigns Intellectual Property": a section named by its title, not a grant
      if (inTitleCaseRun(text, ts, te, S.start)) continue;
      // "if the Client uses the Work to train AI, …" describes a breach; it grants nothing
      // — but "If you send us feedback, we may use it": the condition names the feedback the main clause takes
      // (so does "Where the Images are rendered anonymous …, the Licensee may use them": the condition names what it takes)
      if (inCondition(sentence, ts - S.start) && !((rule.category === "feedback" || rule.category === "anonymization") && mainClauseTakes(sentence, te - S.start)) && !wishGranted(sentence, ts - S.start, te - S.start)) {
        // "If the Client wishes to use the Work to train AI, it must first obtain the Contractor's consent": gated by consent
        if (rule.category === "ai-training-grant" && asksConsentFirst(sentence, te - S.start)) protections.push({ kind: "no-ai-training", paragraph: index, start: ts, end: te, trigger: trig });
        continue;
      }
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
        // the derived data must itself be what is restricted ("this restriction extends to derived data",
        // "metadata shall not be retained", "delete all embeddings"), not merely named beside some other
        // negation ("… shall not constitute Licensed Data", "notwithstanding any duty to destroy, it may keep derived data")
        // (nor the maker binding itself: "the Contractor shall not keep derived data" protects nothing of the maker's)
        if (p.kind === "derivative-data" && !EXTENDS_TO.test(sentence.slice(0, p.start)) && !restrictsOtherSide(negationCue(sentence, p.start, p.end))) continue;
        protections.push({ kind: p.kind, paragraph: index, start: S.start + p.start, end: S.start + p.end, trigger: sentence.slice(p.start, p.end) });
        if (p.kind === "derivative-data") restrictsDerived.add(si);
      }
      // a prohibition that reaches AI use in words no rule lists ("run the manuscript through any
      // AI-powered editing service"): credited unless the sentence already holds an AI grant or credit
      if (!perSentence?.get(si)?.some((f) => f.rule.category === "ai-training-grant") && !protections.some((p) => p.kind === "no-ai-training" && p.start >= S.start && p.start < S.end)) {
        const r = aiRestriction(sentence, state.leadIn);
        if (r) protections.push({ kind: "no-ai-training", paragraph: index, start: S.start + r.start, end: S.start + r.end, trigger: sentence.slice(r.start, r.end), ...(r.partial ? { partial: r.partial } : {}) });
      }
    }
  }
  const order = perSentence ? [...perSentence.keys()].sort((a, b) => a - b) : [];
  for (const si of order) {
    if (fixed ? fixed[si] : OWN_FALLBACK.test(view.sentence(si))) continue;
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
