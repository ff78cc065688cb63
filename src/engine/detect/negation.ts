/**
 * Protective language: is a risky phrase negated, excluded or prohibited by its sentence?
 *
 * Works on one sentence and the offset of a match inside it. Scope rules:
 * - a negation cue ("not", "never", "no", "prohibited", "excluding", "except", "other than", …)
 *   before the match in the same clause governs it; clauses are cut at ";" and at contrast words
 *   ("but", "however", "provided that", …), so "will not sell it, but may train on it" stays risky;
 * - a negated lead-in before a colon governs the whole list after the colon, across ";";
 * - a prohibition after the match ("… to train AI models is prohibited") governs it too.
 * Common phrases that contain a cue word without negating anything ("including but not limited
 * to", "without limitation", "no later than", "no longer identifies") are ignored.
 */

import { actorBefore } from "./protections";

const CUE =
  /\b(?:(?:not\s+be\s+|no\s+)(?:liab\w*|responsib\w*)|not|never|no|nor|neither|none|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|shan't|mustn't|prohibit\w*|forbid\w*|forbade|refrain\w*|restricted\s+from|restricts?\s+(?:\w+\s+){0,5}?from|prevent(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,5}?from|exclud(?:e|es|ed|ing)|except|excepting|other\s+than|disclaim\w*|barred|delet(?:e|es|ed|ing)|destroy\w*|eras(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|expung\w*|preclud\w*|in\s+no\s+event|nothing\s+(?:in|herein|hereunder|contained)\b|(?:material|serious|fundamental)\s+breach\s+(?:of\s+this\s+\w+\s+)?(?:for|if|where|when)\b|reserv(?:e|es|ed|ing)\s+(?:all\s+(?:[\w-]+\s+){0,4}?|(?:all\s+)?(?:its|their|his|her|our|my)\s+(?:[\w-]+\s+){0,2}?)rights|all\s+rights\s+(?:are\s+)?reserved|reserv(?:e|es|ed|ing)\s+(?!(?:the\s+|its\s+|all\s+|any\s+)?rights?\b)(?:[\w'\u2019-]+\s+){0,4}?(?:from|against)\b(?!\s+time\b)|(?:hereby|expressly)\s+opts?[- ]out\s+(?:of|from)\b|unless\b(?=[^.;]{0,50}\b(?:consent\w*|opts?[- ]in|opted[- ]in|authori[sz]\w*|written\s+permission|(?:expressly\s+|explicitly\s+)?agreed|instructed|(?:have|has)\s+(?:chosen|elected|enabled))\b)|only\s+(?:if|when|where|once|after|with)\b(?=[^.;]{0,60}\b(?:consent\w*|opts?[- ]in|opted[- ]in|agree\w*|cho(?:o)?se\w*|chosen|enable\w*|elect\w*|instruct\w*|authori[sz]\w*|permi(?:t|ssion)\w*|turn(?:s|ed)?\s+on|switch(?:es|ed)?\s+on))|(?:need|needs|must\s+(?:get|obtain|seek|have))\s+(?:to\s+(?:get|obtain|seek|ask\s+for|have)\s+)?(?:(?:a|our|the|prior|express|explicit|separate|written|specific)\s+){0,3}(?:permission|consent|authori[sz]ation|licen[cs]e))\b/gi;

/** Cues that carve a noun phrase out ("excluding the Pre-existing Materials") rather than negate a verb. */
const EXCLUSION = /^(?:exclud|except|other\s+than)/i;
/** A main-clause verb (not one inside a "that …" / "which …" relative clause). */
const MAIN_VERB = /(?<!\b(?:that|which|who|whom)\s+(?:[\w-]+\s+)?)\b(?:shall|will|may|must|can|could|would|should|is|are|was|were|hereby|agrees?|grants?|assigns?|acknowledges?|has|have|does|do)\b/i;

/** Phrases with a cue word that do not negate what follows. */
const FALSE_CUE =
  /\b(?:(?:including\s+)?(?:but\s+)?not\s+limited(?:\s+to)?|without\s+limit\w*|without\s+restriction|without\s+(?:any\s+)?(?:further\s+)?(?:duty|obligation|notice|payment|compensation|charge|fee|accounting|attribution|obligation|consideration)\w*|no\s+later\s+than|no\s+longer|no\s+less\s+than|no\s+more\s+than|not\s+less\s+than|not\s+more\s+than|whether\s+or\s+not|if\s+not|not\s+only|except\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:provided|set\s+(?:forth|out)|stated|permitted|required|agreed)|except\s+(?:where|to\s+the\s+extent)\s+(?:prohibited|required)|non-\w+|no\s+(?:additional\s+)?(?:charge|cost|fee)|nothing\s+(?:in|herein|contained)\b[^.;]{0,60}?\b(?:limit|restrict|prevent|prohibit|preclud|bar)\w*|except\s+that|not\s+(?:previously|already|otherwise)|(?:does|do|did|shall|will|need)\s+not\s+(?:need|require)\b|no\s+(?:further\s+|prior\s+|separate\s+)?(?:consent|approval|permission|notice|licen[cs]e)\s+(?:\w+\s+){0,2}(?:is|shall\s+be|will\s+be)\s+(?:required|needed|necessary)|(?:not|never|no\s+longer)\s+(?:be\s+)?(?:restricted|prevented|prohibited|precluded|barred|forbidden|limited)\s+(?:from|in)|(?:under\s+)?no\s+obligation\s+to\s+refrain\s+from|not\s+be\s+(?:revoked|rescinded|withdrawn)|not\s+(?:be\s+)?revocable|opt(?:s|ed)?[- ]?out\s+(?:[\w'\u2019-]+\s+){0,3}?prevent(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,5}?from)\b/gi;

/** Where a new clause starts and an earlier negation stops applying. */
const BREAK =
  /;|\s(?=hereby\b)|\b(?:but(?!\s+not\s+limited)|(?<!,\s{0,2})however|although|though|whereas|provided(?:,)?\s+(?:that|however)|except\s+that|notwithstanding|nevertheless|instead|rather|unless(?![^.;]{0,50}\b(?:consent\w*|opts?[- ]in|opted[- ]in|authori[sz]\w*|written\s+permission|(?:expressly\s+|explicitly\s+)?agreed|instructed|(?:have|has)\s+(?:chosen|elected|enabled))\b))\b|,?\s+and\s+(?:we|it|they|you|the\s+company|may|will|shall|can|might|could|also)\b|,\s+(?:\w+\s+){1,3}?(?:hereby|shall|will|may|must|agrees?)\b/gi;

/** Conditions that describe an act rather than permit it ("whether" is left out: "you decide whether X is used to train" is an opt-out). */
const GRANT_CONDITION = /\b(?:if|to\s+the\s+extent(?!\s+(?:reasonably\s+|strictly\s+|technically\s+)?(?:necessary|required|needed)\b)|in\s+the\s+event|where|when|insofar\s+as|in\s+case)\b/gi;

/** Subordinate conditions: a negation inside "if …, " does not govern the main clause. */
const CONDITION = /\b(?:if|to\s+the\s+extent(?!\s+(?:reasonably\s+|strictly\s+|technically\s+)?(?:necessary|required|needed)\b)|in\s+the\s+event|where|when|whether|insofar\s+as|in\s+case)\b/gi;

/** A prohibition placed after the phrase it governs. */
const AFTER_CUE =
  /^[^.;]{0,160}?\b(?:(?:is|are|shall\s+be|will\s+be|be)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed|authori[sz]ed)|barred|excluded)|(?:is|are|constitutes?|shall\s+(?:be|constitute)|will\s+(?:be|constitute))\s+(?:(?:deemed|considered|treated\s+as)\s+)?(?:a\s+|an\s+)?(?:material\s+|serious\s+|fundamental\s+)?(?:breach|violation|infringement)\b|(?:is|are|shall\s+be|will\s+be|remain|remains)\s+(?:expressly\s+|hereby\s+|strictly\s+)?reserved\b|(?:is|are|falls?|shall\s+(?:be|fall)|will\s+(?:be|fall)|remains?)\s+(?:entirely\s+|wholly\s+)?outside\s+(?:of\s+)?the\s+scope\b|(?:is|are|shall\s+be|will\s+be)\s+not\s+(?:an?\s+)?(?:permitted|licensed|authori[sz]ed|allowed)\b|(?:is|are|shall\s+be|will\s+be)\s+(?:expressly\s+)?(?:withheld|not\s+licensed|unlicensed)\b|(?:is|are)\s+(?:an?\s+)?(?:use|purpose)\s+outside\s+(?:the|this|its|any)\b|(?:treated\s+as|constitutes?|is|are)\s+(?:an?\s+)?(?:express\s+)?reservation\s+of\s+(?:all\s+|our\s+|its\s+|their\s+)?rights|except\s+(?:as\s+(?:expressly\s+|specifically\s+|separately\s+)?(?:approved|authori[sz]ed)\s+(?:in\s+writing\s+)?by|with\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+){0,2}(?:written\s+)?(?:consent|approval|permission))|(?:only|solely)\s+(?:if|when|where|once|after)\s+(?:you|we|the\s+\w+|customers?|users?|an?\s+\w+)\s+(?:have\s+|has\s+|had\s+|expressly\s+|explicitly\s+|actively\s+|specifically\s+){0,2}(?:consent\w*|opts?[- ]in|opted[- ]in|agree\w*|cho(?:o)?se\w*|chosen|enable\w*|elect\w*|instruct\w*|authori[sz]\w*|permi(?:t|ssion)\w*|turn(?:s|ed)?\s+on|switch(?:es|ed)?\s+on)|(?<!\bnot\s)\b(?:if|when|once|after)\s+(?:and\s+only\s+(?:if|when)\s+)?(?:you|we|the\s+\w+|customers?|users?|an?\s+\w+)\s+(?:(?:have|has|had|first|expressly|explicitly|actively|specifically|affirmatively)\s+|(?:choose|chooses|chose|elect|elects|decide|decides)\s+to\s+){0,2}(?:opt(?:s|ed)?[- ]in|turn(?:s|ed)?\s+on|switch(?:es|ed)?\s+on)\b|(?:only|solely)\s+(?:with|upon|after|following)\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+|separate\s+){0,3}(?:written\s+)?(?:consent|approval|permission|opt-?in)|(?<!\b(?:not|never|n't)\s)(?:requires?|is\s+subject\s+to|shall\s+require)\s+(?!no\b|neither\b)(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+|separate\s+){0,3}(?:written\s+)?(?:consent|approval|permission|agreement|licen[cs]e))/i;

const WINDOW = 180;

/** A noun naming a prohibition right after the phrase, as in a run-in heading: "AI Training Restriction:". */
const RESTRICTION_NOUN = /^\s+(?:restrictions?|prohibitions?|bans?|exclusions?|limitations?)\s*(?:[:.\u2013\u2014-]|$)/i;

/** Prefix of a cue whose negation binds the freelancer's own side (see isRemovalCue). */
const CONTRACTOR_SIDE = "contractor-side: ";

/**
 * "Without consent" wordings: a use made without asking is permitted, so this "without" negates
 * nothing. It is ignored (not a reset): in "shall not, without consent, use …" the "not" still governs.
 */
const WITHOUT_CONSENT =
  /\bwithout\s+(?:(?:first\s+)?(?:obtaining|seeking|requiring|requesting|securing|needing|asking\s+for|the\s+need\s+(?:for|to\s+obtain))\s+)?(?:(?:any|further|prior|additional|separate|express|explicit|written|the|its|their|his|her)\s+|[a-z]+(?:'s|\u2019s)\s+){0,4}(?:consent|permission|approval|notice|notification|compensation|payment|remuneration|authori[sz]ation)\b/gi;

/**
 * Negations that waive the freelancer's say rather than forbid a use: "is not required to obtain
 * consent", "need not", "no consent … is required", "shall not object to", "shall not assert any
 * claim", "nothing restricts … from", "shall not be required to pay any fee". A negation followed
 * within a few words by one of these reads as PERMITTING what follows: it cancels every cue before it.
 */
const PERMIT = new RegExp(
  [
    // "need not", "not need", "no need", "not required", "not be necessary"
    String.raw`\bneed\s+not\b`,
    String.raw`\b(?:not|never|no)\s+(?:(?:be|been|being|have|has|any|further|the|an?|also|otherwise|ever)\s+){0,2}(?:needs?|needed|requir(?:e|es|ed|ing)|necessary|obliged|obligated)\b`,
    // "no consent (of the Freelancer) is required", "no fee shall be payable"
    String.raw`\bno\s+(?:(?:further|prior|separate|additional|express|explicit|written|other)\s+){0,3}(?:consent|permission|approval|authori[sz]ation|notice|notification|licen[cs]e|payment|compensation|fees?|royalt(?:y|ies)|remuneration)\b[^.;:]{0,60}?\b(?:is|are|shall\s+be|will\s+be|be)\s+(?:required|needed|necessary|payable|due|owed|owing)\b`,
    // "no obligation to obtain consent / to pay"
    String.raw`\bno\s+(?:obligation|duty|requirement)\s+(?:whatsoever\s+)?to\s+(?:obtain|seek|request|ask|notify|inform|pay|compensate|account|consult)\b`,
    // "the restrictions do not apply to anonymized data": a carve-out, which permits
    String.raw`\b(?:restrictions?|obligations?|limitations?|prohibitions?|duties|confidentiality)\b[^.;:]{0,80}?\b(?:not|never)\s+(?:\w+\s+){0,2}?appl(?:y|ies)\s+to\b`,
    // "shall not object to", "will not assert any claim", "shall not challenge", "no claim against"
    String.raw`\b(?:not|never)\s+(?:(?:to|be\s+entitled\s+to|be\s+permitted\s+to|have\s+(?:the\s+|any\s+)?right\s+to)\s+)?(?:object|assert|claim|challenge|contest|dispute|oppose|sue|(?:make|bring|file|raise|pursue)\s+(?:any\s+)?(?:claims?|actions?|suits?|objections?|demands?))\b`,
    String.raw`\bno\s+(?:claims?|objections?|actions?|suits?)\b[^.;:]{0,30}?\b(?:against|in\s+respect\s+of|for|regarding|concerning|arising)\b`,
    // "shall not restrict / prevent / limit", "nothing (in this Agreement) restricts … from"
    String.raw`\b(?:not|never)\s+(?:be\s+(?:deemed|construed|interpreted)\s+(?:to|as)\s+|in\s+any\s+way\s+)?(?:restrict|prevent|limit|hinder|impede|preclude|bar|prohibit)s?\b`,
    String.raw`\b(?:nothing|no\s+(?:term|provision|clause|section))\s+(?:in\s+[^.;:]{0,60}?\s+)?(?:(?:shall|will|may|is\s+intended\s+to|shall\s+be\s+(?:deemed|construed)\s+to)\s+)?(?:restrict|prevent|limit|prohibit|preclude|bar|impair|hinder)(?:s|ed)?\b`,
    // "shall not pay any fee", "owes no royalty", "not ... obtain (the Freelancer's) consent"
    String.raw`\b(?:not|never)\s+(?:pay|owe)\s+(?:(?:any|additional|further|a|separate)\s+){0,2}(?:fees?|royalt(?:y|ies)|compensation|remuneration|consideration|amounts?|sums?)\b`,
    String.raw`\b(?:not|never)\s+(?:(?:need|have)\s+to\s+)?(?:obtain|seek|request|secure|ask\s+for)\s+(?:[\w'\u2019]+\s+){0,3}?(?:consent|permission|approval|authori[sz]ation)\b`,
  ].join("|"),
  "gi",
);

/** Ranges of every match of `re` in `text`. */
function ranges(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function within(rs: ReadonlyArray<[number, number]>, at: number): boolean {
  return rs.some(([a, b]) => a <= at && at < b);
}

/**
 * The last negation cue in `text` that is not part of a false cue or an "if …," condition; null
 * when none, or when a permitting negation ("need not obtain consent") comes after it.
 */
function lastCue(text: string): string | null {
  return lastCueAt(text)?.cue ?? null;
}

/** lastCue with the cue's offset in `text`. */
function lastCueAt(text: string, phrase = ""): { cue: string; at: number } | null {
  // no cue word at all: nothing to weigh (the common case for a grant)
  CUE.lastIndex = 0;
  if (!CUE.test(text)) return null;
  // Positions covered by false cues are ignored.
  const falseRanges = ranges(FALSE_CUE, text);
  const withoutConsent = ranges(WITHOUT_CONSENT, text);
  const permits = ranges(PERMIT, text);
  let found: string | null = null;
  let foundAt = -1;
  let fi = 0;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    while (fi < falseRanges.length && falseRanges[fi][1] <= m.index) fi++;
    const inFalse = fi < falseRanges.length && falseRanges[fi][0] <= m.index && m.index < falseRanges[fi][1];
    if (inFalse || within(withoutConsent, m.index) || within(permits, m.index) || insideCondition(text, m.index)) continue;
    // "excluding X", "other than X", "except X" exclude a noun phrase: a main verb after it starts what they do not reach
    if (EXCLUSION.test(m[0]) && MAIN_VERB.test(text.slice(m.index + m[0].length) + phrase)) continue;
    found = m[0];
    foundAt = m.index;
  }
  // a permitting negation after the last cue (or containing it) waives rather than forbids
  const lastPermit = permits.length ? permits[permits.length - 1] : null;
  if (lastPermit && lastPermit[0] > foundAt && !insideCondition(text, lastPermit[0])) return null;
  return found === null ? null : { cue: found, at: foundAt };
}

/** True when `text` (the words before a phrase) contains a negation that permits rather than forbids. */
export function hasPermittingNegation(text: string): boolean {
  return ranges(PERMIT, text).length > 0;
}

/**
 * True when the cue at `at` sits in an "if …," condition: a condition word before it in the same
 * clause (a main clause after the condition would have started a new clause) and a comma after it.
 */
function insideCondition(text: string, at: number): boolean {
  if (text.indexOf(",", at) < 0) return false;
  CONDITION.lastIndex = 0;
  const m = CONDITION.exec(text);
  return !!m && m.index < at;
}

/** End of the last clause break that starts before `limit` (clipped to `limit`); 0 when none. */
function lastBreakEnd(text: string, limit = text.length): number {
  let end = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m && m.index < limit; m = BREAK.exec(text)) {
    end = Math.min(limit, m.index + m[0].length);
    if (m[0].length === 0) BREAK.lastIndex++;
  }
  return end;
}

/**
 * When the phrase at [start, end) of `sentence` is negated or prohibited by its own sentence,
 * returns the cue ("shall not" → "not", "prohibited", "delete", …); otherwise null.
 * `leadIn` is true when a negated lead-in of an earlier paragraph governs this one (a list item).
 */
export function negationCue(sentence: string, start: number, end: number, leadIn = false): string | null {
  const before = sentence.slice(Math.max(0, start - 400), start);
  // A negated lead-in before a colon governs the list after it.
  const colon = before.lastIndexOf(":");
  if (colon >= 0) {
    const lead = before.slice(Math.max(0, colon - WINDOW), colon);
    const cut = lastBreakEnd(lead.replace(/;/g, " "));
    const cue = lastCue(lead.slice(cut));
    if (cue) return cue;
  } else if (leadIn) {
    // the whole sentence is an item of a negated list, unless it restarts with its own contrast
    if (lastBreakEnd(before) === 0) return "lead-in";
  } else {
    // a run-in list: "shall not (a) copy the Work; (b) resell it; or (c) use it to train models" —
    // the negated words before the first item govern every item, across the ";" between items
    const first = lastFirstItem(before);
    if (first > 0 && before.indexOf(";", first) >= 0 && lastBreakEnd(before.slice(first).replace(/;/g, " ")) === 0) {
      const lead = before.slice(Math.max(0, first - WINDOW), first);
      const cut = lastBreakEnd(lead);
      const cue = lastCue(lead.slice(cut));
      if (cue) return cue;
    }
  }
  // breaks are looked for up to the end of the phrase ("…, Wildform hereby assigns" starts a clause)
  const from = colon >= 0 ? colon + 1 : 0;
  const clauseStart = lastBreakEnd(before.slice(from) + sentence.slice(start, end), before.length - from) + from;
  const windowStart = Math.max(clauseStart, before.length - WINDOW);
  const hit = lastCueAt(before.slice(windowStart), sentence.slice(start, end));
  if (hit) {
    // "Contractor shall not use Client data to train AI" binds the freelancer: no risk, no protection
    // (not "Contractor grants no licence …" nor "The Author reserves all rights …": those protect)
    const binding = /^(?:not|never|cannot|can't|won't|don't|doesn't|shan't|mustn't|prohibit|forbid|refrain|restrict|barred|preclud)/i.test(hit.cue);
    const grantVerb = /^\W*(?:\w+\s+){0,2}?(?:grant|licen[cs]|authori[sz]|permit|allow|consent|assign|transfer|give|convey|agree|sublicen[cs])/i;
    const after = before.slice(windowStart + hit.at + hit.cue.length);
    if (binding && !grantVerb.test(after) && actorBefore(before.slice(clauseStart), windowStart - clauseStart + hit.at) === "contractor") return `${CONTRACTOR_SIDE}${hit.cue}`;
    return hit.cue;
  }
  // "reserves all <text and data mining> rights": the reservation wraps the phrase
  if (/\breserv(?:e|es|ed|ing)\s+(?:all\s+)?(?:(?:its|their|his|her|our|my)\s+)?$/i.test(before) && /^\s+rights?\b/i.test(sentence.slice(end, end + 12))) return "reserves";
  // a run-in heading that names the prohibition ("AI Training Restriction: …", "Model Training Prohibition.")
  if (RESTRICTION_NOUN.test(sentence.slice(end, end + 40))) return "restriction";
  const after = AFTER_CUE.exec(sentence.slice(end, end + 240));
  return after ? after[0].trim() : null;
}

/** Where the first item of a run-in list starts ("(a) ", "(i) ", "(1) ", "a) "), or -1. */
const FIRST_ITEM = /(?:^|\s)\(?(?:a|i|1)\)\s/gi;
function lastFirstItem(text: string): number {
  let at = -1;
  FIRST_ITEM.lastIndex = 0;
  for (let m = FIRST_ITEM.exec(text); m; m = FIRST_ITEM.exec(text)) at = m.index + (m[0].startsWith("(") || /^[ai1]/i.test(m[0]) ? 0 : 1);
  return at;
}

/**
 * True when the phrase at `start` sits inside a condition ("if the Client uses the Work to train
 * models, …"): a condition word before it with no comma or semicolon in between. A condition
 * grants nothing; it describes what happens if something is done.
 */
export function inCondition(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 160), start);
  GRANT_CONDITION.lastIndex = 0;
  let last = -1;
  for (let m = GRANT_CONDITION.exec(before); m; m = GRANT_CONDITION.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !/[,;:]/.test(before.slice(last));
}

/**
 * True when the condition holding the phrase at `end` only names what the main clause then takes:
 * "If you send us feedback, we may use it" grants the feedback after the comma. A main clause that
 * denies or limits ("…, we will not use it") takes nothing.
 */
export function mainClauseTakes(sentence: string, end: number): boolean {
  const comma = sentence.indexOf(",", end);
  if (comma < 0) return false;
  const main = sentence.slice(comma + 1);
  const m = /^\s*(?:then\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:may|will|shall|can|(?:is|are)\s+(?:free|entitled)\s+to)\s+(?:freely\s+|fully\s+)?(?:use|exploit|incorporate|implement|publish|adopt|share|disclose|commerciali[sz]e|own)\b/i.exec(main);
  return m !== null && !/\b(?:not|never|no|only|solely)\b|n't\b/i.test(m[0]);
}

/**
 * A cue that removes the work ("delete it from training sets") or disclaims liability ("shall not
 * be liable for any use … to train AI") rather than forbidding a use, or a prohibition that binds
 * the freelancer's own side ("Contractor shall not use Client data to train AI"): not a risk, not a protection.
 */
export function isRemovalCue(cue: string): boolean {
  return cue.startsWith(CONTRACTOR_SIDE) || /^(?:delet|destroy|eras|purg|expung)|liab|responsib/i.test(cue);
}

/** A paragraph that is a negated lead-in to a list ("Client shall not:"). */
export function isNegatedLeadIn(text: string): boolean {
  const t = text.trimEnd();
  if (!/[:\u2014\u2013-]$/.test(t)) return false;
  const tail = t.slice(Math.max(0, t.length - WINDOW));
  const cut = lastBreakEnd(tail);
  return lastCue(tail.slice(cut)) !== null;
}

/** A paragraph that looks like an item of a list. */
export function looksLikeListItem(text: string, style?: string): boolean {
  if (style && /list/i.test(style)) return true;
  const t = text.trimStart();
  return /^(?:\(?[a-z]{1,3}\)|\(?\d{1,3}[.)]|[\u2022\u25aa\u25cf\u2013\u2014*-]\s|\(?[ivx]{1,6}[.)])/i.test(t) || /(?:;|;\s*(?:and|or)|,\s*(?:and|or))$/.test(text.trimEnd());
}

/** Where the clause holding offset `at` of `sentence` starts (after the last break before it). */
export function clauseStartBefore(sentence: string, at: number): number {
  const from = Math.max(0, at - WINDOW);
  return from + lastBreakEnd(sentence.slice(from, at));
}
