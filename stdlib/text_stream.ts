/**
 * The process's standard streams as CPython creates them (create_stdio in
 * pylifecycle.c): `sys.stdin/stdout/stderr` are `_io.TextIOWrapper`s over
 * `BufferedReader/BufferedWriter(FileIO(fd, closefd=False))`, newline "\n",
 * encoding utf-8. stdout is line buffered only on a terminal; stderr always
 * is, with errors=backslashreplace. stdin and stdout use surrogateescape in
 * the C/POSIX locale and its UTF-8 coercion targets, strict otherwise. With
 * -u, stdout and stderr write through to an unbuffered FileIO.
 * PYTHONIOENCODING ("encoding[:errors]", unless -E) is applied once the
 * import system can load codecs (applyIoEncoding): its encoding to all
 * three streams, its error handler to stdin and stdout.
 *
 * The interpreter's own output (tracebacks, exit flushing) reaches these
 * objects through the backend installed into vm/runtime/stdio.ts, so it
 * stays ordered with what the program wrote.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { isStr, strCodePointAt, strFromJs, strLength, strSlice } from "../vm/objects/str_wide.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute, setAttribute } from "../vm/runtime/attributes.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { installStdioBackend, stdoutUnbuffered } from "../vm/runtime/stdio.ts";
import { callMethod } from "./io_common.ts";
import { fileIOType } from "./io_fileio.ts";
import { bufferedReaderType, bufferedWriterType, flushDirtyWriters } from "./io_buffered.ts";
import { PyTextIOWrapper, textFlush, textIOWrapperType, textWrite } from "./io_textio.ts";
import { dirtyTextWrappers, writeFlush } from "./io_textio_state.ts";
import { fdIsatty, fdWrite } from "./io_fd.ts";

type Which = "stdin" | "stdout" | "stderr";

const FD: Record<Which, number> = { stdin: 0, stdout: 1, stderr: 2 };

/** CPython's config_get_stdio_errors for stdin/stdout. */
function stdioErrors(): string {
  const locale = Deno.env.get("LC_ALL") || Deno.env.get("LC_CTYPE") || Deno.env.get("LANG") ||
    "C";
  const legacy = ["C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"];
  return legacy.includes(locale) ? "surrogateescape" : "strict";
}

/** sys.stdin, sys.stdout or sys.stderr (`name` is "<stdout>" & co.). */
export function newTextStream(name: string, which: Which): PyValue {
  const fd = FD[which];
  const reading = which === "stdin";
  const unbuffered = !reading && stdoutUnbuffered();
  const raw = callObject(fileIOType, [fd, reading ? "rb" : "wb", false], null);
  setAttribute(raw, "name", name);
  const buffer = unbuffered
    ? raw
    : callObject(reading ? bufferedReaderType : bufferedWriterType, [raw, 8192], null);
  const lineBuffering = !unbuffered && !reading && (which === "stderr" || fdIsatty(fd));
  const stream = callObject(textIOWrapperType, [
    buffer,
    "utf-8",
    which === "stderr" ? "backslashreplace" : stdioErrors(),
    "\n",
    lineBuffering,
    unbuffered,
  ], null);
  setAttribute(stream, "mode", reading ? "r" : "w");
  installStdioBackend(backend);
  return stream;
}

/** PYTHONIOENCODING: reconfigure the standard streams (config_init_stdio_encoding). */
export function applyIoEncoding(sys: PyDict, setting: string): void {
  const colon = setting.indexOf(":");
  let encoding: PyValue = colon < 0 ? setting : setting.slice(0, colon);
  // An encoding without an error handler means "strict" ("latin1" is "latin1:strict").
  const errors = colon >= 0 && colon + 1 < setting.length
    ? setting.slice(colon + 1)
    : encoding !== ""
    ? "strict"
    : "";
  // config_get_codec_name: the codec's own name ("latin-1" is "iso8859-1").
  if (encoding !== "") {
    const lookup = getAttribute(importAbsolute("codecs"), "lookup");
    encoding = getAttribute(callObject(lookup, [encoding], null), "name");
  }
  for (const which of ["stdin", "stdout", "stderr"] as const) {
    const stream = sys.getStr(which);
    if (stream === undefined || stream === null) continue;
    const streamErrors = which === "stderr" || errors === ""
      ? getAttribute(stream, "errors")
      : errors;
    const current = getAttribute(stream, "encoding");
    callObject(
      getAttribute(stream, "reconfigure"),
      [encoding === "" ? current : encoding, streamErrors],
      ["encoding", "errors"],
    );
  }
}

function sysStream(name: "stdout" | "stderr"): PyValue | undefined {
  try {
    return interpreter().sys.dict.get(name);
  } catch {
    return undefined;
  }
}

function flushStream(stream: PyValue | undefined): void {
  if (stream === undefined || stream === null) return;
  try {
    if (stream instanceof PyTextIOWrapper && stream.cls === textIOWrapperType) {
      if (stream.initialised && !getClosed(stream)) textFlush(stream);
    } else callMethod(stream, "flush");
  } catch {
    // CPython reports a failing flush at exit; the output is lost either way
  }
}

function getClosed(stream: PyValue): boolean {
  return getAttribute(stream, "closed") === true;
}

const encoder = new TextEncoder();

function writeRaw(text: string): void {
  const bytes = encoder.encode(text);
  for (let at = 0; at < bytes.length;) {
    const n = fdWrite(2, bytes.subarray(at));
    if (n <= 0) return;
    at += n;
  }
}

const backend = {
  /** Flush sys.stdout, sys.stderr and every file with unwritten data (exit, before tracebacks). */
  flush(): void {
    flushStream(sysStream("stdout"));
    flushStream(sysStream("stderr"));
    for (const wrapper of [...dirtyTextWrappers]) {
      try {
        writeFlush(wrapper);
      } catch {
        dirtyTextWrappers.delete(wrapper);
      }
    }
    flushDirtyWriters();
  },
  /** Interpreter messages (tracebacks) go to sys.stderr, as PyErr_Display writes them. */
  writeStderr(text: string): void {
    const stream = sysStream("stderr");
    if (stream === undefined || stream === null) {
      writeRaw(text);
      return;
    }
    try {
      if (stream instanceof PyTextIOWrapper && stream.cls === textIOWrapperType) {
        textWrite(stream, strFromJs(text));
        textFlush(stream);
      } else {
        callMethod(stream, "write", strFromJs(text));
        callMethod(stream, "flush");
      }
    } catch {
      writeRaw(text);
    }
  },
};

function flushIgnoringErrors(stream: PyValue): void {
  try {
    callMethod(stream, "flush");
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
}

/** builtins.input: prompt on sys.stdout, one line from sys.stdin without its newline. */
export const inputFunction = nativeFunction("input", "prompt='', /", (prompt: PyValue) => {
  const sys = interpreter().sys.dict;
  const stdin = sys.get("stdin") ?? null;
  const stdout = sys.get("stdout") ?? null;
  if (stdin === null) throw pyError("RuntimeError", "input(): lost sys.stdin");
  if (stdout === null) throw pyError("RuntimeError", "input(): lost sys.stdout");
  const stderr = sys.get("stderr") ?? null;
  // builtin_input ignores errors of these flushes (a stream may have no flush()).
  if (stderr !== null) flushIgnoringErrors(stderr);
  const text = strOf(prompt);
  if (strLength(text) > 0) callMethod(stdout, "write", text);
  flushIgnoringErrors(stdout);
  // PyFile_GetLine: a str or bytes line, its trailing newline dropped.
  const line = callMethod(stdin, "readline");
  if (line instanceof PyBytes) {
    const bytes = line.bytes;
    if (bytes.length === 0) throw pyError("EOFError", "EOF when reading a line");
    return bytes[bytes.length - 1] === 0x0a ? new PyBytes(bytes.slice(0, -1)) : line;
  }
  if (!isStr(line)) throw pyError("TypeError", "object.readline() returned non-string");
  const length = strLength(line);
  if (length === 0) throw pyError("EOFError", "EOF when reading a line");
  return strCodePointAt(line, length - 1) === 0x0a ? strSlice(line, 0, length - 1) : line;
});
