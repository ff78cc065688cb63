/**
 * The document pass: paragraphs in reading order, with the state carried between them (the
 * section a finding sits in, a negated list lead-in, a TermScore addendum), recitals and rights
 * flowing to the user dropped, stable finding ids; then the findings and protections collected.
 */
import { directionReader } from "../detect/direction";
import { isNegatedLeadIn, looksLikeListItem } from "../detect/negation";
import { isAddendumSectionHeading } from "../fix/addendum";
import { findAddendumStart } from "../fix/placement";
import { playbookRoles } from "../playbook/apply";
import type { ResolvedPlaybook } from "../playbook/resolve";
import { readDocument } from "../read";
import { contextKindOf, headingOf, isAddendumTitle } from "../read/sections";
import { listClauses } from "../read/lists";
import { hashText } from "../text";
import type { AnalyzeOptions, Finding, Paragraph, Protection } from "../types";
import type { CompiledRule } from "./compile";
import { scanOne } from "./findings";
import { rulesForWork } from "./workTerm";
import { docNames, partiesOf, roleOverride } from "./names";
import { sentenceWindows, spanIndex } from "./sentences";
import type { DocScan, ParagraphResult, ParagraphState } from "./types";

/** A recital: "WHEREAS, …", "Whereas …" (a statement of background, not an operative term). */
const RECITAL = /^\s*(?:\(?[A-Z0-9]{1,3}[.)]\s+)?(?:WHEREAS|Whereas)\b/;

const MENTIONS_AI_CS = /\b(?:AI|A\.I\.|ML|LLMs?|GPT)\b/;
const MENTIONS_AI_CI = /\b(?:artificial[- ]intelligence|machine[- ]learning|deep[- ]learning|data\s+ingestion|ingest\w*|neural[- ]networks?|large[- ]language[- ]models?|generative|training\s+data)\b/i;

const NON_SPACE = /\S/;

/** Paragraphs between two calls of `onProgress` (a few dozen calls for a 1,000-page contract). */
const PROGRESS_EVERY = 256;

export function sanitise(paragraphs: unknown): Paragraph[] {
  if (!Array.isArray(paragraphs)) throw new TypeError("analyze() expects an array of paragraphs ({ text: string }).");
  return paragraphs.map((p, i) => {
    if (typeof p === "string") return { text: p };
    if (!p || typeof p !== "object" || typeof (p as Paragraph).text !== "string") throw new TypeError(`Paragraph ${i} has no text: expected { text: string }.`);
    return p as Paragraph;
  });
}

export function scanAll(paragraphs: Paragraph[], crs: readonly CompiledRule[], options: AnalyzeOptions | null, playbook: ResolvedPlaybook | null = null): DocScan {
  const given = roleOverride(options);
  const model = readDocument(paragraphs, playbook ? playbookRoles(playbook, paragraphs, given) : given);
  const parties = partiesOf(model);
  const names = docNames(paragraphs, parties, model.sections, playbook?.spelling);
  const direction = directionReader(model.roles);
  // the rules read the document's own name for the work as a work noun ("the Program", "the Mixes")
  const rules = rulesForWork(crs, model.roles);
  const state: ParagraphState = { context: null, leadIn: false, inAddendum: false };
  let contextLevel = 0;
  let addendumIndex = -1;
  const states: Array<ParagraphState | null> = new Array(paragraphs.length).fill(null);
  const perParagraph: Array<ParagraphResult | null> = new Array(paragraphs.length).fill(null);
  const seenText = new Map<string, number>();
  let mentionsAi = false;
  let lastState: ParagraphState | null = null;
  let addendumBodies = 0;
  const start = findAddendumStart(paragraphs);
  const untitledStart = start >= 0 && !isAddendumTitle(paragraphs[start].text) ? start : -1;
  // a lead-in left open for its items (a colon) is read with them: its sentence goes on in them
  const openLeads = new Map<number, string>();
  for (const c of listClauses(paragraphs)) if (/:\s*$/.test(paragraphs[c.lead].text)) openLeads.set(c.lead, c.items.map((j) => paragraphs[j].text).join(" "));
  const onProgress = options?.onProgress;
  let nextProgress = onProgress ? 0 : -1;
  for (let i = 0; i < paragraphs.length; i++) {
    if (i === nextProgress) {
      onProgress!(i, paragraphs.length);
      nextProgress += PROGRESS_EVERY;
    }
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
    // its title deleted (the other side's redline): the addendum starts at its introduction or first section
    if (i === untitledStart) {
      addendumIndex = i;
      state.inAddendum = true;
      addendumBodies = isAddendumSectionHeading(text) ? 0 : 1;
      mentionsAi = true;
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
    if (state.leadIn && !looksLikeListItem(text, p.style) && p.listLevel === undefined) state.leadIn = false;
    if (!mentionsAi && (MENTIONS_AI_CS.test(text) || MENTIONS_AI_CI.test(text))) mentionsAi = true;
    // paragraphs read in the same state share one snapshot
    if (!lastState || lastState.context !== state.context || lastState.leadIn !== state.leadIn || lastState.inAddendum !== state.inAddendum) lastState = { ...state };
    const items = openLeads.get(i);
    states[i] = items ? { ...lastState, items } : lastState;
    let idBase = "";
    const result = scanOne(text, i, states[i]!, rules, names, "", playbook);
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
  return { paragraphs, model, parties, names, states, perParagraph, mentionsAi, addendumIndex, playbook, rules };
}

export function collect(scan: DocScan): { findings: Finding[]; protections: Protection[] } {
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
