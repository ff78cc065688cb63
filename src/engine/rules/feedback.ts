/** Rules: feedback. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";

const AGENCY = "(?:agency|client|company|customer|studio|publisher|brand|buyer|purchaser|commissioner|licensee|employer)";
const MAKER = "(?:you|contractor|consultant|freelancer|designer|developer|writer|artist|creator|photographer|illustrator|author|provider|supplier|vendor|licensor)";
const COMMENT_NOUN = "(?:feedback|comments|input|suggestions|corrections|edits|revisions|instructions|notes|mark-?ups)";
/** Feedback given BY the other side (its possessive, or "from the Client"), and none by the maker in the same sentence. */
const AGENCY_FEEDBACK_ONLY = `^(?=[^]*\\b(?:${AGENCY}(?:'s|\\u2019s)\\s+(?:[\\w-]+\\s+){0,2}?${COMMENT_NOUN}|${COMMENT_NOUN}\\s+(?:(?:received|provided|given|sent)\\s+)?(?:from|by|of)\\s+(?:the\\s+)?${AGENCY}|\\b(?:provide|give|send|offer|deliver)s?\\s+(?:to\\s+)?(?:the\\s+)?${MAKER}\\s+(?:with\\s+)?(?:[\\w-]+\\s+){0,3}?${COMMENT_NOUN})\\b)(?![^]*\\b${MAKER}(?:'s|\\u2019s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:feedback|suggestions?|ideas|comments|input|proposals|recommendations)\\b)(?![^]*\\b(?:feedback|suggestions?|ideas|comments|input|proposals|recommendations)\\s+(?:that\\s+|which\\s+)?(?:the\\s+)?${MAKER}\\b)`;

export const FEEDBACK_RULES = [
  {
    id: "feedback/feedback-rights",
    category: "feedback",
    severity: "medium",
    pattern:
      "\\b(?:feedback|testimonials?|(?:enhancement|feature|change)\\s+requests|bug\\s+reports)\\b|\\b(?:any|all|such|your)\\s+(?:(?:comments|remarks)\\s*(?:,|and|or)\\s*)?(?:suggestions?|ideas|proposals|recommendations)\\b|\\b(?:send|submit|provide|give|offer|make|share)s?\\s+(?:(?:us|to\\s+us|the\\s+\\w+)\\s+)?(?:any\\s+)?(?:suggestions?|ideas|proposals|recommendations|comments|improvements)\\b|\\b(?:suggestions?|ideas|concepts|proposals|observations|input|comments|remarks)\\b(?=\\s+(?:(?:that\\s+)?(?:you|contractor|consultant)\\b|(?:that\\s+|which\\s+)?(?:the\\s+|its\\s+|your\\s+)?[\\w-]+\\s+(?:offers|provides|submits|gives|makes|shares|proposes|communicates|sends|contributes|volunteers|puts\\s+forward)\\b|provided|submitted|given|made|offered|disclosed|conveyed|expressed|presented|contributed|regarding|about|relating|concerning|for\\s+improv|put\\s+forward|volunteered|communicated|shared|raised))|\\b(?:suggestions?|ideas|comments|notes|corrections|recommendations|proposals|input|commentary)\\s+(?:supplied|provided|submitted|given|made|offered|furnished|contributed)\\s+(?:to|by)\\b|\\b(?:improvements|enhancements|changes|modifications|amendments)\\s+(?:(?:to|of|in|for)\\s+(?:[\\w'\\u2019-]+\\s+){1,4}?)?(?:that\\s+(?:are|were|have\\s+been)\\s+)?(?:proposed|suggested|recommended)\\s+by\\b|\\b(?:creative|editorial|marketing|informal|feature|product|usability)\\s+(?:ideas|input|observations|suggestions|proposals)\\b|\\b(?:corrections?|ratings?|rankings?|annotations?|evaluations?|edits|preferences|labels)\\b(?=(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){0,5}?(?:of|on|to)\\s+(?:the\\s+|any\\s+|its\\s+|our\\s+)?(?:machine|AI|model|system|automated|algorithmic|AI-generated|machine-generated|generated)[\\w-]*\\s+(?:outputs?|responses?|results?|drafts?|translations?|suggestions?|completions?|answers?))",
    // rights in it, or its confidentiality taken away ("Feedback is not Confidential Information")
    requires: ["\\b(?:feedback|feature\\s+requests|bug\\s+reports|notes|commentary|changes|modifications|enhancements|amendments|suggestions?|ideas|testimonials?|proposals|recommendations|comments|improvements|concepts|observations|input|corrections?|ratings?|rankings?|annotations?|evaluations?|edits|preferences|labels)\\b", "\\b(?:licen[cs]\\w*|rights?|title|own\\w*|assign\\w*|property|use[sd]?(?!\\s+(?:(?:its|their|his|her|all|every)\\s+)?(?:commercially\\s+)?(?:reasonable|best|good[- ]faith|diligent)\\s+(?:efforts|endeavou?rs))|using|exploit\\w*|royalty|publish\\w*|display\\w*|incorporat\\w*|implement\\w*|commerciali[sz]\\w*|adopt\\w*|acted\\s+(?:up)?on|act\\s+(?:up)?on)\\b|\\b(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:treated\\s+as\\s+|considered\\s+|deemed\\s+)?(?:[\\w'\\u2019]+\\s+){0,2}confidential\\b|\\bnon-?confidential\\b"],
    // the other side's own comments to the maker ("Contractor shall incorporate Client's feedback into the drafts") take nothing from the maker
    unless: AGENCY_FEEDBACK_ONLY,
    anchors: ["feedback", "notes", "commentary", "feature", "bug", "suggested$", "proposed$", "recommended$", "testimonial", "enhancement", "suggestion", "ideas", "idea", "proposals", "recommendations", "comments", "improvements", "concepts", "observations", "input", "correction", "corrections", "rating", "ratings", "ranking", "rankings", "annotation", "annotations", "evaluation", "evaluations", "edits", "preferences", "labels"],
    message: "This takes rights in feedback, suggestions or ideas, which can include the freelancer's own work and corrections.",
    rationale: "Feedback clauses are often written broadly enough to capture your corrections and creative input, and to use them for AI training.",
    fix: "qualify",
    qualifier: "limited to comments about {agency}'s own services, excluding {work}, and never used to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may use any feedback or suggestions Contractor provides without restriction.", "The Writer may send the Studio comments, which the Studio may use freely.", "Comments the Author makes on the Publisher's platform may be used by the Publisher to improve it.", "The Studio may use all proposals and recommendations of the Designer.", "The Vendor may incorporate any Feedback into its products.", "Creative input the Narrator offers in the booth may be adopted by the Producer in any later production.", "Suggestions the Illustrator makes may be used by the Agency for any of its titles.", "The Tester's rankings and edits of AI-generated answers may be used by the Platform to refine its assistant.", "Techniques or ideas disclosed by the Writer in meetings may be used by the Studio in any production."],
      valid: ["The Consultant will send comments on the draft each Friday.", "The Editor will send corrections of the typeset proofs within a week."],
    },
  },
] as const satisfies readonly RuleData[];
