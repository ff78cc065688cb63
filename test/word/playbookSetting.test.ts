/** Issue 18: a playbook stored with the document for a shared review (Office document settings). */
import { createWordHostWith } from "../../src/word";
import { messages } from "../../src/word/messages";
import { PLAYBOOK_SETTING } from "../../src/word/settings";
import { FakeWord } from "../support/fakeWord";
import { hostFor } from "./helpers";

describe("the shared playbook in document settings", () => {
  test("round trip; removing it; a stored value that is not text reads as none", async () => {
    const fake = new FakeWord(["x"]);
    const host = hostFor(fake);
    expect(await host.loadPlaybook!()).toBeNull();
    await host.savePlaybook!('{"version":1,"name":"Team"}');
    expect(fake.settings.get(PLAYBOOK_SETTING)).toBe('{"version":1,"name":"Team"}');
    expect(await host.loadPlaybook!()).toBe('{"version":1,"name":"Team"}');
    await host.savePlaybook!(null);
    expect(await host.loadPlaybook!()).toBeNull();
    fake.settings.set(PLAYBOOK_SETTING, { version: 1 });
    expect(await host.loadPlaybook!()).toBeNull();
  });

  test("a document that cannot store settings, or a failed save, says so", async () => {
    const bare = createWordHostWith({ Word: undefined, Office: {} });
    expect(await bare.loadPlaybook!()).toBeNull();
    await expect(bare.savePlaybook!("{}")).rejects.toThrow(messages.noPlaybookSetting);
    const fake = new FakeWord(["x"]);
    const office = fake.officeGlobal();
    office.context.document.settings.saveAsync = (cb?: (r: { status: string; error?: { message: string } }) => void) => cb?.({ status: "failed", error: { message: "quota" } });
    const host = createWordHostWith({ Word: fake.wordGlobal(), Office: office });
    await expect(host.savePlaybook!("{}")).rejects.toThrow("The playbook could not be stored in the document (quota).");
  });
});
