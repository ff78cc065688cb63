/** Rules: anonymization loophole. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { LEAVES_THE_WORK_OUT, SERVICE_METRICS_ONLY } from "./dataAggregation";

export const ANONYMIZATION_RULES = [
  {
    id: "anonymization/anonymized-use",
    category: "anonymization",
    severity: "medium",
    pattern:
      "\\b(?:anonymi[sz](?:ed|e|es|ing|ation)|anonymous|de-?identif(?:ied|y|ies|ying|ication)|pseudonymi[sz](?:ed|e|es|ing|ation)|depersonali[sz]ed|undifferentiated|non-?(?:personally[- ])?identif(?:ying|iable|ied))\\b(?:\\s*(?:,|and|or)\\s*(?:aggregated|disconnected|anonymi[sz]ed|de-?identified))?(?:\\s+(?:form|data|information|content))?|\\bno\\s+longer\\s+identif\\w+\\b|\\bstripped\\s+of\\s+(?:all\\s+|any\\s+)?(?:identifying|personal|attribution)\\b|\\bstripped\\s+of\\s+(?:the\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:name|names|credit|credits|byline|bylines)(?:\\s+and\\s+(?:other\\s+|any\\s+other\\s+)?(?:identifying|personal)\\s+(?:details|information|data))?\\b|\\bwith\\s+(?:(?:the|all|any)\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:attribution|credits?|bylines?|names?|identifying\\s+(?:details|information|data))\\s+(?:removed|deleted|redacted|stripped|obscured)\\b|\\bnon-?attributable\\b|\\b(?:is|are)\\s+not\\s+(?:identified|named|credited)\\s+as\\s+(?:the\\s+)?(?:author|creator|source|contributor)\\b|\\b(?:any\\s+|all\\s+)?references?\\s+to\\s+(?:the\\s+)?[\\w-]+\\s+(?:has|have)\\s+been\\s+(?:removed|deleted|redacted)\\b|\\b(?:does|do|will|shall)\\s+not\\s+(?:personally\\s+)?identify\\b|\\bidentif(?:ies|y)\\s+neither\\b|\\b(?:data|information|content|materials?)\\s+(?:that|which)\\s+cannot\\s+(?:reasonably\\s+)?(?:be\\s+used\\s+to\\s+)?(?:re-?)?identify\\b|\\bfrom\\s+which\\s+(?:all\\s+|any\\s+)?(?:[\\w-]+(?:'s|\\u2019s)?\\s+){0,3}?(?:identifying|personal|author|attribution|authorship|names?|credits?|bylines?)\\b[^.;]{0,60}?\\b(?:has|have)\\s+been\\s+(?:removed|deleted|redacted|stripped|scrubbed|purged|masked)\\b|\\b(?:removal|deletion|stripping|redaction|masking)\\s+of\\s+(?:all\\s+|any\\s+)?(?:the\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:identifying|personal|attribution|authorship|names?|credits?|bylines?|watermarks?)\\b|\\b(?:personal\\s+(?:data|information|details)|identifying\\s+(?:information|details|data)|identifiers|personally\\s+identifiable\\s+information|PII)\\s+(?:has|have|is|are)\\s+(?:been\\s+)?(?:removed|deleted|redacted|stripped|masked)\\b|\\b(?:information|data|details)\\s+(?:that\\s+|which\\s+)?identif(?:ying|ies|y)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,2}?(?:has|have|is|are)\\s+(?:been\\s+)?(?:removed|deleted|redacted|stripped|masked)\\b|\\b(?:remov|redact|strip|mask)\\w*\\s+(?:all\\s+|any\\s+)?(?:personal\\s+(?:data|information|details)|identifying\\s+(?:information|details|data)|identifiers|PII)\\s+from\\b",
    unless: `${SERVICE_METRICS_ONLY}|${LEAVES_THE_WORK_OUT}`,
    // anonymising personal data before handing it over is a safeguard, not a use of the work
    unlessAfter: "\\s+(?:the\\s+|any\\s+|all\\s+)?personal\\s+(?:data|information)\\s+(?:(?:in|from|within|contained\\s+in)\\s+(?:[\\w-]+\\s+){1,4}?)?(?:before|prior\\s+to|when)\\b",
    // a use of it, or a carve-out: obligations that "do not apply to" it, or it "is not subject to" them
    requires: [`\\b(?:use[sd]?|using|re-?us\\w*|adapt\\w*|redistribut\\w*|retain\\w*|keep|kept|shar\\w*|disclos\\w*|exploit\\w*|commerciali[sz]\\w*|publish\\w*|sell|licen[cs]\\w*|own\\w*|may)\\b|\\bnot\\s+(?:\\w+\\s+){0,2}?appl(?:y|ies)\\s+to\\b|\\bnot\\s+(?:be\\s+)?subject\\s+to\\b`],
    anchors: ["anonymi", "anonymous", "identified", "identify", "identifies", "identifying", "identification", "identifiable", "pseudonymi", "depersonalized", "depersonalised", "undifferentiated", "longer", "non", "stripped", "scrubbed", "removal", "deletion", "stripping", "redaction", "masking", "purged", "neither", "identify$", "which$", "attributable", "removed", "deleted", "redacted", "credited", "named$", "personal", "identifiers", "pii", "remove", "removing", "redact", "strip", "masked"],
    message: "This lets the work be used once it is \"anonymized\" or \"de-identified\", a common AI-training loophole.",
    rationale: "Anonymizing removes your name, not your work: the content can still be used to train models, just without attribution.",
    fix: "qualify",
    qualifier: "which never includes {work} or permits any use to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may retain and use anonymized data derived from the Deliverables.", "Once stripped of identifying details, the Copy may be reused by the Agency in other campaigns.", "The confidentiality obligations in Section 8 do not apply to anonymized information.", "After personal details have been redacted from the Interviews, the Broadcaster may reuse them in any programme.", "Once all information identifying the Narrator has been removed, the Studio may reuse the Recordings."],
      valid: ["Agency shall not use anonymized data derived from the Deliverables.", "The survey responses are anonymous.", "The Agency may anonymise personal data before sending it to the Client, as the law requires."],
    },
  },
] as const satisfies readonly RuleData[];
