/**
 * Accept All and Reject All in LibreOffice, in every position (issue 12): each contract written for
 * the tests and the bundled sample is reviewed as a .docx with the primary, opt-out and
 * project-scope wording; one LibreOffice run opens every copy, accepts all, rejects all and reads
 * the text back. After Accept All each changed clause must read as contract text (no doubled
 * phrase, no dangling qualifier, the restriction once per clause) and a re-scan must find nothing
 * to fix; after Reject All the original is back. The engine's own Accept-All test
 * (test/engine/drafting.test.ts) applies the edits itself; this one trusts only LibreOffice.
 *
 * Needs Debian's libreoffice-writer and python3-uno; skipped without them outside CI.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { analyze } from "../../src/engine";
import type { Position } from "../../src/engine/types";
import { splitSentences } from "../../src/engine/text";
import { createDocx } from "../../src/docx/create";
import { reviewDocx, type ReviewDocxResult } from "../../src/docx/review";
import { DATE } from "./helpers";
import { AI_PHRASE, clauseFaults, clauseRange, grammarFaults } from "../support/grammar";
import { PYTHON, describeWithLibreOffice } from "../support/libreOffice";

const ROOT = path.join(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "docx-accept-all");
const SCRIPT = path.join(__dirname, "lo", "lo_check.py");
const maybe = describeWithLibreOffice("Accept-All checks");

const TEXT_FIXTURES = [
  ...["us-services-msa", "uk-licence-agreement", "platform-terms", "multi-sentence-clauses", "list-clauses"].map((n) => path.join(ROOT, "test", "fixtures", "drafting", `${n}.txt`)),
  ...["risky-agency-msa", "sow-no-ai", "protective-msa"].map((n) => path.join(ROOT, "test", "fixtures", "contracts", `${n}.txt`)),
];
const SAMPLE = path.join(ROOT, "samples", "agency-msa-sow.docx");
const POSITIONS: Position[] = ["primary", "opt-out", "project-scope"];

interface LoResult {
  file: string;
  ok: boolean;
  error?: string;
  text: string[];
  rejected: string[];
  accepted: string[];
}

interface Case {
  name: string;
  position: Position;
  file: string;
  result: ReviewDocxResult;
}

/**
 * The original paragraph of each paragraph after Accept All, or null for one TermScore inserted
 * (the addendum, its incorporation sentence): paragraphs equal in both are anchors; between two
 * anchors, the paragraphs pair up in order while they start alike, and the rest were inserted.
 */
function originals(accepted: readonly string[], original: readonly string[]): Array<string | null> {
  const n = accepted.length;
  const m = original.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = accepted[i] === original[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: Array<string | null> = [];
  let i = 0;
  let j = 0;
  const gapA: number[] = [];
  const gapO: string[] = [];
  const flush = () => {
    for (const a of gapA) {
      const k = gapO.findIndex((o) => o.slice(0, 15) === accepted[a].slice(0, 15));
      out[a] = k >= 0 ? gapO.splice(k, 1)[0] : null;
    }
    gapA.length = 0;
    gapO.length = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && accepted[i] === original[j]) {
      flush();
      out[i++] = original[j++];
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) gapO.push(original[j++]);
    else gapA.push(i++);
  }
  flush();
  return out;
}

maybe("Accept All and Reject All in LibreOffice, every position", () => {
  const cases: Case[] = [];
  const originalsByName = new Map<string, string[]>();
  const lo = new Map<string, LoResult>();

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const inputs: Array<{ name: string; bytes: Uint8Array }> = [];
    for (const file of TEXT_FIXTURES) {
      const lines = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
      const name = path.basename(file, ".txt");
      originalsByName.set(name, lines);
      inputs.push({ name, bytes: await createDocx(lines.map((text) => ({ text }))) });
    }
    const sample = new Uint8Array(fs.readFileSync(SAMPLE));
    inputs.push({ name: "agency-msa-sow", bytes: sample });
    // the sample's own text is read by LibreOffice too, in the same run
    const sampleIn = path.join(ARTIFACTS, "agency-msa-sow.in.docx");
    fs.writeFileSync(sampleIn, sample);
    for (const input of inputs) {
      for (const position of POSITIONS) {
        const result = await reviewDocx(input.bytes, { date: DATE, position });
        const file = path.join(ARTIFACTS, `${input.name}.${position}.docx`);
        fs.writeFileSync(file, result.bytes);
        cases.push({ name: input.name, position, file, result });
      }
    }
    const stdout = execFileSync(PYTHON, [SCRIPT, sampleIn, ...cases.map((c) => c.file)], { encoding: "utf8", timeout: 290000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LO_TIMEOUT: "280" } });
    for (const line of stdout.split("\n").filter(Boolean)) {
      const r = JSON.parse(line) as LoResult;
      lo.set(path.resolve(r.file), r);
    }
    const s = lo.get(path.resolve(sampleIn));
    if (!s?.ok) throw new Error(`LibreOffice could not read the sample: ${s?.error}`);
    originalsByName.set("agency-msa-sow", s.text);
  }, 300000);

  const get = (c: Case): LoResult => {
    const r = lo.get(path.resolve(c.file));
    if (!r?.ok) throw new Error(`LibreOffice could not read ${c.file}: ${r?.error}`);
    return r;
  };

  test("every contract and position was reviewed with changes, and the opt-out copies carry no addendum", () => {
    expect(cases.length).toBe((TEXT_FIXTURES.length + 1) * POSITIONS.length);
    for (const c of cases) {
      if (c.name !== "protective-msa") expect({ c: `${c.name}/${c.position}`, changes: c.result.changes > 0 }).toEqual({ c: `${c.name}/${c.position}`, changes: true });
      if (c.position === "opt-out") expect(c.result.addendum).not.toBe("inserted");
    }
  });

  test("Reject All gives back the original", () => {
    for (const c of cases) expect({ c: `${c.name}/${c.position}`, rejected: get(c).rejected }).toEqual({ c: `${c.name}/${c.position}`, rejected: originalsByName.get(c.name) });
  });

  test("after Accept All every changed clause reads as contract text: no doubled phrase, no dangling qualifier, the restriction once", () => {
    let changed = 0;
    for (const c of cases) {
      const accepted = get(c).accepted;
      const from = originals(accepted, originalsByName.get(c.name)!);
      accepted.forEach((text, i) => {
        const before = from[i];
        if (before === null || before === text) return;
        changed++;
        const where = `${c.name}/${c.position}: ${text}`;
        // a clause set out as a list is its lead-in and items together: the restriction once for all of them
        const [a, b] = clauseRange(accepted, i);
        const clause = accepted.slice(a, b).join("\n");
        const clauseBefore = from.slice(a, b).map((o) => o ?? "").join("\n");
        expect({ where, clause, faults: clauseFaults(clause, clauseBefore) }).toEqual({ where, clause, faults: [] });
        for (const s of splitSentences(text).map((x) => text.slice(x.start, x.end))) expect({ where, s, faults: grammarFaults(s) }).toEqual({ where, s, faults: [] });
      });
    }
    expect(changed).toBeGreaterThan(40);
  });

  test("a section set out as a list, and a waiver beside a licence: the restriction once for each, in every position", () => {
    for (const c of cases.filter((x) => x.name === "list-clauses")) {
      const accepted = get(c).accepted;
      const at = (start: string) => accepted.findIndex((t) => t.startsWith(start));
      const lead = at("2.1 The Client may:");
      const [a, b] = clauseRange(accepted, lead);
      const section = accepted.slice(a, b);
      expect({ c: c.position, count: section.join("\n").match(AI_PHRASE)?.length ?? 0 }).toEqual({ c: c.position, count: 1 });
      expect(section.join("\n")).toMatch(/every right granted in Section 2\.1; and\n\(c\) display the Deliverables in its retail stores\.$/);
      // an item whose only purpose is AI training: deleted in the primary (its letter kept), pointing to the one restriction otherwise
      const ai = at("2.4 The Client may:");
      const [d, e] = clauseRange(accepted, ai);
      const items = accepted.slice(d, e);
      expect({ c: c.position, count: items.join("\n").match(AI_PHRASE)?.length ?? 0 }).toEqual({ c: c.position, count: 1 });
      expect({ c: c.position, item: accepted[ai + 1] }).toEqual({
        c: c.position,
        item: c.position === "primary" ? "(a) [Intentionally omitted];" : "(a) use the Deliverables to train its machine learning models, subject to the restriction on AI training below;",
      });
      expect(items.join("\n")).toMatch(/every right granted in Section 2\.4\.$/);
      for (const start of ["3.1 ", "3.2 "]) {
        const waiver = accepted[at(start)];
        expect({ c: c.position, waiver, count: waiver.match(AI_PHRASE)?.length ?? 0 }).toEqual({ c: c.position, waiver, count: 1 });
      }
    }
  });

  test("the addendum's quotes follow the contract's: straight in a contract that writes straight quotes, curly in one that writes curly", () => {
    let seen = 0;
    for (const c of cases) {
      if (c.result.addendum !== "inserted") continue;
      const original = originalsByName.get(c.name)!;
      const curly = original.join("\n").match(/[\u201c\u201d]/g)?.length ?? 0;
      const straight = original.join("\n").match(/"/g)?.length ?? 0;
      const accepted = get(c).accepted;
      const from = originals(accepted, original);
      const added = accepted.filter((_t, i) => from[i] === null).join("\n");
      expect(added).toMatch(/AI System/);
      if (straight > 0 && curly === 0) expect({ c: c.name, curly: /[\u201c\u201d]/.test(added) }).toEqual({ c: c.name, curly: false });
      if (curly > 0 && straight === 0) expect({ c: c.name, straight: /"/.test(added) }).toEqual({ c: c.name, straight: false });
      seen++;
    }
    expect(seen).toBeGreaterThan(5);
  });

  test("after Accept All a re-scan finds nothing to fix", () => {
    for (const c of cases) {
      const accepted = get(c).accepted;
      const again = analyze(accepted.map((text) => ({ text }))).findings.map((f) => `${f.ruleId}: ${f.trigger} in "${accepted[f.paragraph]}"`);
      expect({ c: `${c.name}/${c.position}`, again }).toEqual({ c: `${c.name}/${c.position}`, again: [] });
    }
  });
});
