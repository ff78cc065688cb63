/**
 * The pane's one hook: it subscribes to a ReviewController (plain TypeScript, in ./controller) and
 * hands its state and actions to the components. The controller holds the review and is the only
 * thing that calls the DocumentHost; this hook only connects it to React: it follows the open
 * document and the engine, re-checks the document when the user comes back to the pane, and
 * renders every change of state through useSyncExternalStore.
 */
import * as React from "react";
import type { DocumentHost } from "../host/types";
import { ReviewController, type ReviewActions, type ReviewEngine, type ReviewState } from "./controller";

export * from "./controller";

export function useReview(host: DocumentHost | null, engine: ReviewEngine): [ReviewState, ReviewActions] {
  const [controller] = React.useState(() => new ReviewController(engine));
  controller.setEngine(engine);
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);

  // A document becomes available (or another one): start over and scan it.
  React.useEffect(() => {
    void controller.open(host);
  }, [controller, host, engine]);

  // Coming back to the pane (after editing in Word): say so if the document changed.
  React.useEffect(() => {
    if (!host || typeof window === "undefined") return;
    const onFocus = () => void controller.checkStale();
    const onVisible = () => {
      if (document.visibilityState === "visible") void controller.checkStale();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [controller, host]);

  React.useEffect(() => () => controller.dispose(), [controller]);
  return [state, controller];
}
