/**
 * A tiny deterministic stand-in for the clause engine, so the pane's tests pin the pane's own
 * behaviour (what it shows, what it asks the host to do) independently of the real rules.
 * It follows the engine's contract in src/engine/types.ts.
 */
import type { AddendumOptions, AddendumParagraph, AnalyzeOptions, Category, Finding, Paragraph, ProtectionKind, Report, Severity, Suggestion } from "../../src/engine/types";
import { CATEGORIES, PROTECTION_KINDS } from "../../src/engine/types";
import type { ReviewEngine } from "../../src/taskpane/useReview";

interface Rule {
  id: string;
  pattern: RegExp;
  category: Category;
  severity: Severity;
  message: string;
  rationale: string;
  primary: (p: Names) => string;
  fallbacks: boolean;
}
interface Names {
  agency: string;
  contractor: string;
  work: string;
}

const RULES: Rule[] = [
  {
    id: "broad-any-purpose",
    pattern: /for any purpose/g,
    category: "broad-license",
    severity: "high",
    message: "The licence lets them use your work for any purpose.",
    rationale: "“Any purpose” includes training AI models on your work.",
    primary: (n) => `for the purposes of this Agreement only, and not to train any AI system on the ${n.work}`,
    fallbacks: true,
  },
  {
    id: "internal-business",
    pattern: /internal business purposes/g,
    category: "ambiguous-purpose",
    severity: "medium",
    message: "“Internal business purposes” is vague.",
    rationale: "Some companies read internal purposes as including building their own AI.",
    primary: (n) => `its own operations, which exclude training AI on the ${n.work}`,
    fallbacks: false,
  },
  {
    id: "feedback-rights",
    pattern: /feedback/g,
    category: "feedback",
    severity: "low",
    message: "They take rights in your feedback.",
    rationale: "Corrections you make could be fed to their models.",
    primary: () => "feedback about their services (not the work itself)",
    fallbacks: false,
  },
];

const PROTECTIONS: Array<[ProtectionKind, RegExp]> = [
  ["no-ai-training", /shall not use [^.]* to train/],
  ["ai-definition", /“Artificial Intelligence” means/],
  ["derivative-data", /derived data/],
  ["data-deletion", /delete the/],
  ["audit-rights", /may audit/],
  ["injunctive-relief", /injunctive relief/],
  ["survival", /survives/],
];

export const ADDENDUM_TITLE = "Prohibition on AI Training";

function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 33) ^ s.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

function detect(paragraphs: Paragraph[], options?: AnalyzeOptions) {
  const all = paragraphs.map((p) => p.text).join("\n");
  const pick = (re: RegExp, fallback: string) => {
    const m = re.exec(all);
    return m ? { name: m[1], found: true } : { name: fallback, found: false };
  };
  const a = pick(/“(Agency|Client|Company)”/, "Client");
  const c = pick(/“(Contractor|Consultant|Freelancer)”/, "Contractor");
  const w = pick(/“(Deliverables|Work Product)”/, "Deliverables");
  return {
    agency: options?.parties?.agency ?? a.name,
    contractor: options?.parties?.contractor ?? c.name,
    work: options?.parties?.work ?? w.name,
    detected: { agency: a.found, contractor: c.found, work: w.found },
  };
}

export function analyze(paragraphs: Paragraph[], options?: AnalyzeOptions): Report {
  const parties = detect(paragraphs, options);
  const dismissed = new Set(options?.dismissed ?? []);
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  paragraphs.forEach((p, index) => {
    // Repeated paragraphs get distinct ids (nth repeat), as the real engine's do.
    const nth = (seen.get(p.text) ?? 0) + 1;
    seen.set(p.text, nth);
    for (const rule of RULES) {
      for (const m of p.text.matchAll(rule.pattern)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        const id = `${rule.id}:${hash(p.text)}~${nth}:${start}`;
        if (dismissed.has(id)) continue;
        const base = { paragraph: index, start, end, original: m[0], comment: `${parties.contractor}: ${rule.rationale}` };
        const suggestions: Suggestion[] = [{ ...base, position: "primary", label: "Prohibit AI training", replacement: rule.primary(parties) }];
        if (rule.fallbacks) {
          suggestions.push({ ...base, position: "opt-out", label: "Right to opt out", replacement: `${m[0]}, except AI training, which ${parties.contractor} may refuse at any time` });
          suggestions.push({ ...base, position: "project-scope", label: "Limit to this project", replacement: "for this project only" });
        }
        findings.push({ id, ruleId: rule.id, category: rule.category, severity: rule.severity, paragraph: index, start, end, trigger: m[0], message: rule.message, rationale: rule.rationale, suggestions });
      }
    }
  });
  const protections = [] as Report["protections"];
  paragraphs.forEach((p, index) => {
    for (const [kind, re] of PROTECTIONS) {
      const m = re.exec(p.text);
      if (m) protections.push({ kind, paragraph: index, start: m.index, end: m.index + m[0].length, trigger: m[0] });
    }
  });
  const present = new Set(protections.map((p) => p.kind));
  const missing = PROTECTION_KINDS.filter((k) => !present.has(k));
  const weight = { high: 20, medium: 10, low: 5 };
  const categories = CATEGORIES.map((category) => {
    const fs = findings.filter((f) => f.category === category);
    return { category, deducted: fs.reduce((n, f) => n + weight[f.severity], 0), deductedIfAccepted: 0, findings: fs.length, explanation: `${fs.length} clauses` };
  });
  const deducted = categories.reduce((n, c) => n + c.deducted, 0) + missing.length * 5;
  const mentionsAi = /\b(AI|artificial intelligence|machine learning)\b/i.test(paragraphs.map((p) => p.text).join("\n"));
  return {
    version: 1,
    score: Math.max(0, 100 - deducted),
    scoreIfAccepted: 100,
    breakdown: {
      base: 100,
      categories,
      protections: PROTECTION_KINDS.map((kind) => ({ kind, present: present.has(kind), deducted: present.has(kind) ? 0 : 5, explanation: `${kind} explanation` })),
      lowered: findings.map((f) => `${f.message}`),
      wouldRaise: missing.map((k) => `Add ${k}.`),
    },
    findings,
    protections,
    missing,
    partial: [],
    roles: {
      user: "Contractor",
      other: "Agency",
      work: "Deliverables",
      sure: true,
      source: "document",
      evidence: { user: [], other: [], work: [] },
      candidates: { parties: ["Agency", "Contractor"], works: ["Deliverables"] },
    },
    coverage: { parts: { body: paragraphs.length }, incorporated: [], complete: true },
    mentionsAi,
    addendumPresent: paragraphs.some((p) => p.text === ADDENDUM_TITLE),
    parties,
    stats: { paragraphs: paragraphs.length, characters: paragraphs.reduce((n, p) => n + p.text.length, 0) },
  };
}

export function buildAddendum(options: AddendumOptions = {}): AddendumParagraph[] {
  const a = options.parties?.agency ?? "Client";
  const c = options.parties?.contractor ?? "Contractor";
  const w = options.parties?.work ?? "Deliverables";
  const days = options.deletionDays ?? 30;
  const sections: Array<[ProtectionKind, string]> = [
    ["ai-definition", `“Artificial Intelligence” means any machine learning system.`],
    ["no-ai-training", `${a} shall not use the ${w} to train any Artificial Intelligence.`],
    ["derivative-data", `This covers derived data from the ${w}.`],
    ["data-deletion", `${a} will delete the ${w} within ${days} days after termination.`],
    ["audit-rights", `${c} may audit ${a}'s use of the ${w}.`],
    ["injunctive-relief", `${c} may seek injunctive relief.`],
    ["survival", `This addendum survives termination.`],
  ];
  const chosen = sections.filter(([k]) => (options.only ? options.only.includes(k) : true) && (k !== "audit-rights" || options.includeAudit !== false));
  return [{ kind: "title", text: ADDENDUM_TITLE, level: 1 }, ...chosen.map(([kind, text], i) => ({ kind: "body" as const, text: `${i + 1}. ${text}`, protection: kind, number: String(i + 1) }))];
}

export function formatReportMarkdown(report: Report): string {
  return [`# TermScore report`, ``, `Score: ${report.score} / 100`, ``, ...report.findings.map((f) => `- ${f.message} “${f.trigger}”`), ``].join("\n");
}

export const fakeEngine = { analyze, buildAddendum, formatReportMarkdown } satisfies ReviewEngine;
