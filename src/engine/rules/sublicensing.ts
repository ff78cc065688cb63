/** Rules: sub-licensing and sharing. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { MAKER_ROLE, VENDOR_ONLY, VENDOR_OWN, WORK_NOUN } from "./vocab";
import { RECIPIENT, CONTRACT_ASSIGNMENT } from "./shared";

/** Nouns of the user's work, for the look-alike tests below (a sentence that names none of them is about something else). */
const NAMES_WORK = "\\b(?:deliverables?|work\\s+product|content|materials|works?|artwork|photographs?|images?|designs?|recordings?|manuscripts?|articles|code|software)\\b";

/**
 * Processing flowed down under data protection law (personal data, or a sub-processor bound by "data
 * protection obligations" / "no less protective" terms) in a sentence that names none of the work.
 */
const PERSONAL_DATA_PROCESSING = `^(?=[^]*\\b(?:personal\\s+(?:data|information)|data\\s+protection\\s+(?:obligations|terms)|no\\s+less\\s+protective)\\b)(?![^]*${NAMES_WORK})`;

/** Providers only for payments, invoices or e-mail, unless the work is named too: nothing of the work passes to them. */
const PAYMENTS_ONLY = `(?![^.;]{0,80}?\\b(?:(?:process|handl|collect|accept|send)\\w*\\s+(?:(?:card|credit|debit|our|your|the|all|online)\\s+){0,2}(?:payments?|invoices?|billing|transactions?|orders?|shipping|refunds?)|(?:payment|card|billing)\\s+processing|e-?mail\\s+delivery)\\b(?![^.;]*${WORK_NOUN}))`;

/** The words before a party who brings a claim ("any claim by", "proceedings brought by"): that party is no recipient of the work. */
const CLAIMANT = "(?:claims?|actions?|suits?|proceedings?|demands?|complaints?)\\s+(?:[\\w-]+\\s+){0,2}?(?:by|from|of)";

/**
 * A service the work travels through, named after "via", "through" or "using" ("send you the image via
 * Google Drive", "deliver the files through a private online gallery"): a channel, not a recipient.
 */
const DELIVERY_CHANNEL = `(?<=\\b(?:via|through|using)\\s+)(?:(?:a|an|the|our|my|its|their)\\s+)?(?:(?:private|secure|shared|online)\\s+){0,2}(?:Google(?:\\s+(?:Drive|Photos))?|Dropbox|WeTransfer|Box|iCloud|OneDrive|e-?mail|download\\s+links?|galler(?:y|ies)|(?:client\\s+)?portal)\\b(?![-'\\u2019])`;

export const SUBLICENSING_RULES = [
  {
    id: "sublicensing/sublicense",
    category: "sublicensing",
    severity: "medium",
    // a licence that is itself "transferable" (not "non-transferable") goes to whoever the licensee picks
    // (money received from sub-licences is accounting for a right granted elsewhere, not a grant)
    pattern: `(?<!non-?\\s?)(?<!\\b(?:sums|monies|moneys|income|receipts|revenues?|proceeds|royalt(?:y|ies)|amounts|share)\\s+(?:\\w+\\s+){0,2}(?:from|on|of|under)\\s+(?:any\\s+|the\\s+|such\\s+|all\\s+|each\\s+|every\\s+)?)\\bsub-?\\s?licen[cs](?:e|es|ed|ing|e?able)\\b|(?<!non-?\\s?)\\b(?:freely\\s+)?(?:transferable|transferrable|assignable)\\b(?=(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)(?:(?:[\\w-]+|royalty-free)(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){0,4}licen[cs]e(?![^.;]{0,80}?${VENDOR_OWN})(?=[^.;]{0,80}?${WORK_NOUN}))|\\bnon-?\\s?sub-?\\s?licen[cs]able\\s*\\(?\\s*(?<t>(?:except|other\\s+than|save)\\s+(?:to|for|with)\\s+[^)\\],;]{1,60})`,
    anchors: ["sublicense", "sub", "sublicensable", "sublicensing", "transferable", "transferrable", "assignable"],
    notInDefinition: true,
    message: "This lets the other side sublicense the work to others, including AI vendors.",
    rationale: "Once the work is sublicensed, the people who receive it are not bound by your agreement and can use it to train AI.",
    fix: "qualify",
    qualifier: "but never to anyone who may use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may sublicense the Deliverables to its customers.", "The Studio shall hold an exclusive, transferable licence to the Artwork.", "Agency receives a non-sublicensable (except to its affiliates) licence to the Content."],
      valid: ["The Publisher shall pay the Author half of all receipts from sublicensing the Work.", "Client may not sublicense the Deliverables.", "The Agency receives a non-exclusive, non-transferable licence to the Photographs.", "Client shall have a non-transferable and non-assignable license to the Deliverables."],
    },
  },
  {
    id: "sublicensing/share-third-parties",
    category: "sublicensing",
    severity: "medium",
    pattern: `\\b(?:share[sd]?|sharing|disclos\\w*|transfer\\w*|sen(?:d|ds|t|ding)|transmit\\w*|forward(?:s|ed|ing)?|process(?:es|ed|ing)?|(?:viewed|stored|hosted|handled)(?=[^.;]{0,60}?\\bby\\b)|pass(?:es|ed|ing)?|hand(?:s|ed|ing)?(?:\\s+over)?|show(?:n|s|ed|ing)?|display\\w*|visible|viewable|accessible|accessed|re-?sell\\w*|resold|rent\\w*|syndicat\\w*|provid(?!ers?\\b)\\w*(?!\\s+(?:[\\w-]+\\s+){0,4}services\\b)|distribut\\w*|sell|sold|licen[cs](?!ors?\\b|ees?\\b)\\w*|(?:mak\\w*|made)\\s+(?:\\w+\\s+){0,3}available|extend\\w*|grant\\w*|permit\\w*|allow\\w*|authori[sz]\\w*)\\b[^.;]{0,80}?\\b(?:with|to|by|through|via|across|among|within)(?:\\s*,?\\s+|\\s*:\\s*(?:[-\\u2022*]\\s*)?)(?<!\\b${CLAIMANT}\\s*)(?!${DELIVERY_CHANNEL})(?<t>(?:those\\s+of\\s+)?(?:(?:its|our|their|the|any|other|all|certain|such|these|those|an?|trusted|selected|vetted|outside|external|independent|academic|approved|one\\s+or\\s+more|and|[\\w-]+(?:'s|\\u2019s))\\s+){0,3}(?:(?:(?:following|below|above)\\s+)?(?:network|family|range|panel|categories|category|types|kinds|list)\\s+of\\s+(?:the\\s+)?)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:or|and)\\s+)){0,6}${RECIPIENT}(?:\\s*(?:,|and|or|and/or)\\s*(?:(?:its|our|their|other|and)\\s+){0,2}${RECIPIENT}){0,3})\\b|\\b(?:right|licen[cs]e|permission)\\s+to\\s+(?:[\\w-]+,?\\s+){0,6}?(?:and\\s+|or\\s+)?(?:share|redistribute|licen[cs]e(?!\\s+(?:fees?|agreements?|terms|keys?)\\b))\\b|\\b(?:to\\s+|or\\s+|and\\s+)(?:sub-?)?licen[cs]e\\s+(?:such|these|those|the\\s+said|any\\s+of\\s+(?:such|these|those|its))\\s+rights\\b|\\b(?:used|re-?used|incorporated|included|remixed|featured)\\s+(?:in|by)\\s+(?:other|third[- ]party)\\s+(?:users|creators|members|customers)\\b|\\b(?:may|can|shall\\s+be\\s+free\\s+to|is\\s+free\\s+to|right\\s+to)(?<!\\b(?:${MAKER_ROLE}|you|(?:either|each)\\s+party)\\s+(?:may|can|shall\\s+be\\s+free\\s+to|is\\s+free\\s+to|(?:has|have|retains?|keeps?)\\s+the\\s+right\\s+to))\\s+(?:re-?|sub-?)?licen[cs]e\\s+(?:[\\w-]+\\s+|\\([^()]{1,60}\\)\\s+){1,4}?under\\s+(?:any|other|different|additional|new)\\s+(?:[\\w-]+\\s+)?(?:licen[cs]es?|terms)\\b|\\b(?:grant|give)s?\\s+(?:to\\s+)?(?:(?:each|every|all|any|other)\\s+){1,2}(?:[\\w-]+\\s+)?(?:users?|members?|customers?|licensees?|third\\s+part(?:y|ies))\\b|\\b(?:authori[sz]|permit|allow|enabl|licen[cs](?!ees?\\b))\\w*\\s+(?:(?:its|their|our|the|any|other|one\\s+or\\s+more)\\s+){0,2}(?:[\\w-]+\\s*,\\s*){0,4}(?:[\\w-]+\\s+(?:and|or)\\s+(?:other\\s+|its\\s+|their\\s+)?)?(?:${RECIPIENT}|units|designees)(?:\\s+(?:and|or)\\s+(?:its\\s+|their\\s+)?${RECIPIENT})?(?:\\s*,\\s*(?:including|such\\s+as)\\s+(?![^.;,]{0,80}\\b(?:machine|AI|artificial|models?)\\b)[^.;]{0,120}?,)?\\s+to\\b|\\b(?:authori[sz]e|permit|allow|enable)s?\\s+(?:(?:its|their|our|any|other|such|all)\\s+)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){0,4}?(?:customers|clients|end[- ]users|(?:authori[sz]ed\\s+)?users|licensees|distributors|resellers|affiliates|sub-?contractors|contractors|outsourcers|companies|institutions|funders|partners|entities|organi[sz]ations|agencies|studios)\\s+to\\s+(?:access\\s+and\\s+)?(?:use|exploit|exercise|access|reproduce|copy|distribute|modify|display)\\b(?=[^.;]{0,60}?${WORK_NOUN})`,
    requires: [`${WORK_NOUN}|\\b(?:rights?|licen[cs]es?)\\s+(?:granted|licensed|conferred)\\b`],
    // shown to them only to review or approve it for this project: nothing passes onward
    // "the Content Provider", "the Licensee": one named party of this contract, not a third party
    unlessTrigger: "^the\\s+(?:[\\w-]+\\s+)?(?:provider|vendor|licensee|distributor|supplier)$",
    // nor is the maker left free to license its own work to others ("does not prevent the Designer from licensing … to others")
    unless: `\\b(?:solely|only|exclusively)\\s+(?:for\\s+the\\s+purposes?\\s+of|in\\s+order\\s+to|to|for)\\s+(?:review|approv|comment(?:ing)?\\s+on|check|sign(?:ing)?\\s+off)\\w*\\b|\\b(?:solely|only|exclusively)\\s+(?:to|for)\\s+[^.;]{0,80}?\\b(?:contemplated|described|specified|required)\\s+(?:by|in|under)\\s+(?:this|the)\\s+(?:SOW|statement\\s+of\\s+work|agreement|brief|order|work\\s+order)\\b|\\b(?:not\\s+(?:\\w+\\s+)?(?:prevent|restrict|preclude|limit|prohibit)|nothing\\s+(?:[\\w-]+\\s+){0,6}?(?:prevents?|restricts?|precludes?|limits?|prohibits?))\\s+(?:the\\s+)?(?:${MAKER_ROLE}|you)\\s+from\\b|\\b(?:${MAKER_ROLE}|you)\\s+(?:\\w+\\s+)?(?:reserves?|retains?|keeps?)\\s+(?:all\\s+|the\\s+)?(?:(?:exclusive|sole)\\s+)?rights?\\s+to\\b`,
    anchors: ["affiliate$", "affiliates$", "affiliated$", "subsidiaries$", "provider$", "providers$", "subprocessor$", "subprocessors$", "processor$", "processors$", "sub", "partners", "vendors", "third$", "subcontractors", "contractors$", "consultants$", "agents$", "entities$", "collaborators", "distributors$", "resellers", "producers$", "users$", "user$", "others$", "customers$", "customer$", "client$", "clients$", "franchisee", "franchisees", "licensee$", "licensees$", "member$", "members$", "businesses$", "companies$", "developer$", "developers$", "public$", "share", "shared", "shares", "sharing", "redistribute", "authorize", "authorise", "parent$", "group$", "ai$", "openai", "anthropic", "google", "microsoft", "meta", "mistral", "cohere", "midjourney", "stability", "hugging", "huggingface", "outsourcers$", "agencies$", "agents", "publishers", "assignees", "transferees", "person$", "entity$", "individual$", "anyone$", "creators$", "license$", "licence$", "sublicense$", "sublicence$", "relicense", "relicence", "students$", "participants$", "learners$", "readers$", "viewers$", "listeners$", "subscribers$", "players$", "visitors$", "investigators$", "researchers$", "institutions$", "viewable$", "vendor$", "prospective$", "potential$"],
    notInDefinition: true,
    message: "This lets the work be shared with affiliates, service providers or other third parties, who may include AI vendors.",
    rationale: "AI companies often act as a \"service provider\" or \"partner\"; sharing the work with them is how it reaches a training set.",
    fix: "qualify",
    qualifier: "each bound in writing not to use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "The rights granted to the Label include the right to authorise its distributors to copy the Masters.",
        "Agency may share the Deliverables with its service providers.",
        "Client may disclose the Content to third parties.",
        "The Agency may provide the Deliverables to OpenAI or Anthropic.",
        "The Publisher may pass the Materials on to its printers, distributors, agents or affiliates.",
        "The Platform may disclose your Content to its advertising partners.",
        "Members grant the Club the right to use, share and adapt their Photographs.",
        "The Franchisor may authorize other franchisees to use the Materials.",
      ],
      valid: ["The Licensor shall make all payments due to any third parties who worked on the Titles.", "Agency shall not disclose the Deliverables to any third party.", "Either party may assign this Agreement to an affiliate."],
    },
  },
  {
    id: "sublicensing/third-party-access",
    category: "sublicensing",
    severity: "medium",
    // "the Service Provider" named as a party is not a third party
    pattern: `(?<!\\b${CLAIMANT}\\s+(?:an?\\s+)?)(?<t>\\b(?:(?:its|our|their|the|any|other|and)\\s+){0,2}(?:(?!(?:no|not|none)\\s)[\\w-]+\\s+)?(?:service\\s+providers?|sub-?processors?|third[- ]part(?:y|ies)|sub-?contractors|vendors|partners))\\b(?!\\s+(?:hereby\\s+)?(?:grants?|licen[cs]es?|assigns?|agrees?|acknowledges?|represents?|warrants?)\\b)(?=[^.;]{0,80}?\\b(?:accessing|using|processing|storing|hosting|receiving|(?:to|may|can|will|shall)\\s+(?:also\\s+)?(?:access|use|process|store|host|receive|have\\s+access\\s+to))\\b[^.;]{0,120}?${WORK_NOUN})|\\b(?:use|uses|engage[sd]?|rel(?:y|ies)\\s+on|work\\s+with)\\s+(?:(?:only|trusted|vetted|selected|certain|carefully\\s+selected|reputable)\\s+){0,2}(?:third[- ]party\\s+)?(?:[\\w-]+\\s+)?(?:service\\s+providers|(?:[\\w-]+\\s+)?providers|partners|vendors|sub-?processors|processors|(?<=third[- ]party\\s+)(?:services|tools|platforms)(?=[^.;]{0,160}?${WORK_NOUN}))\\b(?=[^.;]{0,120}?\\b(?:on\\s+(?:our|its|their)\\s+behalf|help\\w*|perform\\w*|process\\w*|power\\w*|host\\w*|store|storage|run)\\b)${PAYMENTS_ONLY}|\\b(?:authori[sz]e|permit|allow|enable)s?\\s+(?:(?:any|other|such|all)\\s+)?(?:others|third[- ]part(?:y|ies)|persons?|anyone|any\\s+person)\\s+to\\s+(?:exercise\\b(?=[^.;]{0,40}?\\brights?\\b)|use|exploit|access)\\b|\\b(?:(?:may|can|will|shall\\s+be\\s+entitled\\s+to|(?:is|are)\\s+(?:entitled|permitted|authori[sz]ed)\\s+to)\\s+(?:also\\s+)?(?:engage|appoint|use)|engages|uses|rel(?:y|ies)\\s+on)\\s+(?:(?:any|other|additional|new|its|such|affiliated|third[- ]party)\\s+){0,2}sub-?processors\\b${PAYMENTS_ONLY}`,
    anchors: ["provider$", "providers$", "processor$", "processors$", "subprocessor$", "subprocessors$", "sub", "third$", "subcontractors", "vendors", "partners", "others", "persons$", "anyone"],
    // a party named "the Service Provider" is the other side, not a third party
    unlessTrigger: "^(?:the\\s+)?service\\s+provider$",
    // (nor a provider that may use it only to produce the user's own output)
    unless: `${PERSONAL_DATA_PROCESSING}|\\b(?:only|solely|exclusively)\\s+(?:to|for)\\s+(?:generat|provid|deliver|perform|produc|return)\\w*\\s+(?:your|the\\s+(?:user|customer)(?:'s|\\u2019s)?)\\s+(?:own\\s+)?(?:outputs?|results?|responses?|answers?)\\b`,
    notInDefinition: true,
    message: "Service providers, subprocessors or other third parties may access and use the work.",
    rationale: "Each of these recipients is outside your agreement; AI vendors routinely act as service providers, so the work can reach a training set this way.",
    fix: "qualify",
    qualifier: "each bound in writing not to use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "The Agency may permit its subcontractors and other third parties accessing and processing the Content on its behalf.",
        "We use trusted service providers to help host and process the files you upload.",
        "Our hosting partners may store the Recordings to help us run the Platform.",
        "The Client may allow its analytics partners, including vendors of machine translation services, to access and use the Deliverables.",
        "The Publisher may authorise others to exercise any of the rights granted to it in the Manuscript.",
      ],
      valid: ["The Customer may permit its Affiliates to use the Hosted Services.", "No third parties accessing the Content are permitted.", "We use outside service providers to process card payments.", "The Processor may engage sub-processors to process personal data on the Controller's behalf."],
    },
  },
  {
    id: "sublicensing/affiliates-licence",
    category: "sublicensing",
    severity: "low",
    // "… and its affiliates", "(including its Affiliates)", "of a Studio affiliate"; rights "extended to",
    // "exercised by or through", "transferred to" affiliates, distributors or contract manufacturers
    pattern: "\\bgrants?\\s+(?:to\\s+)?(?:[\\w-]+(?:\\s+[\\w-]+)?\\s*,?\\s+)and\\s+(?:to\\s+)?(?:those|anyone|any\\s+(?:person|entity|party)|all\\s+(?:persons|parties)|(?:the\\s+)?recipients?)\\s+(?:who|that|which|of)\\b|\\b(?:authori[sz]ation|authori[sz]es?|consents?|permission)\\b[^.;]{0,60}?\\bto\\s+(?:(?:engage|appoint|use)\\s+(?:(?:any|other|additional|new|its|the|such|affiliated|third[- ]party)\\s+){0,2}(?:sub-?processors?|sub-?contractors?|third[- ]party\\s+(?:processors?|providers?))|act\\s+as\\s+(?:an?\\s+|its\\s+)?sub-?processors?)\\b|\\b(?:entity|entities|company|companies|person|persons|corporation|business|organi[sz]ation)\\s+(?:that\\s+|which\\s+|who\\s+)?(?:(?:directly|indirectly|(?:directly\\s+)?or\\s+indirectly)\\s+)?(?:controls|controlling|control)\\b[^.;]{0,80}?\\bcommon\\s+control\\s+with\\s+(?:the\\s+)?[\\w-]+\\s+(?:may|shall\\s+be\\s+entitled\\s+to|is\\s+entitled\\s+to|shall\\s+have\\s+the\\s+right\\s+to)\\s+(?:also\\s+)?(?:use|make\\s+use|exercise|exploit|access|reproduce|distribute|copy)\\b|\\b(?:licen[cs]es?|rights)\\s+(?:granted\\s+)?(?:hereunder|herein|under\\s+this\\s+agreement)\\s+(?:may|shall|will)\\s+be\\s+(?:freely\\s+)?(?:assigned|transferred)\\b[^.;]{0,80}?\\bto\\s+(?:any|its|a)\\s+(?:successor|acquirer|purchaser|affiliate|buyer)|\\b(?:(?:assign|transfer)(?:s|red|ed)?\\s+(?:or\\s+(?:assign|transfer)\\s+)?(?:this\\s+agreement\\s+and\\s+)?(?:(?:this|the|its|such|these|those)\\s+(?:licen[cs]es?|rights?)\\s+(?:(?:in|to|over)\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+)?)?|pass(?:es|ed)?\\s+|mov(?:e|es|ed)\\s+)(?:automatically\\s+)?to\\s+(?:the|any|an?|such|its|their)\\s+(?:[A-Z][\\w-]*(?:'s|\\u2019s)\\s+)?(?:acquirer|acquiring\\s+(?:entity|company|party)|successor(?:\\s+(?:entity|company|owner))?|purchaser|buyer|new\\s+owner)\\b|\\b(?:any|each|every)\\s+(?:[\\w-]+\\s+)?(?:sub-?contractor|provider|supplier|vendor|contractor|affiliate|outsourcer)(?:\\s*,\\s*|\\s+(?:or|and)\\s+|\\s+(?:[\\w-]+\\s+)?(?:sub-?contractor|provider|supplier|vendor|contractor|outsourcer)\\b){0,4}[^.;]{0,40}?\\b(?:appointed|engaged|designated|retained|selected|instructed)\\s+by\\s+(?:the\\s+)?[\\w-]+\\s+(?:may|shall\\s+be\\s+entitled\\s+to|is\\s+entitled\\s+to)\\s+(?:also\\s+)?(?:use|exercise|exploit|access|reproduce|distribute|copy|adapt|modify)\\b|\\b(?:[\\w'\\u2019-]+\\s+)?(?:affiliates|subsidiaries|sublicensees|designees|distributors|collaborators|vendors|partners|licensees|co-?producers)\\s+(?:may|shall\\s+be\\s+entitled\\s+to|are\\s+entitled\\s+to|will\\s+be\\s+permitted\\s+to)\\s+(?:also\\s+|each\\s+|equally\\s+)?(?:use|exercise|exploit|access|reproduce|distribute|copy)\\b|(?<!non-?)\\b(?:transferable|assignable|sublicensable)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:[\\w'\\u2019-]+\\s+){0,2}(?:successors\\s+and\\s+)?(?:affiliates|successors?|acquirers?|transferees?|purchasers?|buyers?)\\b|\\b(?:and|or|including|of)\\s+(?<t>(?:any\\s+of\\s+its|each\\s+of\\s+its|its|their|an?|any)\\s+(?:[\\w-]+\\s+)?(?:affiliates?|subsidiar(?:y|ies))(?:\\s+and\\s+(?:partners|customers))?)\\b|\\b(?:extend|exercis|transfer|sublicens|delegat|inure)\\w*\\b(?=[^.;]{0,140}?\\b(?:to|by|through)\\s+(?:or\\s+through\\s+)?(?:the\\s+benefit\\s+of\\s+)?(?:(?:its|their|the|any|each\\s+of\\s+its|an?)\\s+)?(?:[\\w'\\u2019-]+\\s+)?(?:(?:parent(?:\\s+compan(?:y|ies))?|[\\w-]+)\\s*,\\s*(?:and\\s+|or\\s+)?){0,2}(?:affiliates?|subsidiar(?:y|ies)|distributors|manufacturers|designees|sub-?licensees|licensees|co-?producers|group\\s+(?:companies|members|entities)|related\\s+(?:bod(?:y|ies)\\s+corporate|companies|entities|corporations)|successors|assigns|acquirers|agents?|third[- ]part(?:y|ies)(?:\\s+[\\w-]+)?)\\b)|\\b(?:appoint|engag|authori[sz]|designat)\\w*\\s+(?:(?:one\\s+or\\s+more|any|its|their)\\s+)?(?:sub-?(?:distributors|licensees|agents|publishers)|distributors|resellers|group\\s+(?:companies|members|entities)|affiliates)(?:\\s+(?:and|or)\\s+(?:any\\s+)?(?:[\\w-]+\\s+){0,2}?(?:service\\s+providers?|contractors|vendors|agents))?\\s+to\\s+(?:use|exploit|distribute|sell|reproduce|licen[cs]e|market|exercise)\\b|\\b(?:appoint|engag|authori[sz]|designat)\\w*\\s+(?:(?:one\\s+or\\s+more|any|its|their)\\s+)?(?:sub-?(?:distributors\\s+and\\s+sub-?)?licensees\\b)",
    // (sub-processors process the data by definition: an authorisation to engage them needs no word for the work)
    requires: ["\\b(?:licen[cs]\\w*|rights?|use|exploit\\w*|copy|access|adapt|modify|reproduce|sub-?processors?)\\b", `${WORK_NOUN}|\\bsub-?processors?\\b|\\bexercis\\w*\\s+(?:(?:any|all|each)\\s+)?(?:of\\s+)?(?:its|their|our)\\s+rights\\b|\\b(?:this|the|such|that|its)\\s+licen[cs]es?\\b(?!\\s+(?:fees?|keys?|servers?|counts?|terms?)\\b)|\\b(?:rights?|licen[cs]es?)\\s+(?:granted|licen[cs]ed|conferred|hereunder|herein|under\\s+(?:this|these)\\b)\\b|\\bright\\s+to\\s+(?:use|distribute|exploit)\\b|\\blicen[cs]e\\s+rights\\b|\\b(?:such|these|those|the\\s+foregoing)\\s+(?:rights|licen[cs]es?)\\b`],
    // (affiliates kept to the licensee's own use: "only as end users within the licensed scope", "receive no independent licence")
    unless: `${VENDOR_ONLY}|${CONTRACT_ASSIGNMENT}|\\b(?:shall|will)\\s+(?:receive|obtain|acquire|have)\\s+no\\s+(?:independent|separate|direct|additional)\\s+(?:licen[cs]e|rights?)\\b|\\bonly\\s+as\\s+(?:end[- ]users|authori[sz]ed\\s+users)\\b`,
    anchors: ["common$", "grant$", "grants$", "authorization$", "authorisation$", "appointed$", "engaged$", "designated$", "retained$", "selected$", "instructed$", "acquirer", "acquiring", "successor", "purchaser", "buyer", "owner$", "affiliates", "affiliate", "subsidiaries", "subsidiary", "extend", "extended", "extends", "exercise", "exercised", "transfer", "transferred", "sublicense", "sublicensed", "delegate", "delegated", "exercisable", "inure", "extends", "appoint", "engage", "designate$", "distributors$", "collaborators", "vendors", "partners", "licensees$", "producers$"],
    notInDefinition: true,
    message: "The rights in the work extend to the other side's affiliates, who are not party to this agreement.",
    rationale: "Each affiliate gets the same rights, and the wording does not stop any of them using the work to train AI.",
    fix: "qualify",
    qualifier: "each bound not to use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Contractor grants Client and its affiliates a license to use the Deliverables.",
        "The rights granted in this Section may be exercised by or through the Publisher's Affiliates.",
        "The Label may extend the rights granted herein to copy, press and sell the Masters to its distributors.",
      ],
      valid: [
        "Client and its affiliates will pay the fees on time.",
        "Either party may assign this Agreement and its rights and obligations to an Affiliate.",
        "Vendor grants Customer and its affiliates a licence to install the Software.",
      ],
    },
  },
] as const satisfies readonly RuleData[];
