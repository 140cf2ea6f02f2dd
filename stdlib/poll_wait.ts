/**
 * poll(2) that lets signal handlers run while it waits, as CPython's calls
 * do on EINTR (PEP 475). Deno's signal handler runs on another thread, so a
 * poll on the interpreter's thread is rarely interrupted: the wait is cut
 * into short slices instead, and between two slices a flagged signal's
 * Python handler runs (an exception it raises ends the wait). Used by
 * select.select/poll and by the socket calls that wait (socket_io.ts).
 */
import { pendingSignals, runPendingSignals } from "../vm/runtime/pending_signals.ts";
import { errno, libc } from "./libc.ts";
import { EINTR, osErrorFor } from "./posix_errors.ts";

/** How often a blocked call looks for signals awaiting their Python handler. */
const SIGNAL_CHECK_MS = 50;

/**
 * poll(2) on `count` struct pollfd entries in `entries` for up to `ms`
 * milliseconds (negative: for ever): the number of ready entries, 0 when the
 * time ran out.
 */
export function pollWaiting(entries: Uint8Array, count: number, ms: number): number {
  const deadline = ms < 0 ? Infinity : performance.now() + ms;
  for (;;) {
    if (pendingSignals[0] !== 0) runPendingSignals();
    const left = Math.max(0, Math.ceil(deadline - performance.now()));
    const result = libc("poll")(entries, BigInt(count), Math.min(left, SIGNAL_CHECK_MS));
    if (result > 0) return result;
    if (result < 0) {
      const code = errno();
      if (code !== EINTR) throw osErrorFor(code);
    } else if (left <= SIGNAL_CHECK_MS) return 0;
  }
}
