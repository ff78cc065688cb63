import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli";
import { compareVersions } from "../../src/engine/compare";
import type { Paragraph } from "../../src/engine/types";
import { createDocx } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { compareDocx, theirChanges } from "../../src/docx/rounds";
import { BASE, P31, P52, PROHIBITION, moveProhibition } from "../fixtures/moves";
import { blocksOf } from "../fixtures/rounds";
import { docx } from "./helpers";
import { THEM, del, ins, moveFromRun, moveToRun, p } from "./roundsXml";

/** What the engine says of the same move on plain paragraphs (the clean-copy judgement). */
const plainJudgement = (to: string) => compareVersions(BASE.map((text): Paragraph => ({ text })), moveProhibition(to).map((text): Paragraph => ({ text }))).changes.map((c) => [c.kind, c.how ?? null, c.moved?.text]);

/** BASE as the agency returns it: the prohibition taken out of 3.1 and put at the end of 5.2, as their tracked changes. */
function tracked(kind: "del-ins" | "move"): string {
  const head = P31.replace(` ${PROHIBITION}`, "");
  return BASE.map((text) => {
    if (text === P31) return kind === "move" ? p(head, moveFromRun(` ${PROHIBITION}`, "m1")) : p(head, del(` ${PROHIBITION}`));
    if (text === P52) return kind === "move" ? p(text, moveToRun(` ${PROHIBITION}`, "m1")) : p(text, ins(` ${PROHIBITION}`));
    return p(text);
  }).join("");
}

describe("a sentence they moved, in a .docx", () => {
  it.each(["del-ins", "move"] as const)("tracked as %s: one move under their exception, as the clean-copy judgement says", async (kind) => {
    const { report, read } = await theirChanges(await openDocx(await docx(tracked(kind))));
    expect(read.theirAuthors).toEqual([THEM]);
    expect(report.changes.map((c) => [c.kind, c.how ?? null, c.moved?.text])).toEqual(plainJudgement("5.2"));
    expect(report.changes[0]).toMatchObject({ kind: "protection-weakened", how: "moved-under-exception", author: THEM, response: { action: "restore", wording: P31 } });
    expect(report.summary.otherEdits).toBe(0);
  });

  it("a clean copy: termscore compare OLD NEW reports the move (text and --json)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-moves-"));
    try {
      fs.writeFileSync(path.join(dir, "old.docx"), await createDocx(blocksOf(BASE)));
      fs.writeFileSync(path.join(dir, "new.docx"), await createDocx(blocksOf(moveProhibition("5.2"))));
      fs.writeFileSync(path.join(dir, "next.docx"), await createDocx(blocksOf(moveProhibition("3.2"))));
      const r = await compareDocx(await openDocx(fs.readFileSync(path.join(dir, "old.docx"))), await openDocx(fs.readFileSync(path.join(dir, "new.docx"))));
      expect(r.report.changes.map((c) => [c.kind, c.how ?? null, c.moved?.text])).toEqual(plainJudgement("5.2"));
      let out = "";
      let err = "";
      const io = { out: (t: unknown) => void (out += typeof t === "string" ? t : ""), err: (t: string) => void (err += t), cwd: dir };
      expect(await main(["compare", path.join(dir, "old.docx"), path.join(dir, "new.docx"), "--json", "--no-playbook"], io)).toBe(0);
      expect(err).toBe("");
      const json = JSON.parse(out) as { changes: Array<{ kind: string; how?: string; moved?: { fromSection?: string; toSection?: string } }> };
      expect(json.changes).toEqual([expect.objectContaining({ kind: "protection-weakened", how: "moved-under-exception", moved: expect.objectContaining({ fromSection: "3.1", toSection: "5.2" }) })]);
      out = "";
      expect(await main(["compare", path.join(dir, "old.docx"), path.join(dir, "next.docx"), "--no-playbook"], io)).toBe(0);
      expect(out).toMatch(/Protection moved \(paragraph \d+\)/);
      expect(out).toMatch(/They moved your no-ai-training protection from section 3\.1 into section 3\.2/);
      expect(out).toMatch(/Now in: {2}section 3\.2: /);
      expect(out).not.toMatch(/Protection (deleted|weakened)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
