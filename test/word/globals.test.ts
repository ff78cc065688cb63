/**
 * createWordHost() with the real globals' shape: Office from office-addin-mock (requirement sets
 * and document settings are plain objects it can emulate), Word from the fake (office-addin-mock
 * cannot emulate collection loads, search or Word.run batches).
 */
import { OfficeMockObject } from "office-addin-mock";
import { createWordHost } from "../../src/word";
import { FakeWord } from "../support/fakeWord";

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.Word;
  delete g.Office;
});

function mockOffice(sets: string[], stored: Record<string, unknown> = {}) {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "WordApi" && sets.includes(version),
      },
      document: {
        settings: {
          get: (key: string) => (key in stored ? stored[key] : null),
          set: (key: string, value: unknown) => {
            stored[key] = value;
          },
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
        },
      },
    },
  });
}

test("by default it uses the global Word and Office", async () => {
  const fake = new FakeWord(["The Agency may use the Deliverables for any purpose."]);
  g.Word = fake.wordGlobal();
  g.Office = mockOffice(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]);
  const host = createWordHost();
  expect(await host.capabilities()).toMatchObject({ comments: true, trackChanges: true, decideChanges: true });
  expect((await host.read()).paragraphs[0].text).toBe("The Agency may use the Deliverables for any purpose.");
  await host.saveDismissed(["finding-1"]);
  expect(await host.loadDismissed()).toEqual(["finding-1"]);
});

test("Word 2019-style requirement sets (up to 1.3): plain message, no crash, no writes", async () => {
  const fake = new FakeWord(["x"]);
  g.Word = fake.wordGlobal();
  g.Office = mockOffice(["1.1", "1.2", "1.3"]);
  const host = createWordHost();
  const caps = await host.capabilities();
  expect(caps).toMatchObject({ comments: false, trackChanges: false, decideChanges: false });
  expect(caps.message).toMatch(/WordApi 1\.4/);
  expect((await host.read()).paragraphs).toHaveLength(1);
});

test("outside Office (no globals) nothing throws synchronously and calls fail plainly", async () => {
  const host = createWordHost();
  expect((await host.capabilities()).comments).toBe(false);
  await expect(host.read()).rejects.toThrow(/Word is not available/);
  expect((await host.apply([{ id: "a", paragraph: 0, start: 0, end: 1, original: "x", replacement: "y", comment: "c", paragraphText: "x" }])).error).toMatch(/Word is not available/);
  expect(await host.insertAddendum([{ kind: "title", text: "Prohibition on AI Training" }], "end")).toMatchObject({ inserted: false, message: expect.stringMatching(/Word is not available/) });
});
