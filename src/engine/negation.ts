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

const CUE =
  /\b(?:(?:not\s+be\s+|no\s+)(?:liab\w*|responsib\w*)|not|never|no|nor|neither|none|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|shan't|mustn't|prohibit\w*|forbid\w*|forbade|refrain\w*|restricted\s+from|restricts?\s+(?:\w+\s+){0,5}?from|exclud(?:e|es|ed|ing)|except|excepting|other\s+than|disclaim\w*|barred|delet(?:e|es|ed|ing)|destroy\w*|eras(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|expung\w*|preclud\w*|in\s+no\s+event|nothing\s+in|reserv(?:e|es|ed|ing)\s+all\s+(?:\w+\s+)?rights|all\s+rights\s+(?:are\s+)?reserved|unless\b(?=[^.;]{0,50}\b(?:consent\w*|opts?[- ]in|opted[- ]in|authori[sz]\w*|written\s+permission)\b))\b/gi;

/** Phrases with a cue word that do not negate what follows. */
const FALSE_CUE =
  /\b(?:(?:including\s+)?(?:but\s+)?not\s+limited(?:\s+to)?|without\s+limit\w*|without\s+restriction|without\s+(?:any\s+)?(?:further\s+)?(?:duty|obligation|notice|payment|compensation|charge|fee|accounting|attribution|obligation|consideration)\w*|no\s+later\s+than|no\s+longer|no\s+less\s+than|no\s+more\s+than|not\s+less\s+than|not\s+more\s+than|whether\s+or\s+not|if\s+not|not\s+only|except\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:provided|set\s+(?:forth|out)|stated|permitted|required|agreed)|except\s+(?:where|to\s+the\s+extent)\s+(?:prohibited|required)|non-\w+|no\s+(?:additional\s+)?(?:charge|cost|fee)|nothing\s+in\s+this\s+agreement\s+(?:shall\s+)?(?:limit|restrict|prevent)s?|except\s+that|not\s+(?:previously|already|otherwise)|(?:does|do|did|shall|will|need)\s+not\s+(?:need|require)\b|no\s+(?:further\s+|prior\s+|separate\s+)?(?:consent|approval|permission|notice|licen[cs]e)\s+(?:\w+\s+){0,2}(?:is|shall\s+be|will\s+be)\s+(?:required|needed|necessary)|(?:not|never|no\s+longer)\s+(?:be\s+)?(?:restricted|prevented|prohibited|precluded|barred|forbidden|limited)\s+(?:from|in)|(?:under\s+)?no\s+obligation\s+to\s+refrain\s+from)\b/gi;

/** Where a new clause starts and an earlier negation stops applying. */
const BREAK =
  /;|\b(?:but|(?<!,\s{0,2})however|although|though|whereas|provided(?:,)?\s+(?:that|however)|except\s+that|notwithstanding|nevertheless|instead|rather|unless(?![^.;]{0,50}\b(?:consent\w*|opts?[- ]in|opted[- ]in|authori[sz]\w*|written\s+permission)\b))\b|,?\s+and\s+(?:we|it|they|you|the\s+company|may|will|shall|can|might|could|also)\b|,\s+(?:\w+\s+){1,3}?(?:hereby|shall|will|may|must|agrees?)\b/gi;

/** Conditions that describe an act rather than permit it ("whether" is left out: "you decide whether X is used to train" is an opt-out). */
const GRANT_CONDITION = /\b(?:if|to\s+the\s+extent|in\s+the\s+event|where|when|insofar\s+as|in\s+case)\b/gi;

/** Subordinate conditions: a negation inside "if …, " does not govern the main clause. */
const CONDITION = /\b(?:if|to\s+the\s+extent|in\s+the\s+event|where|when|whether|insofar\s+as|in\s+case)\b/gi;

/** A prohibition placed after the phrase it governs. */
const AFTER_CUE =
  /^[^.;]{0,80}?\b(?:(?:is|are|shall\s+be|will\s+be|be)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed|authori[sz]ed)|barred|excluded)|(?:is|are|constitutes?|shall\s+(?:be|constitute)|will\s+(?:be|constitute))\s+(?:a\s+|an\s+)?(?:material\s+|serious\s+|fundamental\s+)?(?:breach|violation|infringement)\b|(?:only|solely)\s+(?:with|upon|after|following)\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+|separate\s+){0,3}(?:written\s+)?(?:consent|approval|permission|opt-?in)|(?:requires?|is\s+subject\s+to|shall\s+require)\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+|separate\s+){0,3}(?:written\s+)?(?:consent|approval|permission|agreement|licen[cs]e))/i;

const WINDOW = 180;

/** The last negation cue in `text` that is not part of a false cue or an "if …," condition; null when none. */
function lastCue(text: string): string | null {
  // Positions covered by false cues are ignored.
  const falseRanges: Array<[number, number]> = [];
  FALSE_CUE.lastIndex = 0;
  for (let m = FALSE_CUE.exec(text); m; m = FALSE_CUE.exec(text)) {
    falseRanges.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) FALSE_CUE.lastIndex++;
  }
  let found: string | null = null;
  let fi = 0;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    while (fi < falseRanges.length && falseRanges[fi][1] <= m.index) fi++;
    const inFalse = fi < falseRanges.length && falseRanges[fi][0] <= m.index && m.index < falseRanges[fi][1];
    if (!inFalse && !insideCondition(text, m.index)) found = m[0];
  }
  return found;
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
  }
  // breaks are looked for up to the end of the phrase ("…, Wildform hereby assigns" starts a clause)
  const from = colon >= 0 ? colon + 1 : 0;
  const clauseStart = lastBreakEnd(before.slice(from) + sentence.slice(start, end), before.length - from) + from;
  const windowStart = Math.max(clauseStart, before.length - WINDOW);
  const cue = lastCue(before.slice(windowStart));
  if (cue) return cue;
  const after = AFTER_CUE.exec(sentence.slice(end, end + 200));
  return after ? after[0].trim() : null;
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

/** True when the phrase at [start, end) of `sentence` is negated or prohibited by its own sentence. */
export function isNegated(sentence: string, start: number, end: number, leadIn = false): boolean {
  return negationCue(sentence, start, end, leadIn) !== null;
}

/**
 * A cue that removes the work ("delete it from training sets") or disclaims liability ("shall not
 * be liable for any use … to train AI") rather than forbidding a use: not a risk, not a protection.
 */
export function isRemovalCue(cue: string): boolean {
  return /^(?:delet|destroy|eras|purg|expung)|liab|responsib/i.test(cue);
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
