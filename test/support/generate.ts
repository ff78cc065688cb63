/**
 * Random contracts for property tests and benchmarks: risky, protective and neutral clauses
 * (all written for TermScore), tables, list items, the other side's tracked changes and comments,
 * and odd Unicode (smart quotes, NBSP, soft hyphens, right-to-left text, emoji).
 */
import { createDocx } from "../../src/docx/create";
import { escapeXml } from "../../src/engine/common/escapeXml";
import type { Block } from "../../src/docx/create";

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTIES: Array<[string, string, string]> = [
  ["Agency", "Contractor", "Deliverables"],
  ["Client", "Freelancer", "Work Product"],
  ["Company", "Consultant", "Materials"],
];

/** {A} agency, {C} contractor, {W} work. */
export const RISKY = [
  "{A} may use the {W} for any purpose.",
  "{C} grants {A} a perpetual, irrevocable, worldwide, royalty-free license to reproduce the {W}.",
  "{A} may use the {W} for its internal business purposes.",
  "{A} may use the {W} to improve its products and services.",
  "{A} may aggregate the {W} with other content and data.",
  "{A} may use anonymized {W} without restriction.",
  "{A} may share the {W} with its affiliates and service providers.",
  "{A} may sublicense the {W} to third parties.",
  "{A} may use the {W} to train its machine learning models.",
  "{A} owns any feedback, suggestions or ideas provided by {C}.",
  "The {W} shall be considered work made for hire.",
  "{A} may display the {W} in any media now known or hereafter devised.",
  "{A} may use usage data and metadata derived from the {W} for analytics.",
];

export const PROTECTIVE = [
  "{A} shall not use the {W} to train, fine-tune or test any artificial intelligence model.",
  "{A} is prohibited from ingesting the {W} into any machine learning system.",
  "On termination {A} will delete the {W} from all training sets and certify the deletion in writing.",
  "{C} may seek injunctive relief for any breach of this section.",
];

export const NEUTRAL = [
  "{A} will pay each invoice within thirty (30) days.",
  "This Agreement is governed by the laws of the State of Oregon.",
  "Notices must be sent in writing to the addresses above.",
  "{C} will attend the kick-off meeting \u201con site\u201d in Portland \ud83d\ude80.",
  "\u05d4\u05e1\u05db\u05dd \u05d6\u05d4 \u05e0\u05d7\u05ea\u05dd \u05d1\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1.",
  "\u0647\u0630\u0627 \u0627\u0644\u0639\u0642\u062f \u0633\u0627\u0631\u064a \u0627\u0644\u0645\u0641\u0639\u0648\u0644.",
  "Staff training on the new CMS is included in the fee.",
  "The fee is \u20ac4\u00a0500, payable in two instalments \u2014 half up front.",
];

const OTHER = `w:author="Other Side" w:date="2026-01-02T03:04:05Z"`;

export interface GenOptions {
  /** Number of clause paragraphs. */
  clauses?: number;
  /** Allow the other side's tracked changes and comments. */
  redlines?: boolean;
}

/** One generated contract as blocks, plus comments.xml content when it has comments. */
export function generateBlocks(seed: number, options: GenOptions = {}): { blocks: Block[]; comments?: string } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const [A, C, W] = pick(PARTIES);
  const fill = (s: string) => s.replace(/\{A\}/g, A).replace(/\{C\}/g, C).replace(/\{W\}/g, W);
  let nextId = 100;
  const comments: string[] = [];
  const odd = (s: string): string => {
    let t = s;
    if (r() < 0.2) t = t.replace(/ (\d)/g, "\u00a0$1");
    if (r() < 0.15) t = t.replace(/\bAgreement\b/g, "Agree\u00adment");
    if (r() < 0.15) t = `${t} \ud83d\udcdd`;
    if (r() < 0.2) t = t.replace(/"/g, "\u201d");
    return t;
  };
  /** Split text into 1–4 runs with mixed formatting, never inside a surrogate pair. */
  const runs = (text: string): string => {
    const cuts = new Set<number>();
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      let k = Math.floor(r() * text.length);
      if (k > 0 && /[\udc00-\udfff]/.test(text[k])) k--;
      if (k > 0) cuts.add(k);
    }
    const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
    let xml = "";
    for (let i = 0; i + 1 < points.length; i++) {
      const piece = text.slice(points[i], points[i + 1]);
      if (!piece) continue;
      const fmt = pick(["", "<w:b/>", "<w:i/>", '<w:u w:val="single"/>', '<w:color w:val="1F4E79"/>']);
      const rtl = /[\u0590-\u06ff]/.test(piece) ? "<w:rtl/>" : "";
      // Word's usual markup around runs: rsids, proofing marks, bookmarks, rendered page breaks,
      // hyperlinks, inline content controls, and w:t without xml:space when it is not needed.
      const space = /^\s|\s$/.test(piece) || r() < 0.5 ? ' xml:space="preserve"' : "";
      const lrpb = r() < 0.05 ? "<w:lastRenderedPageBreak/>" : "";
      let run = `<w:r w:rsidR="00A1B2C3">${fmt || rtl ? `<w:rPr>${fmt}${rtl}</w:rPr>` : ""}${lrpb}<w:t${space}>${escapeXml(piece)}</w:t></w:r>`;
      const wrap = r();
      if (wrap < 0.05) run = `<w:hyperlink w:anchor="s${i}" w:history="1">${run}</w:hyperlink>`;
      else if (wrap < 0.08) run = `<w:sdt><w:sdtPr><w:alias w:val="Field"/></w:sdtPr><w:sdtContent>${run}</w:sdtContent></w:sdt>`;
      else if (wrap < 0.12) run = `<w:proofErr w:type="spellStart"/>${run}<w:proofErr w:type="spellEnd"/>`;
      else if (wrap < 0.15) {
        const id = nextId++;
        run = `<w:bookmarkStart w:id="${id}" w:name="_Ref${id}"/>${run}<w:bookmarkEnd w:id="${id}"/>`;
      }
      xml += run;
    }
    return xml;
  };
  const para = (text: string, style?: string): string => {
    const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : "";
    if (!options.redlines || r() > 0.35) return `<w:p>${pPr}${runs(text)}</w:p>`;
    const kind = Math.floor(r() * 4);
    const cut = text.lastIndexOf(" ", Math.floor(text.length / 2)) + 1;
    const head = text.slice(0, cut);
    const tail = text.slice(cut);
    if (kind === 0) {
      // The other side inserted the second half of the clause.
      return `<w:p>${pPr}${runs(head)}<w:ins w:id="${nextId++}" ${OTHER}>${runs(tail)}</w:ins></w:p>`;
    }
    if (kind === 1) {
      // The other side deleted some words that were there before.
      return `<w:p>${pPr}${runs(head)}<w:del w:id="${nextId++}" ${OTHER}><w:r><w:delText xml:space="preserve">${escapeXml(pick(["only ", "solely ", "never ", "not "]))}</w:delText></w:r></w:del>${runs(tail)}</w:p>`;
    }
    if (kind === 2) {
      // A comment from the other side on the first words.
      const id = nextId++;
      comments.push(`<w:comment w:id="${id}" ${OTHER} w:initials="OS"><w:p><w:r><w:t>Please confirm.</w:t></w:r></w:p></w:comment>`);
      return `<w:p>${pPr}<w:commentRangeStart w:id="${id}"/>${runs(head)}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>${runs(tail)}</w:p>`;
    }
    // A whole paragraph the other side inserted, mark included.
    return `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:rPr><w:ins w:id="${nextId++}" ${OTHER}/></w:rPr></w:pPr><w:ins w:id="${nextId++}" ${OTHER}>${runs(text)}</w:ins></w:p>`;
  };

  const blocks: Block[] = [{ xml: para(`Services Agreement between the ${A} and the ${C}`, "Title") }];
  blocks.push({ xml: para(`This agreement is made between Brightwater Media Ltd (the \u201c${A}\u201d) and Robin Vale (the \u201c${C}\u201d). The work delivered is the \u201c${W}\u201d.`) });
  const count = options.clauses ?? 4 + Math.floor(r() * 10);
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (roll < 0.08) blocks.push({ xml: para(`${i + 1}. ${pick(["Licence", "Data Privacy", "Representations and Warranties", "Fees", "Term"])}`, "Heading1") });
    const kind = r();
    const text = odd(fill(kind < 0.5 ? pick(RISKY) : kind < 0.7 ? pick(PROTECTIVE) : pick(NEUTRAL)));
    const shape = r();
    if (shape < 0.12) {
      const other = odd(fill(pick(NEUTRAL)));
      blocks.push({ xml: `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc>${para(`Item ${i + 1}`)}</w:tc><w:tc>${para(text)}</w:tc></w:tr><w:tr><w:tc>${para(other)}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>` });
    } else if (shape < 0.25) {
      blocks.push({ xml: para(`(${String.fromCharCode(97 + (i % 26))})\t${text}`, "ListParagraph") });
    } else blocks.push({ xml: para(text) });
  }
  blocks.push({ xml: para("Signed by both parties.") });
  return { blocks, comments: comments.length ? comments.join("") : undefined };
}

export async function generateDocx(seed: number, options: GenOptions = {}): Promise<Uint8Array> {
  const { blocks, comments } = generateBlocks(seed, options);
  return createDocx(blocks, { comments });
}
