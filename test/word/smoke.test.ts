import { FakeWord } from "./fakeWord";
import { hostFor, request } from "./helpers";

test("smoke", async () => {
  const fake = new FakeWord(["The Client may use the Deliverables for any purpose.", "Second paragraph."]);
  const host = hostFor(fake);
  const snap = await host.read();
  expect(snap.paragraphs.map((p) => p.text)).toEqual(["The Client may use the Deliverables for any purpose.", "Second paragraph."]);
  const r = await host.apply([request(fake, 0, "for any purpose", "for this project only")]);
  expect(r).toEqual({ results: [{ id: expect.any(String), status: "applied" }] });
  expect(fake.currentText(fake.live()[0])).toBe("The Client may use the Deliverables for this project only.");
  expect(fake.rawText(fake.live()[0])).toBe("The Client may use the Deliverables for any purposefor this project only.");
  expect(fake.changeTrackingMode).toBe("Off");
  expect(fake.comments).toHaveLength(1);
  expect(fake.syncs).toBe(6);
});
