/**
 * The `faulthandler` module. `dump_traceback` writes the Python stack
 * straight to a file descriptor, in CPython's format ("Stack (most recent
 * call first):" then `  File "...", line N in name`), innermost first.
 *
 * What CPython does from signal handlers and a watchdog thread cannot be done
 * here: a fatal signal (SIGSEGV, SIGABRT) ends the Deno process before any
 * JS runs, and no other thread can read this thread's Python stack. So
 * enable() records the state and the file (enable/disable/is_enabled behave
 * as in CPython) but no traceback is printed on a crash, and
 * dump_traceback_later and register raise NotImplementedError.
 */
import { materializeFrames } from "../vm/runtime/virtual_frames.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { flushStdout } from "../vm/runtime/stdio.ts";
import { libc } from "./libc.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { fileDescriptorOf } from "./posix_fd.ts";

/** The one thread's identifier as CPython prints it (a pthread_t in hex). */
const THREAD_LABEL = "0x0000000000000001";
const MAX_FRAMES = 100;

let enabledFd = -1;

/** Enabled from start-up (the development mode): dumps would go to `fd`. */
export function enableFaulthandler(fd: number): void {
  enabledFd = fd;
}

/** The descriptor of `file`, or of sys.stderr when it is None. */
function descriptorOf(file: PyValue): number {
  if (file !== null) return fileDescriptorOf(file);
  const stderr = interpreter().sys.dict.get("stderr");
  if (stderr === undefined || stderr === null) throw pyError("RuntimeError", "sys.stderr is None");
  return fileDescriptorOf(stderr);
}

function stackText(allThreads: boolean): string {
  const lines = [
    allThreads
      ? `Current thread ${THREAD_LABEL} (most recent call first):`
      : "Stack (most recent call first):",
  ];
  let count = 0;
  materializeFrames();
  for (let frame = thread.current; frame !== null; frame = frame.back) {
    if (count++ >= MAX_FRAMES) {
      lines.push("  ...");
      break;
    }
    lines.push(`  File "${frame.code.co_filename}", line ${frame.lineno} in ${frame.code.co_name}`);
  }
  return lines.join("\n") + "\n";
}

function writeFd(fd: number, text: string): void {
  if (fd === 1 || fd === 2) flushStdout(); // keep buffered output in order before raw writes
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length;) {
    const n = Number(libc("write")(fd, bytes.subarray(at), BigInt(bytes.length - at)));
    if (n <= 0) break;
    at += n;
  }
}

function unsupported(name: string): never {
  throw pyError(
    "NotImplementedError",
    `faulthandler.${name}() is not available in Taipan: no other thread or signal handler ` +
      "can read the Python stack",
  );
}

export function createFaulthandlerModule(): PyModule {
  const module = newModule("faulthandler", "faulthandler module.");
  addFunctions(module, {
    enable: ["file=None, all_threads=True", (file: PyValue) => {
      enabledFd = descriptorOf(file);
      return null;
    }],
    disable: ["", () => {
      const was = enabledFd >= 0;
      enabledFd = -1;
      return was;
    }],
    is_enabled: ["", () => enabledFd >= 0],
    dump_traceback: ["file=None, all_threads=True", (file: PyValue, allThreads: PyValue) => {
      writeFd(descriptorOf(file), stackText(allThreads !== false && allThreads !== 0));
      return null;
    }],
    dump_traceback_later: [
      "timeout, repeat=False, file=None, exit=False",
      () => unsupported("dump_traceback_later"),
    ],
    cancel_dump_traceback_later: ["", () => null],
    register: [
      "signum, file=None, all_threads=True, chain=False",
      () => unsupported("register"),
    ],
    unregister: ["signum, /", () => false],
  });
  return module;
}
