/**
 * The pane's Web Worker entry (built by webpack as its own entry, `review-worker.js`): the clause
 * engine and the .docx reader and writer run here, off the page's main thread.
 */
import { createHandler } from "./handler";
import type { Request } from "./protocol";

interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<Request>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const handle = createHandler((response, transfer) => scope.postMessage(response, transfer ?? []));
scope.onmessage = (e) => void handle(e.data);
