/**
 * Whose tracked changes are ours: every host takes reviewerNames(log, given), so the names given
 * (the reviewer name the user writes under) add to the log's appliers and TermScore's own name,
 * never replace them: theirChanges and compareDocx alike (Word's readRound calls the same).
 */
import { PRODUCT_AUTHOR, reviewerNames } from "../../src/engine/compare/ours";
import type { Decision } from "../../src/engine/compare/decisionLog";
import { openDocx } from "../../src/docx/package";
import { writeDecisionLog } from "../../src/docx/decisionLog";
import { compareDocx, theirChanges } from "../../src/docx/rounds";
import { docx } from "./helpers";

const LOG: Decision[] = [{ target: "f1", subject: "suggestion", action: "applied", by: "Ana Ruiz", at: "2026-11-29T10:00:00Z" }];

test("reviewerNames: TermScore, the log's appliers, then the names given, once each", () => {
  expect(reviewerNames(LOG, ["Sam Lee", "ana ruiz", " "])).toEqual([PRODUCT_AUTHOR, "Ana Ruiz", "Sam Lee"]);
});

test("the .docx hosts add the names given to the log's: theirChanges and compareDocx agree", async () => {
  const withLog = async () => {
    const pkg = await openDocx(await docx([{ text: "The Agency may use the Deliverables solely for the Project." }]));
    await writeDecisionLog(pkg, LOG);
    return pkg;
  };
  const expected = [PRODUCT_AUTHOR, "Ana Ruiz", "Sam Lee"];
  expect((await theirChanges(await withLog(), { ours: ["Sam Lee"] })).ours).toEqual(expected);
  expect((await compareDocx(await withLog(), await withLog(), { ours: ["Sam Lee"] })).ours).toEqual(expected);
});
