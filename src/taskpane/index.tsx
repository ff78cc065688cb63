import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { detectEnvironment, type OfficeLike, type PaneEnvironment } from "./environment";
import { pickThemeName, themeFor } from "./theme";
import type { ReviewEngine } from "./useReview";
import type { CreateDocxHost, DocumentHost } from "../host/types";
import { analyze, buildAddendum, formatReportMarkdown } from "../engine";
import { createWordHost } from "../word";

const engine: ReviewEngine = { analyze, buildAddendum, formatReportMarkdown };
let wordHost: DocumentHost | null = null;

/** Browser mode only: the .docx reader and writer load on first use, so Word never downloads them. */
const openDocx: CreateDocxHost = async (data, fileName, options) => {
  const { createDocxHost } = await import(/* webpackChunkName: "docx" */ "../docx/browserHost");
  return createDocxHost(data, fileName, options);
};

declare global {
  interface Window {
    /** Set once the pane has rendered with its environment known (used by browser tests). */
    __termscoreReady?: boolean;
  }
}

function officeGlobal(): (OfficeLike & { context?: { officeTheme?: { bodyBackgroundColor?: string } } }) | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike & { context?: { officeTheme?: { bodyBackgroundColor?: string } } });
}

function render(root: ReturnType<typeof createRoot>, environment: PaneEnvironment | null): void {
  const office = officeGlobal();
  let background: string | undefined;
  try {
    background = environment?.kind === "word" ? office?.context?.officeTheme?.bodyBackgroundColor : undefined;
  } catch {
    background = undefined;
  }
  const media = (q: string) => typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  const theme = themeFor(pickThemeName(background, media("(forced-colors: active)"), media("(prefers-color-scheme: dark)")));
  // The page around the pane takes the theme's background too (no white frame in dark mode).
  document.body.style.margin = "0";
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  root.render(
    <FluentProvider theme={theme}>
      <App
        environment={environment}
        host={environment?.kind === "word" ? (wordHost ??= createWordHost()) : null}
        engine={engine}
        openDocx={environment?.kind === "browser" ? openDocx : undefined}
      />
    </FluentProvider>
  );
}

async function main(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  render(root, null);
  const environment = await detectEnvironment(officeGlobal());
  render(root, environment);
  window.__termscoreReady = true;
}

void main();
