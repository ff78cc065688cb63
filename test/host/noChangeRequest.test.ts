/**
 * Issue 14: a request whose replacement is the words it replaces (a finding without wording asks
 * for a comment on its trigger, see engine/edit/request.ts `requestFor`) is written the same way by
 * both hosts: the comment on the words, no tracked change, status "applied". Word used to refuse it
 * as a bad request while a .docx got the comment; a user who applies such a finding expects the
 * comment explaining the risk. Word through the fake, the .docx through the real writer.
 */
import type { Finding } from "../../src/engine/types";
import { requestFor } from "../../src/engine/edit/request";
import { writesNoChange } from "../../src/engine/edit/plan";
import type { ApplyRequest, DocumentHost } from "../../src/host/types";
import { createDocxHost } from "../../src/docx/browserHost";
import { docx, documentXml, partText, texts } from "../docx/helpers";
import { FakeWord } from "../support/fakeWord";
import { hostFor } from "../word/helpers";

const PARAGRAPHS = ["The Client may use the Deliverables for any purpose.", "The Client may combine the Deliverables with other data."];

/** A finding the engine has no wording for: its request comments on the trigger. */
const noWording = (paragraph: number, trigger: string): Finding =>
  ({
    id: `no-wording-${paragraph}`, ruleId: "data-aggregation/combine", category: "data-aggregation", severity: "medium", paragraph,
    start: PARAGRAPHS[paragraph].indexOf(trigger), end: PARAGRAPHS[paragraph].indexOf(trigger) + trigger.length,
    trigger, message: "Your work may be pooled with other data.", rationale: "Pooled data can train AI.", suggestions: [],
  }) as unknown as Finding;

function requests(): ApplyRequest[] {
  const paragraphs = PARAGRAPHS.map((text) => ({ text }));
  const at = PARAGRAPHS[0].indexOf("for any purpose");
  const edit: ApplyRequest = { id: "edit", paragraph: 0, start: at, end: at + 15, original: "for any purpose", replacement: "solely for this project", comment: "Limit the use.", paragraphText: PARAGRAPHS[0] };
  return [edit, requestFor(noWording(1, "combine"), paragraphs)];
}

describe("a request that changes nothing: the comment, no tracked change, in both hosts", () => {
  test("the engine's request for a finding without wording is one", () => {
    const [edit, comment] = requests();
    expect(writesNoChange(comment, false)).toBe(true);
    expect(writesNoChange(edit, false)).toBe(false);
    expect(writesNoChange(edit, true)).toBe(true);
  });

  async function check(host: DocumentHost): Promise<void> {
    const result = await host.apply(requests());
    expect(result.error).toBeUndefined();
    expect(result.results.map((r) => [r.id, r.status, r.reason])).toEqual([
      ["edit", "applied", undefined],
      ["no-wording-1", "applied", undefined],
    ]);
  }

  test("Word (the fake)", async () => {
    const fake = new FakeWord(PARAGRAPHS);
    await check(hostFor(fake));
    // one tracked change (the edit), two comments; the second paragraph's text untouched
    expect(fake.textIfAllAccepted()).toBe(`${PARAGRAPHS[0].replace("for any purpose", "solely for this project")}\n${PARAGRAPHS[1]}`);
    expect(fake.textIfAllRejected()).toBe(PARAGRAPHS.join("\n"));
    expect(fake.rawText(fake.live()[1])).toBe(PARAGRAPHS[1]);
    expect(fake.comments.map((c) => c.content)).toEqual(expect.arrayContaining([requests()[1].comment, "Limit the use."]));
    expect(fake.comments).toHaveLength(2);
    expect(fake.comments.find((c) => c.content === requests()[1].comment)!.range.para).toBe(fake.live()[1]);
  });

  test(".docx (the real writer)", async () => {
    const bytes = await docx(PARAGRAPHS.map((text) => ({ text })));
    const host = await createDocxHost(bytes, "contract.docx", { author: "Ana Ruiz" });
    await check(host);
    const out = await host.save();
    expect(await texts(out, "accept")).toEqual([PARAGRAPHS[0].replace("for any purpose", "solely for this project"), PARAGRAPHS[1]]);
    expect(await texts(out, "reject")).toEqual(PARAGRAPHS);
    const xml = await documentXml(out);
    // the second paragraph: a comment on "combine", no w:ins / w:del
    const second = xml.slice(xml.indexOf("may combine") - 400);
    expect(second.slice(0, second.indexOf("</w:p>"))).not.toMatch(/<w:(ins|del)\b/);
    expect(xml.match(/<w:commentRangeStart\b/g)).toHaveLength(2);
    expect(await partText(out, "word/comments.xml")).toContain(requests()[1].comment);
  });
});
