/**
 * The `_signal` module (under the pure-Python `signal`).
 *
 * CPython runs a Python signal handler from its eval loop after a C handler
 * has recorded the signal. Taipan does the same with a watcher thread
 * (_signal_watcher.ts) that flags signals for the eval loop, which polls at
 * backward jumps (vm/runtime/pending_signals.ts):
 *
 * - installing a Python handler makes the signal reach it from outside the
 *   process too (`kill`, Ctrl-C, `alarm`'s SIGALRM), at the next check;
 * - a signal the program sends itself (`signal.raise_signal(n)`,
 *   `os.kill(os.getpid(), n)`) runs its handler at once, before the call
 *   returns, as CPython's would at the next instruction;
 * - SIG_IGN and SIG_DFL are the kernel's own dispositions.
 *
 * The watcher thread is started only when a program installs a handler, so
 * by default SIGINT keeps the kernel's action (the process ends) instead of
 * raising KeyboardInterrupt; a blocking call (time.sleep, a read) finishes
 * before a pending handler runs. docs/differences.md lists both.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PySet } from "../vm/objects/set.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { callObject } from "../vm/runtime/call.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyType } from "../vm/objects/type.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { libc } from "./libc.ts";
import { check, osErrorFor } from "./posix_errors.ts";
import { intArgument } from "./posix_path.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { pendingSignals, setSignalRunner } from "../vm/runtime/pending_signals.ts";
import { listenFor, takePendingSignals } from "./_signal_watcher.ts";

/** Linux signal numbers by name, in the order CPython's `_signal` namespace lists them. */
export const SIGNAL_NUMBERS: Readonly<Record<string, number>> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGIOT: 6,
  SIGABRT: 6,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGBUS: 7,
  SIGSEGV: 11,
  SIGSYS: 31,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGUSR1: 10,
  SIGUSR2: 12,
  SIGCLD: 17,
  SIGCHLD: 17,
  SIGPWR: 30,
  SIGIO: 29,
  SIGURG: 23,
  SIGWINCH: 28,
  SIGPOLL: 29,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGCONT: 18,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGRTMIN: 34,
  SIGRTMAX: 64,
  SIGSTKFLT: 16,
};

export const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;
const SIGINT = 2;
const SIGKILL = 9;
const SIGSTOP = 19;
const EINVAL = 22;
/** Signals glibc keeps for its threads: not valid for programs. */
const RESERVED = new Set([32, 33]);

/** The number of signal `name` ("SIGTERM"), as Deno reports a child's death. */
export function signalNumber(name: string): number | undefined {
  return SIGNAL_NUMBERS[name];
}

const defaultIntHandler = nativeFunction(
  "default_int_handler",
  "signalnum, frame, /",
  () => {
    throw pyError("KeyboardInterrupt");
  },
);
defaultIntHandler.module = "_signal";

/** The Python-level handler of each signal; Rust's start-up leaves SIGPIPE ignored, as CPython. */
const handlers = new Map<number, PyValue>([[SIGINT, defaultIntHandler], [13, SIG_IGN], [
  25,
  SIG_IGN,
]]);
let wakeupFd = -1;

function signalArgument(value: PyValue): number {
  const number = intArgument(value);
  if (number < 1 || number >= NSIG) throw pyError("ValueError", "signal number out of range");
  return number;
}

/** The name Deno knows each signal number by (aliases such as SIGIOT and SIGCLD left out). */
const DENO_NAMES = new Map<number, string>(
  Object.entries(SIGNAL_NUMBERS)
    .filter(([name]) => !["SIGIOT", "SIGCLD", "SIGPOLL", "SIGRTMIN", "SIGRTMAX"].includes(name))
    .map(([name, number]) => [number, name]),
);

/** The flagged signals' handlers, run by the eval loop; one that raises leaves the rest pending. */
function runPendingHandlers(): void {
  const numbers = takePendingSignals();
  for (let i = 0; i < numbers.length; i++) {
    const handler = handlers.get(numbers[i]) ?? SIG_DFL;
    if (handler === SIG_DFL || handler === SIG_IGN) continue;
    try {
      callObject(handler, [numbers[i], thread.current], null);
    } catch (error) {
      for (const number of numbers.slice(i + 1)) pendingSignals[number] = 1;
      if (i + 1 < numbers.length) pendingSignals[0] = 1;
      throw error;
    }
  }
}

function setOsDisposition(number: number, ignore: boolean): void {
  libc("signal")(number, Deno.UnsafePointer.create(BigInt(ignore ? SIG_IGN : SIG_DFL)));
}

function isCallable(value: PyValue): boolean {
  return value instanceof PyType || typeOf(value).lookup("__call__") !== undefined;
}

function setHandler(signalnum: PyValue, handler: PyValue): PyValue {
  const number = signalArgument(signalnum);
  const isConstant = handler === SIG_DFL || handler === SIG_IGN;
  if (!isConstant && (typeof handler === "number" || !isCallable(handler))) {
    throw pyError(
      "TypeError",
      "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
    );
  }
  if (number === SIGKILL || number === SIGSTOP || RESERVED.has(number)) throw osErrorFor(EINVAL);
  const old = handlers.get(number) ?? SIG_DFL;
  if (isConstant) setOsDisposition(number, handler === SIG_IGN);
  else {
    const name = DENO_NAMES.get(number);
    if (name === undefined || !listenFor(number, name)) setOsDisposition(number, false);
  }
  handlers.set(number, handler);
  return old;
}

/**
 * A signal this process sends itself: run its Python-level disposition now.
 * Returns false when the real signal must be sent (SIG_DFL).
 */
export function deliverToSelf(number: number): boolean {
  const handler = handlers.get(number) ?? SIG_DFL;
  if (handler === SIG_DFL || number === SIGKILL || number === SIGSTOP) return false;
  if (handler === SIG_IGN) return true;
  callObject(handler, [number, thread.current], null);
  return true;
}

function raiseSignal(signalnum: PyValue): PyValue {
  const number = intArgument(signalnum);
  if (number < 0 || number >= NSIG) throw pyError("ValueError", "signal number out of range");
  if (number !== 0 && deliverToSelf(number)) return null;
  return check(() => libc("raise")(number));
}

function validSignals(): PyValue {
  const set = new PySet();
  for (let number = 1; number < NSIG; number++) if (!RESERVED.has(number)) set.add(number);
  return set;
}

function strsignal(signalnum: PyValue): PyValue {
  const number = signalArgument(signalnum);
  const text = libc("strsignal")(number);
  return text === null ? null : Deno.UnsafePointerView.getCString(text);
}

export function createSignalModule(): PyModule {
  const module = newModule("_signal", null);
  setSignalRunner(runPendingHandlers);
  addValues(module, {
    ...SIGNAL_NUMBERS,
    NSIG,
    SIG_DFL,
    SIG_IGN,
    SIG_BLOCK: 0,
    SIG_UNBLOCK: 1,
    SIG_SETMASK: 2,
    ITIMER_REAL: 0,
    ITIMER_VIRTUAL: 1,
    ITIMER_PROF: 2,
    default_int_handler: defaultIntHandler,
  });
  addFunctions(module, {
    signal: ["signalnum, handler, /", setHandler],
    getsignal: ["signalnum, /", (signalnum: PyValue) => {
      const number = signalArgument(signalnum);
      return handlers.get(number) ?? SIG_DFL;
    }],
    raise_signal: ["signalnum, /", raiseSignal],
    strsignal: ["signalnum, /", strsignal],
    valid_signals: ["", validSignals],
    set_wakeup_fd: ["fd, /, *, warn_on_full_buffer=True", (fd: PyValue) => {
      const old = wakeupFd;
      wakeupFd = intArgument(fd);
      return old;
    }],
    alarm: ["seconds, /", (seconds: PyValue) => libc("alarm")(intArgument(seconds) >>> 0)],
    pause: ["", () => {
      libc("pause")();
      return null;
    }],
  });
  return module;
}
