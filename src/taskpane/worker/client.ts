/**
 * The page's side of the worker: promises for requests, progress callbacks, and Cancel (the worker
 * is stopped at once and a fresh one starts on the next request).
 */
import type { Calls, Op, Request, Response } from "./protocol";
import { CancelledError } from "../../engine/common/cancelled";

export { CancelledError };

export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<Response>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** An error from the worker, with the .docx reader's code when there is one. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    name?: string
  ) {
    super(message);
    if (name) this.name = name;
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (done: number, total: number, phase?: string) => void;
}

export class WorkerClient {
  private worker: WorkerLike | null = null;
  private next = 1;
  private pending = new Map<number, Pending>();

  constructor(private readonly create: () => WorkerLike) {}

  /** True while a request is waiting for its answer. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  private ensure(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (e) => {
      const msg = e.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.kind === "progress") p.onProgress?.(msg.done, msg.total, msg.phase);
      else {
        this.pending.delete(msg.id);
        if (msg.kind === "result") p.resolve(msg.result);
        else p.reject(new WorkerError(msg.message, msg.code, msg.name));
      }
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      this.fail(new WorkerError(`the checking engine stopped (${e.message || "it could not be loaded"})`));
      this.worker?.terminate();
      this.worker = null;
    };
    this.worker = w;
    return w;
  }

  private fail(error: unknown): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(error);
  }

  /**
   * One request. With `signal`, an abort asks the worker to stop this request (an "abort" message,
   * the worker kept): the promise then settles with the worker's answer, a CancelledError once the
   * worker has stopped and put things back, or the result when it had already finished.
   */
  call<K extends Op>(op: K, args: Calls[K]["args"], options: { transfer?: Transferable[]; onProgress?: Pending["onProgress"]; signal?: AbortSignal } = {}): Promise<Calls[K]["result"]> {
    const w = this.ensure();
    const id = this.next++;
    const signal = options.signal;
    return new Promise<Calls[K]["result"]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
      const req: Request<K> = { id, op, args };
      w.postMessage(req, options.transfer ?? []);
      // (a listener left behind after the answer does nothing: the request is no longer pending)
      const onAbort = () => this.pending.has(id) && this.worker === w && w.postMessage({ id: this.next++, op: "abort", args: { id } } satisfies Request<"abort">);
      if (signal?.aborted) onAbort();
      else signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Stops the worker now; every waiting request rejects with CancelledError. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.fail(new CancelledError());
  }

  dispose(): void {
    this.cancel();
  }
}
