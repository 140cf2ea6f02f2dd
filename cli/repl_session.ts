/**
 * Starting interactive sessions as CPython's pymain does:
 *
 * - `taipan` with an interactive stdin (a terminal, or any stdin with -i):
 *   the banner on stderr (not with -q), the site builtins, the
 *   PYTHONSTARTUP file, the history, then the prompt (pymain_run_stdin);
 * - `-i` or PYTHONINSPECT after a script, `-c` or `-m` (also after it
 *   failed): the prompt in the program's __main__ (pymain_repl), given a
 *   terminal or -i; PYTHONINSPECT is read again after the program, which may
 *   have set it.
 */
import { PyModule } from "../vm/runtime/module.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { osErrorFor } from "../stdlib/posix_errors.ts";
import { compileSource } from "../vm/runtime/compile_source.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import {
  atInterpreterExit,
  finalizeInterpreter,
  type MainOptions,
  setInspectAfterRun,
  setUpInterpreter,
} from "../vm/runtime/run_main.ts";
import { flushStdout, writeStderr } from "../vm/runtime/stdio.ts";
import { printException } from "../stdlib/sys_interactive.ts";
import type { Flags } from "./args.ts";
import { historyPath, LineHistory } from "./line_history.ts";
import { TerminalLineReader } from "./line_editor_tty.ts";
import { interactiveLoop, lastRunInterrupted, type LineReader, runTopLevel } from "./repl.ts";
import { libc } from "../stdlib/libc.ts";
import { PlainLineReader } from "./repl_plain_reader.ts";
import { installSiteBuiltins } from "./repl_site.ts";
import { installEditingInput } from "./repl_input.ts";

const SIGINT = 2;
const COPYRIGHT_HINT = 'Type "help", "copyright", "credits" or "license" for more information.';

function environment(flags: Flags, name: string): string | undefined {
  if (flags.ignoreEnvironment) return undefined;
  const value = Deno.env.get(name);
  return value === "" ? undefined : value;
}

/** -i, or PYTHONINSPECT in the environment (config->inspect). */
export function inspectRequested(flags: Flags): boolean {
  return flags.inspect || environment(flags, "PYTHONINSPECT") !== undefined;
}

/** CPython's stdin_is_interactive: a terminal, or -i. */
export function stdinIsInteractive(flags: Flags): boolean {
  return flags.inspect || Deno.stdin.isTerminal();
}

/** `taipan` / `taipan -` with an interactive stdin. */
export function runInteractiveStdin(flags: Flags, options: MainOptions): number {
  const globals = setUpInterpreter(null, options);
  if (!flags.quiet) {
    const version = interpreter().sys.dict.get("version");
    writeStderr(`Python ${typeof version === "string" ? version : ""} on linux\n`);
    if (!flags.noSite) writeStderr(COPYRIGHT_HINT + "\n");
  }
  if (!flags.noSite) installSiteBuiltins();
  const exitStatus = runStartupFile(flags, globals);
  if (exitStatus !== null) return exitStatus;
  return runPrompt(flags, globals, options.optimize);
}

/**
 * After the program: the prompt when asked for (returns its status), or the
 * program's own `status`.
 */
export function inspectAfterProgram(
  status: number,
  flags: Flags,
  options: MainOptions,
  ranFile: boolean,
): number {
  const inspect = inspectRequested(flags);
  setInspectAfterRun(false);
  if (!inspect || !stdinIsInteractive(flags)) return status;
  let main: PyDict;
  try {
    const module = interpreter().modules.get("__main__");
    main = module instanceof PyModule ? module.dict : setUpInterpreter(null, options);
  } catch {
    main = setUpInterpreter(null, options); // the program never started (a SyntaxError)
  }
  if (ranFile) {
    // pyrun_simple_file takes __file__ out of __main__ again once the script ran.
    main.delete("__file__");
    main.delete("__cached__");
  }
  if (!flags.noSite) installSiteBuiltins();
  return runPrompt(flags, main, options.optimize);
}

function runPrompt(flags: Flags, globals: PyDict, optimize: number): number {
  const status = interactiveLoop(globals, lineReader(flags), optimize);
  if (lastRunInterrupted()) exitThroughSigint();
  return status;
}

/**
 * CPython's exit_sigint: after the interpreter is finalized, die of SIGINT
 * (its default action) so the parent sees the interrupt.
 */
function exitThroughSigint(): void {
  finalizeInterpreter();
  try {
    libc("signal")(SIGINT, Deno.UnsafePointer.create(0n)); // SIG_DFL
    libc("raise")(SIGINT);
  } catch {
    // no libc: the ordinary exit status
  }
}

/**
 * The editor when both stdin and stdout are terminals (as readline requires)
 * and site set it up (not with -S or -I: CPython then has no readline and
 * reads through the terminal's own line editing); plain reads otherwise.
 */
function lineReader(flags: Flags): LineReader {
  const withSite = !flags.noSite && !flags.isolated;
  // site's interactive hook loads the history and saves it at exit, terminal or not.
  const history = new LineHistory();
  const path = historyPath();
  if (withSite && path !== null) {
    history.load(path);
    atInterpreterExit(() => history.save(path));
  }
  if (Deno.stdin.isTerminal()) catchInterrupts();
  if (!withSite || !Deno.stdin.isTerminal() || !Deno.stdout.isTerminal()) {
    return new PlainLineReader();
  }
  // Leave the terminal usable whatever happens (the editor also restores it after each line).
  globalThis.addEventListener("unload", () => {
    try {
      Deno.stdin.setRaw(false);
    } catch {
      // not a terminal any more
    }
  });
  const reader = new TerminalLineReader(history);
  installEditingInput(reader);
  return reader;
}

/**
 * PYTHONSTARTUP: run in __main__ before the first prompt; its errors are
 * printed. Returns the exit status if it raised SystemExit.
 */
function runStartupFile(flags: Flags, globals: PyDict): number | null {
  const path = environment(flags, "PYTHONSTARTUP");
  if (path === undefined || flags.isolated) return null;
  let source: Uint8Array;
  try {
    source = Deno.readFileSync(path);
  } catch (error) {
    writeStderr("Could not open PYTHONSTARTUP\n");
    printException(osErrorFor(errnoOf(error), path));
    flushStdout();
    return null;
  }
  let code;
  try {
    code = compileSource(source, path, "exec", 0);
  } catch (error) {
    printException(toPyException(error));
    return null;
  }
  const outcome = runTopLevel(code, globals);
  return outcome.kind === "exit" ? outcome.status : null;
}

function errnoOf(error: unknown): number {
  if (error instanceof Deno.errors.NotFound) return 2;
  if (error instanceof Deno.errors.PermissionDenied) return 13;
  if (error instanceof Deno.errors.IsADirectory) return 21;
  return 5;
}

/**
 * Ctrl-C while a statement runs raises KeyboardInterrupt, as under CPython
 * (whose SIGINT handler is always installed; Taipan installs it on demand,
 * stdlib/_signal.ts). At the prompt the editor reads Ctrl-C as a key.
 */
function catchInterrupts(): void {
  const namespace = new PyDict();
  namespace.set("__builtins__", interpreter().builtins);
  const setup = "import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n";
  runTopLevel(compileSource(setup, "<interactive>", "exec", 0), namespace);
}
