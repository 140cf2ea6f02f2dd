/**
 * A pool of render workers for tools/ast_diff.ts. Each worker gets one file at
 * a time; a file that takes longer than the timeout (an endless loop in the
 * parser) or kills its worker is recorded as an internal failure, the worker
 * is replaced, and the run goes on with the next file. A worker gets work only
 * once it has said it is ready, so loading the parser's modules is not counted
 * against the first file's time.
 */
import type { RenderRequest, RenderResult, WorkerReady } from "./ast_diff_protocol.ts";

interface Slot {
  worker: Worker;
  ready: boolean;
  request: RenderRequest | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class RenderPool {
  private readonly queue: RenderRequest[] = [];
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, (result: RenderResult) => void>();
  private nextId = 0;

  constructor(
    private readonly workerUrl: URL,
    size: number,
    private readonly timeoutMilliseconds: number,
    private readonly withWarnings = false,
  ) {
    for (let index = 0; index < size; index++) this.slots.push(this.newSlot());
  }

  render(file: string, wantBody = false): Promise<RenderResult> {
    const request = { id: this.nextId++, file, wantBody, withWarnings: this.withWarnings };
    const promise = new Promise<RenderResult>((resolve) => this.waiting.set(request.id, resolve));
    this.queue.push(request);
    this.dispatch();
    return promise;
  }

  close(): void {
    for (const slot of this.slots) {
      clearTimeout(slot.timer);
      slot.worker.terminate();
    }
  }

  private newSlot(): Slot {
    const slot: Slot = {
      worker: undefined as unknown as Worker,
      ready: false,
      request: null,
      timer: undefined,
    };
    this.startWorker(slot);
    return slot;
  }

  private startWorker(slot: Slot): void {
    slot.worker = new Worker(this.workerUrl, { type: "module" });
    slot.ready = false;
    slot.worker.onmessage = ({ data }: MessageEvent<RenderResult | WorkerReady>) => {
      if ("ready" in data) {
        slot.ready = true;
        this.dispatch();
      } else {
        this.finish(slot, data);
      }
    };
    slot.worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(slot, `worker died: ${event.message}`);
    };
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.request !== null || this.queue.length === 0) continue;
      const request = this.queue.shift()!;
      slot.request = request;
      slot.timer = setTimeout(
        () => this.fail(slot, `timeout after ${this.timeoutMilliseconds / 1000} s`),
        this.timeoutMilliseconds,
      );
      slot.worker.postMessage(request);
    }
  }

  private finish(slot: Slot, result: RenderResult): void {
    clearTimeout(slot.timer);
    slot.request = null;
    this.waiting.get(result.id)?.(result);
    this.waiting.delete(result.id);
    this.dispatch();
  }

  /** Replaces a hung or dead worker and reports its file as an internal failure. */
  private fail(slot: Slot, reason: string): void {
    const request = slot.request;
    clearTimeout(slot.timer);
    slot.worker.terminate();
    this.startWorker(slot);
    slot.request = null;
    if (request !== null) {
      this.finish(slot, {
        id: request.id,
        file: request.file,
        sha256: null,
        error: null,
        internal: reason,
        body: null,
        milliseconds: this.timeoutMilliseconds,
      });
    }
  }
}
