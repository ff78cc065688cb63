/** A bad playbook: one clear message per problem, each with its JSON path; nothing is used. */
import { MAX_PLAYBOOK_BYTES, PlaybookError, parsePlaybook, playbookProblems } from "../../../src/engine/playbook";
import { analyze } from "../../../src/engine";
import { CONTRACT } from "./fixtures";

function problems(text: string): Array<{ path: string; message: string }> {
  try {
    parsePlaybook(text, "my.json");
  } catch (e) {
    expect(e).toBeInstanceOf(PlaybookError);
    return [...(e as PlaybookError).problems];
  }
  throw new Error("the playbook was accepted");
}

describe("checking a playbook", () => {
  test("unknown key, with a suggestion", () => {
    expect(problems('{"version":1,"rules":{"feedback/feedback-right":{}}}')).toEqual([
      { path: '$.rules["feedback/feedback-right"]', message: 'unknown key "feedback/feedback-right"; did you mean "feedback/feedback-rights"?' },
    ]);
    expect(problems('{"version":1,"colour":"red"}')[0]).toMatchObject({ path: "$.colour", message: expect.stringMatching(/^unknown key "colour"/) });
  });

  test("wrong type", () => {
    expect(problems('{"version":1,"rules":{"feedback/feedback-rights":{"enabled":"no","severity":"extreme"}}}')).toEqual([
      { path: '$.rules["feedback/feedback-rights"].enabled', message: "must be true or false, not a string" },
      { path: '$.rules["feedback/feedback-rights"].severity', message: 'must be one of "high", "medium", "low", not "extreme"' },
    ]);
    expect(problems('{"version":1,"rules":[]}')).toEqual([{ path: "$.rules", message: "must be an object, not an array" }]);
  });

  test("unknown placeholder: an error, not a blank", () => {
    const p = problems('{"version":1,"categories":{"feedback":{"comment":"{client} may not train on {work}."}}}');
    expect(p).toEqual([{ path: "$.categories.feedback.comment", message: expect.stringMatching(/^unknown placeholder \{client\}; use \{party\}, \{Party\}, \{other\}/) }]);
    // {trigger} is for comments only
    expect(problems('{"version":1,"rules":{"feedback/feedback-rights":{"preferred":{"text":"not {trigger}","placement":"after-trigger"}}}}')[0].message).toMatch(/unknown placeholder \{trigger\}/);
    expect(problems('{"version":1,"rules":{"feedback/feedback-rights":{"walkAway":"a { without end"}}}')[0].message).toMatch(/does not close a placeholder/);
  });

  test("a 10 MB file is refused before it is parsed", () => {
    const big = `{"version":1,"name":"${"x".repeat(10 * 1024 * 1024)}"}`;
    expect(big.length).toBeGreaterThan(MAX_PLAYBOOK_BYTES);
    expect(problems(big)).toEqual([{ path: "$", message: "the file is 10.0 MB; a playbook may be at most 1 MB" }]);
  });

  test("invalid JSON says where", () => {
    const p = problems('{\n  "version": 1,\n  "rules": { oops }\n}');
    expect(p).toHaveLength(1);
    expect(p[0].path).toBe("$");
    expect(p[0].message).toMatch(/^not valid JSON at line 3, column 14 \([^)]*\)$/);
  });

  test("every problem is listed, one per line with its path, and the message says nothing was changed", () => {
    try {
      parsePlaybook('{"version":3,"spelling":"en-AU","rules":{"feedback/feedback-rights":{"comment":"{client}"}}}', "team.json");
      throw new Error("accepted");
    } catch (e) {
      const msg = (e as Error).message.split("\n");
      expect(msg[0]).toBe("team.json has 3 problems; nothing was changed:");
      expect(msg.slice(1)).toEqual([
        "  $.version: must be 1, not 3",
        '  $.spelling: must be one of "en-US", "en-GB", not "en-AU"',
        expect.stringMatching(/^ {2}\$\.rules\["feedback\/feedback-rights"\]\.comment: unknown placeholder \{client\}/),
      ]);
    }
  });

  test("wording is plain text: markup, field codes and control characters are refused", () => {
    const at = (text: string) => playbookProblems({ version: 1, rules: { "feedback/feedback-rights": { preferred: { text, placement: "after-trigger" } } } });
    expect(at("<w:r>hidden</w:r> words")[0].message).toMatch(/markup/);
    expect(at("see MERGEFIELD Name")[0].message).toMatch(/field code/);
    expect(at("a\u0013field")[0].message).toMatch(/U\+0013/);
    expect(at("zero\u200bwidth")[0].message).toMatch(/U\+200B/);
    expect(at("line\nbreak")[0].message).toMatch(/U\+000A/);
    expect(at("plain words for {other}")).toEqual([]);
  });

  test("placement and text agree; a fallback position is listed once", () => {
    const p = playbookProblems({
      version: 1,
      rules: {
        "feedback/feedback-rights": {
          preferred: { text: "", placement: "after-trigger" },
          fallbacks: [
            { position: "opt-out", text: "x", placement: "delete-trigger" },
            { position: "opt-out", text: "y", placement: "end-of-sentence" },
          ],
        },
      },
    });
    expect(p.map((x) => x.path)).toEqual([
      '$.rules["feedback/feedback-rights"].preferred.text',
      '$.rules["feedback/feedback-rights"].fallbacks[0].text',
      '$.rules["feedback/feedback-rights"].fallbacks[1].position',
    ]);
  });

  test("the engine refuses a bad playbook object as a whole", () => {
    expect(() => analyze(CONTRACT.map((text) => ({ text })), { playbook: { version: 1, rules: { "x/y": {} } } as never })).toThrow(PlaybookError);
  });
});
