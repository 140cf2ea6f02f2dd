/**
 * Running a program as `__main__`: build the builtins and the main module,
 * execute the compiled module code, and turn its outcome into an exit status
 * the way CPython's pymain does — SystemExit's code, or a traceback on stderr
 * and status 1 for any other uncaught exception. Start-up also gives sys its
 * initial path (import/search_path.ts).
 */
import { configureJit } from "../../jit/options.ts";
import "./bootstrap.ts";
import type { PyValue } from "../objects/object.ts";
import type { CodeObject } from "../compiler/code.ts";
import { PyDict } from "../objects/dict.ts";
import { exceptionField, ExceptionType, PyBaseException } from "../objects/exceptions.ts";
import { getMappedAttribute } from "../objects/instance_map.ts";
import { PyList } from "../objects/list.ts";
import { strOf } from "../objects/str_convert.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import { typeOf } from "../objects/typeof.ts";
import { Frame } from "./frame.ts";
import { evalFrame } from "./eval.ts";
import { createBuiltins } from "./builtins_module.ts";
import { createSysModule } from "../../stdlib/sys.ts";
import { interpreter, setInterpreterState } from "./interpreter_state.ts";
import { intOperand } from "../objects/int_value.ts";
import { newTuple } from "../objects/tuple.ts";
import { builtinModuleNames, markBuiltin } from "./import/builtin_modules.ts";
import { importSettings } from "./import/settings.ts";
import { enableImportTime } from "./import/import_time.ts";
import { PyModule } from "./module.ts";
import { thread } from "./thread_state.ts";
import { installSiteBuiltins } from "./site_builtins.ts";
import { primeEvalLoop } from "./eval_primer.ts";
import { flushStdout, setUnbufferedStdout, writeStderr } from "./stdio.ts";
import { toPyException } from "./raise.ts";
import { suggestionFor } from "./suggestions.ts";
import { PyTraceback } from "./traceback.ts";
import { type ExceptionReport, formatException, type FrameReport } from "./traceback_format.ts";
import { sourceLine } from "./source_lines.ts";
import { POSITION_SIZE } from "../compiler/code.ts";
import { PyExceptionGroup } from "./types/exception_group.ts";
import { printException } from "../../stdlib/sys_interactive.ts";
import { initImportSystem } from "./import/meta_path.ts";
import { importAbsolute } from "./import/import_module.ts";
import { applyIoEncoding } from "../../stdlib/text_stream.ts";
import { enableFaulthandler } from "../../stdlib/faulthandler.ts";
import { devMode } from "./dev_mode.ts";

export interface MainOptions {
  optimize: number;
  unbuffered: boolean;
  /** sys.argv */
  argv: readonly string[];
  /** How the interpreter was invoked (sys.executable). */
  executable: string;
  /** sys.orig_argv: the command line as given; else sys.executable and sys.argv. */
  origArgv?: readonly string[];
  /** sys.flags fields. */
  flags: Record<string, number>;
  /** The initial sys.path (import/search_path.ts). */
  searchPath: readonly string[];
  /** `-W` options (sys.warnoptions) and `-X` options (sys._xoptions). */
  warnOptions: readonly string[];
  xOptions: readonly string[];
}

/**
 * Create builtins, sys (with the initial sys.path) and an empty __main__
 * module; returns __main__'s namespace.
 */
export function setUpInterpreter(filename: string | null, options: MainOptions): PyDict {
  setUnbufferedStdout(options.unbuffered);
  configureJit(options.xOptions, Deno.env.get("TAIPAN_JITLOG"));
  importSettings.optimize = Math.min(Math.max(options.optimize, 0), 2) as 0 | 1 | 2;
  if (importTimeRequested(options)) enableImportTime();
  const builtins = createBuiltins({ optimize: options.optimize });
  const sys = createSysModule({
    argv: options.argv,
    origArgv: options.origArgv ?? [options.executable, ...options.argv],
    executable: options.executable,
    optimize: options.optimize,
    flags: options.flags,
  });
  sys.dict.set("path", new PyList([...options.searchPath]));
  initImportSystem(sys.dict, options.searchPath.at(-1) ?? null);
  sys.dict.set("_stdlib_dir", options.searchPath.at(-1) ?? null);
  sys.dict.set("dont_write_bytecode", options.flags.dont_write_bytecode === 1);
  sys.dict.set("builtin_module_names", newTuple(builtinModuleNames()));
  // The development mode's "default" filter comes first: -W options override it.
  const warnOptions = options.flags.dev_mode === 1
    ? ["default", ...options.warnOptions]
    : options.warnOptions;
  devMode.enabled = options.flags.dev_mode === 1;
  if (devMode.enabled) enableFaulthandler(2);
  sys.dict.set("warnoptions", new PyList([...warnOptions]));
  sys.dict.set("_xoptions", xOptionsDict(options.xOptions));
  const modules = sys.dict.get("modules") as PyDict;
  setInterpreterState({ builtins, sys, modules });
  markBuiltin(builtins, "builtins");
  markBuiltin(sys, "sys");
  const globals = new PyDict();
  globals.set("__name__", "__main__");
  globals.set("__doc__", null);
  globals.set("__package__", null);
  globals.set("__loader__", null);
  globals.set("__spec__", null);
  globals.set("__annotations__", new PyDict());
  globals.set("__builtins__", builtins);
  if (filename !== null && !filename.startsWith("<")) globals.set("__file__", filename);
  modules.set("builtins", builtins);
  modules.set("sys", sys);
  modules.set("__main__", new PyModule("__main__", globals));
  const ioEncoding = options.flags.ignore_environment === 1
    ? undefined
    : Deno.env.get("PYTHONIOENCODING");
  if (ioEncoding) applyIoEncoding(sys.dict, ioEncoding);
  // With -W options CPython imports warnings at start-up (init_interp_main),
  // so that they apply from the first warning on, the program's compiling's too.
  primeEvalLoop(); // the eval loop's type feedback, before any other Python runs (eval_primer.ts)
  if (warnOptions.length > 0) importAbsolute("warnings");
  if (options.flags.no_site !== 1) {
    // CPython imports site before it puts the program's directory in front of
    // sys.path: a script's neighbour named os.py must not become site's os.
    const path = sys.dict.get("path") as PyList;
    const programEntry = options.flags.safe_path === 1 ? [] : path.items.splice(0, 1);
    try {
      installSiteBuiltins();
    } finally {
      path.items.unshift(...programEntry);
    }
  }
  return globals;
}

/** `-X importtime` (any value), else a non-empty PYTHONPROFILEIMPORTTIME unless -E. */
function importTimeRequested(options: MainOptions): boolean {
  if (options.xOptions.some((x) => x === "importtime" || x.startsWith("importtime="))) return true;
  return options.flags.ignore_environment !== 1 &&
    (Deno.env.get("PYTHONPROFILEIMPORTTIME") ?? "") !== "";
}

/** sys._xoptions: `-X name=value` maps name to value, a bare `-X name` to True. */
function xOptionsDict(options: readonly string[]): PyDict {
  const dict = new PyDict();
  for (const option of options) {
    const equals = option.indexOf("=");
    if (equals < 0) dict.set(option, true);
    else dict.set(option.slice(0, equals), option.slice(equals + 1));
  }
  return dict;
}

/** Run `code` in __main__'s namespace; returns the process exit status. */
export function runInMain(code: CodeObject, globals: PyDict): number {
  const builtins = interpreter().builtins;
  try {
    evalFrame(new Frame(code, globals, builtins.dict, globals, null));
    flushStdout();
    return 0;
  } catch (error) {
    return reportUncaught(toPyException(error));
  }
}

/** Exit status for an uncaught exception; prints it unless it is SystemExit. */
export function reportUncaught(exception: PyBaseException): number {
  if (exception.cls.isSubtypeOf(ExceptionType.SystemExit) && !inspectAfterRun) {
    return systemExitStatus(exception);
  }
  flushStdout();
  if (!interpreterReady()) {
    writeStderr(formatUncaught(exception));
    return 1;
  }
  try {
    printException(exception); // through sys.excepthook
  } catch (error) {
    return systemExitStatus(toPyException(error)); // the hook raised SystemExit
  }
  return 1;
}

let inspectAfterRun = false;

/**
 * `-i` / PYTHONINSPECT: the interactive prompt follows the program, so a
 * SystemExit does not end the process but is reported like any other
 * exception (CPython's handle_system_exit); the prompt turns it off again.
 */
export function setInspectAfterRun(value: boolean): void {
  inspectAfterRun = value;
}

function interpreterReady(): boolean {
  try {
    interpreter();
    return true;
  } catch {
    return false;
  }
}

/** The traceback report CPython prints for an uncaught `exception`. */
export function formatUncaught(exception: PyBaseException): string {
  return formatException(reportOf(exception, new Set()), sourceLine);
}

const exitHooks: (() => void)[] = [];

/** Run `hook` when the interpreter finishes (the atexit module registers its callbacks here). */
export function atInterpreterExit(hook: () => void): void {
  exitHooks.push(hook);
}

/** Interpreter shutdown after the program ended, as Py_FinalizeEx: exit hooks, then flushing. */
export function finalizeInterpreter(): void {
  for (const hook of exitHooks.splice(0)) hook();
  thread.finalizing = true;
  flushStdout();
}

function systemExitStatus(exception: PyBaseException): number {
  const code = exceptionField(exception, "code") ?? null;
  flushStdout();
  if (code === null) return 0;
  if (typeof code === "number") return code & 0xff;
  if (typeof code === "boolean") return code ? 1 : 0;
  writeStderr(toJsString(strOf(code)) + "\n");
  return 1;
}

function framesOf(exception: PyBaseException): FrameReport[] {
  const frames: FrameReport[] = [];
  for (let tb = exception.traceback; tb instanceof PyTraceback; tb = tb.next) {
    const code = tb.frame.code;
    const p = code.positions;
    const at = tb.instruction * POSITION_SIZE;
    const orNull = (n: number) => (n < 0 ? null : n);
    frames.push({
      filename: code.co_filename,
      lineno: p[at],
      endLineno: orNull(p[at + 1]),
      colOffset: orNull(p[at + 2]),
      endColOffset: orNull(p[at + 3]),
      name: code.co_name,
    });
  }
  const limit = tracebackLimit();
  return limit === undefined ? frames : frames.slice(Math.max(0, frames.length - limit));
}

/**
 * sys.tracebacklimit when it is an int: only the last that many entries are
 * shown (none, and no header, at 0 or below). Anything else means no limit.
 */
function tracebackLimit(): number | undefined {
  const limit = interpreter().sys.dict.get("tracebacklimit");
  if (limit === undefined) return undefined;
  const value = intOperand(limit); // bools and int subclasses count, as PyLong_Check

  if (value === undefined) return undefined;
  return Math.max(0, Number(value)); // a huge bigint becomes Infinity: no limit
}

function messageText(value: PyValue): string {
  return isStr(value) ? toJsString(value as PyStr) : toJsString(strOf(value));
}

function messageOf(exception: PyBaseException): string {
  try {
    return toJsString(strOf(exception));
  } catch {
    return "<exception str() failed>";
  }
}

function reportOf(exception: PyBaseException, seen: Set<PyBaseException>): ExceptionReport {
  seen.add(exception);
  const type = typeOf(exception);
  const module = type.isHeapType ? type.dict.get("__module__") : "builtins";
  const notes = getMappedAttribute(exception, "__notes__");
  const link = (other: PyBaseException | null) =>
    other === null || seen.has(other) ? null : reportOf(other, seen);
  return {
    typeModule: typeof module === "string" ? module : "builtins",
    typeQualname: type.qualname,
    message: messageOf(exception),
    notes: notes instanceof PyList
      ? notes.items.map((note: PyValue) =>
        isStr(note) ? toJsString(note as PyStr) : toJsString(strOf(note))
      )
      : null,
    frames: framesOf(exception),
    cause: link(exception.cause),
    context: link(exception.context),
    suppressContext: exception.suppressContext,
    group: exception instanceof PyExceptionGroup
      ? exception.exceptions.items.map((member) => reportOf(member as PyBaseException, seen))
      : null,
    syntax: syntaxDetails(exception),
    suggestion: suggestionFor(exception) ?? undefined,
  };
}

/** The location a SyntaxError carries, when it has one (CPython's parse_syntax_error). */
function syntaxDetails(exception: PyBaseException): ExceptionReport["syntax"] {
  if (!exception.cls.isSubtypeOf(ExceptionType.SyntaxError)) return undefined;
  const field = (name: string) => exceptionField(exception, name) ?? null;
  const lineno = field("lineno");
  if (typeof lineno !== "number") return undefined;
  const text = field("text");
  const filename = field("filename");
  const number = (
    value: PyValue,
    otherwise: number,
  ) => (typeof value === "number" ? value : otherwise);
  const offset = number(field("offset"), -1);
  const msg = field("msg");
  return {
    location: {
      // Printed as str(filename) (bytes too); only None shows as <string>.
      filename: filename === null ? "<string>" : messageText(filename),
      lineno,
      offset,
      text: isStr(text) ? toJsString(text as PyStr) : null,
      endLineno: number(field("end_lineno"), lineno),
      endOffset: number(field("end_offset"), -1),
    },
    msg: msg === null ? "" : toJsString(strOf(msg)),
    exact: exception.cls === ExceptionType.SyntaxError,
  };
}
