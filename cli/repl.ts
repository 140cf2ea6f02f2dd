/**
 * The interactive loop (CPython's PyRun_InteractiveLoop): prompt with
 * sys.ps1 / sys.ps2, read lines until they make a statement
 * (repl_compile.ts), run it in __main__ with "single" semantics (expression
 * results go to sys.displayhook), report exceptions through sys.excepthook
 * and go on; SystemExit ends the session with its status, end of input ends
 * it with status 0.
 *
 * Lines come from a LineReader: the line editor on a terminal
 * (line_editor_tty.ts), or plain reads from fd 0 with the prompts on stderr
 * otherwise (repl_plain_reader.ts), as CPython's PyOS_StdioReadline.
 */
import type { PyDict } from "../vm/objects/dict.ts";
import { ExceptionType, type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import type { CodeObject } from "../vm/compiler/code.ts";
import { evalFrame } from "../vm/runtime/eval.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import { reportUncaught } from "../vm/runtime/run_main.ts";
import { flushStdout } from "../vm/runtime/stdio.ts";
import { pendingSignals, runPendingSignals } from "../vm/runtime/pending_signals.ts";
import { printException } from "../stdlib/sys_interactive.ts";
import { compileInteractive } from "./repl_compile.ts";

/** Thrown by a LineReader when Ctrl-C interrupts the line being typed. */
export class Interrupted extends Error {}

export interface LineReader {
  /**
   * Show `prompt` and read one line with its "\n" ("" never; a last line
   * may lack the newline); null at the end of input.
   */
  readLine(prompt: string): string | null;
  /** Write the newline CPython prints when the input ends or Ctrl-C interrupts it. */
  endOfInput(): void;
}

/** The outcome of running one piece of code at the top level. */
type Outcome = { kind: "done" } | { kind: "exit"; status: number };

/**
 * Run the loop until the input ends or SystemExit; returns the exit status.
 * `globals` is __main__'s namespace.
 */
export function interactiveLoop(globals: PyDict, reader: LineReader, optimize: number): number {
  const sys = interpreter().sys.dict;
  if (!sys.has("ps1")) sys.set("ps1", ">>> ");
  if (!sys.has("ps2")) sys.set("ps2", "... ");
  for (;;) {
    const lines: string[] = [];
    let atEnd = false;
    let interrupted = false;
    for (;;) {
      let line: string | null;
      try {
        line = reader.readLine(promptText(lines.length === 0 ? "ps1" : "ps2"));
      } catch (error) {
        if (error instanceof Interrupted) {
          reader.endOfInput(); // CPython's interactive loop starts a new line
          interrupted = true;
          break;
        }
        if (!(error instanceof Error) || !isInputFailure(error)) throw error;
        line = null; // the terminal went away: as the end of input
      }
      const signalled = pendingSignalError();
      if (signalled !== null) {
        // Ctrl-C while a line was read without the editor (the terminal's own
        // line editing): the line is dropped, as CPython's read is interrupted.
        const outcome = report(signalled);
        if (outcome.kind === "exit") return outcome.status;
        lines.length = 0;
        if (line === null) break;
        continue;
      }
      if (line === null) {
        reader.endOfInput();
        atEnd = true;
        break;
      }
      lines.push(line);
      if (!line.endsWith("\n")) continue; // the input ended inside this line: read the end
      const verdict = compileInteractive(lines, false, optimize);
      if (verdict.kind === "more") continue;
      if (verdict.kind === "empty") break;
      const outcome = verdict.kind === "code"
        ? runTopLevel(verdict.code, globals)
        : report(toPyException(verdict.error));
      if (outcome.kind === "exit") return outcome.status;
      break;
    }
    if (interrupted) {
      const outcome = report(pyError("KeyboardInterrupt"));
      if (outcome.kind === "exit") return outcome.status;
      continue;
    }
    if (atEnd) {
      if (lines.length === 0) return 0;
      const verdict = compileInteractive(lines, true, optimize);
      const outcome = verdict.kind === "code"
        ? runTopLevel(verdict.code, globals)
        : verdict.kind === "error"
        ? report(toPyException(verdict.error))
        : { kind: "done" } as const;
      if (outcome.kind === "exit") return outcome.status;
    }
  }
}

/** str(sys.ps1) or str(sys.ps2); "" when it is missing or str() fails. */
function promptText(name: "ps1" | "ps2"): string {
  const value = interpreter().sys.dict.get(name);
  if (value === undefined) return "";
  try {
    return toJsString(strOf(value));
  } catch {
    return "";
  }
}

/** Deno's I/O errors, for which reading the next line gives up. */
function isInputFailure(error: Error): boolean {
  return Object.values(Deno.errors).some((type) => error instanceof type);
}

/**
 * Run the handlers of signals that arrived since the eval loop last looked
 * (Ctrl-C during a blocking call at the end of a statement, or at a plain
 * prompt); what they raise, or null.
 */
function pendingSignalError(): PyBaseException | null {
  if (pendingSignals[0] === 0) return null;
  try {
    runPendingSignals();
    return null;
  } catch (error) {
    return toPyException(error);
  }
}

let interruptedLast = false;

/**
 * Whether the last statement run ended in KeyboardInterrupt (CPython's
 * _Py_UnhandledKeyboardInterrupt): the interpreter then exits through SIGINT.
 */
export function lastRunInterrupted(): boolean {
  return interruptedLast;
}

/** Run `code` in __main__, reporting what it raises; flushes the standard streams after. */
export function runTopLevel(code: CodeObject, globals: PyDict): Outcome {
  interruptedLast = false;
  try {
    evalFrame(new Frame(code, globals, interpreter().builtins.dict, globals, null));
    if (pendingSignals[0] !== 0) runPendingSignals(); // CPython's eval breaker runs once more
    flushStdout();
    return { kind: "done" };
  } catch (error) {
    const exception = toPyException(error);
    interruptedLast = exception.cls === ExceptionType.KeyboardInterrupt;
    return report(exception);
  }
}

/** PyErr_Print at the prompt: SystemExit ends the session, anything else is printed. */
function report(exception: PyBaseException): Outcome {
  flushStdout();
  if (exception.cls.isSubtypeOf(ExceptionType.SystemExit)) {
    return { kind: "exit", status: reportUncaught(exception) };
  }
  try {
    printException(exception);
  } catch (error) {
    const raised = toPyException(error);
    if (raised.cls.isSubtypeOf(ExceptionType.SystemExit)) {
      return { kind: "exit", status: reportUncaught(raised) };
    }
  }
  flushStdout();
  return { kind: "done" };
}
