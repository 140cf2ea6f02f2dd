/**
 * The eval loop's "eval breaker" for signals, as in CPython: a signal that has
 * a Python handler is recorded asynchronously (by the `_signal` module's
 * watcher thread, into shared memory), and the interpreter polls the flag at
 * backward jumps, then runs the handlers on its own thread
 * between two instructions. A plain load of a shared Int32Array cell: cheap
 * enough for the hot path.
 */

/** Cell 0 is non-zero while some signal awaits its handler; cell n flags signal n. */
export const pendingSignals = new Int32Array(new SharedArrayBuffer(4 * 65));

let runner: () => void = () => {
  pendingSignals[0] = 0;
};

/** Installed by `_signal`: runs the Python handlers of the flagged signals. */
export function setSignalRunner(run: () => void): void {
  runner = run;
}

export function runPendingSignals(): void {
  runner();
}
