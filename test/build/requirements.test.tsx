/**
 * @jest-environment jsdom
 */
/**
 * The manifest asks Word only for what scanning needs; everything else is switched on at run
 * time (src/word's capabilities()). Here the pane runs over the Word layer's fake object model
 * (test/support/fakeWord.ts) behind a strict proxy that behaves like a Word of each WordApi level:
 * any member from a later requirement set throws, as it would in that Word. At every level the
 * pane must scan and export without touching such a member; writing needs 1.4, accept / reject
 * from the pane 1.6. (There is no Word on Linux: this is the nearest real thing.)
 */
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { render, screen, cleanup } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DOMParser } from "@xmldom/xmldom";
import { App } from "../../src/taskpane/App";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { createWordHost } from "../../src/word";
import { FakeWord, type FakeParagraphSpec } from "../support/fakeWord";

const engine = { analyze, buildAddendum, formatReportMarkdown };

/** Word API members used by src/word and the requirement set that brought each one. */
const MEMBER_SET: Record<string, string> = {
  styleBuiltIn: "1.3",
  tableNestingLevel: "1.3",
  expandTo: "1.3",
  getRange: "1.3",
  getReviewedText: "1.4",
  changeTrackingMode: "1.4",
  insertComment: "1.4",
  getComments: "1.4",
  getTrackedChanges: "1.6",
  accept: "1.6",
  reject: "1.6",
};

const cmp = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  return x[0] - y[0] || (x[1] ?? 0) - (y[1] ?? 0);
};

/** The fake's Word global, refusing every member above `level` (and recording the attempt). */
function strictWord(fake: FakeWord, level: string, violations: string[]) {
  const raw = new WeakMap<object, object>();
  const above = (name: string) => MEMBER_SET[name] !== undefined && cmp(MEMBER_SET[name], level) > 0;
  const refuse = (name: string): never => {
    violations.push(`${name} (WordApi ${MEMBER_SET[name]})`);
    throw Object.assign(new Error(`ApiNotFound: ${name} is not available in WordApi ${level}`), { code: "ApiNotFound" });
  };
  const unwrap = (v: unknown) => (v && typeof v === "object" && raw.has(v) ? raw.get(v) : v);
  const wrap = (value: unknown): unknown => {
    if (!value || typeof value !== "object" || value instanceof Promise) return value;
    const proxy = new Proxy(value as object, {
      get(target, prop) {
        if (typeof prop === "string" && above(prop)) refuse(prop);
        const v = Reflect.get(target, prop); // getters run on the fake itself, not on the proxy
        if (typeof v !== "function") return wrap(v);
        return (...args: unknown[]) => {
          if (prop === "load") {
            const names = args.flatMap((a) => (typeof a === "string" ? a.split(",") : Array.isArray(a) ? a : [])).map((n) => String(n).trim().replace(/^items\//, ""));
            for (const n of names) if (above(n)) refuse(n);
          }
          const r = v.apply(target, args.map(unwrap));
          return r instanceof Promise ? r.then(wrap) : wrap(r);
        };
      },
      set(target, prop, v) {
        if (typeof prop === "string" && above(prop)) refuse(prop);
        return Reflect.set(target, prop, unwrap(v));
      },
    });
    raw.set(proxy, value as object);
    return proxy;
  };
  const word = fake.wordGlobal();
  // both forms of Word.run: run(batch) and run(trackedObject, batch)
  const run = <T,>(first: unknown, second?: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    typeof first === "function"
      ? word.run((context: Word.RequestContext) => (first as (c: Word.RequestContext) => Promise<T>)(wrap(context) as Word.RequestContext))
      : word.run(unwrap(first) as OfficeExtension.ClientObject, (context: Word.RequestContext) => second!(wrap(context) as Word.RequestContext));
  return { ...word, run: run as typeof word.run };
}

// Sample sentences written for this test.
const DOC: FakeParagraphSpec[] = [
  { text: "Services Agreement", styleBuiltIn: "Heading1" },
  "This agreement is between Northwind Studio (the “Agency”) and Sam Okafor (the “Contractor”).",
  "The Agency may use the Deliverables for any purpose.",
  "The Agency may sublicense the Deliverables to its service providers.",
  "Payment is due within thirty days of each invoice.",
];

const manifest = new DOMParser().parseFromString(fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8"), "text/xml");
const wordApiMin = Array.from(manifest.getElementsByTagName("Set")).find((s) => s.getAttribute("Name") === "WordApi")?.getAttribute("MinVersion");

afterEach(cleanup);

test("the manifest requires the lowest WordApi set, the one scanning needs", () => {
  expect(wordApiMin).toBe("1.1");
});

describe.each(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"])("Word with WordApi %s", (level) => {
  test("scans and exports; writes only from 1.4, accept / reject only from 1.6; never calls a later API", async () => {
    const fake = new FakeWord(DOC, { wordApi: level });
    const violations: string[] = [];
    const host = createWordHost({ Word: strictWord(fake, level, violations), Office: fake.officeGlobal() });
    const caps = await host.capabilities();
    expect(caps).toMatchObject({ kind: "word", comments: cmp(level, "1.4") >= 0, trackChanges: cmp(level, "1.4") >= 0, decideChanges: cmp(level, "1.6") >= 0 });

    const downloads: string[] = [];
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <App environment={{ kind: "word" }} host={host} engine={engine} download={(...args: unknown[]) => void downloads.push(args.map(String).join("\n"))} />
      </FluentProvider>
    );
    // Scanning works everywhere.
    const heading = await screen.findByRole("heading", { name: /^Risky clauses \(\d+\)$/ });
    expect(Number(heading.textContent?.replace(/\D+/g, ""))).toBeGreaterThanOrEqual(2);
    // Exporting the report needs nothing from Word.
    await user.click(screen.getByRole("tab", { name: "Export" }));
    await user.click(screen.getAllByRole("button", { name: /^Download/ })[0]);
    expect(downloads.join("")).toMatch(/any purpose/);
    await user.click(screen.getByRole("tab", { name: /^Clauses/ }));

    const applyAll = (await screen.findByRole("button", { name: /^Apply all/ })) as HTMLButtonElement;
    const before = fake.textIfAllAccepted();
    if (cmp(level, "1.4") < 0) {
      // Below 1.4: a plain explanation, no write button, the document untouched.
      expect(screen.getByText("Some features are not available")).toBeTruthy();
      expect(applyAll.disabled).toBe(true);
      const refused = await host.apply([{ id: "x", paragraph: 2, start: 0, end: 3, original: "The", replacement: "A", comment: "c", label: "l", position: "primary" } as never]);
      expect(refused.error).toMatch(/WordApi 1\.4/);
      expect(refused.results.map((r) => r.status)).toEqual(["failed"]);
      expect(fake.textIfAllAccepted()).toBe(before);
    } else {
      expect(applyAll.disabled).toBe(false);
      await user.click(applyAll);
      await screen.findByText(/^Applied [1-9]\d*, skipped \d+, failed 0\./);
      expect(fake.textIfAllAccepted()).not.toBe(before);
      expect(fake.comments.length).toBeGreaterThan(0);
      const reviewButtons = screen.queryAllByRole("button", { name: /^(Accept|Reject) change: / });
      if (cmp(level, "1.6") >= 0) expect(reviewButtons.length).toBeGreaterThan(0);
      else expect(reviewButtons).toHaveLength(0);
    }
    expect(violations).toEqual([]);
  });
});

test("the strict proxy is not vacuous: a later API on an older Word throws and is recorded", async () => {
  const fake = new FakeWord(DOC, { wordApi: "1.1" });
  const violations: string[] = [];
  const word = strictWord(fake, "1.1", violations);
  await expect(
    word.run(async (context) => {
      const p = context.document.body.paragraphs;
      p.load("items/text");
      await context.sync();
      p.items[0].getReviewedText("Current");
    })
  ).rejects.toThrow(/ApiNotFound/);
  expect(violations).toEqual(["getReviewedText (WordApi 1.4)"]);
});
