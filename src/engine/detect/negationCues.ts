/**
 * The words of negation as data: cues that negate or prohibit, phrases that only look like one,
 * clause breaks, conditions, prohibitions placed after the phrase, and waivers that permit. Read by
 * ./negation.ts, which applies them to a sentence. The large ones are compiled the fast way at load
 * (text/primed.ts): they run on the first sentence of every document.
 */
import { primed } from "../text/primed";

/** Whose consent: "any consent", "the Author's consent" (a source fragment). */
const CONSENT_HOLDER = String.raw`(?:(?:any|the|such)\s+|[\w-]+(?:'s|\u2019s)\s+)consent`;
/** Given by whom: "given by the Artist" (a source fragment). */
const CONSENT_BY = String.raw`(?:\s+(?:given|granted))?(?:\s+(?:by|of|from)\s+(?:the\s+)?[\w-]+)?`;
/** Consent asked for an act: "Any consent given by the Artist to …", "the Author's consent for …" (coverage reads it as a gate). */
export const CONSENT_TO = String.raw`${CONSENT_HOLDER}${CONSENT_BY}\s+(?:to|for)`;

export const CUE = primed(
  new RegExp(
    // consent asked for ("hereby gives its consent to" grants instead), or permission asked for ("ask … for permission to")
    String.raw`\b(?:reservation\s+(?:of|against)(?=\s)|(?:refus\w*|declin\w*)\s+to\s+(?:opt[- ]?in|consent)(?:\s+to)?(?=\s*$)|exclud\w*\s+(?:any|all|the)\s+rights?\s+to(?=\s)|opt-?outs?\s+(?:from|of)(?=\s)|(?:${CONSENT_HOLDER}(?<!\b(?:gives?|gave|given|grants?|granted|provides?|hereby|irrevocably)\s+(?:(?:its|their|his|her|the|full|express|such)\s+){0,2}${CONSENT_HOLDER})|for\s+(?:consent|permission|authori[sz]ation)(?<=\b(?:ask|asks|seek|seeks|request|requests)\s+(?:[\w-]+\s+){0,3}for\s+(?:consent|permission|authori[sz]ation)))${CONSENT_BY}(?:\s+(?:to|for)(?=\s)|(?=\s*$))|` +
      String.raw`(?:must|shall|will)\s+(?:first\s+)?(?:obtain|seek|secure|get|ask\s+for|request)\s+[^.;]{0,100}?\b(?:consent|permission|approval|licen[cs]e)\b[^.;]{0,120}?\bbefore(?=\s)|(?:has|have|had)\s+opted[- ]out\s+(?:of|from)\b|(?:obtain|get|secure|seek)\s+(?:(?:the|their|its|his|her|explicit|express|prior|written|separate|specific|informed)\s+){0,4}(?:consent|permission|approval)\s+(?:from|of)\b|(?:request|seek|obtain|get|ask\s+for)s?\s+(?:your|their|the\s+user's|users')\s+(?:(?:explicit|express|prior|separate|specific|written|affirmative|informed|opt-in)\s+){0,3}(?:consent|permission|approval)(?:\s+(?:to|before|for)(?=\s)|(?=\s*$))|(?<=\b(?:you|users?|creators?|artists?|authors?|contributors?|members?)\s+)(?:must|shall|will\s+(?:need|have)\s+to)\s+(?:first\s+)?(?:explicitly\s+|expressly\s+|separately\s+|specifically\s+|actively\s+)?(?:consent|opt[- ]?in)(?:\s+to(?=\s)|(?=\s*$))|objects?(?:\s+in\s+writing)?(?:\s+to(?=\s)|(?=\s*$))|(?:(?:must|shall|will)\s+)?(?:first\s+)?(?:need|needs|requires?)\s+(?:the\s+)?(?:[\w-]+(?:'s|\u2019s)\s+|(?:our|its|their|your|his|her)\s+)?(?:(?:prior|express|explicit|separate|specific|written)\s+){0,3}(?:consent|permission|approval)\s+(?:to|before)(?=\s)|(?:consent|permission|approval|authori[sz]ation)(?:\s*,?\s+(?:of\s+)?[^.;]{0,80}?)?\s+(?:is|shall\s+be|will\s+be)\s+(?:first\s+)?(?:required|mandatory|necessary)\s+(?:before|prior\s+to|for)(?=\s)|(?:not\s+be\s+|no\s+)(?:liab\w*|responsib\w*)|not|never|no|nor|neither|none|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|shan't|mustn't|prohibit\w*|forbid\w*|forbade|refrain\w*|restricted\s+from|restricts?\s+(?:\w+\s+){0,5}?from|prevent(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,5}?from|exclud(?:e|es|ed|ing)|except|excepting|other\s+than|disclaim\w*|barred|blocked|block(?:s|ing)?(?=\s+(?:any|all|the|access|use|uses|such|them|it|its|their|our|your|crawl\w*|bots?|scrap\w*|AI|training|from)\b|\s+(?:[\w-]+\s+){1,3}from\b)|disallow(?:s|ed|ing)?|off[- ]limits|delet(?:e|es|ed|ing)|destroy\w*|eras(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|expung\w*|preclud\w*|in\s+no\s+event|withh[eo]ld(?:s|ing)?\s+(?:(?:its|their|his|her|all|any|our|my)\s+)?(?:permission|consent|authori[sz]ation|approval)|(?:have|has|had)\s+(?:permanently\s+|now\s+|since\s+)?(?:disabled|(?:switched|turned)\s+off)|nothing\s+(?:in|herein|hereunder|contained)\b|nothing(?=\s*$)|nothing\s+(?:(?:posted|published|displayed|shown|contained|found|available)\s+)?(?:(?:on|in|from|of|at)\s+(?:this|the|our|these|its|your)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:that\s+)?(?:you|we|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?)?(?:will|shall|may|can|is|are)\s+(?:ever\s+)?be\s+(?:used|shared|sold|licensed|included|fed|added|submitted|disclosed|uploaded)\b|nothing\s+(?:(?:shall|will|may)\s+)?(?:authori[sz]|permit|entitl|allow)\w*\b|(?:the\s+)?following\s+exclusions\b|(?:material|serious|fundamental)\s+breach\s+(?:of\s+this\s+\w+\s+)?(?:for|if|where|when)\b|reserv(?:e|es|ed|ing)\s+(?:all\s+(?:[\w-]+\s+){0,4}?|(?:all\s+)?(?:its|their|his|her|our|my)\s+(?:[\w-]+\s+){0,2}?|(?:expressly\s+)?the\s+)rights|reserv(?:e|es|ed|ing)\s+(?:expressly\s+)?(?:the\s+|all\s+|any\s+)?(?:use|uses|exploitation)\s+of|all\s+(?:other\s+)?rights\s+(?:(?:in|to|of)\s+(?:(?!are\b|remain\b)[\w'\u2019-]+\s+){1,5}?)?(?:are\s+|remain\s+)?(?:expressly\s+|hereby\s+)?reserved|reserv(?:e|es|ed|ing)\s+(?!(?:the\s+|its\s+|all\s+|any\s+)?rights?\b)(?:[\w'\u2019-]+\s+){0,4}?(?:from|against)\b(?!\s+time\b)|(?:hereby|expressly)\s+opts?[- ]out\s+(?:of|from)\b|opts?[- ]out\s+(?:of|from)\b|reserv(?:e|es|ed|ing)\s+(?:expressly\s+)?(?:the|all|its|their|his|her)\s+(?:(?:exclusive|sole)\s+)?rights?(?:\s+to\s+(?:use|licen[cs]e|exploit|authori[sz]e|permit)\b|(?:\s+to)?(?=\s*$))|unless\b(?=[^.;]{0,50}\b(?:consent\w*|opts?[- ]in|opted[- ]in|authori[sz]\w*|written\s+permission|(?:expressly\s+|explicitly\s+)?agreed|instructed|(?:have|has)\s+(?:chosen|elected|enabled))\b)|only\s+(?:if|when|where|once|after|with)\b(?=[^.;]{0,60}\b(?:consent\w*|opts?[- ]in|opted[- ]in|agree\w*|cho(?:o)?se\w*|chosen|enable\w*|elect\w*|instruct\w*|authori[sz]\w*|permi(?:t|ssion)\w*|turn(?:s|ed)?\s+on|switch(?:es|ed)?\s+on))|(?:need|needs|must\s+(?:get|obtain|seek|have))\s+(?:to\s+(?:get|obtain|seek|ask\s+for|have)\s+)?(?:(?:a|our|the|prior|express|explicit|separate|written|specific)\s+){0,3}(?:permission|consent|authori[sz]ation|licen[cs]e))\b`,
    "gi",
  ),
);

/** Cues that carve a noun phrase out ("excluding the Pre-existing Materials") rather than negate a verb. */
export const EXCLUSION = /^(?:exclud|except|other\s+than)/i;
/** A main-clause verb (not one inside a "that …" / "which …" relative clause). */
export const MAIN_VERB = /(?<!\b(?:that|which|who|whom)\s+(?:[\w-]+\s+)?)\b(?:shall|will|may|must|can|could|would|should|is|are|was|were|hereby|agrees?|grants?|assigns?|acknowledges?|has|have|does|do)\b/i;

/**
 * A right to decide either way ("to authorise or prohibit", "permit or refuse"): its "prohibit"
 * negates nothing and its "authorise" gives nothing away.
 */
export const TO_DECIDE = /\b(?:(?:authori[sz]e|permit|allow|licen[cs]e|grant)\s+or\s+(?:prohibit|refuse|forbid|deny|withhold|restrict)|(?:prohibit|refuse|forbid|deny|withhold|restrict)\s+or\s+(?:authori[sz]e|permit|allow|licen[cs]e|grant))\b/gi;

/** Phrases with a cue word that do not negate what follows (a double negation, "is not excluded from", among them). */
export const FALSE_CUE = primed(new RegExp(`${TO_DECIDE.source}|${
  /\b(?:(?:not|never)\s+(?:be\s+|been\s+|being\s+)?(?:excluded|exempt(?:ed)?|withheld|removed)\s+from|(?:can|may|could|are\s+able\s+to|is\s+able\s+to)\s+(?:choose|elect|decide|ask|request|apply)\s+to\s+(?:have\s+(?:\w+\s+){0,3})?exclud\w*|(?:can|may|could|are\s+able\s+to|is\s+able\s+to)\s+(?:(?:always|also|at\s+any\s+time)\s+)?(?:choose|elect|decide|opt)\s+not\s+to|(?:do|does|did)\s+not\s+(?:want|wish)|(?:don't|doesn't)\s+(?:want|wish)|(?:including\s+)?(?:but\s+)?not\s+limited(?:\s+to)?|without\s+limit\w*|without\s+restriction|without\s+(?:any\s+)?(?:further\s+)?(?:duty|obligation|notice|payment|compensation|charge|fee|accounting|attribution|obligation|consideration)\w*|no\s+later\s+than|no\s+longer|no\s+limits?\s+(?:to|on)|(?:deleted|removed|erased)\s+or(?=\s*$)|(?:need\s+not\s+|(?:is|are)\s+not\s+(?:required|obliged|obligated)\s+to\s+|(?:does|do|shall|will)\s+not\s+(?:require|oblige)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:to\s+)?)(?:delete|destroy|erase|remove|purge|deletion|destruction|erasure|removal)\w*|no\s+less\s+than|no\s+more\s+than|not\s+less\s+than|not\s+more\s+than|whether\s+or\s+not|if\s+not|not\s+only|except\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:provided|set\s+(?:forth|out)|stated|permitted|required|agreed)|except\s+(?:where|to\s+the\s+extent)\s+(?:prohibited|required)|non-\w+|no\s+(?:additional\s+|further\s+|extra\s+)?(?:charge|cost|fee|consideration|payment|royalt(?:y|ies)|remuneration|compensation)s?|nothing\s+(?:in|herein|contained)\b[^.;]{0,60}?\b(?:limit|restrict|prevent|prohibit|preclud|bar|oblig|requir)\w*|except\s+that|not\s+(?:previously|already|otherwise)|(?:does|do|did|shall|will|need)\s+not\s+(?:need|require)\b|no\s+(?:further\s+|prior\s+|separate\s+)?(?:consent|approval|permission|notice|licen[cs]e)\s+(?:\w+\s+){0,2}(?:is|shall\s+be|will\s+be)\s+(?:required|needed|necessary)|(?:not|never|no\s+longer)\s+(?:be\s+)?(?:restricted|prevented|prohibited|precluded|barred|forbidden|limited)\s+(?:from|in)|(?:under\s+)?no\s+obligation\s+to\s+refrain\s+from|not\s+be\s+(?:revoked|rescinded|withdrawn)|not\s+(?:be\s+)?revocable|opt(?:s|ed)?[- ]?out\s+(?:[\w'\u2019-]+\s+){0,3}?prevent(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,5}?from)\b/gi.source}`, "gi"),
);

/** Where a new clause starts and an earlier negation stops applying. */
export const BREAK = primed(
  /;|\s(?=hereby\b)|\b(?:but(?!\s+not\s+limited)|(?<!,\s{0,2})however|although|though|whereas|provided(?:,)?\s+(?:that|however)|except\s+that|notwithstanding|nevertheless|instead|rather|unless(?![^.;]{0,50}\b(?:consent\w*|opts?[- ]in|opted[- ]in|authori[sz]\w*|written\s+permission|(?:expressly\s+|explicitly\s+)?agreed|instructed|(?:have|has)\s+(?:chosen|elected|enabled))\b))\b|,?\s+and\s+(?:we|it|they|you|the\s+company|may|will|shall|can|might|could|also)\b|(?<!(?:^|[;:]\s*)(?:no|neither)\s+[^,;.:]{1,60})(?<!(?:^|[;:]\s*)(?:no|neither)\s+[^;.:]{1,60},\s*[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?),\s+(?!(?:(?:and|but|or)\s+)?(?:nothing|no|nor|neither|which|who|whom)\b)(?:\w+\s+){1,3}?(?:hereby|shall|will|may|must|agrees?)\b/gi,
);

/** Conditions that describe an act rather than permit it ("whether" is left out: "you decide whether X is used to train" is an opt-out). */
export const GRANT_CONDITION = /\b(?:should\s+(?:the\s+|any\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:wish|want|desire|intend|elect|decide|propose)|if|to\s+the\s+extent(?!\s+(?:reasonably\s+|strictly\s+|technically\s+)?(?:necessary|required|needed)\b)|in\s+the\s+event|where|when|insofar\s+as|in\s+case|(?<=(?:^|[,;:(])\s*)before(?=\s+(?:any|the|an?|its|their|such|it|we|they)\b))\b/gi;

/** Subordinate conditions: a negation inside "if …, " does not govern the main clause. */
export const CONDITION = /\b(?:if|to\s+the\s+extent(?!\s+(?:reasonably\s+|strictly\s+|technically\s+)?(?:necessary|required|needed)\b)|in\s+the\s+event|where|when|whether|insofar\s+as|in\s+case)\b/gi;

/** A proviso between the phrase and a prohibition after it ("…, provided the author's name is withheld"): the prohibition is the proviso's. */
export const PROVISO = /\b(?:provided(?:\s+(?:always\s+)?(?:that|the|you|it|we|they|such|no|any)\b|\s*,)|unless\b|so\s+long\s+as\b|as\s+long\s+as\b)/i;

/** A prohibition placed after the phrase it governs (or a use named as a wrong: "… would cause irreparable harm", "… would be a breach"). */
export const AFTER_CUE = primed(
  /^[^.;]{0,160}?\b(?:(?:strictly\s+)?(?:prohibited|forbidden|not\s+permitted)(?=\s*:)|(?<!\b(?:if|when|where|unless|but|and)\b[^.;]{0,80})(?:is|are|will\s+be|shall\s+be)\s+(?:never|not)\s+(?:(?:stored|logged|retained|kept|saved|collected)\s*,?\s*(?:or\s+|and\s+)?){0,3}(?:used|shared|disclosed|retained|stored)\s+(?:for|to|in|with)\b|(?:would|will|shall|could|may)\s+(?:cause|constitute|amount\s+to|result\s+in|give\s+rise\s+to)\s+(?:(?:an?|the|a\s+material|[\w-]+)\s+){0,3}?(?:irreparable|breach|violation|infringement)\b|(?:is|are|shall\s+be|will\s+be)\s+(?:strictly\s+)?(?:limited|restricted|confined)\s+to\s+(?:tools?|services?|systems?|uses?|purposes?)\s+(?:that|which)\b|(?<!\b(?:after|when|once|until|before|if|unless|where|and|but)\b[^.;]{0,80})(?:is|are|shall\s+be|will\s+be)\s+(?:permanently\s+|automatically\s+)?(?:deleted|erased|purged|destroyed)\b|(?:is|are|shall\s+be|will\s+be|be)\s+(?:strictly\s+|expressly\s+|explicitly\s+|absolutely\s+|specifically\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed|authori[sz]ed)|barred|excluded(?!\s+from\s+(?:the\s+)?(?:(?:definition|meaning)\s+of|(?:deletion|return|destruction|confidentiality)\b)))|(?:is|are|shall\s+be|will\s+be|remains?|stays?)\s+(?:(?:switched|turned|set)\s+off|disabled|off)\b(?!\s+(?:only\s+)?(?:if|when|where|once|after)\b)(?![^.;]{0,120}?\b(?!you\b)\w+\s+(?:may|can|will|could|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+){0,2}?(?:re-?enable|enable|reactivat\w*|resume|restart|(?:turn|switch)\w*\s+(?:\w+\s+){0,2}?(?:back\s+)?on)\b)|(?:is|are|constitutes?|shall\s+(?:be|constitute)|will\s+(?:be|constitute))\s+(?:(?:deemed|considered|treated\s+as)\s+)?(?:a\s+|an\s+)?(?:material\s+|serious\s+|fundamental\s+)?(?:breach|violation|infringement)\b|(?:is|are|shall\s+be|will\s+be|remain|remains)\s+(?:expressly\s+|hereby\s+|strictly\s+)?reserved\b|(?:is|are|falls?|shall\s+(?:be|fall)|will\s+(?:be|fall)|remains?)\s+(?:entirely\s+|wholly\s+)?outside\s+(?:of\s+)?(?:the|its|their)\s+scope\b|(?:is|are|shall\s+be|will\s+be)\s+not\s+(?:within|part\s+of|included\s+in|covered\s+by)\s+the\s+scope\b|(?:does|do|shall|will)\s+not\s+fall\s+(?:within|under)\b|(?:is|are|shall\s+be|will\s+be)\s+not(?:\s*,[^,.;]{0,50},)?\s+(?:an?\s+)?(?:permitted|licensed|authori[sz]ed|allowed)\b|(?:is|are|shall\s+be|will\s+be)\s+(?:null\s+and\s+)?void\b|(?:is|are|shall\s+be|will\s+be)\s+(?:expressly\s+)?(?:withheld|not\s+licensed|unlicensed)\b|(?:is|are)\s+(?:an?\s+)?(?:use|purpose)\s+outside\s+(?:the|this|its|any)\b|(?:treated\s+as|constitutes?|is|are)\s+(?:an?\s+)?(?:express\s+)?reservation\s+of\s+(?:all\s+|our\s+|its\s+|their\s+)?rights|except\s+(?:as\s+(?:expressly\s+|specifically\s+|separately\s+)?(?:approved|authori[sz]ed)\s+(?:in\s+writing\s+)?by|with\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+){0,2}(?:written\s+)?(?:consent|approval|permission))|(?:only|solely)\s+(?:if|when|where|once|after)\s+(?:you|we|the\s+\w+|customers?|users?|an?\s+\w+)\s+(?:have\s+|has\s+|had\s+|expressly\s+|explicitly\s+|actively\s+|specifically\s+){0,2}(?:consent\w*|opts?[- ]in|opted[- ]in|agree\w*|cho(?:o)?se\w*|chosen|enable\w*|elect\w*|instruct\w*|authori[sz]\w*|permi(?:t|ssion)\w*|turn(?:s|ed)?\s+on|switch(?:es|ed)?\s+on)|(?<!\bnot\s)\b(?:if|when|once|after)\s+(?:and\s+only\s+(?:if|when)\s+)?(?:you|we|the\s+\w+|customers?|users?|an?\s+\w+)\s+(?:(?:have|has|had|first|expressly|explicitly|actively|specifically|affirmatively)\s+|(?:choose|chooses|chose|elect|elects|decide|decides)\s+to\s+){0,2}(?:opt(?:s|ed)?[- ]in|turn(?:s|ed)?\s+on|switch(?:es|ed)?\s+on)\b|(?:only|solely)\s+(?:with|upon|after|following)\s+(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:prior\s+|express\s+|explicit\s+|separate\s+){0,3}(?:written\s+)?(?:consent|approval|permission|opt-?in)|(?<!\b(?:not|never|n't|no)\s)(?:['\u2019]ll\s+|will\s+|shall\s+|must\s+|would\s+)?need\s+(?:to\s+(?:get|obtain|seek|ask\s+for|have|request)\s+)?(?:(?:our|the|a|an|prior|express|explicit|separate|written|specific|[A-Z][\w-]*(?:'s|\u2019s))\s+){0,3}(?:permission|consent|approval|licen[cs]e)\b(?!\s+(?:to|for)\b)|(?<!\b(?:not|never|n't)\s)(?:requires?|is\s+subject\s+to|(?:shall|will)\s+be\s+subject\s+to|shall\s+require)\s+(?!no\b|neither\b)(?:\([a-z0-9]{1,3}\)\s+)?(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:an?\s+)?(?:(?:prior|express|explicit|separate|specific|affirmative|informed|advance|opt-?in|individual)\s*,?\s+){0,3}(?:written\s+)?(?:consent|approval|permission|agreement|licen[cs]e|election|authori[sz]ation)|(?:shall|will|may|must)\s+not\s+be\s+(?:generated|created|produced|derived|made|trained|fed|ingested|compiled|used|retained|kept|stored|sold|shared|disclosed|licensed)\b|no\s+such\s+uses?\s+(?:is|are|shall\s+be|will\s+be|has\s+been)\s+(?:hereby\s+)?(?:licensed|permitted|authori[sz]ed|granted|allowed)\b|(?:breaches|violates|infringes|contravenes)\s+(?:these|this|the)\s+(?:terms|agreement|licen[cs]e|policy|conditions)\b|(?:is|are|shall\s+be|will\s+be)\s+(?:strictly\s+)?opt-?in(?:\s+only)?\b|(?:is|are)\s+(?:an?\s+)?(?:separate|distinct|additional)\s+rights?\s+(?:that\s+is\s+|which\s+is\s+)?not\s+(?:granted|licensed|included)\b|no\s+(?:such\s+)?(?:authori[sz]ation|permission|licen[cs]e|consent|right)\s+(?:is|shall\s+be|has\s+been|will\s+be)\s+(?:hereby\s+)?(?:given|granted|conferred)\b|(?:is|are|was|were|made|done|created|carried\s+out|undertaken)?\s*in\s+(?:breach|violation|contravention)\s+of\b)/i,
);

/** How far before a phrase a negation cue is looked for (a long list of acts may stand between: "may not be used, reproduced, … or exploited for …"). */
export const WINDOW = 240;
/** How far back the start of a phrase's clause is looked for (detect/frame.ts reads the frame in it). */
export const CLAUSE_WINDOW = 180;

/** One side must first obtain the other's consent ("must first obtain the Designer's written consent"): a source fragment. */
export const OBTAIN_CONSENT = String.raw`(?:(?:must|shall|will|is\s+required\s+to|agrees\s+to)\s+(?:first\s+|in\s+each\s+case\s+|before\s+doing\s+so\s+)?(?:[^.;]{0,80}?\b(?:and|then)\s+)?(?:obtain|seek|secure|get|request|ask(?:\s+for)?)|(?:(?:first|also)\s+)?(?:needs?|requires?|(?:must|shall|will)\s+(?:first\s+)?(?:need|require|have))(?:\s+(?:to\s+(?:obtain|get|secure|have)\s+)?)?)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:consent|permission|approval|authori[sz]ation|licen[cs]e|opt-?in|agreement|sign-?off)\b`;

/** After "Consent to <act>": the consent is asked for ("… must be given separately", "… is required"), not given. */
export const CONSENT_ASKED_AFTER = /^[^.;]{0,160}?\b(?:(?:must|shall|will)\s+(?:only\s+|first\s+|always\s+)?be\s+(?:(?:separately|expressly|specifically|individually)\s+)?(?:given|obtained|sought|granted)(?!\s+(?:hereby|herewith|now)\b)|(?:is|are|shall\s+be|will\s+be)\s+(?:first\s+)?required)\b/i;

/** A switch the other side may turn back on: "we have disabled model training …, but may re-enable it" prohibits nothing. */
export const REENABLED =
  /^[^.;]{0,160}?\b(?!you\b)\w+\s+(?:may|can|will|could|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+){0,2}?(?:re-?enable|enable|reactivat\w*|resume|restart|(?:turn|switch)\w*\s+(?:\w+\s+){0,2}?(?:back\s+)?on)\b/i;
/** Cues that only say a switch is off (see REENABLED). */
export const SWITCHED_OFF = /^(?:ha(?:ve|s|d)\s+)?(?:\w+\s+)?(?:disabled|(?:switched|turned)\s+off)$/i;

/** A noun naming a prohibition right after the phrase, as in a run-in heading: "AI Training Restriction:". */
export const RESTRICTION_NOUN = /^\s+(?:restrictions?|prohibitions?|bans?|exclusions?|limitations?)\s*(?:[:.\u2013\u2014-]|$)/i;

/** Prefix of a cue whose negation binds the freelancer's own side (see isRemovalCue). */
export const CONTRACTOR_SIDE = "contractor-side: ";

/**
 * "Without consent" wordings: a use made without asking is permitted, so this "without" negates
 * nothing. It is ignored (not a reset): in "shall not, without consent, use …" the "not" still governs.
 */
export const WITHOUT_CONSENT = primed(
  /\bwithout\s+(?:(?:first\s+)?(?:obtaining|seeking|requiring|requesting|securing|needing|asking\s+for|the\s+need\s+(?:for|to\s+obtain))\s+)?(?:(?:any|further|prior|additional|separate|express|explicit|written|the|its|their|his|her)\s+|[a-z]+(?:'s|\u2019s)\s+){0,4}(?:consent|permission|approval|notice|notification|compensation|payment|remuneration|authori[sz]ation|acknowledg(?:e)?ments?|attribution|credit|accounting|fees?|charges?|royalt(?:y|ies)|reference\s+to)\b/gi,
);

/**
 * Negations that waive the freelancer's say rather than forbid a use: "is not required to obtain
 * consent", "need not", "no consent … is required", "shall not object to", "shall not assert any
 * claim", "nothing restricts … from", "shall not be required to pay any fee". A negation followed
 * within a few words by one of these reads as PERMITTING what follows: it cancels every cue before it.
 */
export const PERMIT = primed(new RegExp(
  [
    // "need not", "not need", "no need", "not required", "not be necessary"
    String.raw`\bneed\s+not\b`,
    String.raw`\b(?:not|never|no)\s+(?:(?:be|been|being|have|has|any|further|the|an?|also|otherwise|ever)\s+){0,2}(?:needs?|needed|requir(?:e|es|ed|ing)|necessary|obliged|obligated)\b`,
    // "no consent (of the Freelancer) is required", "no fee shall be payable"
    String.raw`\bno\s+(?:(?:further|prior|separate|additional|express|explicit|written|other)\s+){0,3}(?:consent|permission|approval|authori[sz]ation|notice|notification|licen[cs]e|payment|compensation|fees?|royalt(?:y|ies)|remuneration)\b[^.;:]{0,60}?\b(?:is|are|shall\s+be|will\s+be|be)\s+(?:required|needed|necessary|payable|due|owed|owing)\b`,
    // "no obligation to obtain consent / to pay"
    String.raw`\bno\s+(?:obligation|duty|requirement)\s+(?:whatsoever\s+)?to\s+(?:obtain|seek|request|ask|notify|inform|pay|compensate|account|consult|attribute|credit|keep\s+(?:\w+\s+)?confidential|retrain|delete|remove|destroy|purge)\b`,
    // "withdrawing consent will not affect models already trained": what is not affected stays
    String.raw`\b(?:will|shall|does|do|would)\s+not\s+affect\b`,
    // "\"Customer Data\" excludes data that has been anonymized": protected data defined to leave something out, which permits
    String.raw`\b(?:data|information|materials|content)["\u201d]\s+(?:(?:excludes|shall\s+exclude|(?:does|shall|will)\s+not\s+include)\b)|^\s*(?:[\w-]+\s+){0,2}?(?:data|information|materials|content)\s+(?:(?:excludes|shall\s+exclude|(?:does|shall|will)\s+not\s+include)\b)`,
    // "Section 11.3 (Customer Data) shall not apply to Service Data": a provision said not to reach it, which permits
    String.raw`(?<!\b(?:in|of|under|by|to)\s)\b(?:sections?|clauses?|paragraphs?|articles?|schedules?)\s+\d+(?:\.\d+)*(?:\s*\([^)]{0,60}\))?\s+(?:shall|does|will|do)\s+not\s+(?:appl(?:y|ies)|extend)\s+to\b`,
    // "the restrictions (in clause 9.2) do not apply / extend to anonymized data": a carve-out, which permits
    String.raw`\b(?:restrictions?|obligations?|limitations?|prohibitions?|duties|confidentiality)\b(?:[^.;:]|\.(?=\d)){0,80}?\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:appl(?:y|ies)|extends?)\s+to\b`,
    // "Aggregated Data shall not be Confidential Information": a protection taken away, which permits
    // (the negation must be of the status, not of a use: "shall not use Company's Confidential Information" forbids)
    String.raw`\b(?:not|never|no\s+longer)\s+(?:(?:be|been|being)\s+)?(?:(?:treated|regarded)\s+as\s+|considered\s+|deemed\s+)(?:[\w'\u2019]+\s+){0,2}confidential\b|\b(?:not|never|no\s+longer)\s+(?:be|been|being|remain)\s+(?:[\w'\u2019]+\s+){0,2}confidential\b|\b(?:not|never|no\s+longer)\s+confidential\b`,
    // "shall not object to", "will not assert any claim", "shall not challenge", "no claim against"
    String.raw`\b(?:not|never)\s+(?:(?:to|be\s+entitled\s+to|be\s+permitted\s+to|have\s+(?:the\s+|any\s+)?right\s+to)\s+)?(?:object|(?:assert|claim)\b(?!,?\s+(?:(?:any|a|an|the)\s+)?(?:(?:such|other|further)\s+)?(?:rights?|licen[cs]es?|ownership|title|interest|permission)\b)|challenge|contest|dispute|oppose|sue|(?:make|bring|file|raise|pursue)\s+(?:any\s+)?(?:claims?|actions?|suits?|objections?|demands?))\b`,
    String.raw`\bno\s+(?:claims?|objections?|actions?|suits?)\b[^.;:]{0,30}?\b(?:against|in\s+respect\s+of|for|regarding|concerning|arising)\b`,
    // "there is no restriction on the Company's use", "no limitation as to purpose"
    String.raw`\bno\s+(?:restrictions?|limitations?|limits?|prohibitions?)\s+(?:(?:whatsoever|of\s+any\s+kind)\s+)?(?:on|upon|as\s+to)\b`,
    // "shall not restrict / prevent / limit", "nothing (in this Agreement) restricts … from"
    String.raw`\b(?:not|never)\s+(?:be\s+(?:deemed|construed|interpreted)\s+(?:to|as)\s+|in\s+any\s+way\s+)?(?:restrict|prevent|limit|hinder|impede|preclude|bar|prohibit)s?\b`,
    String.raw`\b(?:nothing|no\s+(?:term|provision|clause|section))\s+(?:in\s+[^.;:]{0,60}?\s+)?(?:(?:shall|will|may|is\s+intended\s+to|shall\s+be\s+(?:deemed|construed)\s+to)\s+)?(?:restrict|prevent|limit|prohibit|preclude|bar|impair|hinder)(?:s|ed)?\b`,
    // "nothing (in Section 9) obliges the Licensee to delete …": the deletion is waived, not required
    String.raw`\b(?:nothing|no\s+(?:term|provision|clause|section))\s+(?:in\s+[^.;:]{0,60}?\s+)?(?:(?:shall|will|may)\s+)?(?:oblig\w*|requires?|compels?)\s+(?:[\w'\u2019-]+\s+){0,3}?to\s+(?:delete|destroy|erase|purge|remove|return|expunge)\b`,
    // "shall not pay any fee", "owes no royalty", "not ... obtain (the Freelancer's) consent"
    String.raw`\b(?:not|never)\s+(?:pay|owe)\s+(?:(?:any|additional|further|a|separate)\s+){0,2}(?:fees?|royalt(?:y|ies)|compensation|remuneration|consideration|amounts?|sums?)\b`,
    String.raw`\b(?:not|never)\s+(?:(?:need|have)\s+to\s+)?(?:obtain|seek|request|secure|ask\s+for)\s+(?:[\w'\u2019]+\s+){0,3}?(?:consent|permission|approval|authori[sz]ation)\b`,
  ].join("|"),
  "gi",
));
