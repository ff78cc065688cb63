/**
 * The house rules on imports are lint rules (eslint.config.mjs): a deliberately wrong import in each
 * room fails `eslint`, and the same file with an allowed import passes. Run through the CLI on
 * stdin with a file name inside the room, as an editor would lint an unsaved file.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** Lints each [file, code] with the repository's config in one ESLint process (its Node API, as an editor does). */
function lintAll(items: Array<[string, string]>): Array<{ ok: boolean; out: string }> {
  const script = `
    const { ESLint } = await import("eslint");
    const eslint = new ESLint({ cwd: process.cwd() });
    const items = JSON.parse(process.argv[1]);
    const out = [];
    for (const [filePath, code] of items) {
      const [r] = await eslint.lintText(code, { filePath });
      out.push({ ok: r.errorCount === 0, out: r.messages.map((m) => m.message).join("\\n") });
    }
    console.log(JSON.stringify(out));
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(items)], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`eslint did not run: ${r.stderr}`);
  return JSON.parse(r.stdout) as Array<{ ok: boolean; out: string }>;
}

const CASES: Array<[string, string, RegExp]> = [
  ["src/engine/probe.ts", 'import { createSession } from "../word/context";\nexport const x = createSession;\n', /engine is pure/],
  ["src/engine/probe.ts", 'import * as fs from "node:fs";\nexport const x = fs;\n', /no Node built-ins/],
  ["src/engine/probe.ts", 'import React from "react";\nexport const x = React;\n', /no UI/],
  ["src/engine/probe.ts", "export const x = () => Office.context;\n", /Office\.js only under src\/word/],
  ["src/docx/probe.ts", 'import { read } from "../word/read";\nexport const x = read;\n', /imports no Word code/],
  ["src/word/probe.ts", 'import { readDocx } from "../docx/model";\nexport const x = readDocx;\n', /imports no \.docx code/],
  ["src/cli/probe.ts", 'import { App } from "../taskpane/App";\nexport const x = App;\n', /imports no pane/],
  ["src/cli/probe.ts", 'import { read } from "../word/read";\nexport const x = read;\n', /imports no pane and no Word code/],
  ["src/docx/probe.ts", 'import type { Request } from "../taskpane/worker/protocol";\nexport type X = Request;\n', /no pane/],
  ["src/taskpane/probe.ts", "export const ready = () => Office.onReady();\n", /Office\.js only under src\/word\/: the pane calls the Word layer/],
  ["src/taskpane/components/Probe.tsx", "export const mode = () => Word.ChangeTrackingMode.trackAll;\n", /Office\.js only under src\/word\/: the pane calls the Word layer/],
  ["src/host/probe.ts", 'import { read } from "../word/read";\nexport const x = read;\n', /engine's types only/],
  ["src/formats/probe.ts", 'import * as fs from "node:fs";\nexport const x = fs;\n', /no Node built-ins/],
  ["src/formats/probe.ts", 'import { readDocx } from "../docx/model";\nexport const x = readDocx;\n', /engine's types only/],
  ["src/taskpane/components/Probe.tsx", "export const say = (e: unknown) => `Could not: ${e instanceof Error ? e.message : String(e)}`;\n", /Use errorMessage\(\)/],
  ["src/docx/probe.ts", "export const say = (e: unknown) => (e instanceof Error ? e.message : \"?\");\n", /Use errorMessage\(\)/],
  ["bench/suites/probe.ts", 'import { request } from "../../test/word/helpers";\nexport const x = request;\n', /bench\/ imports no test internals/],
  ["bench/suites/probe.ts", 'import { span } from "../../test/docx/helpers";\nexport const x = span;\n', /bench\/ imports no test internals/],
];

const ALLOWED: Array<[string, string]> = [
  ["src/engine/probe.ts", 'import { splitSentences } from "./text";\nexport const x = splitSentences;\n'],
  ["src/host/probe.ts", 'import type { Paragraph } from "../engine/types";\nexport type X = Paragraph;\n'],
  ["src/formats/probe.ts", 'import type { Paragraph } from "../engine/types";\nexport type X = Paragraph;\n'],
  ["src/cli/probe.ts", 'import { reviewDocx } from "../docx/review";\nexport const x = reviewDocx;\n'],
  ["bench/suites/probe.ts", 'import { FakeWord } from "../../test/support/fakeWord";\nexport const x = FakeWord;\n'],
  ["src/engine/edit/probe.ts", 'import { minimalEdit } from "./minimalEdit";\nexport const x = minimalEdit;\n'],
  ["src/taskpane/probe.ts", 'import { startOffice } from "../word/office";\nexport const ready = () => startOffice();\n'],
  ["src/word/probe.ts", "export const ready = () => Office.onReady();\n"],
  ["src/taskpane/probe.ts", 'import { errorMessage } from "../engine/common/errorMessage";\nexport const say = (e: unknown) => `Could not: ${errorMessage(e)}`;\n'],
];

describe("import rules", () => {
  const results = lintAll([...CASES.map(([f, c]) => [f, c] as [string, string]), ...ALLOWED]);
  test.each(CASES.map((c, i) => [...c, i] as const))("%s: a forbidden import fails lint", (_file, _code, message, i) => {
    expect(results[i].ok).toBe(false);
    expect(results[i].out).toMatch(message);
  });
  test("allowed imports pass: the engine's own modules, the host contract's engine types, the CLI's docx review, bench's test/support, the pane's start through src/word, Office in src/word", () => {
    expect(results.slice(CASES.length)).toEqual(ALLOWED.map(() => ({ ok: true, out: "" })));
  });
});
