/** Rules: ownership without an AI carve-out. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { GAP, MADE_THING, IP_OBJECT, MAKER_ROLE, OWNERSHIP_OBJECT, RECEIVER_ROLE, WORK_NOUN } from "./vocab";

export const OWNERSHIP_RULES = [
  {
    id: "ownership/work-for-hire",
    category: "ownership",
    severity: "medium",
    pattern: "\\bworks?[- ](?:made[- ])?for[- ]hire\\b|\\bwork\\s+made\\s+in\\s+the\\s+course\\s+of\\s+employment\\b",
    anchors: ["hire", "employment"],
    message: "The work is a \"work made for hire\", and nothing in the contract keeps it out of AI training.",
    rationale: "Whoever owns the work can use it any way they like, including AI training, unless the contract carves that out.",
    fix: "proviso",
    qualifier: "which gives {agency} no right to use {work} to {ai}",
    fallbacks: [],
    examples: {
      invalid: ["All Deliverables shall be works made for hire.", "Each illustration is prepared on a work-for-hire basis."],
      valid: ["The Consultant is hired for a term of six months.", "The Studio may hire freelancers for the work."],
    },
  },
  {
    // One legal structure, ownership passing or vesting, in its usual shapes:
    // - a present or promised assignment: "hereby assigns", "assigns and will assign … all inventions",
    //   "shall cause … to be assigned" (the object must be property, not "this Agreement");
    // - vesting: "shall be owned (exclusively) by", "will become our property", "shall be the sole
    //   and absolute property of", "title … shall vest in", "X owns all …", "assumes ownership".
    // Either direction counts (the direction is judged by the document model).
    id: "ownership/assignment",
    category: "ownership",
    severity: "medium",
    pattern: `\\b(?:grant(?:s|ed)?|giv(?:e|es|en))\\s+(?:(?:to\\s+)?(?:the\\s+)?[A-Z][\\w-]+\\s+)?(?:(?:full|sole|exclusive|complete|entire|absolute)(?:\\s*,\\s*|\\s+and\\s+|\\s+))*(?:legal\\s+and\\s+beneficial\\s+)?(?:ownership|title)\\s+(?:of|in|to)\\b|\\b(?:assignment|transfer|conveyance)\\s+(?:to\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s+)?of\\s+all\\s+(?:(?:of\\s+)?(?:its|their|his|her|[\\w-]+(?:'s|\\u2019s))\\s+)?(?:rights?,?\\s+title|intellectual\\s+property\\s+rights|copyrights?)\\b|\\b(?:hereby\\s+)?(?:irrevocably\\s+)?(?:assigns?|transfers?|conveys?)\\b(?:\\s+and\\s+(?:agrees?\\s+to\\s+)?(?:assign|transfer)s?)?[^.;]{0,60}?\\ball\\s+(?:(?:of\\s+)?(?:its|their|his|her|such\\s+party's)\\s+)?(?:rights?,?\\s+title(?:,?\\s+and\\s+interest)?|intellectual\\s+property(?:\\s+rights)?|copyrights?|ownership)|\\bhereby\\s+(?:(?:irrevocably|unconditionally|absolutely|exclusively|expressly|does|do|and|grants?|agrees?\\s+to)\\s*,?\\s+){0,3}(?:assign|transfer|convey)(?:s|ed)?\\b|\\b(?<!\\b(?:its|his|her|their|your|our|successors\\s+and|successors\\s*,|heirs\\s+and|heirs\\s*,)\\s+)(?:assign(?:s|ed|ing)?)\\b(?!\\s+(?:new\\s+)?(?:work|tasks?|projects?)(?:\\s*(?:[:,.;]|$)|\\s+(?:by|through|via|on|as|each|when|for)\\b|\\s+to\\s+(?!(?:the\\s+)?${RECEIVER_ROLE}\\b)))(?=[^.;]{0,120}?\\b${IP_OBJECT}\\b)|\\b(?:assigns?|conveys?)\\s+(?:(?:all|the|its|his|her|their|each|every|any|of)\\s+){1,3}(?:[\\w-]+\\s+){0,2}?${WORK_NOUN}\\s+to\\s+(?=(?:the\\s+)?${RECEIVER_ROLE}\\b)|\\b(?:transfer(?:s|red|ring)?|convey(?:s|ed|ing)?)\\b(?=[^.;]{0,120}?\\b${OWNERSHIP_OBJECT}\\b)|\\b(?:be|been|being|is|are)\\s+(?:(?:irrevocably|automatically|hereby|promptly|forthwith|properly|fully|validly|effectively|duly)\\s+)?(?:assigned|transferred|conveyed)\\b(?<=\\b${IP_OBJECT}\\b[^.;]{0,140})|\\b(?:shall|will|must|to)\\s+(?:be\\s+)?(?:(?:solely|exclusively|wholly|entirely|absolutely)\\s+)?(?:be\\s+)?owned(?!\\s+jointly)\\s+(?:(?:solely|exclusively|wholly|entirely|absolutely|outright)\\s+)?by\\b|\\b(?:is|are)\\s+(?:all\\s+|both\\s+)?(?:(?:solely|exclusively|wholly|entirely)\\s+)?owned(?!\\s+jointly)\\s+(?:(?:solely|exclusively|wholly|entirely|outright)\\s+)?by\\b(?<=\\b(?:made|created|developed|produced|prepared|delivered|written|designed|generated|authored)\\s+by\\s+(?:the\\s+)?(?:${MAKER_ROLE}|you|Part(?:y)?\\s+B)\\b[^.;]{0,160})|\\b${MAKER_ROLE}\\s+(?:retains?|keeps?|(?:shall|will)\\s+(?:retain|keep|have)|has)\\s+no\\s+(?:rights?|title|interest|ownership|claim)\\b|(?:\\b(?:shall|will)\\s+|(?<=['\\u2019]ll\\s))(?:solely\\s+|exclusively\\s+)?own\\s+(?:the|all|any|each|every)\\b(?=[^.;]{0,80}?\\b(?:that|which)\\s+(?:(?:the\\s+)?${MAKER_ROLE}|we|I)\\s+(?:creates?|make|makes?|produces?|develops?|designs?|writes?|prepares?|delivers?|builds?|draws?|illustrates?|photographs?)\\b)|\\b(?:be|becomes?)(?:\\s+and\\s+remain)?\\s+(?:deemed\\s+(?:to\\s+be\\s+)?)?(?:the\\s+)?(?:(?:our|its|their|your|his|her|[\\w-]+(?:'|\\u2019)s)\\s+)?(?:(?:sole|exclusive|absolute|entire|full|only|unencumbered|and)\\s+){0,4}(?:property|owners?)\\b(?=\\s+of\\b|\\s*[,.;]|\\s+(?:free|without|and|from|upon|on|once|when|immediately|as|in\\s+perpetuity|the\\s+moment)\\b)|\\b(?:acquires?|obtains?|(?:shall|will)\\s+(?:acquire|obtain))\\s+(?:all|full|exclusive|sole|complete)\\s+(?:right,?\\s+title(?:,?\\s+and\\s+interest)?|rights?|title|ownership|copyrights?)\\b(?=[^.;]{0,80}?${WORK_NOUN})|\\b(?:is|are)\\s+the\\s+(?:(?:sole|exclusive|absolute|entire|full|only|unencumbered|and)\\s+){0,4}(?:property|owners?)\\s+of\\b(?:(?<=\\b${MADE_THING}\\b[^.;]{0,160})|(?=\\s+(?:(?:all|any|each|the|such)\\s+){0,2}(?:[\\w-]+\\s+)?${MADE_THING}\\b))|\\b(?<!\\b(?:its|their|his|her|our|your|my|the|jointly|co|not)\\s)(?:shall\\s+|will\\s+)?owns?\\s+(?!(?<=\\b(?<owner>[A-Z][\\w-]+)\\s+(?:shall\\s+|will\\s+)?owns?\\s+)(?:all\\s+|any\\s+)?(?:(?:right,?\\s+title(?:,?\\s+and\\s+interest)?|rights?|title)\\s+(?:in|to)\\s+(?:and\\s+to\\s+)?)?(?:(?:all|any|the|its)\\s+)?\\k<owner>\\b)(?:(?:and\\s+(?:shall|will)\\s+(?:continue\\s+to\\s+)?own|exclusively|solely|outright)\\s+)?(?:(?:all|any|each|the\\s+entire)\\b(?=[^.;]{0,80}?\\b(?:${IP_OBJECT}|rights?\\s+(?:in|to))\\b)|the\\s+(?=${OWNERSHIP_OBJECT}\\b))|\\bassumes?\\s+(?:(?:and|will|shall|assume|sole|full|exclusive)\\s+){0,4}ownership\\b|\\b(?:copyrights?|ownership|intellectual\\s+property(?:\\s+rights)?|all\\s+(?:(?:economic|exclusive|proprietary)\\s+)?rights?|title\\s+(?:to|in)\\s+(?:(?:all|the|any|each|such)\\s+)?${MADE_THING})\\b${GAP}{0,120}?\\b(?:(?:shall|will)\\s+)?(?:pass(?:es)?|transfers?|vests?)\\s+(?:(?:automatically|immediately|exclusively|solely)\\s+)?(?:to|in)\\b|\\b(?:shall|will)\\s+(?:(?:automatically|immediately|exclusively|solely|wholly)\\s+)?belong\\s+(?:(?:exclusively|solely|entirely|wholly|absolutely)\\s+)?to\\b|\\bbelongs?\\s+(?:exclusively|solely|entirely|wholly|absolutely)\\s+to\\b|\\b(?:shall|will)\\s+(?:hold|acquire|obtain|receive)\\s+(?:all|the\\s+entire|sole|exclusive|full)\\s+(?:(?:right|rights|title|interest|ownership|copyrights?)\\b)|\\bvest(?:s|ed)?\\s+(?:(?:exclusively|solely|absolutely|wholly|fully|automatically)\\s+)?in\\b(?<=\\b(?:title(?!\\s+(?:to|in)\\s+(?:(?:the|all|any|such|each)\\s+)?(?:equipment|hardware|goods|inventory|devices?|machines?|machinery|vehicles?|premises|stock)\\b)|ownership|rights?|interest|property|${MADE_THING})\\b[^.;]{0,120})|\\bvest\\s+(?:title|ownership|all\\s+right)\\b|\\bas\\s+(?:(?:its|the|their)\\s+)?(?:(?:sole|absolute|exclusive|full|outright|and|legal\\s+and\\s+beneficial)\\s+)+owner\\b|\\bowns?\\s+(?:(?:the|all|each|every)\\s+)?(?:[\\w-]+\\s+){0,3}?outright\\b|\\bperfect(?:s|ing)?\\s+(?:(?:the|its|their|his|her)\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:title|rights?|ownership|interest)\\b|\\b(?:has|have|shall\\s+have|will\\s+have|holds?|retains?)\\s+(?:the\\s+)?(?:sole\\s+and\\s+)?exclusive\\s+rights?\\s+to\\s+(?:use|exploit|sell|resell|reproduce|distribute|publish|licen[cs]e|modify)\\b(?<!\\b(?:${MAKER_ROLE}|you|(?:each|either)\\s+party)(?:\\s*,[^,.;]{1,40},)?\\s+(?:[\\w-]+\\s+){0,2}?(?:has|have|shall\\s+have|will\\s+have|holds?|retains?)\\s+(?:the\\s+)?(?:sole\\s+and\\s+)?exclusive\\s+rights?\\s+to\\s+\\w+)(?![^.;]{0,40}?\\b(?:its|their)\\s+own\\s+(?:trade\\s*marks|logos|marks|names|brands?)\\b)(?=[^.;]{0,100}?${WORK_NOUN})|\\b(?:may|shall|will|can)\\s+(?:register\\s+(?:the\\s+)?)?copyright(?![\\w-])(?<!\\b(?:${MAKER_ROLE}|you)\\s+(?:may|shall|will|can)\\s+(?:register\\s+(?:the\\s+)?)?copyright)(?!\\s+(?:notice|owner|holder|law|office))(?=[^.;]{0,120}?${WORK_NOUN})|\\b(?:irrevocably\\s+)?appoints?\\s+(?:the\\s+)?[\\w-]+\\s+(?:as\\s+)?(?:its|his|her|their)\\s+(?:true\\s+and\\s+lawful\\s+)?attorney(?:[- ]in[- ]fact)?\\b`,
    // (nor is the other side passing on "its rights" to successors or affiliates an assignment of the work: that is a sub-licence)
    // nor a vendor owning its own platform ("shall own all right, title and interest in the Platform")
    unlessAfter: "\\s+(?:all\\s+)?right,?\\s+title\\s+and\\s+interest\\s+in\\s+(?:and\\s+to\\s+)?(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:platform|documentation)\\b|(?:\\s+or\\s+(?:transfer|convey|assign)\\s+|\\s+)(?:this\\s+agreement\\s+and\\s+)?(?:any\\s+of\\s+|all\\s+(?:of\\s+)?)?(?:its|their)\\s+(?:rights|licen[cs]es?)\\b[^.;]{0,80}?\\bto\\s+(?:any|its|an?|each)\\s+(?:[\\w-]+\\s+)?(?:successors?|acquirers?|affiliates?|assignees?|purchasers?|subsidiar(?:y|ies)|third\\s+part(?:y|ies))\\b|\\s+(?:(?:this|the)\\s+(?:agreement|contract)|(?:any\\s+of\\s+)?(?:its|their|his|her|such\\s+party(?:'|\\u2019)s)\\s+(?:rights|obligations)\\s+(?:and|or|under|hereunder)|(?:(?:a|an|one|two|three|four|five|several|additional|qualified|dedicated|sufficient|such|its|their|the|senior|junior)\\s+){0,2}(?:[\\w-]+\\s+)?(?:personnel|staff|employees?|people|persons?|individuals?|team(?:\\s+members?)?|resources|representatives?|managers?|designers?|developers?|consultants?|engineers?|writers?|editors?|tasks?|priorit\\w*)\\b)|\\s+(?:automatically\\s+)?to\\s+(?:the|any|an?|its|such)\\s+(?:acquir(?:er|ing\\s+(?:entity|company|party))|successor(?:\\s+(?:entity|company))?|purchaser|buyer|new\\s+owner)\\b",
    unlessTrigger: "^(?:assigned|transferred|conveyed)$",
    // the maker keeps what it made ("modifications made by Provider shall be owned by Provider"): nothing passes;
    // nor when "you" (a platform's user, the maker) own what you make and nothing of yours is assigned;
    // nor a party owning only what it supplied itself ("You own all text, images and data you provided")
    unless: `\\b(?:made|created|developed|authored|produced|conceived|provided|supplied|furnished)\\s+(?:solely\\s+)?by\\s+(?:the\\s+)?([A-Z][\\w-]+)\\s+(?:(?:shall|will)\\s+(?:be\\s+)?|(?:is|are)\\s+)(?:(?:solely|exclusively)\\s+)?(?:owned\\s+(?:(?:solely|exclusively)\\s+)?by|(?:remain\\s+|be\\s+)?the\\s+(?:sole\\s+(?:and\\s+exclusive\\s+)?|exclusive\\s+)?property\\s+of|belong\\s+to)\\s+(?:the\\s+)?\\1\\b|^(?![^]*\\b(?:assigns?|transfers?|grants?|conveys?)\\b)(?=[^]*\\b(?:the\\s+)?${MAKER_ROLE}\\s+(?:shall\\s+|will\\s+)?(?:owns?|retains?)\\s+(?:all|the\\s+(?:sole|exclusive|entire)|sole|exclusive|full)\\b)|^(?![^]*\\b(?:you\\s+(?:hereby\\s+)?(?:assign|transfer|grant|convey)|we\\s+(?:will\\s+|shall\\s+)?own)\\b)(?=[^]*\\byou\\s+(?:will\\s+|shall\\s+)?(?:own|retain)\\s+(?:all\\s+)?(?:(?:right|title|interest|ownership)\\b|[\\w-]+\\s+(?:that|which)\\s+you\\b|(?:your\\s+)?(?:[\\w-]+\\s+)?(?:outputs?|content|inputs?|work|creations?)\\b))|^(?![^]*\\b(?:assign|transfer|convey)\\w*)(?=[^]*\\b(?<supplier>[\\w-]+)\\s+(?:shall\\s+|will\\s+)?(?:owns?|retains?)\\s+(?:(?:all|any|the)\\s+)?(?:(?:intellectual\\s+property\\s+)?rights?\\s+(?:of|in|to)\\s+(?:the\\s+)?)?(?:(?!(?:in|including|together|except|excluding|other|based|rights?|title|interest|deliverables?|works?|work\\s+product|created|made|developed|prepared)\\b)[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){1,8}?(?:that\\s+|which\\s+)?\\k<supplier>\\s+(?:ha(?:s|ve)\\s+)?(?:provided|supplied|furnished|gave|given|submitted|contributed|uploaded)\\b)`,
    anchors: ["exclusive", "perfect", "perfects", "perfecting", "appoint", "appoints", "attorney", "assign", "assignment", "conveyance", "assigns", "assigned", "assigning", "transfer", "transfers", "transferred", "transferring", "convey", "conveys", "conveyed", "conveying", "property", "owner", "owners", "own", "owns", "owned", "ownership", "vest", "vests", "vested", "copyright", "copyrights", "title", "rights", "belong", "belongs"],
    message: "All rights in the work pass to the other side, with nothing about AI training.",
    rationale: "An owner may use the work for anything, including training AI, unless the contract says otherwise; the fix keeps ownership but excludes AI training.",
    fix: "proviso",
    qualifier: "which gives {agency} no right to use {work} to {ai}",
    fallbacks: [],
    examples: {
      invalid: [
        "Contractor hereby assigns to Client all right, title and interest in the Work Product.",
        "Client owns all rights to the work.",
        "The Designer assigns to the Studio every invention conceived during the engagement.",
        "All sketches and layouts prepared under this Agreement shall be owned exclusively by the Agency.",
        "Any idea the Writer submits will become the Publisher's sole and exclusive property.",
        "Title to the photographs shall vest solely in the Client upon payment.",
        "The Writer shall cause any domain names and trademarks registered in its name to be transferred to the Publisher.",
        "Copyright in each Deliverable passes to the Client on payment.",
        "All sketches will belong to the Studio.",
        "The Supplier agrees that the Buyer is the owner of all Results.",
        "The Agency owns the copyright in every Deliverable.",
        "Any changes to the Artwork made by the Studio shall be owned by the Client.",
        "The Contractor acknowledges that the Customer owns the Work Product outright.",
        "The Client may deal with the Deliverables as sole and absolute owner.",
        "On final payment the Label acquires all rights in the Recordings.",
        "Everything the Writer drafts for the campaign is the property of the Agency.",
        "The Photographer shall sign whatever papers the Agency needs to perfect its title to the Images.",
        "The Illustrator irrevocably appoints the Publisher as its attorney-in-fact to register the copyright in the Artwork.",
      ],
      valid: [
        "Any changes to the Platform made by the Host shall be owned by the Host.",
        "Neither party may assign this Agreement without consent.",
        "Either party may assign this Agreement to an affiliate.",
        "The Studio will assign a project manager to oversee the Deliverables.",
        "Options shall vest in four equal annual instalments.",
        "New methods developed together shall be owned jointly by the parties.",
        "Each party will use its own tools and remain responsible for its own taxes.",
        "Title to the printed goods passes to the Buyer on delivery.",
        "The laptops belong to the Contractor.",
        "The Client shall have all rights and remedies available at law.",
        "The Buyer acquires full title to the printed goods on delivery.",
        "The Agency owns all Agency Materials, including its templates.",
        "The Client may assign its rights in the Deliverables to any successor to its business.",
      ],
    },
  },
] as const satisfies readonly RuleData[];
