/** Rules: broad usage rights. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { LICENCE_GRANTED_HERE, MAKER_ROLE, PURPOSE_DEFINITION, VENDOR_ONLY, WORK_NOUN } from "./vocab";
import { NO_AI, LICENCE_ADJECTIVES, PURPOSE_LIMIT } from "./shared";

/**
 * A grant with no limit of time, place or medium, in any of its forms: "in perpetuity", "without
 * limit of time", "for the full term of copyright", "throughout the universe", "in all media", "in
 * all languages, territories and formats".
 */
const MEDIUM = "(?:media|medium|forms?|formats?|languages?|territor(?:y|ies)|countr(?:y|ies)|channels?|versions?)";
const UNLIMITED = [
  "in\\s+perpetuity|for\\s+all\\s+time|for\\s*ever|for\\s+any\\s+(?:length\\s+of\\s+time|period(?:\\s+of\\s+time)?|duration)|for\\s+an?\\s+(?:unlimited|indefinite)\\s+(?:duration|period|time|term)|without\\s+(?:any\\s+)?limit(?:ation)?\\s+(?:of|in|as\\s+to)\\s+(?:time|duration)|(?:rights|uses|media)\\s+not\\s+yet\\s+(?:recogni[sz]ed|known|in\\s+existence|invented|created)",
  "for\\s+the\\s+(?:full|entire|whole|maximum)\\s+(?:term|period|duration)\\s+of\\s+(?:(?:the|all|any)\\s+)?(?:copyright|protection|(?:intellectual\\s+property\\s+)?rights?)",
  "throughout\\s+the\\s+(?:universe|world)",
  "in\\s+any\\s+(?:territor(?:y|ies)|countr(?:y|ies)|language|(?:medium|media|format)(?!\\s+(?:now|whether|existing|known|hereafter|currently|later|yet|in\\s+existence)\\b))(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)(?:territor(?:y|ies)|countr(?:y|ies)|languages?|media|medium|formats?)){0,3}",
  `in\\s+(?:any\\s+and\\s+)?(?:all|every)\\s+${MEDIUM}(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)${MEDIUM}){0,3}`,
].join("|");

/** A licence kept to this project, the limit ending the clause ("in perpetuity for this project only."). */
const PROJECT_ONLY =
  "\\bfor\\s+(?:this|the)\\s+(?:specific\\s+)?(?:project|campaign|engagement|production|event)\\s+only(?=\\s*(?:[.;]|$|,\\s*unless\\b))|\\b(?:solely|only|exclusively)\\s+(?:for|in(?:\\s+connection\\s+with)?)\\s+(?:this|the)\\s+(?:specific\\s+)?(?:project|campaign|engagement|production|event)(?=\\s*(?:[.;]|$))";

export const BROAD_LICENSE_RULES = [
  {
    id: "broad-license/any-purpose",
    category: "broad-license",
    severity: "high",
    pattern: "\\bhowever\\s+(?:we|it|they|he|she|the\\s+\\w+)\\s+(?:want|wants|wish(?:es)?|like|likes|choose|chooses|see\\s+fit|sees\\s+fit)\\b|\\bfor\\s+(?:any|all)\\s+(?:(?:lawful|legitimate|and\\s+all|such|business|commercial)\\s+){0,2}purposes?(?:\\s+whatsoever)?\\b|\\b(?:means|shall\\s+mean)\\s+(?<t>(?:any|all)\\s+(?:(?:lawful|legitimate|and\\s+all|business|commercial)\\s+){0,2}purposes?(?:\\s+whatsoever)?)\\b|\\bfor\\s+(?:commercial|business|any)\\s+purposes\\s+of\\s+any\\s+(?:kind|nature)\\b|\\bfor\\s+all\\s+purposes\\b|\\b(?:in|for)\\s+any\\s+(?:way|manner)\\s+(?:whatsoever|(?:it|they|he|she|the\\s+\\w+)\\s+(?:sees?|deems?|considers?|thinks?)\\s+(?:fit|appropriate|necessary)|(?:it|they|he|she|the\\s+\\w+)\\s+(?:wish(?:es)?|chooses?|likes?|wants?|pleases?))\\b|\\b(?:for\\s+whatever\\s+purposes?|in\\s+whatever\\s+(?:way|manner))\\b|\\b(?:in|for)\\s+any\\s+(?:way|manner)(?=\\s*(?:[.;]|$))(?<=\\b(?:use|exploit|reproduc|distribut|commerciali[sz]|publish|deal\\s+with)\\w*\\b[^.;]{0,80})|\\bby\\s+any\\s+(?:and\\s+all\\s+)?means(?:\\s+whatsoever)?\\b(?<=\\b(?:use|exploit|reproduc|distribut|commerciali[sz]|publish|deal\\s+with)\\w*\\b[^.;]{0,80})",
    requires: [`${WORK_NOUN}|${PURPOSE_DEFINITION}`],
    // an entire-agreement clause ("supersedes all other agreements with respect to such use in any manner whatsoever") grants nothing
    unless: "\\bsupersed\\w*\\b|\\bentire\\s+agreement\\b",
    unlessAfter: "\\s*,?\\s*(?:other than|except|outside|related to|relating to|in connection with|connected with|contemplated|under this|of this|set out|set forth|described|permitted|reasonably|necessary|(?:be\\s+)?(?:regarded|treated|deemed|considered|construed))",
    anchors: ["however", "purpose", "manner", "way", "means"],
    message: "The work may be used \"for any purpose\", which includes AI training.",
    rationale:
      "A use right with no purpose limit covers uses nobody discussed, including feeding the work into AI systems; name what is excluded.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may use the deliverables for any purpose.", "\"Permitted Purpose\" means any lawful purpose whatsoever.", "Agency may reproduce the Content for all purposes whatsoever.", "The Agency may use the Work in any manner it sees fit.", "The Label may exploit the Recordings by any means whatsoever.", "The Broadcaster may use the Footage in any way."],
      valid: [
        "This Agreement supersedes all other agreements between the parties with respect to the use of the Photographs in any manner whatsoever.",
        "Client shall not use the deliverables for any purpose other than the Project.",
        "Either party may terminate this Agreement for any reason.",
        "The Contractor may deliver the Work by any means agreed with the Client.",
      ],
    },
  },
  {
    id: "broad-license/perpetual-irrevocable",
    category: "broad-license",
    severity: "medium",
    pattern: "\\b(?:perpetual|irrevocable|irrevokable|non-?revo[ck]able|non-?terminable|unrevocable|indefinite(?:ly)?)(?:\\s*,?\\s*(?:and\\s+|or\\s+)?(?:perpetual|irrevocable|non-?revo[ck]able))?\\b|\\b(?:(?:shall|will|is|are)\\s+not\\s+(?:be\\s+)?(?:revocable|terminable)|(?:may|can|shall|will)\\s*(?:not|n't)\\s+be\\s+(?:revoked|withdrawn|rescinded|terminated))\\s+(?:for\\s+any\\s+reason|by\\s+(?:the\\s+)?[\\w-]+|in\\s+any\\s+circumstances|under\\s+any\\s+circumstances)\\b|\\blicen[cs]e(?:\\s+(?:granted\\s+)?to\\s+(?:us|you|the\\s+[\\w-]+))?\\s+(?:continues|survives|remains\\s+in\\s+(?:force|effect)|shall\\s+(?:continue|survive)|will\\s+(?:continue|survive))\\s+(?:even\\s+)?(?:after|beyond|following)\\b|\\b(?:may|can|shall|will)\\s*(?:not|n't)\\s+be\\s+(?:revoked|withdrawn|rescinded|cancelled|canceled)\\b(?<=\\b(?:licen[cs]es?|rights?|grant)\\b[^.;]{0,100})",
    requires: ["\\b(?:licen[cs]\\w*|rights?|copyrights?|ownership)\\b"],
    // a vendor's licences bought by its customers ("perpetual licences purchased before 2020 remain valid") grant nothing over the work
    unless: `${VENDOR_ONLY}|\\blicen[cs]es?\\s+(?:(?:previously|already)\\s+)?(?:purchased|bought|acquired|ordered|sold)\\b|\\bpersonal[- ]use\\s+licen[cs]e\\b|\\bfor\\s+(?:(?:your|their|his|her|its)\\s+)?(?:own\\s+)?personal,?\\s+non-?commercial\\s+use\\b|${PROJECT_ONLY}`,
    anchors: ["continues$", "survives$", "continue$", "survive$", "perpetual", "irrevocable", "revocable", "nonrevocable", "revokable", "nonrevokable", "irrevokable", "unrevocable", "indefinite", "indefinitely", "terminable$", "revoked", "withdrawn", "rescinded", "cancelled", "canceled"],
    message: "A perpetual or irrevocable license over the work cannot be narrowed later, whatever new use appears.",
    rationale:
      "A license that never ends and cannot be withdrawn will cover AI uses that did not exist when you signed; unless it excludes AI training, it gives that right away for good.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Contractor grants Agency a perpetual, irrevocable, worldwide licence to use the Deliverables.",
        "Freelancer grants Client an irrevocable license to reproduce the Content.",
      ],
      valid: [
        "Vendor grants Customer a perpetual license to use the Software and its Documentation.",
        "This Agreement remains in force for one year.",
      ],
    },
  },
  {
    id: "broad-license/worldwide-royalty-free",
    category: "broad-license",
    severity: "medium",
    // the two words anywhere in one run of licence adjectives ("worldwide, non-exclusive, non-transferable, royalty-free")
    pattern: `\\b(?:worldwide|world-\\s?wide)${LICENCE_ADJECTIVES}royalty(?:[- ]|-\\s)free\\b|\\broyalty(?:[- ]|-\\s)free${LICENCE_ADJECTIVES}(?:worldwide|world-\\s?wide)\\b`,
    requires: ["\\b(?:licen[cs]\\w*|rights?)\\b", WORK_NOUN],
    // a licence limited to a purpose or to the term is not broad ("solely to provide the Service", "during the Term")
    unless: `\\b(?:perpetual|irrevocable)\\b|${VENDOR_ONLY}|${PURPOSE_LIMIT}`,
    anchors: ["royalty"],
    message: "A worldwide, royalty-free license with no purpose limit lets the work be used anywhere, for anything, for free.",
    rationale: "Without a purpose limit, a free worldwide license reaches AI training as easily as the project itself.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Designer grants Studio a worldwide, royalty-free license to publish the Materials."],
      valid: ["Studio grants Designer a worldwide, royalty-free license to use the Software."],
    },
  },
  {
    id: "broad-license/adapt-and-distribute",
    category: "broad-license",
    severity: "medium",
    // a licence (noun or verb) to a list of acts that lets the licensee both change the work and put it
    // out into the world, with no purpose named: "a licence to host, reproduce, adapt and publish …"
    pattern:
      "\\b(?:licen[cs]es?|licen[cs]ed|rights?)\\s+(?:[\\w-]+\\s+){0,3}?to\\s+(?=(?:[\\w-]+(?:\\s+[\\w-]+){0,2}\\s*(?:,|\\band\\b|\\bor\\b)\\s*){2,})(?=[^.;]{0,160}?\\b(?:modif(?:y|ies)|adapt|translat|edit|alter|derivative)\\w*)(?=[^.;]{0,160}?\\b(?:publish|distribut|sublicens|display|perform|communicat|transmit|broadcast|syndicat)\\w*)|\\b(?:may|can|(?:is|are|shall\\s+be)\\s+entitled\\s+to|(?:has|have)\\s+the\\s+right\\s+to)\\s+(?:\\w+\\s+){0,2}?(?:create|make|prepare|produce)\\s+derivative\\s+works\\b(?=[^.;]{0,160}?\\b(?:commerciali[sz]|exploit|sell|distribut|publish|monetiz|monetis)\\w*)",
    requires: [WORK_NOUN],
    // the other broad-licence rules already name these; a purpose, a term or the vendor's own software limits it
    unless: `\\b(?:perpetual|irrevocable|royalty[- ]free|any\\s+purpose|all\\s+purposes|all\\s+media|throughout\\s+the\\s+(?:world|universe)|in\\s+perpetuity)\\b|${VENDOR_ONLY}|${PURPOSE_LIMIT}|\\b(?:for|in)\\s+(?:the\\s+)?(?:purposes?\\s+of|connection\\s+with|performance\\s+of)\\s+(?:this|the)\\s+(?:agreement|project|services|sow|statement)\\b`,
    anchors: ["license$", "licence$", "licenses$", "licences$", "licensed$", "licenced$", "right$", "rights$", "derivative", "derivatives"],
    message: "A license to change the work and publish or distribute it, with no purpose named, reaches AI training as easily as the project.",
    rationale: "Adapting and distributing are what an AI developer does with training data; a license that names no purpose does not keep that out.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "The Licensee may create derivative works from the Photographs and sell them.",
        "You grant us a licence to host, store, reproduce, adapt, publish and distribute your Content.",
        "The Writer licenses the Magazine to edit, translate and syndicate the Articles.",
      ],
      valid: [
        "The Licensee may create derivative works from the Photographs solely for the purposes of this Agreement and publish them in the Client's catalogue.",
        "The Writer grants the Magazine a licence to edit and publish the Articles solely in the Spring issue.",
        "Vendor grants Customer a licence to install, copy, modify and distribute the Software within its organisation.",
        "The Client grants the Contractor a licence to reproduce and adapt the Client's logo for the purposes of this Agreement.",
      ],
    },
  },
  {
    id: "broad-license/perpetuity-universe",
    category: "broad-license",
    severity: "medium",
    pattern:
      `\\b(?:${UNLIMITED})\\b(?:\\s*,?\\s*(?:and\\s+)?(?:${UNLIMITED})\\b){0,2}`,
    requires: [WORK_NOUN, "\\b(?:use[sd]?|using|exploit\\w*|licen[cs]\\w*|rights?|reproduc\\w*|distribut\\w*|publish\\w*|display\\w*|broadcast\\w*|screen(?:s|ed|ing)?|exhibit\\w*|perform\\w*|adapt\\w*|print\\w*|sell|sold)\\b"],
    // (a licence kept to this project: "in perpetuity for this project only")
    unless: `${VENDOR_ONLY}|${PROJECT_ONLY}`,
    anchors: ["ever$", "duration$", "unlimited$", "indefinite$", "copyright", "protection$", "limit", "limitation", "perpetuity", "universe", "world", "media", "forms", "formats", "format", "languages", "language", "territories", "territory", "countries", "country", "channels", "channel", "medium", "versions", "length", "recognised", "recognized", "forever"],
    message: "Use of the work \"in all media\", \"throughout the universe\" or \"in perpetuity\" has no limit that would keep AI training out.",
    rationale: "A grant without limits of time, place or medium reaches every future technology, AI training included, unless AI is excluded by name.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Studio may exploit the Artwork in all media throughout the universe in perpetuity.",
        "The Label may exploit the Masters for the full term of copyright and any renewals.",
        "Client may reproduce the Drawings in all languages and territories without limit of time.",
      ],
      valid: ["The Studio has offices throughout the world.", "Client may not exploit the Artwork in perpetuity.", "The Agency may use the Drafts for the term of this Agreement."],
    },
  },
  {
    id: "broad-license/any-media",
    category: "broad-license",
    severity: "medium",
    // "in any media now known or hereafter devised", and outlets "that exist today or are created in the future"
    pattern: "\\bin\\s+(?:any|all)\\s+(?:and\\s+all\\s+)?(?:media|medium|forms?|formats?|manner|channels?|platforms?)\\b[^.;]{0,50}?\\b(?:now\\s+known\\s+or\\s+)?(?:hereafter|later|in\\s+(?:the\\s+)?future)\\s+(?:devised|developed|known|invented|created|discovered)\\b|\\b(?:now\\s+known|existing|exists?\\s+(?:today|now)|in\\s+existence)\\b[^.;]{0,50}?\\b(?:created|developed|devised|invented|discovered|known)\\s+(?:in\\s+(?:the\\s+)?future|hereafter|later|thereafter)\\b|\\b(?:versions|forms|formats|media|editions|adaptations|uses|technolog(?:y|ies)|platforms|channels)\\s+(?:which\\s+are\\s+|that\\s+are\\s+)?not\\s+(?:yet\\s+|now\\s+)?(?:contemplated|known|invented|envisaged|foreseen|in\\s+existence)\\s+(?:at|on|as\\s+(?:at|of))\\s+the\\s+date\\b|\\b(?:now\\s+(?:known|existing)|existing\\s+now|currently\\s+(?:known|existing))\\s+or\\s+(?:hereafter|later|subsequently|in\\s+the\\s+future)\\s+(?:created|developed|devised|invented|discovered|known|existing)\\b",
    anchors: ["contemplated", "envisaged", "foreseen", "invented", "hereafter", "later", "future", "subsequently"],
    message: "Use \"in any media now known or hereafter devised\" reaches technologies that do not exist yet, AI included.",
    rationale: "\"Hereafter devised\" is exactly how a license written years ago comes to cover generative AI today.",
    fix: "qualify",
    qualifier: "but not for {aiNoun}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may publish the Work in any media now known or hereafter devised.", "The Broadcaster may air the Work on any channel that exists today or that is developed in the future.", "The Brand may repurpose the Content across its properties, now existing or later created."],
      valid: ["Client may publish the Work in print and on its website."],
    },
  },
  {
    id: "broad-license/unlimited-rights",
    category: "broad-license",
    severity: "medium",
    // "an unlimited right", "unlimited in scope", "unrestricted as to purpose", "no limitation is placed on", "every use it may wish to make"
    pattern:
      "\\b(?:grants?|gives?|licen[cs]es?|assigns?|transfers?|conveys?)\\b[^.;]{0,60}?\\ball\\s+(?:other\\s+)?rights\\s+(?:of\\s+(?:every|any|whatever)\\s+(?:kind|nature|description)|whatsoever)\\b|\\b(?:unlimited|unrestricted)(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and\\s+)?)(?:(?:worldwide|world-wide|global|non-?exclusive|exclusive|perpetual|royalty-free|fully[- ]paid|irrevocable|transferr?able|sub-?licen[cs]able)(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and\\s+)?)){0,4}(?:right|licen[cs]e|use|permission)s?\\b|\\b(?:unlimited|unrestricted)\\s+(?:in|as\\s+to)\\s+(?:scope|purpose|use|field)\\b|\\bno\\s+(?:limitation|restriction)s?\\s+(?:\\w+\\s+){0,3}?(?:is|are|shall\\s+be|will\\s+be)\\s+(?:placed|imposed)\\s+(?:on|upon)\\b(?!\\s+(?:the\\s+)?(?:number|frequency|amount|quantity)\\b)|\\b(?:every|any|all)\\s+uses?\\s+(?:(?:which|that)\\s+)?(?:[\\w-]+\\s+){1,4}?(?:may|might|shall)\\s+(?:at\\s+any\\s+time\\s+)?(?:now\\s+or\\s+(?:at\\s+any\\s+time\\s+)?(?:in\\s+the\\s+future|hereafter)\\s+)?(?:wish|choose|elect|want|devise|conceive|invent|think\\s+of)\\b",
    requires: [`${WORK_NOUN}|${LICENCE_GRANTED_HERE}`],
    anchors: ["kind", "nature", "description$", "whatsoever", "unlimited", "unrestricted", "placed", "imposed", "wish", "choose", "elect", "want", "devise$", "conceive$", "invent$", "think$"],
    message: "An unlimited right to use the work has no edge that would keep AI training out.",
    rationale: "An unrestricted right is read as including every use, AI training included.",
    fix: "qualify",
    qualifier: "which does not include any right to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Agency shall have the unlimited right to use the Photographs.",
        "The licence of the Deliverables is unlimited in scope and duration.",
        "The Client's licence to the Work Product is unrestricted as to purpose and territory.",
        "No limitation of any kind is placed on the Publisher's use of the Artwork.",
        "The licence extends to any use which the Agency may at any time wish to make of the Deliverables.",
      ],
      valid: ["Customer receives unlimited calls to the support line.", "No limitation is placed on the number of revisions the Client may request to the Deliverables."],
    },
  },
  {
    id: "broad-license/without-restriction",
    category: "broad-license",
    severity: "medium",
    // "without restriction", "without limitation" closing the grant (not "including without limitation, …"), "as it sees fit"
    pattern:
      `\\bwithout\\s+(?:any\\s+)?(?:restrictions?|limits?|restraints?|constraints?)(?:\\s+(?:of\\s+any\\s+kind|whatsoever))?\\b(?!\\s+(?:on|upon|to|of|as(?!\\s+to\\s+(?:purpose|scope|use|field|medium|media|manner|term|territory)\\b)|in\\s+(?:the\\s+)?(?:number|frequency|amount))\\b)|(?<!including,?\\s{0,2}(?:but\\s+)?)\\bwithout\\s+(?:any\\s+)?limitations?(?:\\s+(?:of\\s+any\\s+kind|whatsoever))?(?=\\s*(?:[.;]|$|,?\\s+and\\s+without\\b))|\\bwithout\\s+(?:any\\s+)?(?:limitations?|restrictions?|limits?)\\s+as\\s+to\\s+(?:[\\w-]+\\s*,\\s*){0,4}(?:[\\w-]+\\s+(?:or|and)\\s+)?(?:purposes?|uses?|fields?|manner|media|medium)\\b|\\bas\\s+(?:it|they|he|she|the\\s+[A-Z]\\w+)\\s+(?:sees?|deems?|thinks?|considers?)\\s+fit\\b|\\bnothing\\s+(?:in\\s+[^.;]{0,60}?\\s+)?(?:shall\\s+|will\\s+)?(?:limits?|restricts?|restrains?|constrains?|governs?)\\s+(?:the\\s+(?:manner|way|extent|purposes?|media)\\s+(?:in|for|to)\\s+which|how|(?:the\\s+)?(?!(?:the\\s+)?${MAKER_ROLE}(?:'s|\\u2019s))(?:[\\w-]+(?:'s|\\u2019s)|its|their)\\s+rights?\\s+to)\\b|\\bin\\s+(?:any|whatever)\\s+(?:manner|way)\\s+(?:it|they|(?:the\\s+)?[A-Z]\\w+)\\s+(?:sees?\\s+fit|deems?\\s+(?:fit|appropriate)|chooses?|wishes?|wants?)\\b|\\bno\\s+limits?\\s+(?:to|on)\\s+(?:how\\s+long|how|the\\s+(?:manner|way|duration|purposes?|uses?)|what\\s+(?:manner|purposes?|uses?))\\b|\\b(?:CC0|(?:into|in)\\s+the\\s+public\\s+domain|public\\s+domain\\s+dedication)\\b|\\b(?:(?:covered|released|placed|licen[cs]ed|published|made\\s+available|distributed)\\s+(?:publicly\\s+)?(?:by|under)|(?:releas|plac|licen[cs]|publish|distribut)\\w*\\s+(?:that|the|this|such|your|its|their|all|any|each)\\s+(?:[\\w-]+\\s+){0,2}?(?:publicly\\s+)?under)\\s+(?:the\\s+|a\\s+)?(?:Creative\\s+Commons|CC[- ]BY|MIT|Apache|GNU|GPL|open[- ]source|open\\s+data)\\b`,
    requires: [WORK_NOUN, "\\b(?:may|licen[cs]\\w*|rights?|use[sd]?|using|exploit\\w*|deal\\w*|commerciali[sz]\\w*)\\b"],
    anchors: ["restriction", "restrictions", "limit", "limits", "limitation", "limitations", "restraint", "restraints", "constraint", "constraints", "fit", "manner", "way", "cc$", "domain$", "commons$", "mit$", "apache$", "gnu$", "gpl$", "open$"],
    message: "The work may be used \"without restriction\", which includes AI training.",
    rationale: "A use right with no restriction covers every use, including feeding the work into AI systems; name what is excluded.",
    fix: "qualify",
    qualifier: "except that {agency} may not use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "The Company may use the Work Product without restriction.",
        "Client may exploit the Deliverables without any restrictions whatsoever.",
        "The Agency may reproduce, adapt and commercialise the Copy without limitation.",
        "After acceptance the Client may use the Deliverables as it sees fit.",
        "The Studio may exhibit the Artwork without limitation as to territory, duration or medium.",
      ],
      valid: [
        "The Company may not use the Work Product without the Consultant's consent.",
        "Consultant may work without restriction on the number of hours each week.",
        "This Agreement is entered into without any restriction on either party's right to work with others.",
        "The Client may use the Deliverables for its marketing, including without limitation, its website and brochures.",
        "The Contractor may organise its working hours as it sees fit.",
      ],
    },
  },
] as const satisfies readonly RuleData[];
