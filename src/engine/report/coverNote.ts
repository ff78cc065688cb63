/**
 * A cover note to the other side: a short, polite, plain-language explanation of every change the
 * review proposes and why, in the contract's own names and section numbers. Markdown, so it can be
 * pasted into an email or saved next to the reviewed file. Deterministic.
 */
import type { Category, Finding, Paragraph, Position, Report } from "../types";
import { findSections, type SectionStart } from "../read/structure";
import { describeEdit } from "./format";
import { chosenSuggestion } from "../edit/request";
import { docNames } from "../scan/names";
import { conform, readConventions } from "../fix/conventions";
import { sectionLabels } from "../fix/comments";
import { leadFirst } from "../fix/clauseKinds";
import { escapeRegExp } from "../text";

/** A company's legal form after its name: "Northwind Creative LLC", "Pixelmoor Corp.". */
const NAME = /^(?:[A-Z][\w.&'\u2019-]*)(?:\s+(?:[A-Z][\w.&'\u2019-]*|&|of|and|de|van|von))*$/;

/**
 * The real name the contract gives the party it defines as `term` ("Northwind Creative LLC, a
 * Delaware company (the “Agency”)" → "Northwind Creative LLC"); null when it names none ("the
 * creator who accepts them (the “Creator”)") or `term` is already a name.
 */
function partyName(paragraphs: readonly Paragraph[], term: string): string | null {
  const esc = escapeRegExp(term.replace(/^the\s+/i, ""));
  const def = new RegExp(`\\((?:the\\s+)?["\u201c\u2018'](?:the\\s+)?${esc}["\u201d\u2019']\\)`, "i");
  for (const p of paragraphs.slice(0, 40)) {
    const m = def.exec(p.text);
    if (!m) continue;
    // the words since the previous definition or the sentence's start, after "between" / "and" / "by"
    let before = p.text.slice(0, m.index);
    before = before.slice(before.lastIndexOf(")") + 1);
    const lead = /^(?:.*\bbetween\s+|\s*,?\s*(?:and|by)\s+)/is.exec(before);
    if (lead) before = before.slice(lead[0].length);
    const name = before.split(",")[0].trim();
    if (name && name.length <= 60 && name.split(/\s+/).length <= 7 && NAME.test(name) && name.toLowerCase() !== term.toLowerCase() && !/^(?:the|this|these|each|any)\b/i.test(name)) return name;
    return null;
  }
  return null;
}


/** Why each kind of change is asked for, addressed to the other side (not to the user). */
const REASON: Record<Category, string> = {
  "ai-training-grant": "it would let the work be used to train AI models, and a model cannot unlearn what it was trained on",
  "broad-license": "a license this broad can be read to cover AI training",
  "ambiguous-purpose": "an open-ended purpose such as improving products or research can be read to include AI training",
  "data-aggregation": "data derived from the work can carry the work into training sets",
  feedback: "feedback rights can be read to reach the work itself",
  anonymization: "anonymized or aggregated data made from the work can still teach a model the work",
  sublicensing: "people the work is shared with should be bound by the same limit",
  ownership: "an owner may otherwise use the work for AI training; the change adds only that limit to the ownership agreed",
};

const POSITION_NOTE: Record<Exclude<Position, "primary">, string> = {
  "opt-out": "as a right for me to opt out of AI use",
  "project-scope": "as a limit to this project",
};

/** Where a finding is: "Section 5.2 (Licence)", a heading, or "paragraph 14" (the comments' labels, read once). */
function placesOf(sections: readonly SectionStart[], paragraphs: readonly Paragraph[]): (f: Pick<Finding, "paragraph">) => string {
  const label = sectionLabels(paragraphs, sections);
  return (f) => {
    const part = paragraphs[f.paragraph]?.part;
    if (part && part !== "body") return `a ${part === "textbox" ? "text box" : part}`;
    return label(f.paragraph) ?? `paragraph ${f.paragraph + 1}`;
  };
}

export interface CoverNoteOptions {
  /** The position written for each finding (default: primary). */
  position?: Position;
  /** The addendum was added to the draft. */
  addendum?: boolean;
  /** Only these findings were written (ids); default: all of the report's findings. */
  written?: readonly string[];
  /** The changes were proposed in comments, the text left alone. */
  commentOnly?: boolean;
}

/** The note, in Markdown. */
export function coverNote(report: Report, paragraphs: readonly Paragraph[], options: CoverNoteOptions = {}): string {
  const { user: userTerm, other: otherTerm, work } = report.roles;
  // the other side by its real name where the contract gives one, else "the Agency"; signed with the user's name
  const otherName = partyName(paragraphs, otherTerm);
  // as the redlines name it ("the Agency", or "Agency" in a contract that writes it bare)
  const other = otherName ?? docNames(paragraphs, { ...report.parties, agency: otherTerm }).agency;
  const user = partyName(paragraphs, userTerm) ?? userTerm;
  const greeting = otherName ? `Dear ${otherName},` : "Dear Sir or Madam,";
  const spelling = { spelling: readConventions(paragraphs).spelling, curlyQuotes: true };
  const done = (lines: string[]) => conform(lines.join("\n") + "\n", spelling);
  const placeOf = placesOf(findSections(paragraphs), paragraphs);
  const written = options.written ? new Set(options.written) : null;
  const findings = report.findings.filter((f) => !written || written.has(f.id)).slice().sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const out: string[] = [];
  out.push(`# Proposed changes: keeping the ${work} out of AI training`, "");
  out.push(greeting, "");
  if (!findings.length && !options.addendum) {
    out.push(`Thank you for the draft. I have no changes to propose on the use of the ${work}.`, "", `Kind regards,`, user);
    return done(out);
  }
  // findings of one clause share one change: one item per change, naming every concern it settles
  const items: Array<{ findings: Finding[]; s: Finding["suggestions"][number] }> = [];
  for (const f of findings) {
    const s = chosenSuggestion(f, options.position);
    if (!s) continue; // a finding without wording was a comment only: nothing to list as a change
    const same = items.find((it) => it.s.paragraph === s.paragraph && it.s.start === s.start && it.s.end === s.end && it.s.replacement === s.replacement);
    if (same) same.findings.push(f);
    else items.push({ findings: [f], s });
  }
  out.push(
    `Thank you for the draft. ${
      options.commentOnly
        ? `I have added ${items.length === 1 ? "one comment" : `${items.length} comments`} proposing wording, and left the text as it is. `
        : `I have marked ${items.length === 1 ? "one change" : `${items.length} changes`} as tracked changes, each with a comment. `
    }` +
      `They have one purpose: the ${work} should not be used to train, fine-tune, test or improve artificial-intelligence or machine-learning systems. ` +
      `Every other right the draft gives ${other} stays as it is.`,
    "",
  );
  const givenAt = new Map<Category, number>();
  items.forEach(({ findings: fs, s }, i) => {
    const how = s.position !== "primary" ? ` (${POSITION_NOTE[s.position]})` : "";
    const edit = describeEdit(s.original, s.replacement);
    const words = [...new Set(fs.map((f) => `\u201c${f.trigger.replace(/\s+/g, " ")}\u201d`))].join(" and ");
    // one reason, the gravest concern's (the one the clause's comment leads with); said once, then pointed back to
    const lead = leadFirst([...new Set(fs.map((f) => f.category))])[0];
    const first = givenAt.get(lead);
    if (first === undefined) givenAt.set(lead, i + 1);
    const because = first === undefined ? `because ${REASON[lead]}` : `for the same reason as item ${first}`;
    out.push(`${i + 1}. **${placeOf(fs[0])}**, ${words}: ${options.commentOnly ? `proposed wording: ${edit}` : edit}${how}. I ask for this ${because}.`);
  });
  if (findings.length) out.push("");
  if (options.addendum) {
    out.push(
      `${options.commentOnly ? "I have also proposed, in a comment, a short “Prohibition on AI Training” addendum to add before the signatures" : "I have also added a short “Prohibition on AI Training” addendum before the signatures"}, with its own section numbers (AI-1, AI-2 and so on). It states the restriction once, in one place, with what goes with it: what counts as AI training, who else is bound, notice of a breach, deletion from datasets and models if the ${work} were used by mistake, remedies, and that the restriction survives the end of the agreement. It leaves every other right of ${other} as it is.`,
      "",
    );
  }
  out.push(`I am glad to talk any of these through, and to find wording that works for both of us.`, "", `Kind regards,`, user);
  return done(out);
}
