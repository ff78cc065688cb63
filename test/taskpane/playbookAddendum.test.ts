/**
 * Issue 14: the addendum with a playbook is built one way (engine/playbook/addendumFor.ts) in the
 * pane, the CLI and the report: the pane's addendum is the CLI's, each of the user's own
 * sections tagged with the protection the detector reads in it.
 */
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { withPlaybook } from "../../src/taskpane/playbook/engine";
import type { ReviewEngine } from "../../src/taskpane/controller/state";
import { TEST_PLAYBOOK } from "../engine/playbook/fixtures";
import { buildPlaybookAddendum } from "../../src/engine/playbook/addendum";
import { protectionsIn } from "../../src/engine/playbook/apply";

const plain = { analyze: (p, o) => analyze(p, o), buildAddendum: (o) => buildAddendum(o ?? {}), formatReportMarkdown } as ReviewEngine;
const parties = { agency: "Client", contractor: "Contractor", work: "Deliverables" };

test("the pane's addendum with a playbook is the one the CLI writes, protections included", () => {
  const pane = withPlaybook(plain, () => TEST_PLAYBOOK).buildAddendum({ parties });
  const survival = pane.find((p) => p.kind === "body" && p.number === "AI-9");
  expect(survival?.text).toMatch(/survives the termination or expiry/);
  // the user's own wording of the survival section still reads as survival: it is tagged so
  expect(survival?.protection).toBe("survival");
  // what `termscore review --playbook` inserted before the two were one: the detector reads each section
  expect(pane).toEqual(buildPlaybookAddendum({ parties, spelling: TEST_PLAYBOOK.spelling }, TEST_PLAYBOOK.addendum, TEST_PLAYBOOK.spelling, protectionsIn).paragraphs);
});

test("without a playbook the pane's addendum is the plain one", () => {
  expect(withPlaybook(plain, () => null).buildAddendum({ parties })).toEqual(buildAddendum({ parties }));
});
