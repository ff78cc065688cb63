import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import type { PaneEnvironment } from "./environment";
import { officeThemeBackground, startOffice } from "../word/office";
import { pickThemeName, themeFor } from "./theme";
import type { ReviewEngine } from "./useReview";
import type { CreateDocxHost, DocumentHost } from "../host/types";
import { buildAddendum } from "../engine/fix/addendum";
import { createWordHost } from "../word";
import type { WorkerLike } from "./worker/client";
import { docxOpener, workerEngine } from "./worker/remote";

declare const __TERMSCORE_WORKER__: string | undefined;

/**
 * The clause engine and the .docx reader and writer run in a Web Worker (its own webpack entry),
 * so a long contract never blocks the pane; only the addendum preview is built on the page.
 */
const workerUrl = typeof __TERMSCORE_WORKER__ === "string" ? __TERMSCORE_WORKER__ : "review-worker.js";
const spawn = (): WorkerLike => new Worker(workerUrl) as unknown as WorkerLike;
const worker = typeof Worker === "undefined" ? undefined : workerEngine(spawn, { buildAddendum });
const engine: ReviewEngine | undefined = worker;
const opener = docxOpener(spawn);
let wordHost: DocumentHost | null = null;

/** Browser mode only: the .docx is read and written in a worker of its own. */
const openDocx: CreateDocxHost = (data, fileName, options) => opener.open(data, fileName, options);

/** The bundled sample contract (copied next to the pane by the build). */
async function loadSample(): Promise<Uint8Array> {
  const res = await fetch("samples/agency-msa-sow.docx");
  if (!res.ok) throw new Error(`the sample contract is missing from this build (${res.status})`);
  return new Uint8Array(await res.arrayBuffer());
}

declare global {
  interface Window {
    /** Set once the pane has rendered with its environment known (used by browser tests). */
    __termscoreReady?: boolean;
  }
}

function render(root: ReturnType<typeof createRoot>, environment: PaneEnvironment | null): void {
  const background = environment?.kind === "word" ? officeThemeBackground() : undefined;
  const media = (q: string) => typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  const theme = themeFor(pickThemeName(background, media("(forced-colors: active)"), media("(prefers-color-scheme: dark)")));
  // The page around the pane takes the theme's background too (no white frame in dark mode).
  document.body.style.margin = "0";
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  root.render(
    <FluentProvider theme={theme}>
      <App
        environment={environment}
        host={environment?.kind === "word" ? (wordHost ??= createWordHost(worker ? { compareRound: worker.compareRound } : {})) : null}
        engine={engine}
        openDocx={environment?.kind === "browser" ? openDocx : undefined}
        cancelOpen={opener.cancel}
        loadSample={environment?.kind === "browser" ? loadSample : undefined}
      />
    </FluentProvider>
  );
}

async function main(): Promise<void> {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  render(root, null);
  const environment = await startOffice();
  render(root, environment);
  window.__termscoreReady = true;
}

void main();
