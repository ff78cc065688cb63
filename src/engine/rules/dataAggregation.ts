/** Rules: data processing and aggregation. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { MAKER_ROLE, WORK_NOUN } from "./vocab";
import { OWN_MODEL_OWN_DATA, TRAINED_ON_OWN_SOURCES } from "./shared";

/**
 * A purpose limited to running the engagement or the service ("solely to perform the Services",
 * "only to provide, secure and troubleshoot") that names no open purpose: the data is processed,
 * not exploited. Used as a rule's `unless`.
 */
const OPERATIONAL_ONLY =
  "^(?![^]*\\b(?:improv|develop|enhanc|train|research|analy[sz]|analytic|commerciali[sz]|market|advertis|benchmark|insight|any\\s+(?:lawful\\s+)?purpose|other\\s+purpose|without\\s+restriction)\\w*)(?=[^]*\\b(?:solely|only|exclusively)\\s+(?:(?:to|for|in\\s+order\\s+to|as\\s+(?:necessary|needed|required)\\s+to|to\\s+the\\s+extent\\s+(?:strictly\\s+|reasonably\\s+)?(?:necessary|needed|required)\\s+to)\\s+)(?:the\\s+purposes?\\s+of\\s+|the\\s+)?(?:(?:provid|provision|operat|maintain|maintenance|secur|support|perform|deliver|host|bill|invoic|comply|complying|troubleshoot|protect|fulfil|administ)\\w*\\b(?:\\s+[\\w'\\u2019-]+){0,12}?(?:\\s*,\\s*|\\s+(?:and|or|and/or)\\s+(?:to\\s+)?|\\s*[.;]|\\s*$)){1,6}|[^]*\\bto\\s+provide\\s+(?:(?:our|the|its|their)\\s+)?(?:services?|platform|product)\\s+to\\s+(?:you|customers?|users?|the\\s+customer)\\b|[^]*\\bas\\s+(?:strictly\\s+|reasonably\\s+)?(?:necessary|needed|required)\\s+to\\s+(?:provide|operate|perform|deliver|host|support|maintain)\\s+(?:the\\s+|our\\s+|its\\s+)?(?:services?|platform)\\b|[^]*\\b(?:solely|only|exclusively)\\s+(?:as\\s+(?:an?\\s+)?(?:data\\s+)?(?:sub-?)?processor|on\\s+(?:the\\s+)?[\\w'\\u2019-]+\\s+(?:documented\\s+|written\\s+)?instructions|on\\s+behalf\\s+of)\\b)";

/**
 * Measurements of the other side's own service — how it performs, stays up or stays secure, or the
 * service itself ("usage metrics about the Platform", not about its users) — in a
 * sentence that names none of the user's work: statistics about a service are not data made from
 * the work. Joined to a rule's `unless`.
 */
export const SERVICE_METRICS_ONLY =
  "^(?![^]*\\b(?:content|deliverables?|work\\s+product|materials|inputs?|outputs?|prompts?|submissions?|uploads|files|documents|your\\s+data|customer\\s+data|user\\s+data|personal\\s+data)\\b)(?=[^]*\\b(?:uptime|availability|latency|response[- ]time|error[- ]rate|incident|outage)\\s+(?:statistics|metrics|data|logs|measurements|figures)\\b|[^]*\\b(?:statistics|metrics|information|data|measurements)\\s+(?:regarding|about|on|relating\\s+to|related\\s+to|concerning|of)\\s+(?:(?:the\\s+)?(?:performance|operation|availability|uptime|reliability|security|stability|speed|latency|errors?|use|usage)(?:\\s+(?:and|or)\\s+(?:performance|operation|availability|uptime|reliability|security|stability|speed|latency|errors?))?\\s+of\\s+)?(?:the\\s+|its\\s+|our\\s+)?(?:own\\s+)?(?:(?:hosting|cloud|computing|server|network)\\s+)?(?:services?|platform|software|site|systems?|network|apps?|applications?|infrastructure|servers?)\\b(?!['\\u2019]|\\s+(?:users?|customers?|members?|visitors?|subscribers?)\\b))";

/**
 * Usage data kept for running the service — support, billing, security — in a sentence that names
 * none of the user's work and no purpose beyond running it ("information about Customer's use of the
 * Platform … to provide support and to bill Customer accurately"). Joined to a rule's `unless`.
 */
const RUNNING_THE_SERVICE =
  "^(?![^]*\\b(?:content|deliverables?|work\\s+product|materials|inputs?|outputs?|prompts?|submissions?|uploads|files|documents|works?|improv|develop|enhanc|train|research|analy[sz]|analytic|commerciali[sz]|market|advertis|benchmark|insight|aggregat|any\\s+(?:lawful\\s+)?purpose|other\\s+purpose|without\\s+restriction)\\w*)(?=[^]*\\b(?:use|usage)\\s+of\\s+(?:the\\s+|its\\s+|our\\s+)?(?:services?|platform|software|site|systems?|apps?|applications?|account)\\b)(?=[^]*\\bto\\s+(?:provide\\s+(?:support|the\\s+services?)|bill|invoice|secure|troubleshoot|maintain|operate|detect\\s+fraud)\\b)";

/**
 * The data is said to leave the work out: "aggregate statistics that do not include any Customer Data",
 * "benchmarks that contain none of the Deliverables". What is kept is not made from the work.
 * Joined to a rule's `unless`.
 */
export const LEAVES_THE_WORK_OUT =
  "\\b(?:that|which|(?:such|the|this|these|those)\\s+(?:[\\w-]+\\s+){0,2}?(?:data|information|statistics|metrics|reports?|insights|logs))\\s+(?:do|does|will|shall|must)\\s+not\\s+(?:include|contain|incorporate|reveal|disclose|use|reflect|derive\\s+from|identify)\\s+(?:any\\s+)?(?:of\\s+)?(?:the\\s+)?(?:customer|client|user|your|contractor(?:'s|\\u2019s)?|publisher(?:'s|\\u2019s)?)?\\s*(?:data|content|deliverables?|work\\s+product|materials|personal\\s+data|confidential\\s+information)\\b|\\b(?:that|which)\\s+(?:contain|include)s?\\s+(?:none|no\\s+part)\\s+of\\b|\\b(?:contain|include|reflect|incorporate)s?\\s+no\\s+(?:customer|client|user|your|contractor(?:'s|\\u2019s)?|publisher(?:'s|\\u2019s)?)?\\s*(?:data|content|deliverables?|work\\s+product|materials|personal\\s+data|confidential\\s+information)\\b|\\b(?:provided|so\\s+long\\s+as|as\\s+long\\s+as|on\\s+condition)\\s*,?\\s+(?:that\\s+)?no\\s+(?:part\\s+of\\s+(?:the\\s+|any\\s+)?)?(?:customer|client|user|your|contractor(?:'s|\\u2019s)?|publisher(?:'s|\\u2019s)?)?\\s*(?:data|content|deliverables?|work\\s+product|materials|personal\\s+data|confidential\\s+information)\\s+(?:is|are|shall\\s+be|will\\s+be|may\\s+be)\\s+(?:included|used|incorporated|disclosed|contained|reflected)\\b";

/**
 * A duty to keep the maker's metadata as it is ("shall preserve all metadata embedded by the
 * Photographer", "keep the captions intact"): credit kept with the work, nothing taken from it.
 */
const KEEPS_METADATA = "^(?![^]*\\b(?:may|right\\s+to|licen[cs]es?|use[sd]?|using)\\b)(?=[^]*\\bmetadata\\b)(?=[^]*\\b(?:preserve|maintain|intact|unaltered|not\\s+(?:remove|alter|strip|delete|modify))\\b)";

/** Data given to the maker, and nobody else named as getting it. */
const TO_THE_MAKER_ONLY = `^(?![^]*\\b(?:we|our|us|the\\s+(?:company|provider|platform|client|agency|licensee|publisher|studio))\\s+(?:may|can|will|shall)\\s+(?:also\\s+)?(?:use|share|sell|licen[cs]e|keep|retain|exploit|disclose|commerciali[sz]e)\\b)(?=[^]*\\b(?:made\\s+available|provided|shown|reported|delivered|sent)\\s+to\\s+(?:you|the\\s+(?:seller|${MAKER_ROLE}))\\b)`;

export const DATA_AGGREGATION_RULES = [
  {
    id: "data-aggregation/derived-data",
    category: "data-aggregation",
    severity: "medium",
    pattern:
      "\\b(?:usage|telemetry|service|reader|reading(?:[- ]behaviou?r)?|listener|viewer|service[- ]generated|derived|derivative|aggregated?|aggregate|statistical|diagnostic|behaviou?ral|performance|activit(?:y|ies)|interaction|engagement|clickstream|readership|listening|viewing|streaming|audience|revision|correction|translation|editing|log)\\s+(?:(?!(?:or|and|of|from|to|in)\\b)[\\w-]+\\s+)?(?:data|information|statistics|metrics|analytics)\\b|\\b(?:usage|behaviou?ral|engagement|reading|listening|viewing)\\s+(?:patterns|trends)\\b|\\baggregated?\\s+(?:[\\w-]+\\s+)?insights\\b|\\b(?:data|content|information|insights|statistics|logs|metrics|analytics|counts|demographics)\\s+(?:(?:generated|collected|derived|obtained|arising|created|produced)\\s+(?:(?:by|from|through|in)\\s+(?:or|and|and/or)\\s+(?:generated|collected|derived|obtained|arising|created|produced)\\s+)?)?(?:from|through|by|about|during|in\\s+connection\\s+with|relating\\s+to|related\\s+to|regarding|on)\\s+(?:the\\s+)?(?:(?:[\\w-]+(?:'|\\u2019)s\\s+)?(?:monitoring|tracking|observation|analysis|measurement)\\s+of\\s+(?:the\\s+)?)?(?:your\\s+|its\\s+|their\\s+|customers?(?:'|\\u2019)?s?\\s+|[\\w-]+(?:'|\\u2019)s\\s+)?(?:access\\s+to\\s+(?:or|and)\\s+)?(?:(?:provision|operation|use|usage|performance)\\s*(?:,\\s*|\\s+(?:and|or)\\s+)){0,3}(?:use|usage|performance|exploitation|distribution|sale|streaming|display|publication)\\s+of\\b|\\b(?:compil|collect|gather|deriv|build|generat)\\w*\\s+(?:\\w+\\s+){0,2}?(?:statistics|data|metrics|insights|analytics|profiles)\\s+(?:from|about|on)\\s+(?:the\\s+way|how)\\s+(?:you|users|customers|creators|the\\s+[\\w-]+)\\b|\\b(?:monitor|record|track|log|measur|analy[sz])\\w*\\s+(?:(?:and|or)\\s+(?:monitor|record|track|log|measur|analy[sz])\\w*\\s+)?how\\s+(?:the\\s+|your\\s+|its\\s+)?(?:[\\w-]+\\s+){1,3}?(?:is|are)\\s+(?:being\\s+)?(?:accessed|used|viewed|consumed|played|read|downloaded|shared)\\b|\\b(?:data|information|insights)\\s+(?:about|on|regarding)\\s+how\\s+(?:you|users|customers|people|visitors|(?:[\\w-]+\\s+)?(?:buyers|viewers|readers|listeners|fans|shoppers|subscribers|members|audiences?|visitors|users|customers))\\s+(?:use|interact|engage|respond|react)\\w*\\b|\\b(?:monitor|record|track|log|measur|analy[sz])\\w*\\s+how\\s+(?:[\\w-]+\\s+){1,2}?(?:interact|engage|respond|react)\\w*(?:\\s+(?:and|or)\\s+\\w+)?\\s+(?:with|to)\\b|\\b(?:compil|gather|deriv|generat)\\w*\\s+(?:\\w+\\s+){0,2}?(?:statistics|metrics|insights|analytics)\\s+(?:on|about|regarding)\\b|\\b(?:data|information|insights|statistics|metrics)\\s+(?:about|on|regarding|as\\s+to)\\s+how\\s+(?:well\\s+)?(?:your|the|its|their|each)\\s+(?:[\\w-]+\\s+){0,2}?(?:performs?|(?:is|are)\\s+(?:used|viewed|received|consumed|performing|engaged\\s+with))\\b|\\b(?:insights|benchmarks|trends|learnings|patterns|statistics|metrics|analytics|scores|ratings|tags|classifications)(?:\\s*,\\s*(?:(?:and|or)\\s+)?[\\w-]+(?:\\s+[\\w-]+)?|\\s+(?:and|or)\\s+[\\w-]+(?:\\s+[\\w-]+)?){0,3}\\s+(?:(?:that\\s+|which\\s+)?(?:are|were|it|they)\\s+)?(?:obtained|derived|gleaned|drawn|generated|extracted|learned|learnt|gained|produced|computed|calculated|inferred)\\s+(?:by\\s+(?:the\\s+)?[\\w-]+\\s+)?(?:from|through)\\b|\\b(?:track|log|monitor|record|measur|analy[sz])\\w*(?:\\s*,\\s*(?:(?:and|or)\\s+)?[\\w-]+|\\s+(?:and|or)\\s+[\\w-]+){0,3}\\s+(?:(?:the|any|all|its|their|user|reader|viewer|listener|customer|visitor|audience)\\s+){0,2}(?:interactions?|engagement|behaviou?r|usage|activity)\\s+(?:with|of|on)\\b|\\b(?:all|the|any|such)\\s+resulting\\s+(?:data|information|insights|statistics)\\b|\\b(?:log|record|track|captur|stor|keep|retain)\\w*\\s+(?:the\\s+|all\\s+|any\\s+)?(?:[\\w-]+\\s*,\\s*){0,3}(?:[\\w-]+\\s+)?(?:prompts|(?:revision|edit|editing|version)\\s+histor(?:y|ies)|keystrokes|version\\s+trees)\\b|\\b(?:timestamps|labels|indexes|indices|tags|annotations|transcripts|fingerprints|hashes)\\s+(?:(?:that\\s+are\\s+)?(?:generated|derived|extracted|created|produced|computed))\\s+from\\b|\\b(?:data|information|metadata|records|histor(?:y|ies))\\s+(?:associated|connected)\\s+with\\s+(?:the\\s+|any\\s+|all\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?[\\w-]+|\\b(?:statistics|data|information|insights|metrics|analytics)\\s+(?:about|on|regarding|concerning)\\s+(?:your|the\\s+user(?:'s|\\u2019s)|users(?:'|\\u2019))\\s+(?:[\\w-]+\\s+)?(?:habits|behaviou?rs?|activit(?:y|ies)|usage|preferences|patterns|style)\\b|\\b(?:analytics|metrics)\\s+(?:relating\\s+to|related\\s+to|about|regarding|concerning|on|derived\\s+from|drawn\\s+from|generated\\s+from)\\s+(?:the\\s+|its\\s+|your\\s+)?(?!(?:platform|services?|site|software|system|uptime|availability)\\b)[\\w-]+|\\bmeta-?data\\b|\\btelemetry\\b|\\b(?:data\\s*sets?|datasets?)\\b|\\baggregat(?:ed|e)\\b(?=\\s*(?:,|and|or)\\s*(?:anonymi|de-?identif|disconnected))|\\b(?:in\\s+(?:an?\\s+)?aggregated?\\s+(?:form|manner|format)|on\\s+an?\\s+aggregated?\\s+basis)\\b",
    requires: [`\\b(?:use[sd]?|using|collect\\w*|compil\\w*|aggregat\\w*|analy[sz]\\w*|process\\w*|retain\\w*|own\\w*|exploit\\w*|licen[cs]\\w*|shar\\w*|disclos\\w*|commerciali[sz]\\w*|creat\\w*|generat\\w*|deriv\\w*|sell|sold|keep|kept|monetis\\w*|monetiz\\w*|belong\\w*|vest\\w*)\\b`],
    // data that flows to the maker ("statistics about your audience are made available to you") is not taken from it
    unless: `${OPERATIONAL_ONLY}|${SERVICE_METRICS_ONLY}|${RUNNING_THE_SERVICE}|\\bfrom\\s+(?:its|their|our)\\s+own\\s+(?:[\\w-]+\\s+)?data\\b|${LEAVES_THE_WORK_OUT}|${TRAINED_ON_OWN_SOURCES}|${OWN_MODEL_OWN_DATA}|${TO_THE_MAKER_ONLY}|${KEEPS_METADATA}`,
    notInDefinition: true,
    anchors: ["scores$", "ratings$", "tags$", "classifications$", "prompts$", "keystrokes$", "timestamps$", "indexes$", "fingerprints$", "hashes$", "records$", "history$", "histories$", "data", "datasets", "dataset", "metadata", "meta", "telemetry", "information", "statistics", "metrics", "aggregate", "aggregated", "content", "insights", "benchmarks", "trends", "learnings", "patterns", "analytics", "interactions", "interaction", "reading", "counts", "demographics", "engagement", "behaviour", "behavior", "monitor", "track$", "tracks$", "tracked$", "tracking$", "measure$", "measures$", "measuring$", "log", "logs", "analys", "analyze$", "analyses$", "analyzes$", "analysing$", "analyzing$"],
    message: "This gives the other side rights over data derived from the work, such as usage data, metadata or datasets.",
    rationale: "Data derived from your work can be compiled into datasets and used for AI training even when the work itself is protected.",
    fix: "qualify",
    qualifier: "which may not be used to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may collect and use usage data generated from the Deliverables.", "The Label may track how the Recordings are played and keep those figures for its own use.", "Vendor may gather information about the performance of the Deliverables on the Client's site and use it to improve its services.", "Client may retain the metadata of the Work Product.", "Vendor may use information about the Deliverables in aggregate form to improve its offerings."],
      valid: ["Agency shall not compile the Work Product into any dataset.", "The invoice lists the hours worked.", "Vendor may collect telemetry only to provide, secure and troubleshoot the Services.", "The Host may compile aggregated statistics about the uptime of the Platform.", "Vendor may keep information about the Studio's use of the Platform, such as sign-ins, to provide support and to bill the Studio."],
    },
  },
  {
    id: "data-aggregation/aggregate-process",
    category: "data-aggregation",
    severity: "medium",
    pattern: `\\b(?:aggregat\\w*|compil\\w*|combin\\w*|merg(?:e|es|ed|ing)|pool(?:s|ed|ing)?|ingest\\w*|extract\\w*|deriv(?:e|es|ed|ing)|mine|mining|harvest\\w*)\\b(?=[^.;]{0,60}?${WORK_NOUN})|\\b(?:creat|build|buil|assembl|form)\\w*\\s+(?:(?:and|or)\\s+\\w+\\s+)?(?:a|an|one|its\\s+own)\\s+(?:[\\w-]+\\s+){0,2}?(?:corpus|dataset|database|data\\s*bank|repository|compilation)\\s+(?:of|from|out\\s+of)\\b(?=[^.;]{0,100}?${WORK_NOUN})|\\b(?:includ|incorporat|add|load|stor|sav|keep|kept|retain)\\w*\\b(?=[^.;]{0,40}?${WORK_NOUN}[^.;]{0,40}?\\b(?:in|into|to)\\s+(?:(?:any|its|our|their|a|one\\s+or\\s+more|other)\\s+)?(?:[\\w-]+\\s+)?(?:databases?|data\\s*banks?|corpora|corpus|compilations?|(?:translation|sentence)\\s+memor(?:y|ies)|term(?:inology)?\\s*bases?)\\b)|\\b(?:may|right\\s+to|licen[cs]e\\s+to|entitled\\s+to|permitted\\s+to|authori[sz]ed\\s+to)\\s+(?:\\w+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,3}(?<t>process(?:es|ed|ing)?)\\b(?=[^.;]{0,60}?${WORK_NOUN})`,
    requires: [`\\b(?:may|can|will|shall|right|licen[cs]\\w*|permitted|entitled|agree|consent)\\b`],
    unlessTrigger: "^(?:combined|compiled)$",
    // a processor's staff "authorised to process the Personal Data" (a data processing addendum's confidentiality duty)
    // ("short extracts from the Work … to promote it": quotation, not data extraction)
    unless: `${OPERATIONAL_ONLY}|${SERVICE_METRICS_ONLY}|${LEAVES_THE_WORK_OUT}|\\b(?:short|brief)\\s+(?:extracts|excerpts|quotations)\\b|\\b(?:revenues?|receipts|income|proceeds|royalt(?:y|ies)|sums|amounts|fees|profits)\\s+(?:\\w+\\s+){0,2}?derived\\s+from\\b|\\bfrom\\s+(?:its|their|our)\\s+own\\s+(?:[\\w-]+\\s+)?data\\b|\\b(?:persons?|personnel|employees|staff|individuals)\\s+(?:who\\s+are\\s+)?authori[sz]ed\\s+(?:by\\s+(?:the\\s+)?\\w+\\s+)?to\\s+process\\b`,
    anchors: ["aggregate", "compile", "combine", "pool", "pools", "pooled", "pooling", "merge$", "merges$", "merged$", "merging$", "corpus", "ingest", "extract", "derive", "derives", "derived", "deriving", "mine", "mining", "harvest", "process", "database", "databases", "databank", "databanks", "corpus", "corpora", "compilation", "compilations", "memory", "memories", "termbase", "termbases", "terminology$"],
    message: "This allows the work to be aggregated, compiled, ingested or mined as data.",
    rationale: "Aggregating work into a pool of data strips it of context and attribution, which is the first step of building a training set.",
    fix: "qualify",
    qualifier: "but not to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["The Library may add the Recordings to its databases.", "The Agency may store the Translations in its translation memory and reuse them in later projects.", "Agency may aggregate the Content with other client materials.", "Client may derive statistics and insights from the Work Product.", "The Agency has the right to store, copy and process the Deliverables."],
      valid: ["Agency shall not aggregate the Content with other materials.", "The combined fees are due monthly.", "The Contractor will process the Client's payment details securely.", "The Agency may process the Deliverables solely to perform the Services and host the website.", "The Host may process the Content only as a processor on the Publisher's documented instructions.", "The Contractor may aggregate the hours from each statement of work on one invoice.", "The Company may add its customer list to its CRM database.", "The Agency may store the Translations on its secure servers for six years."],
    },
  },
] as const satisfies readonly RuleData[];
