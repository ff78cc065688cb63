/** Rules: ambiguous purposes. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { MAKER_KEEPS } from "./shared";
import { IMPROVE_VERB, PURPOSE_DEFINITION, VENDOR_ONLY, WORK_NOUN } from "./vocab";

export const AMBIGUOUS_PURPOSE_RULES = [
  {
    id: "ambiguous-purpose/internal-purposes",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern: `\\b(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)?(?:own\\s+)?internal\\b(?:[\\s,-]+(?:business|non-?commercial|commercial|research|academic|operational|administrative|strategy|strategic|planning|development|developmental|innovation|product|analytics|analytical|and|or)){0,5}\\s+(?:purposes?|use|uses|operations|needs)\\b|\\bfor\\s+any\\s+of\\s+(?:its|their|our)\\s+(?:own\\s+)?(?:business\\s+|commercial\\s+)?(?:purposes|operations|activities)\\b|\\b(?:for|in)\\s+(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)(?:own\\s+(?:(?:legitimate|general|lawful)\\s+)?(?:business\\s+)?|(?:legitimate|general|lawful|other)\\s+business\\s+|business\\s+)(?:purposes|operations)\\b|\\bfor\\s+(?:any|all|general)\\s+(?:business|commercial)\\s+purposes?\\b|\\bfor\\s+(?:(?:its|their|our)\\s+)?(?:general|ordinary|wider|broader|day-to-day)\\s+business\\s+(?:needs|requirements|purposes|use)\\b|\\b(?:means|shall\\s+mean)\\s+(?<t>(?:the\\s+)?(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)(?:own\\s+)?(?:(?:general|internal|legitimate|ordinary)\\s+)?business\\s+purposes)\\b|\\bfor\\s+(?:any\\s+)?purposes?\\s+(?:(?:reasonably|directly|indirectly)\\s+)?(?:related|relating|connected)\\s+(?:to|with)\\s+(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)(?:own\\s+)?(?:(?:present|current|existing|future|and|or)\\s+){0,3}(?:business(?:es)?|operations|activities)\\b(?!\\s+(?:under|with\\s+the|hereunder))|\\b(?:for|in|to\\s+(?:serve|pursue|further))\\s+(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)(?:own\\s+)?legitimate\\s+(?:business\\s+|commercial\\s+)?interests?\\b|\\b(?:in\\s+connection\\s+with|to\\s+support|in\\s+support\\s+of|for\\s+the\\s+purposes\\s+of)\\s+(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)(?:own\\s+)?(?:business(?:es)?|(?:business\\s+)?(?:operations|activities))(?:\\s+(?:generally|as\\s+a\\s+whole|and\\s+(?:strategic\\s+)?\\w+))?\\b(?!\\s+(?:under|with\\s+the|of\\s+the|hereunder))`,
    unlessAfter: "\\s*,?\\s*(?:under|of|in\\s+connection|related|relating|set\\s+out|set\\s+forth|described|stated|contemplated|in\\s+this)",
    requires: [`${WORK_NOUN}|${PURPOSE_DEFINITION}`],
    unless: VENDOR_ONLY,
    anchors: ["internal", "purposes", "legitimate", "operations", "activities", "business", "businesses"],
    purposeLead: true,
    message: "\"Internal purposes\" is open-ended: agencies now read it to include training their own AI models.",
    rationale: "Training an in-house model is an internal use, so this wording does not keep the work out of AI training.",
    fix: "qualify",
    qualifier: "which do not include any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may process the data for internal business purposes.", "Agency may keep the Deliverables for its internal use.", "The Agency may use the Materials for its own business purposes.", "Client may use the Designs for general business purposes.", "\"Permitted Use\" means the Studio's business purposes generally.", "The Label may use the Recordings for purposes related to its business.", "The University receives a licence to the Materials for its internal non-commercial research purposes.", "The Agency may use the Deliverables in its legitimate business interests.", "The Publisher may use all artwork the Illustrator draws for any of its commercial activities.", "The Agency may use the Photographs in connection with its business generally.", "Client may use the Work Product to support its business operations."],
      valid: ["Customer may install the Software for its internal business purposes."],
    },
  },
  {
    id: "ambiguous-purpose/improve-services",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern: `\\bfor\\s+(?:(?:its|their|our)\\s+own\\s+)?(?:service|product|model|platform|quality|business)[\\s-]+(?:improvement|development|enhancement)(?:\\s+purposes)?\\b|\\b(?:development|creation|design|building)\\s+of\\s+new\\s+(?:products?|services?|offerings?|features?|technolog(?:y|ies)|tools?)\\b|\\b(?:to|for(?:\\s+the\\s+purposes?\\s+of)?|helps?\\s+(?:us|it|them|the\\s+\\w+)(?:\\s+to)?)\\s+(?:(?:help|further)\\s+)?(?:(?:provid|maintain|operat|support|protect|secur|develop|improv|enhanc|build|creat|optimi[sz]|personali[sz]|refin|analy[sz]|market|promot|commerciali[sz]|administ|understand|innovat|test|evaluat|experiment)\\w*\\b\\s*,?\\s*(?:and\\s+|or\\s+|and/or\\s+)?){0,5}?${IMPROVE_VERB}\\b(?:\\s*,?\\s*(?:and\\s+|or\\s+|and/or\\s+)?(?:provid|maintain|operat|support|protect|secur|develop|improv|enhanc|build|creat|optimi[sz]|personali[sz]|refin|analy[sz]|market|promot|commerciali[sz]|administ|understand|innovat|test|evaluat|experiment)\\w*\\b){0,5}\\s+(?:(?:of|its|our|their|the|new|existing|other|future|and|better|quality|performance|accuracy|functionality|reliability|speed|safety|\\w+(?:'s|\\u2019s))(?:\\s*,\\s*|\\s+)){0,8}(?:(?!(?:an?|any|each|such|one)\\s)[\\w-]+\\s+)?(?:products?|services?|offerings?|features?|technolog(?:y|ies)|platforms?|tools?|solutions?|business|systems?|models?|processes|operations|workflows|(?:user\\s+|customer\\s+)?experiences?)(?:\\s+(?:and|or)\\s+(?:products?|services?|offerings?|features?|technolog(?:y|ies)|platforms?|tools?|solutions?|business|systems?))?\\b|\\bmak(?:e|es|ing)\\s+(?:our|its|their|the)\\s+(?:products?|services?|platform|offerings?|features?|tools?)\\s+(?:(?:\\w+\\s+){0,2}?(?:better|smarter|more\\s+\\w+))\\b|\\b(?:for|of)\\s+(?:(?:its|our|their|the)\\s+)?(?:product|service|business)(?:\\s+(?:and|or)\\s+(?:product|service|business))?\\s+(?:development|improvement)\\b(?!\\s+(?:strateg\\w*|plans?|teams?|managers?|activit\\w*|opportunit\\w*|contacts?|roles?|efforts?|services?))|\\b(?:for|in|including|(?:in\\s+)?(?:connection|conjunction)\\s+with|for\\s+[^.;:]{1,80}?(?:,|\\s(?:and|or)))\\s+(?:the\\s+)?(?:(?:operation|provision|maintenance|support|development|improvement|enhancement|optimi[sz]ation)\\s*(?:,\\s*|\\s+(?:and|or)\\s+)){0,3}(?:development|improvement|enhancement|optimi[sz]ation|refinement)\\s+of\\s+(?:(?:its|our|their|the|new|existing|current|other|future|and|\\w+(?:'s|\\u2019s))\\s+){0,4}(?:products?|services?|offerings?|features?|technolog(?:y|ies)|platforms?|tools?|solutions?|business|systems?)\\b|\\b${IMPROVE_VERB}\\s+what\\s+(?:we|it|they|the\\s+\\w+)\\s+(?:offers?|provides?|sells?|builds?)\\b|\\b(?:to|for(?:\\s+the\\s+purposes?\\s+of)?|when|while|in)\\s+(?:develop|build|creat|evaluat|explor|launch|pursu|test)\\w*(?:\\s*,\\s*(?:and\\s+|or\\s+)?(?:develop|build|creat|evaluat|explor|launch|pursu|test)\\w*|\\s+(?:and|or)\\s+(?:develop|build|creat|evaluat|explor|launch|pursu|test)\\w*){0,3}\\s+(?:(?:other|new|future|further|additional|different|its\\s+own|their\\s+own|its|their|our)\\s+)+(?:[\\w-]+\\s+)?(?:applications?|apps|software|programs|tools|tooling|projects|products?|services?|features|lines\\s+of\\s+business|markets|ventures|offerings)\\b|\\bfor\\s+(?:(?:its|their|our|any|other)\\s+)?(?:own\\s+)?(?:internal\\s+)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,3}(?:technology|tech|innovation|research|engineering|R&D|experimentation|experimental)\\s+(?:projects|initiatives|programmes|programs)\\b|\\b(?:product|service|business)[\\s-]+(?:development|improvement)\\s+purposes\\b|\\b(?:any|all|its|their)\\s+(?:(?:current|existing|present|future|other|new)\\s+(?:or|and|and/or)\\s+)?(?:current|existing|future|other|new)\\s+lines?\\s+of\\s+business\\b`,
    requires: [WORK_NOUN],
    // the thing developed is the project's own, named in the contract ("developing the Model described in the SOW")
    unlessAfter: "\\s*,?\\s*(?:(?:as\\s+)?(?:described|set\\s+out|set\\s+forth|specified|defined|identified)\\s+in\\s+(?:the|this|any|each|an?)\\s+(?:SOW|statement\\s+of\\s+work|schedule|order|work\\s+order|agreement|proposal|brief|exhibit|specification)|under\\s+(?:this|the)\\s+(?:agreement|SOW|statement\\s+of\\s+work|project))\\b",
    anchors: ["test$", "testing$", "evaluate$", "line$", "lines$", "creation", "explore", "launch", "pursue", "design$", "projects$", "initiatives$", "programmes$", "programs$", "improve", "improving", "improved", "improvement", "improvements", "develop", "innovate", "refinement", "enhance", "enhancing", "enhancement", "build", "building", "create", "creating", "refine", "refining", "optimise", "optimize", "optimising", "optimizing", "augment", "augmenting", "better", "smarter", "more"],
    message: "Use \"to improve or develop products or services\" is open-ended and covers building AI features.",
    rationale: "Improving a product today usually means training its models; this wording lets the work feed them.",
    fix: "qualify",
    qualifier: "but not to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Company may use the Content to improve its products and services.", "Client may use Feedback for product development.", "We may use your Content for the improvement of our Services.", "We may use your information to innovate and improve what we offer."],
      valid: ["Contractor will improve the website's loading speed.", "Company may not use the Content to improve its products.", "The Client shall supply sample data for the purpose of developing the App described in the SOW."],
    },
  },
  {
    id: "ambiguous-purpose/purpose-list",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern:
      "\\b(?:improving|developing|enhancing|building|creating)(?:\\s*,?\\s*(?:and\\s+|or\\s+)?(?:improving|developing|enhancing|building|creating|providing|operating|maintaining))?\\s+(?:(?:new|our|its|their|the|existing|other|future|and|or)\\s+){0,3}(?:products?|services?|features?|offerings?|technolog(?:y|ies)|tools?|solutions?)\\b",
    requires: [WORK_NOUN, "\\b(?:purposes?|licen[cs]\\w*|rights?)\\b"],
    anchors: ["improving", "developing", "enhancing", "building", "creating"],
    message: "Among the purposes the work may be used for is improving or developing products, which covers building AI features.",
    rationale: "A list of purposes that includes developing new products or features lets the work feed whatever is developed next, AI models included.",
    fix: "qualify",
    qualifier: "but not {aiNoun}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["You grant us a license to your Content for the purposes of hosting it and developing new features."],
      valid: ["The Contractor will be developing new features for the website."],
    },
  },
  {
    id: "ambiguous-purpose/research-analytics",
    category: "ambiguous-purpose",
    severity: "low",
    pattern: `\\b(?:in\\s+(?:furtherance|support)\\s+of|as\\s+part\\s+of|in\\s+connection\\s+with)\\s+(?:(?:its|our|their|the|[\\w-]+(?:'s|\\u2019s))\\s+)?(?:own\\s+|internal\\s+)?research(?:\\s+and\\s+development)?(?:\\s+(?:activities|programmes?|programs?|projects?|purposes|efforts|work))?\\b|\\bpurposes?\\s+(?:including|such\\s+as|like)\\s+[^.;]{0,80}?\\b(?:research|analytics|data\\s+mining)\\b|\\bfor\\s+(?:(?:its|our|their|internal|scientific|market|product|further|the\\s+purposes?\\s+of)\\s+)?(?:research(?:\\s+and\\s+development)?|(?:data\\s+)?analytics|data\\s+mining|statistical\\s+(?:purposes|analysis))(?:\\s+purposes)?\\b|\\b(?:research|analytics|statistical)(?:[\\s,]+(?:and\\s+|or\\s+)?(?!purposes)[\\w-]+){0,3}\\s+purposes\\b|\\bdata\\s+mining\\b|\\b(?:to|and)\\s+(?:conduct|perform|carry\\s+out)\\s+(?:\\w+\\s+)?(?:research|analytics)\\b|\\banaly[sz](?:e|es|ed|ing)\\b[^.;]{0,60}?\\b(?:using|with|by|through)\\s+(?:(?:any|its|our|their)\\s+)?(?:automated|algorithmic|computational)\\s+(?:tools?|means|systems?|techniques?|processing|methods?)\\b|\\bfor\\s+(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,3}(?:development|experimental|exploratory|strategic)\\s+purposes\\b|\\b(?:to|for)\\s+(?:(?:support|further|fund|advance|pursue|drive|inform)\\s+)?(?:(?:its|our|their|the|any|other)\\s+)?(?=(?:(?!(?:initiatives|work|programmes?|programs?|projects|efforts|activities|ventures)\\b)[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){0,8}?(?:research|innovation|[\\w-]+-enhancement|enhancement|improvement|experimental|exploratory|new)\\b)(?:[\\w-]+(?:\\s+[\\w-]+)?(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,4}(?:[\\w-]+\\s+)?(?:initiatives|work|programmes?|programs?|projects|efforts|activities|ventures)\\b`,
    requires: [WORK_NOUN, "\\b(?:use[sd]?|using|analy[sz]\\w*|process\\w*|mine|exploit\\w*|licen[cs]\\w*|retain\\w*|keep|kept|draw\\s+(?:on|upon)|rely\\s+(?:on|upon)|reuse[sd]?|re-use[sd]?)\\b"],
    // a purpose tied to the project ("for development purposes under this Agreement") is not open
    unlessAfter: "\\s*,?\\s*(?:under|of|for|in\\s+connection\\s+with)\\s+(?:this|the)\\s+(?:agreement|project|SOW|statement\\s+of\\s+work|services)\\b",
    anchors: ["development", "experimental", "exploratory", "strategic", "research", "innovation", "enhancement", "improvement", "initiatives$", "ventures$", "analytics", "mining", "statistical", "analyse", "analyze", "analysed", "analyzed", "analyses", "analyzes", "analysing", "analyzing"],
    message: "\"Research\" or \"analytics\" purposes are broad enough to include building and testing AI models.",
    rationale: "Model training is routinely described as research or analytics, so this wording leaves the door open.",
    fix: "qualify",
    qualifier: "which do not include any use to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may use the Deliverables for research purposes.", "We may use your uploads for purposes such as security, analytics and research.", "Client may analyze the Content for analytics.", "You grant the Platform a licence to analyse your Photos with automated tools."],
      valid: ["The parties will meet monthly to review the schedule.", "Confidential Information includes research and product plans.", "The Designer will prepare a monthly summary of project hours for the Client."],
    },
  },
  {
    id: "ambiguous-purpose/any-other-purpose",
    category: "ambiguous-purpose",
    severity: "medium",
    // open-ended purposes, and reuse beyond this engagement ("for other client engagements", "on future projects")
    pattern: "\\b(?:is|are|shall|will)\\s+not\\s+(?:be\\s+)?(?:limited|restricted|confined)\\s+to\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:purposes?|project|uses?|scope|campaign|brief)\\b(?:\\s+(?:described|set\\s+out|set\\s+forth|specified|defined|named)\\s+in\\s+(?:the\\s+|this\\s+|any\\s+)?[\\w-]+(?:\\s+(?:of\\s+)?[\\w-]+){0,2})?|\\bany\\s+(?:other\\s+)?(?:use|purpose)(?:\\s+of\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:that|which)\\s+(?:the\\s+|it\\s+|they\\s+)?(?:[\\w-]+\\s+)?(?:considers?|deems?|believes?|judges?)\\s+(?:to\\s+be\\s+)?(?:beneficial|appropriate|useful|desirable|fit|advantageous)\\b|\\b(?:in\\s+(?:any\\s+)?(?:other\\s+)?(?:ways?|manners?)|for\\s+(?:any\\s+)?(?:other\\s+)?(?:purposes|uses))\\s+(?:that\\s+(?:are|were)\\s+|which\\s+(?:are|were)\\s+)?not\\s+(?:(?:yet|now|presently|currently|expressly|specifically)\\s+)?(?:contemplated|envisaged|envisioned|described|specified|anticipated|foreseen)\\s+(?:by|in|at|on)\\b|\\bbeyond\\s+the\\s+(?:permitted|licensed|agreed|authori[sz]ed)\\s+(?:uses?|purposes?|scope)\\b|\\bbeyond\\s+the\\s+scope\\s+of\\s+(?:the|this)\\s+(?:project|SOW|statement\\s+of\\s+work|engagement|brief|commission)\\b(?<=\\b(?:use[sd]?|using|exploit\\w*|available|purposes?)\\b[^.;]{0,80}beyond\\s+the\\s+scope\\s+of\\s+(?:the|this)\\s+(?:project|SOW|statement\\s+of\\s+work|engagement|brief|commission))|\\b(?:future|new|other)\\s+(?:[\\w-]+\\s+)?(?:initiatives|projects|products|ventures|uses|purposes)\\s+(?:which\\s+are\\s+|that\\s+are\\s+)?not\\s+(?:yet\\s+|now\\s+|presently\\s+|currently\\s+)?(?:contemplated|envisaged|envisioned|known|anticipated|foreseen)\\b|\\b(?:for\\s+)?(?:any|such)\\s+other\\s+(?:(?:lawful|legitimate|business|commercial|internal|related|similar|incidental)\\s+){0,2}purposes?\\b(?!\\s+as\\s+(?:(?:the|both)\\s+)?parties\\s+(?:may|shall|will)\\s+(?:(?:mutually|jointly|later|hereafter|subsequently)\\s+)?agree)|\\bfor\\s+whatever\\s+(?:(?:other|further|future|new)\\s+)?(?:initiatives|projects|purposes|ventures|products|uses|campaigns|productions|programmes|programs|titles|works)\\s+(?:it|they|the\\s+[\\w-]+|[A-Z][\\w-]+)\\s+(?:may\\s+)?(?:pursues?|chooses?|selects?|undertakes?|wishes?|wants?|decides?|launch(?:es)?)\\b|\\b(?:for\\s+)?(?:purposes|uses)\\s+(?:beyond|outside(?:\\s+of)?)\\s+(?:the\\s+)?(?:scope\\s+of\\s+)?(?:the|this|any)\\s+(?:SOW|statement\\s+of\\s+work|project|brief|campaign|agreement|engagement)\\b|\\bfor\\s+(?:all\\s+)?other\\s+(?:business|commercial|lawful|legitimate)\\s+purposes\\b|\\bfor\\s+(?:any\\s+|such\\s+)?(?:other|further|future|new)\\s+(?:[\\w-]+\\s+)?(?:initiatives|projects|purposes|ventures|campaigns|productions)\\s+(?:that\\s+|which\\s+)?(?:it|they|the\\s+[\\w-]+|[\\w-]+)\\s+(?:may\\s+)?(?:(?:\\w+ly|later|hereafter)\\s+)?(?:undertakes?|pursues?|chooses?|selects?|decides?\\s+(?:on|upon)|launch(?:es)?|wish(?:es)?|devises?|plans?)\\b|\\bsuch\\s+(?:other|further|additional)\\s+uses?\\s+(?:of\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+)?as\\s+(?:(?:the|its)\\s+)?[\\w-]+\\s+(?:may\\s+)?(?:\\w+ly\\s+)?(?:considers?|deems?|thinks?|sees?|determines?|decides?|requires?|wish(?:es)?|chooses?)\\b|\\b(?:and|or)\\s+(?:any\\s+|all\\s+)?other\\s+(?:(?:business|commercial|lawful|legitimate|related|similar)\\s+)?purposes\\b(?<=\\bfor\\s+[^.;]{0,80})|\\b(?:for|and|or|with)\\s+(?:such|whatever)\\s+(?:(?:further|other|internal|developmental|additional|business|commercial|lawful|legitimate|related|future|new|institutional|corporate|and)\\s+){0,3}(?:purposes?|projects|initiatives|uses|campaigns|productions|engagements)\\s+as\\s+(?:(?:the|its)\\s+)?[\\w-]+\\s+(?:may\\s+)?(?:(?:\\w+ly|later|hereafter)\\s+)?(?:(?:in\\s+its\\s+(?:sole\\s+|absolute\\s+)?discretion|from\\s+time\\s+to\\s+time)\\s+)?(?:determines?|decides?|designates?|specif(?:y|ies)|nominates?|directs?|selects?|requests?|instructs?|undertakes?|pursues?|approves?|authori[sz]es?|considers?\\s+(?:appropriate|fit|necessary|useful|desirable)|identif(?:y|ies)|sees?\\s+fit|thinks?\\s+fit|considers?\\s+(?:appropriate|fit|necessary|useful)|deems?\\s+(?:appropriate|fit|necessary|useful)|chooses?|elects?|wish(?:es)?)\\b|\\b(?:for|in|on|across|in\\s+connection\\s+with)\\s+(?:(?:any|all|its|their|our)\\s+)?(?:other|future|later|subsequent)\\s+(?:client\\s+|customer\\s+)?(?:engagements|projects|clients|customers|campaigns|productions|titles)\\b",
    requires: [`${WORK_NOUN}|${PURPOSE_DEFINITION}`],
    unlessAfter: "\\s*,?\\s*(?:than|except|related|in connection|set|described|permitted|expressly)",
    unless: MAKER_KEEPS,
    anchors: ["manner$", "ways$", "initiatives$", "uses$", "considers$", "deems$", "thinks$", "sees$", "determines$", "decides$", "chooses$", "limited", "restricted", "confined", "beneficial", "useful", "desirable", "advantageous", "contemplated", "whatever", "beyond", "outside", "envisaged", "envisioned", "anticipated", "foreseen", "known$", "purpose", "projects$", "engagements$", "clients$", "customers$", "campaigns$", "productions$", "titles$"],
    message: "\"Any other purpose\" leaves the use of the work open-ended.",
    rationale: "An open-ended list of purposes includes AI training unless it is excluded by name.",
    fix: "qualify",
    qualifier: "which do not include any use to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may use the Materials for marketing and any other purpose.", "The Brand may use the Photographs for advertising, packaging and other commercial purposes.", "The Label may use the Recordings for such purposes as the Label may in its discretion determine.", "The Studio may reuse the Storyboards on future productions.", "Agency may adapt the Artwork for other client campaigns."],
      valid: ["Client shall not use the Materials for any other purpose.", "The Studio will schedule the Storyboards ahead of other productions.", "Agency shall not reuse the Artwork for other client campaigns.", "The Designer may show the Artwork in its portfolio and reuse its know-how for other clients."],
    },
  },
] as const satisfies readonly RuleData[];
