/**
 * Loading and starting the program named on the command line: read the
 * source, set up the interpreter, compile the source (a SyntaxError is
 * reported exactly as CPython reports it), and run it as __main__; or, for `-m` and for a directory or zip file
 * named as the script, let the import system find and run the `__main__`
 * module (vm/runtime/import/run_module.ts).
 */
import type { CommandLine } from "./args.ts";
import { syntaxWarningCount } from "../vm/runtime/compile_source.ts";
import { compileWithCache } from "../vm/runtime/import/cached_compile.ts";
import { PySyntaxError } from "../vm/compiler/errors.ts";
import { decodeSource } from "../vm/compiler/source_encoding.ts";
import { formatSyntaxErrorReport } from "../vm/runtime/syntax_error_report.ts";
import {
  type MainOptions,
  reportUncaught,
  runInMain,
  setInspectAfterRun,
  setUpInterpreter,
} from "../vm/runtime/run_main.ts";
import {
  inspectAfterProgram,
  inspectRequested,
  runInteractiveStdin,
  stdinIsInteractive,
} from "./repl_session.ts";
import { runModuleAsMain, runPathEntryAsMain } from "../vm/runtime/import/run_module.ts";
import { initialSearchPath, type ProgramPlace } from "../vm/runtime/import/search_path.ts";
import { archiveAt } from "../vm/runtime/import/file_source.ts";
import { toPyException } from "../vm/runtime/raise.ts";
import { intStrDigits } from "../vm/objects/int_text.ts";

type RunCommand = Extract<CommandLine, { kind: "run" }>;

export function runProgram(
  command: RunCommand,
  programName: string,
  stderr: (text: string) => void,
): number {
  const { program, flags } = command;
  if (program.kind === "stdin" && stdinIsInteractive(flags)) {
    return runInteractiveStdin(flags, mainOptions(command, programName));
  }
  // -i / PYTHONINSPECT: SystemExit is reported, then the prompt follows (cli/repl_session.ts).
  setInspectAfterRun(inspectRequested(flags));
  const status = runProgramOnce(command, programName, stderr);
  if (program.kind === "stdin") return status;
  return inspectAfterProgram(
    status,
    flags,
    mainOptions(command, programName),
    program.kind === "file",
  );
}

function runProgramOnce(
  command: RunCommand,
  programName: string,
  stderr: (text: string) => void,
): number {
  const { program, flags } = command;
  let source: Uint8Array;
  let filename: string;
  switch (program.kind) {
    case "code":
      source = new TextEncoder().encode(program.code);
      filename = "<string>";
      break;
    case "module":
      return runModuleAsMain(program.name, mainOptions(command, programName));
    case "stdin":
      source = readAll(Deno.stdin);
      filename = "<stdin>";
      break;
    case "file": {
      const absolute = program.path.startsWith("/")
        ? program.path
        : `${Deno.cwd()}/${program.path}`;
      try {
        if (Deno.statSync(program.path).isDirectory || archiveAt(absolute) !== null) {
          const options = mainOptions(command, programName, { kind: "path-entry", path: absolute });
          return runPathEntryAsMain(absolute, options);
        }
        source = Deno.readFileSync(program.path);
      } catch (error) {
        stderr(`${programName}: can't open file '${absolute}': ${describeOsError(error)}\n`);
        return 2;
      }
      filename = absolute;
      break;
    }
  }

  // CPython compiles the program once the interpreter (sys, site, the
  // warnings filters) is up: its compile-time warnings go through them.
  const globals = setUpInterpreter(filename, mainOptions(command, programName));
  let code;
  try {
    // A script is decoded as CPython's file reader does (its encoding errors, its messages).
    if (program.kind === "file") decodeSource(source, filename, "file");
    // Through the code cache like a module, but CPython compiles the program at
    // every run, so a program whose compiling printed SyntaxWarnings is not stored
    // (a cached one would run without printing them).
    const warnings = syntaxWarningCount();
    const bytes = source;
    const text = program.kind === "code" ? program.code : undefined;
    code = compileWithCache(
      { cached: bytes, bytes: () => bytes, text },
      filename,
      flags.optimize,
      () => sysFlags(flags).dont_write_bytecode === 0 && syntaxWarningCount() === warnings,
    );
  } catch (error) {
    if (error instanceof PySyntaxError && error.pyClass === "MemoryError") {
      stderr("MemoryError\n"); // the parser's stack limit: CPython raises a bare MemoryError
      return 1;
    }
    if (error instanceof PySyntaxError && error.lineno === 0) {
      stderr(`${error.pyClass}: ${error.msg}\n`); // no location: CPython prints the bare message
      return 1;
    }
    if (error instanceof PySyntaxError) {
      stderr(
        formatSyntaxErrorReport(withSourceText(error, program.kind === "file" ? source : null)),
      );
      return 1;
    }
    // Anything else (the compiler's recursion limit, an internal error) is
    // reported as the Python exception it stands for, never as a JS error.
    return reportUncaught(toPyException(error));
  }
  return runInMain(code, globals);
}

/**
 * sys.executable: the launcher as an absolute path, as CPython's getpath
 * computes it from argv[0] (searched on PATH when it has no slash).
 */
function executablePath(programName: string): string {
  if (programName.includes("/")) return absolutePath(programName);
  for (const directory of (Deno.env.get("PATH") ?? "").split(":")) {
    if (directory === "") continue;
    const candidate = `${directory}/${programName}`;
    try {
      if (Deno.statSync(candidate).isFile) return absolutePath(candidate);
    } catch {
      // not in this directory
    }
  }
  return programName;
}

/** os.path.abspath: joined to the current directory, `.` and `..` removed. */
function absolutePath(path: string): string {
  const parts: string[] = [];
  for (const part of (path.startsWith("/") ? path : `${Deno.cwd()}/${path}`).split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

function mainOptions(
  command: RunCommand,
  programName: string,
  place: ProgramPlace = placeOf(command.program),
): MainOptions {
  const { flags } = command;
  return {
    optimize: flags.optimize,
    unbuffered: flags.unbuffered,
    argv: command.argv,
    executable: executablePath(programName),
    flags: sysFlags(flags),
    warnOptions: flags.warnOptions,
    origArgv: [programName, ...command.args],
    xOptions: flags.xOptions,
    searchPath: initialSearchPath({
      program: place,
      stdlib: flags.stdlib,
      ignoreEnvironment: flags.ignoreEnvironment,
      safePath: flags.safePath,
    }),
  };
}

function placeOf(program: RunCommand["program"]): ProgramPlace {
  return program.kind === "file" ? { kind: "file", path: program.path } : { kind: program.kind };
}

/**
 * Errors found after parsing (symbol table, compiler) carry no source text;
 * CPython then reads the line from the file, which only a file program has.
 */
function withSourceText(error: PySyntaxError, source: Uint8Array | null): PySyntaxError {
  if (error.text !== null || source === null) return error;
  const line = decodeSource(source, error.filename).split(/\r\n|\r|\n/)[error.lineno - 1];
  if (line === undefined) return error;
  return new PySyntaxError(
    error.pyClass,
    error.msg,
    error.filename,
    error.lineno,
    error.offset,
    line + "\n",
    error.endLineno,
    error.endOffset,
  );
}

/** sys.flags, in CPython's field order. */
function sysFlags(flags: RunCommand["flags"]): Record<string, number> {
  return {
    debug: 0,
    inspect: inspectRequested(flags) ? 1 : 0,
    interactive: flags.inspect ? 1 : 0,
    optimize: flags.optimize,
    dont_write_bytecode: flags.dontWriteBytecode ||
        (!flags.ignoreEnvironment && (Deno.env.get("PYTHONDONTWRITEBYTECODE") ?? "") !== "")
      ? 1
      : 0,
    no_user_site: flags.noUserSite ? 1 : 0,
    no_site: flags.noSite ? 1 : 0,
    ignore_environment: flags.ignoreEnvironment ? 1 : 0,
    verbose: flags.verbose,
    bytes_warning: flags.bytesWarning,
    quiet: flags.quiet ? 1 : 0,
    hash_randomization: 1,
    isolated: flags.isolated ? 1 : 0,
    dev_mode: devModeRequested(flags) ? 1 : 0,
    utf8_mode: utf8Mode(flags),
    warn_default_encoding: 0,
    safe_path: flags.safePath ? 1 : 0,
    int_max_str_digits: configuredIntMaxStrDigits(flags),
  };
}

/** `-X dev` (with or without a value), else a non-empty PYTHONDEVMODE unless -E. */
function devModeRequested(flags: RunCommand["flags"]): boolean {
  if (flags.xOptions.some((x) => x === "dev" || x.startsWith("dev="))) return true;
  return !flags.ignoreEnvironment && (Deno.env.get("PYTHONDEVMODE") ?? "") !== "";
}

/**
 * sys.flags.utf8_mode as CPython decides it (PEP 540): `-X utf8[=0|1]`,
 * else PYTHONUTF8 (unless -E), else on exactly when the LC_CTYPE locale is
 * C or POSIX. locale.getpreferredencoding() reads it.
 */
function utf8Mode(flags: RunCommand["flags"]): number {
  for (const option of [...flags.xOptions].reverse()) {
    if (option === "utf8" || option === "utf8=1") return 1;
    if (option === "utf8=0") return 0;
  }
  const env = (name: string) => {
    const value = Deno.env.get(name);
    return value === undefined || value === "" ? undefined : value;
  };
  const setting = flags.ignoreEnvironment ? undefined : env("PYTHONUTF8");
  if (setting === "1") return 1;
  if (setting === "0") return 0;
  const ctype = env("LC_ALL") ?? env("LC_CTYPE") ?? env("LANG") ?? "C";
  return ctype === "C" || ctype === "POSIX" ? 1 : 0;
}

/**
 * -X int_max_str_digits=N, else PYTHONINTMAXSTRDIGITS (not under -E); -1 when
 * neither sets a valid limit, as sys.flags reports it. A configured limit
 * becomes sys.get_int_max_str_digits()'s starting value.
 */
function configuredIntMaxStrDigits(flags: RunCommand["flags"]): number {
  const option = flags.xOptions.findLast((x) => x.startsWith("int_max_str_digits="));
  const text = option !== undefined
    ? option.slice("int_max_str_digits=".length)
    : flags.ignoreEnvironment
    ? undefined
    : Deno.env.get("PYTHONINTMAXSTRDIGITS");
  const limit = text !== undefined && /^\d+$/.test(text) ? Number(text) : -1;
  if (limit !== 0 && limit < intStrDigits.threshold) return -1;
  intStrDigits.limit = limit;
  return limit;
}

function readAll(file: { readSync(p: Uint8Array): number | null }): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(65536);
    const n = file.readSync(chunk);
    if (n === null || n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

function describeOsError(error: unknown): string {
  if (error instanceof Deno.errors.NotFound) return "[Errno 2] No such file or directory";
  if (error instanceof Deno.errors.PermissionDenied) return "[Errno 13] Permission denied";
  if (error instanceof Deno.errors.IsADirectory) return "[Errno 21] Is a directory";
  return `[Errno 5] ${error instanceof Error ? error.message : String(error)}`;
}
