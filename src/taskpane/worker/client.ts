/**
 * The page's side of the worker: promises for requests, progress callbacks, and Cancel (the worker
 * is stopped at once and a fresh one starts on the next request).
 */
import type { Calls, Op, Request, Response } from "./protocol";

export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<Response>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export class CancelledError extends Error {
  constructor() {
    super("Cancelled");
    this.name = "CancelledError";
  }
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

  call<K extends Op>(op: K, args: Calls[K]["args"], options: { transfer?: Transferable[]; onProgress?: Pending["onProgress"] } = {}): Promise<Calls[K]["result"]> {
    const w = this.ensure();
    const id = this.next++;
    return new Promise<Calls[K]["result"]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
      const req: Request<K> = { id, op, args };
      w.postMessage(req, options.transfer ?? []);
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
