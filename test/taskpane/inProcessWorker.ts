/**
 * The pane's real worker handler run in this process, messages delivered asynchronously as a
 * browser delivers them (test/taskpane/worker.test.ts has a counting variant for its lifecycle checks).
 */
import { createHandler } from "../../src/taskpane/worker/handler";
import type { WorkerLike } from "../../src/taskpane/worker/client";
import type { Request, Response } from "../../src/taskpane/worker/protocol";

export function inProcess(): () => WorkerLike {
  return () => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (m: unknown) => setTimeout(() => void handle(m as Request), 0),
      terminate: () => undefined,
    };
    const handle = createHandler((r: Response) => setTimeout(() => w.onmessage?.({ data: r } as MessageEvent<Response>), 0));
    return w;
  };
}
