/**
 * The `_io` module (CPython's Modules/_io): the class hierarchy io.py
 * re-exports and `open()`, which is also `builtins.open`.
 *
 *   _IOBase ─┬─ _RawIOBase ── FileIO                        (io_fileio.ts, io_fd.ts)
 *            ├─ _BufferedIOBase ─┬─ BytesIO                 (io_bytesio.ts)
 *            │                   ├─ BufferedReader/Writer/Random (io_buffered.ts)
 *            │                   └─ BufferedRWPair          (io_rwpair.ts)
 *            └─ _TextIOBase ─┬─ StringIO                    (io_stringio.ts)
 *                            └─ TextIOWrapper               (io_textio*.ts)
 *   IncrementalNewlineDecoder                               (io_newline.ts)
 *
 * open() validates the mode string exactly as CPython does (its messages,
 * in its order), stacks FileIO, a Buffered object and a TextIOWrapper as the
 * mode asks, and closes what it opened if a later layer fails.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { nativeFunction, type PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { callObject } from "../vm/runtime/call.ts";
import { setAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addTypes, addValues, newModule } from "./module_helpers.ts";
import { bufferedIOBaseType, iobaseType, rawIOBaseType, textIOBaseType } from "./io_base.ts";
import {
  callMethod,
  DEFAULT_BUFFER_SIZE,
  intArgument,
  unsupportedOperationType,
} from "./io_common.ts";
import { fileIOType, fsPath, PyFileIO } from "./io_fileio.ts";
import { flushPendingOn } from "./io_textio_state.ts";
import { bytesIOType } from "./io_bytesio.ts";
import { stringIOType } from "./io_stringio.ts";
import { bufferedRandomType, bufferedReaderType, bufferedWriterType } from "./io_buffered.ts";
import { bufferedRWPairType } from "./io_rwpair.ts";
import { newlineDecoderType } from "./io_newline.ts";
import { textIOWrapperType } from "./io_textio.ts";
import { applyBuiltinDocs } from "../vm/runtime/builtin_docs.ts";

function optionalStr(value: PyValue, argument: string): void {
  if (value !== null && !isStr(value)) {
    throw pyError(
      "TypeError",
      `open() argument '${argument}' must be str or None, not ${typeOf(value).tpName}`,
    );
  }
}

function isNumber(value: PyValue): boolean {
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
    return true;
  }
  const type = typeOf(value);
  return type.lookup("__index__") !== undefined || type.lookup("__int__") !== undefined ||
    type.lookup("__float__") !== undefined;
}

interface OpenMode {
  creating: boolean;
  reading: boolean;
  writing: boolean;
  appending: boolean;
  updating: boolean;
  text: boolean;
  binary: boolean;
}

function parseOpenMode(mode: string): OpenMode {
  const seen = new Set<string>();
  for (const char of mode) {
    if (!"axrwb+t".includes(char) || seen.has(char)) {
      throw pyError("ValueError", `invalid mode: ${toJsString(reprOf(mode))}`);
    }
    seen.add(char);
  }
  const parsed: OpenMode = {
    creating: seen.has("x"),
    reading: seen.has("r"),
    writing: seen.has("w"),
    appending: seen.has("a"),
    updating: seen.has("+"),
    text: seen.has("t"),
    binary: seen.has("b"),
  };
  if (parsed.text && parsed.binary) {
    throw pyError("ValueError", "can't have text and binary mode at once");
  }
  const kinds = [parsed.creating, parsed.reading, parsed.writing, parsed.appending]
    .filter(Boolean).length;
  if (kinds > 1) {
    throw pyError("ValueError", "must have exactly one of create/read/write/append mode");
  }
  if (kinds === 0) {
    throw pyError(
      "ValueError",
      "Must have exactly one of create/read/write/append mode and at most one plus",
    );
  }
  return parsed;
}

function warnLineBufferingInBinary(): void {
  const warnings = importAbsolute("warnings");
  callObject(getAttribute(warnings, "warn"), [
    "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
    ExceptionType.RuntimeWarning,
  ], null);
}

export function ioOpen(
  fileValue: PyValue,
  modeValue: PyValue,
  bufferingValue: PyValue,
  encoding: PyValue,
  errors: PyValue,
  newline: PyValue,
  closefd: PyValue,
  opener: PyValue,
): PyValue {
  const file = isNumber(fileValue) ? fileValue : fsPath(fileValue);
  if (!isStr(modeValue)) {
    throw pyError(
      "TypeError",
      `open() argument 'mode' must be str, not ${typeOf(modeValue).tpName}`,
    );
  }
  let buffering = intArgument(bufferingValue);
  optionalStr(encoding, "encoding");
  optionalStr(errors, "errors");
  optionalStr(newline, "newline");
  const mode = toJsString(modeValue as PyStr);
  const parsed = parseOpenMode(mode);
  if (parsed.binary) {
    if (encoding !== null) {
      throw pyError("ValueError", "binary mode doesn't take an encoding argument");
    }
    if (errors !== null) throw pyError("ValueError", "binary mode doesn't take an errors argument");
    if (newline !== null) {
      throw pyError("ValueError", "binary mode doesn't take a newline argument");
    }
    if (buffering === 1) warnLineBufferingInBinary();
  }
  const rawMode = (parsed.creating ? "x" : "") + (parsed.reading ? "r" : "") +
    (parsed.writing ? "w" : "") + (parsed.appending ? "a" : "") + (parsed.updating ? "+" : "");
  const raw = callObject(fileIOType, [file, rawMode, closefd, opener], null);
  if (raw instanceof PyFileIO && raw.identity !== "") flushPendingOn(raw.identity);
  let result: PyValue = raw;
  try {
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && isTrue(callMethod(raw, "isatty")))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) {
      const blksize = getAttribute(raw, "_blksize");
      buffering = typeof blksize === "number" && blksize > 1 ? blksize : DEFAULT_BUFFER_SIZE;
    }
    if (buffering === 0) {
      if (parsed.binary) return result;
      throw pyError("ValueError", "can't have unbuffered text I/O");
    }
    const bufferType = parsed.updating
      ? bufferedRandomType
      : parsed.creating || parsed.writing || parsed.appending
      ? bufferedWriterType
      : bufferedReaderType;
    const buffer = callObject(bufferType, [raw, buffering], null);
    result = buffer;
    if (parsed.binary) return result;
    const text = callObject(
      textIOWrapperType,
      [buffer, textEncoding(encoding), errors, newline, lineBuffering],
      null,
    );
    result = text;
    setAttribute(text, "mode", modeValue);
    return result;
  } catch (error) {
    try {
      callMethod(result, "close");
    } catch {
      // the original error is the one to report
    }
    throw error;
  }
}

/** io.text_encoding: None means the locale encoding ("locale"), as CPython outside UTF-8 mode. */
function textEncoding(encoding: PyValue): PyValue {
  return encoding === null ? "locale" : encoding;
}

export const openFunction: PyBuiltinFunction = nativeFunction(
  "open",
  "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
  ioOpen,
);
openFunction.module = "io"; // CPython's _io module is defined under the name "io"

export function createIoModule(): PyModule {
  const module = newModule("_io");
  addValues(module, {
    DEFAULT_BUFFER_SIZE,
    BlockingIOError: ExceptionType.BlockingIOError,
    UnsupportedOperation: unsupportedOperationType(),
    open: openFunction,
    open_code: nativeFunction("open_code", "path", (path: PyValue) => {
      if (!isStr(path)) {
        throw pyError(
          "TypeError",
          `open_code() argument 'path' must be str, not ${typeOf(path).tpName}`,
        );
      }
      return ioOpen(path, "rb", -1, null, null, null, true, null);
    }),
    text_encoding: nativeFunction(
      "text_encoding",
      "encoding, stacklevel=2, /",
      (encoding: PyValue) => textEncoding(encoding),
    ),
  });
  for (const name of ["open_code", "text_encoding"]) {
    (module.dict.get(name) as PyBuiltinFunction).module = "io";
  }
  addTypes(module, [
    iobaseType,
    rawIOBaseType,
    bufferedIOBaseType,
    textIOBaseType,
    fileIOType,
    bytesIOType,
    stringIOType,
    bufferedReaderType,
    bufferedWriterType,
    bufferedRandomType,
    bufferedRWPairType,
    newlineDecoderType,
    textIOWrapperType,
  ]);
  applyBuiltinDocs("_io", module.dict);
  return module;
}
