/**
 * Conditions: a phrase inside "if …", "should …", "where …" describes what happens if something is
 * done; whether it grants, gates or forbids depends on the main clause after the comma.
 */
import { GRANT_CONDITION, OBTAIN_CONSENT } from "./negationCues";

/**
 * True when the phrase at `start` sits inside a condition ("if the Client uses the Work to train
 * models, …"): a condition word before it with no comma or semicolon in between. A condition
 * grants nothing; it describes what happens if something is done.
 */
export function inCondition(sentence: string, start: number): boolean {
  const { before, condition } = lastCondition(sentence, start);
  const last = condition ? condition.index + condition[0].length : -1;
  // "If you do not want your content used to improve our AI, you can turn it off": an opt-out, not a condition on an act
  // (a parenthesis or dash closes a condition set inside it: "(or every 2nd if sharing is off) becomes …")
  return last >= 0 && !/[,;:)\u2013\u2014]/.test(before.slice(last)) && !OPT_OUT_PREFACE.test(before.slice(last));
}

/**
 * True when the condition holding the phrase at `start` is a requirement rather than a supposition:
 * "may use AI tools only where the Content is not used to train the provider's models" permits the
 * use on that term, so a negated AI use inside it is a restriction the other side must keep.
 */
export function inRequirement(sentence: string, start: number): boolean {
  const { before, condition: last } = lastCondition(sentence, start);
  return !!last && !/[,;:]/.test(before.slice(last.index + last[0].length)) && /\b(?:only|solely)\s+$/i.test(before.slice(0, last.index));
}

/**
 * True when the condition word before the phrase at `start` is followed by the main clause's own
 * prohibition ("materials the Tester submits when applying shall not be used to train …"): the
 * "when" opened a relative clause, which the modal closes; the phrase is in the main clause.
 */
export function conditionClosed(sentence: string, start: number): boolean {
  const { before, condition } = lastCondition(sentence, start);
  return !!condition && /\b(?:shall|must|may)\s+(?:not|never)\b/i.test(before.slice(condition.index + condition[0].length));
}

/** The 160 characters before `start`, and the last condition word in them (null when none). */
function lastCondition(sentence: string, start: number): { before: string; condition: RegExpExecArray | null } {
  const before = sentence.slice(Math.max(0, start - 160), start);
  GRANT_CONDITION.lastIndex = 0;
  let condition: RegExpExecArray | null = null;
  for (let m = GRANT_CONDITION.exec(before); m; m = GRANT_CONDITION.exec(before)) condition = m;
  return { before, condition };
}

/** A condition that prefaces an opt-out: the user "does not want" what happens by default. */
const OPT_OUT_PREFACE = /^\s*(?:you|the\s+[\w-]+|customers?|users?|members?)\s+(?:do\s+not|don't|does\s+not|doesn't|would\s+(?:rather|prefer)\s+not|prefers?\s+not)\s+(?:want|wish|like|to)\b/i;

/**
 * True when the condition holding the phrase at `end` only names what the main clause then takes:
 * "If you send us feedback, we may use it" grants the feedback after the comma. A main clause that
 * denies or limits ("…, we will not use it") takes nothing.
 */
export function mainClauseTakes(sentence: string, end: number): boolean {
  // the main clause starts after one of the next commas ("Where the Actor proposes changes to a
  // script, character or delivery, the Producer may adopt them"): the first that reads as one
  for (let comma = sentence.indexOf(",", end), tries = 0; comma >= 0 && tries < 4; comma = sentence.indexOf(",", comma + 1), tries++) {
    const m = MAIN_TAKES.exec(sentence.slice(comma + 1));
    // ("…, the Studio shall be under no obligation to treat them as confidential" takes them all the same)
    if (m) return /\bunder\s+no\s+obligation\b/i.test(m[0]) || !/\b(?:not|never|no|only|solely)\b|n't\b/i.test(m[0]);
  }
  return false;
}
const MAIN_TAKES = /^\s*(?:then\s+)?(?:(?:you|the\s+[\w-]+)\s+(?:agrees?|acknowledges?|accepts?)\s+(?:that\s+)?)?(?:[\w'\u2019-]+\s+){1,6}?(?:\([^()]{1,80}\)\s+)?(?:(?:may|will|shall|can|(?:is|are|shall\s+be|will\s+be)\s+(?:free|entitled)\s+to)\s+(?:freely\s+|fully\s+)?(?:use|exploit|incorporate|implement|publish|adopt|share|disclose|commerciali[sz]e|own|develop|process|retain|keep|act\s+(?:up)?on)\b|(?:shall|will)\s+be\s+under\s+no\s+obligation\s+to\s+(?:treat|keep|hold)\b)|^\s*(?:then\s+)?(?:you|the\s+[\w-]+|[A-Z][\w-]+)\s+(?:hereby\s+)?(?:(?:irrevocably|automatically|thereby)\s+)?(?:grants?|gives?|assigns?|licen[cs]es?)\s+(?:to\s+)?(?:us|[\w-]+|the\s+[\w-]+)\s+(?:(?:a|an|the|all|any)\s+)?(?:[\w-]+\s*,?\s+){0,6}?(?:licen[cs]e|rights?|permission|ownership)\b/i;

/** A condition that names what one side wishes to do ("If the Agency wishes to use …", "Should the Client decide to …"). */
const WISH_CONDITION = /\b(?:if|should|where|when|in\s+the\s+event(?:\s+that)?)\b[^,;.]{0,60}?\b(?:wish|want|desire|intend|elect|decide|propose|choose)(?:s|es|ed)?\s+to\b[^,;.]*$/i;
/** Its main clause lets it ("…, it may do so", "…, the Agency is free to"), not negated. */
const WISH_MAIN = /^[^.;]*?,\s*(?:then\s+)?(?!(?:and|but|or)\b)(?:[\w'\u2019-]+\s+){1,3}?(?:may|can|(?:is|are|shall\s+be|will\s+be)\s+(?:free|entitled|permitted)\s+to)\b(?!\s+not\b)/i;

/**
 * "Should the Agency wish to use the Work for machine learning, it may do so on notice": the
 * condition names what the main clause then permits, so it grants (unlike "If the Agency uses the
 * Work to train AI, it shall pay …", which describes a breach or a price).
 */
export function wishGranted(sentence: string, start: number, end: number): boolean {
  return WISH_MAIN.test(sentence.slice(end)) && WISH_CONDITION.test(sentence.slice(Math.max(0, start - 160), start));
}

/**
 * The main clause after a condition that asks for consent first: "If the Client wishes to use the
 * Work to train a model, it must first obtain the Contractor's written consent." The act in the
 * condition is gated by consent: a (partial) prohibition, not a grant and not nothing.
 */
const CONSENT_MAIN = new RegExp(
  String.raw`^[^.;]*?,\s*(?:then\s+)?(?:[\w'\u2019-]+\s+){1,3}?${OBTAIN_CONSENT}|^[^.;]*?,\s*(?:then\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:must|shall|will)\s+(?:first\s+)?(?:notify|negotiate|agree|enter\s+into)\b[^.;]{0,120}?\b(?:separate|further|new|additional)\s+(?:written\s+)?(?:licen[cs]e|agreement)\b|^[^.;]*?,\s*(?:then\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:may|shall|will|can|must)\s*(?:not|never|n't)\s+(?:do\s+so|proceed)\b|^[^.;]*?,\s*(?:then\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:must|shall|will)\s+(?:first\s+)?(?:submit|make|send)\s+(?:an?\s+)?(?:written\s+|formal\s+)?request\b[^.;]{0,160}?\b(?:may|can)\s+(?:refuse|decline|withhold|reject)\b|^[^.;]*?,\s*(?:then\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:must|shall|will)\s+(?:first\s+)?notify\b[^.;]{0,200}?\b(?:proceed|do\s+so)\s+only\s+(?:if|when|after|once|with)\b[^.;]{0,80}?\bconsent`,
  "i",
);

/** "…, it must first obtain the Contractor's written consent": the main clause after `end` gates the act by consent. */
export function asksConsentFirst(sentence: string, end: number): boolean {
  return CONSENT_MAIN.test(sentence.slice(end));
}
