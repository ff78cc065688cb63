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

import { actorBefore, makerIsSubject, reservedForAgency } from "./protections";

import { AFTER_CUE, BREAK, CONSENT_ASKED_AFTER, PROVISO, REENABLED, SWITCHED_OFF, CONDITION, CONTRACTOR_SIDE, CUE, EXCLUSION, FALSE_CUE, TO_DECIDE, MAIN_VERB, PERMIT, RESTRICTION_NOUN, WINDOW, CLAUSE_WINDOW, WITHOUT_CONSENT } from "./negationCues";

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
    if (inFalse || within(withoutConsent, m.index) || within(permits, m.index) || insideCondition(text, m.index) || inName(text, m.index, m[0])) continue;
    // a negation inside an aside set off by commas ("text you write, including drafts you never publish, may be used …") stays there
    if (INSIDE_ASIDE.test(text.slice(0, m.index)) && text.indexOf(",", m.index) >= 0) continue;
    // "excluding X", "other than X", "except X" exclude a noun phrase: a main verb after it starts what they do not reach
    // nor does it reach past a comma that reopens the main grant's list ("any purpose except resale, including to train models")
    // nor past a short carve-out set off by commas ("the code you host, other than private repositories, to train …")
    if (EXCLUSION.test(m[0]) && (MAIN_VERB.test(text.slice(m.index + m[0].length) + phrase) || REOPENS_LIST.test(text.slice(m.index + m[0].length)) || (/,\s*$/.test(text.slice(0, m.index)) && CLOSED_CARVE_OUT.test(text.slice(m.index + m[0].length))))) continue;
    found = m[0];
    foundAt = m.index;
  }
  // a permitting negation after the last cue (or containing it) waives rather than forbids
  const lastPermit = permits.length ? permits[permits.length - 1] : null;
  if (lastPermit && lastPermit[0] > foundAt && !insideCondition(text, lastPermit[0])) return null;
  return found === null ? null : { cue: found, at: foundAt };
}

/**
 * A cue word that is part of a name in title case ("Fair Block", "Never Ending Studios"): the word
 * is capitalised and so is a neighbouring word, mid-sentence. (Capitals throughout, "SHALL NOT",
 * are emphasis, not a name.)
 */
function inName(text: string, at: number, cue: string): boolean {
  // (a defined term that names a prohibition, "Prohibited Use", "Do Not Train", still prohibits)
  if (!/^[A-Z][a-z]/.test(cue) || /^(?:prohibit|forbid|restrict|exclu|not\b|no\b|do\s+not)/i.test(cue)) return false;
  const before = /([A-Z][a-z][\w'\u2019-]*)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
  const after = /^\s+([A-Z][a-z][\w-]*)/.exec(text.slice(at + cue.length, at + cue.length + 40));
  const start = before ? at - before[0].length : at;
  // a sentence's first word is capitalised anyway: the name must not start the text
  if (!/\S/.test(text.slice(0, start)) && !after) return false;
  return !!(before || after) && /\S/.test(text.slice(0, at));
}

/** Consent said, after the act it would cover, not to be given ("… is not given", "shall not be inferred", "is withheld"). */
const CONSENT_REFUSED_AFTER = /^[^.;]{0,80}?\b(?:is|are|has\s+been|shall\s+be|will\s+be)\s+(?:not|never)\s+(?:be\s+)?(?:given|granted|deemed|inferred|implied)\b|^[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+|expressly\s+)?withheld\b/i;

/** The words before a cue open an aside (", including …", ", such as …") that no comma has closed yet. */
const INSIDE_ASIDE = /,\s*(?:including|such\s+as|even|especially|particularly|notably)\b[^,;:]*$/i;

/** An excluded noun phrase of a few words closed by a comma right before the phrase: the carve-out ends there. */
const CLOSED_CARVE_OUT = /^\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+\s*,\s*(?:[\w'\u2019-]+\s+){0,3}$/;

/** After an excluded noun phrase, a comma and a word that goes back to the grant's own list. */
const REOPENS_LIST = /,\s*(?:including|in\s+particular|such\s+as|and\s+(?:also|in\s+particular))\b/i;

/** True when `text` (the words before a phrase) contains a negation that permits rather than forbids. */
export function hasPermittingNegation(text: string): boolean {
  return ranges(PERMIT, text).length > 0;
}

/**
 * True when the cue at `at` sits in an "if …," condition: a condition word before it in the same
 * clause (a main clause after the condition would have started a new clause), no dash closing it, and a comma after it.
 */
function insideCondition(text: string, at: number): boolean {
  if (text.indexOf(",", at) < 0) return false;
  CONDITION.lastIndex = 0;
  const m = CONDITION.exec(text);
  // a dash closes an aside condition ("bots—whether local or remote—are prohibited from …")
  return !!m && m.index < at && !/[\u2013\u2014]|\s-\s/.test(text.slice(m.index, at));
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
  if (colon >= 0 || !leadIn) {
    // a run-in list: "shall not (a) copy the Work; (b) resell it; or (c) use it to train models" —
    // the negated words before the first item govern every item, across the ";" between items
    // (also after a heading's colon: "Restrictions: Client shall not (a) …; (b) …")
    const first = lastFirstItem(before);
    if (first > colon + 1 && before.indexOf(";", first) >= 0 && lastBreakEnd(before.slice(first).replace(/;/g, " ")) === 0) {
      const lead = before.slice(Math.max(colon + 1, first - WINDOW), first);
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
  const base = start - before.length;
  // "The Company reserves the use of …", "… are reserved to the Company": kept by the other side, no protection
  if (hit && RESERVATION.test(hit.cue) && reservedForAgency(sentence, base + windowStart + hit.at)) return null;
  // "The Author opts out of …", "The Author reserves the right to use and license …": the maker's own
  // choice protects; the same words with anyone else as subject ("Customers may opt out",
  // "The Company reserves the right to use") grant or only offer a way out
  if (hit && MAKER_ONLY_CUE.test(hit.cue) && !makerIsSubject(sentence, base + windowStart + hit.at)) return null;
  if (hit) {
    // "we have disabled model training …, but may re-enable it": a switch they may turn back on
    if (SWITCHED_OFF.test(hit.cue) && REENABLED.test(sentence.slice(end))) return null;
    // "Contractor shall not use Client data to train AI" binds the freelancer: no risk, no protection
    // (not "Contractor grants no licence …" nor "The Author reserves all rights …": those protect)
    const binding = /^(?:not|never|cannot|can't|won't|don't|doesn't|shan't|mustn't|prohibit|forbid|refrain|restrict|barred|preclud)/i.test(hit.cue);
    const grantVerb = /^\W*(?:\w+\s+){0,2}?(?:grant|licen[cs]|authori[sz]|permit|allow|consent|assign|transfer|give|convey|agree|sublicen[cs])/i;
    const after = before.slice(windowStart + hit.at + hit.cue.length);
    if (binding && !grantVerb.test(after) && actorBefore(before.slice(clauseStart), windowStart - clauseStart + hit.at) === "contractor") return `${CONTRACTOR_SIDE}${hit.cue}`;
    return hit.cue;
  }
  // "The Contractor retains all rights to use the Work for training AI": the maker keeps the right, the other side has none
  const kept = RETAINED.exec(before.slice(clauseStart));
  if (kept && actorBefore(before.slice(clauseStart), kept.index) === "contractor" && !GIVES_AFTER_KEEPING.test(before.slice(clauseStart + kept.index + kept[0].length).replace(TO_DECIDE, " "))) return "retains";
  // "reserves all <text and data mining> rights": the reservation wraps the phrase
  // (the cheap test first: the look at the words before runs only when "rights" follows)
  if (/^\s+rights?\b/i.test(sentence.slice(end, end + 12))) {
    const reserving = /\breserv(?:e|es|ed|ing)\s+(?:all\s+|the\s+)?(?:(?:its|their|his|her|our|my)\s+)?$/i.exec(before);
    if (reserving) return reservedForAgency(sentence, base + reserving.index) ? null : "reserves";
  }
  // "Consent to any AI training use … must be given separately": consent asked for, said after the act it gates
  if (/(?:^|[^\w'\u2019-])consent\s*$/i.test(before) && CONSENT_ASKED_AFTER.test(sentence.slice(end, end + 240))) return "consent";
  // "Consent to (the use of the Recordings for) AI training is not given": consent refused, said after the act
  if (/(?:^|[^\w'\u2019-])consent(?:\s+to\s+(?:(?:use|the\s+use\s+of|any\s+use\s+of)\s+[^.;]{0,80}?)?)?\s*$/i.test(before) && CONSENT_REFUSED_AFTER.test(sentence.slice(end, end + 160))) return "consent";
  // a run-in heading that names the prohibition ("AI Training Restriction: …", "Model Training Prohibition.")
  if (RESTRICTION_NOUN.test(sentence.slice(end, end + 40))) return "restriction";
  let after = AFTER_CUE.exec(sentence.slice(end, end + 240));
  if (after && PROVISO.test(after[0])) after = null;
  if (after && RESERVATION.test(after[0]) && reservedForAgency(sentence, end + after.index)) return null;
  return after ? after[0].trim() : null;
}

/** Cues that protect only when the maker's side says them: an opt-out without "hereby", a reserved right to act. */
const MAKER_ONLY_CUE = /^(?:opts?[- ]out|objects?\b|reserv\w*\s+(?:expressly\s+)?(?:(?:the|all|its|their|his|her)\s+(?:(?:exclusive|sole)\s+)?rights?\s+to\b|(?:the|its|their|his|her)\s+(?:(?:exclusive|sole)\s+)?right\s*$))/i;

/** A cue that reserves a right ("reserves all rights", "are expressly reserved"). */
const RESERVATION = /\breserv/i;

/** A right kept: "retains all rights to", "keeps sole ownership of", "retains the exclusive right to". */
const RETAINED = /\b(?:retain(?:s|ed)?|keeps?)\s+(?:(?:all|the|sole|exclusive|full|its|their|his|her|and)\s+){0,3}(?:rights?|ownership|title)\b/i;

/** Words after a right kept that give something away after all ("retains ownership and grants the Client a licence"). */
const GIVES_AFTER_KEEPING = /\b(?:grant\w*|licen[cs]\w*|assign\w*|transfer\w*|permit\w*|allow\w*|authori[sz]\w*|but|except|subject|provided|may|shall|will|can)\b/i;

/** Where the first item of a run-in list starts ("(a) ", "(i) ", "(1) ", "a) "), or -1. */
const FIRST_ITEM = /(?:^|\s)\(?(?:a|i|1)\)\s/gi;
function lastFirstItem(text: string): number {
  let at = -1;
  FIRST_ITEM.lastIndex = 0;
  for (let m = FIRST_ITEM.exec(text); m; m = FIRST_ITEM.exec(text)) at = m.index + (m[0].startsWith("(") || /^[ai1]/i.test(m[0]) ? 0 : 1);
  return at;
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
  const from = Math.max(0, at - CLAUSE_WINDOW);
  return from + lastBreakEnd(sentence.slice(from, at));
}
