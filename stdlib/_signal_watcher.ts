/**
 * Delivery of signals from outside the process to Python handlers.
 *
 * The interpreter runs synchronously and never yields to Deno's event loop,
 * so a `Deno.addSignalListener` callback on this thread would never run.
 * A small worker thread owns the listeners instead: its event loop is free,
 * and on a signal it flags it in shared memory (vm/runtime/pending_signals.ts),
 * which the eval loop polls at backward jumps — the
 * same split as CPython's C-level handler and its eval breaker.
 *
 * Listening installs Deno's (tokio's) process-wide handler. Its sigaction is
 * saved right after, so that setting SIG_DFL or SIG_IGN from Python (plain
 * signal(2) calls) and then a Python handler again can put it back.
 */
import { pendingSignals } from "../vm/runtime/pending_signals.ts";
import { libc } from "./libc.ts";

/** Cells after the signal flags: the worker's answer to the last request. */
const reply = new Int32Array(new SharedArrayBuffer(8));
const REPLY_COUNT = 0;
const REPLY_OK = 1;
const SIGACTION_SIZE = 152;

const WORKER_SOURCE = `
let flags, reply;
self.onmessage = ({ data }) => {
  if (data.flags) {
    flags = data.flags;
    reply = data.reply;
    return;
  }
  let ok = 1;
  try {
    Deno.addSignalListener(data.name, () => {
      Atomics.store(flags, data.number, 1);
      Atomics.store(flags, 0, 1);
    });
  } catch {
    ok = 0;
  }
  Atomics.store(reply, 1, ok);
  Atomics.add(reply, 0, 1);
  Atomics.notify(reply, 0);
};
`;

let worker: Worker | null = null;
/** Deno's handler for each signal listened to, as saved sigaction bytes; null if refused. */
const denoActions = new Map<number, Uint8Array<ArrayBuffer> | null>();

function startWorker(): Worker {
  const url = URL.createObjectURL(
    new Blob([WORKER_SOURCE], { type: "application/javascript" }),
  );
  const started = new Worker(url, { type: "module" });
  started.postMessage({ flags: pendingSignals, reply });
  return started;
}

/**
 * Make signal `number` (named `name`) reach the Python handler from outside.
 * Returns false when Deno does not let programs catch it (SIGSEGV, ...).
 */
export function listenFor(number: number, name: string): boolean {
  const known = denoActions.get(number);
  if (known !== undefined) {
    if (known === null) return false;
    libc("sigaction")(number, known, null); // Python may have set SIG_DFL/SIG_IGN since
    return true;
  }
  worker ??= startWorker();
  const before = Atomics.load(reply, REPLY_COUNT);
  worker.postMessage({ name, number });
  Atomics.wait(reply, REPLY_COUNT, before, 5000);
  if (Atomics.load(reply, REPLY_COUNT) === before || Atomics.load(reply, REPLY_OK) !== 1) {
    denoActions.set(number, null);
    return false;
  }
  const action = new Uint8Array(SIGACTION_SIZE);
  libc("sigaction")(number, null, action);
  denoActions.set(number, action);
  return true;
}

/** The signals flagged since the last call, each once, in number order. */
export function takePendingSignals(): number[] {
  Atomics.store(pendingSignals, 0, 0);
  const taken: number[] = [];
  for (let number = 1; number < pendingSignals.length; number++) {
    if (Atomics.exchange(pendingSignals, number, 0) !== 0) taken.push(number);
  }
  return taken;
}
