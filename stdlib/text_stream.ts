/**
 * The process's standard streams as Python objects (`sys.stdout` & co.) until
 * the io module exists: text `write`, `flush`, `fileno`, `isatty`, and
 * line/whole reads for stdin.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isStr, type PyStr, strFromJs, strLength, toJsString } from "../vm/objects/str_wide.ts";
import { flushStdout, writeStderr, writeStdout } from "../vm/runtime/stdio.ts";

export const textStreamType = makeBuiltinType("TextIOWrapper", undefined, { subclassable: false });
textStreamType.dict.set("__module__", "_io");

type Which = "stdin" | "stdout" | "stderr";

export class PyTextStream extends PyObject {
  pendingInput = "";
  inputDone = false;
  constructor(readonly name: string, readonly which: Which) {
    super(textStreamType);
  }
}

export function newTextStream(name: string, which: Which): PyTextStream {
  return new PyTextStream(name, which);
}

const decoder = new TextDecoder();

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/**
 * Write text as CPython's standard streams encode it: stdout is strict UTF-8
 * (a lone surrogate raises UnicodeEncodeError), stderr uses backslashreplace.
 */
export function writeToStream(which: "stdout" | "stderr", text: string): void {
  if (which === "stderr") {
    writeStderr(text.replace(LONE_SURROGATES, (unit) => "\\u" + unit.charCodeAt(0).toString(16)));
    return;
  }
  const match = LONE_SURROGATE.exec(text);
  if (match !== null) {
    const start = [...text.slice(0, match.index)].length;
    throw pyError(
      "UnicodeEncodeError",
      "utf-8",
      strFromJs(text),
      start,
      start + 1,
      "surrogates not allowed",
    );
  }
  writeStdout(text);
}

function readChunk(stream: PyTextStream): boolean {
  if (stream.inputDone) return false;
  const buffer = new Uint8Array(65536);
  const n = Deno.stdin.readSync(buffer);
  if (n === null || n === 0) {
    stream.inputDone = true;
    stream.pendingInput += decoder.decode();
    return false;
  }
  stream.pendingInput += decoder.decode(buffer.subarray(0, n), { stream: true });
  return true;
}

function requireReadable(stream: PyTextStream): void {
  if (stream.which !== "stdin") throw pyError("ValueError", "not readable");
}

defineNativeMethods(textStreamType, {
  write: ["s, /", (self: PyTextStream, text: PyValue) => {
    if (!isStr(text)) {
      throw pyError("TypeError", `write() argument must be str, not ${typeOf(text).name}`);
    }
    if (self.which === "stdin") throw pyError("ValueError", "not writable");
    const js = toJsString(text as PyStr);
    writeToStream(self.which, js);
    return strLength(text as PyStr);
  }],
  flush: ["", (self: PyTextStream) => {
    if (self.which === "stdout") flushStdout();
    return null;
  }],
  readline: ["size=-1, /", (self: PyTextStream) => {
    requireReadable(self);
    flushStdout();
    while (!self.pendingInput.includes("\n") && readChunk(self));
    const end = self.pendingInput.indexOf("\n");
    const line = end < 0 ? self.pendingInput : self.pendingInput.slice(0, end + 1);
    self.pendingInput = self.pendingInput.slice(line.length);
    return strFromJs(line);
  }],
  read: ["size=-1, /", (self: PyTextStream) => {
    requireReadable(self);
    while (readChunk(self));
    const all = self.pendingInput;
    self.pendingInput = "";
    return strFromJs(all);
  }],
  fileno: ["", (self: PyTextStream) => ({ stdin: 0, stdout: 1, stderr: 2 })[self.which]],
  isatty: [
    "",
    (self: PyTextStream) =>
      (self.which === "stdin" ? Deno.stdin : self.which === "stdout" ? Deno.stdout : Deno.stderr)
        .isTerminal(),
  ],
  writable: ["", (self: PyTextStream) => self.which !== "stdin"],
  readable: ["", (self: PyTextStream) => self.which === "stdin"],
  __repr__: [
    "",
    (self: PyTextStream) =>
      `<_io.TextIOWrapper name='${self.name}' mode='${
        self.which === "stdin" ? "r" : "w"
      }' encoding='utf-8'>`,
  ],
});
defineGetSets(textStreamType, {
  encoding: [() => "utf-8"],
  errors: [(self: PyTextStream) => self.which === "stderr" ? "backslashreplace" : "strict"],
  name: [(self: PyTextStream) => self.name],
  closed: [() => false],
});
