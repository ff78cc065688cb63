/**
 * @jest-environment jsdom
 */
/** Issue 15: the engine's explanations, quoted with straight quotes, read with typographic ones in the pane. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { typographic } from "../../src/taskpane/review/typographic";
import { FindingPanel } from "../../src/taskpane/components/FindingPanel";
import type { Finding } from "../../src/engine/types";

test("straight double quotes become “ ” in pairs; an unpaired one and apostrophes stay", () => {
  expect(typographic('The work is a "work made for hire", and "any purpose" too.')).toBe("The work is a \u201cwork made for hire\u201d, and \u201cany purpose\u201d too.");
  expect(typographic("the freelancer's work, 12\" wide")).toBe("the freelancer's work, 12\" wide");
});

test("an expanded finding shows its message and rationale with typographic quotes", () => {
  const text = "1. The Agency may use the Deliverables for any purpose.";
  const f: Finding = {
    id: "f1",
    ruleId: "broad-license/any-purpose",
    category: "broad-license",
    severity: "high",
    paragraph: 0,
    start: text.indexOf("for any purpose"),
    end: text.indexOf("for any purpose") + 15,
    trigger: "for any purpose",
    message: 'The work may be used "for any purpose", which includes AI training.',
    rationale: 'AI companies often act as a "service provider" or "partner".',
    suggestions: [],
  };
  const noop = () => undefined;
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <FindingPanel
        item={{ finding: f, status: "open" } as never}
        paragraphs={[{ text }]}
        position={undefined}
        canApply
        canComment
        busy={false}
        base="t"
        text={text}
        suggestion={undefined}
        showContext={false}
        onToggleContext={noop}
        onPositionChange={noop}
        onGoTo={noop}
        onApply={noop}
        onCommentOnly={noop}
        onDismiss={noop}
      />
    </FluentProvider>
  );
  expect(screen.getByText("The work may be used \u201cfor any purpose\u201d, which includes AI training.")).toBeTruthy();
  expect(screen.getByText("AI companies often act as a \u201cservice provider\u201d or \u201cpartner\u201d.")).toBeTruthy();
  expect(container.textContent).not.toContain('"');
});
