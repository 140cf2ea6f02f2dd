/**
 * `_io.FileIO`: raw, unbuffered binary I/O on a kernel file descriptor
 * (stdlib/io_fd.ts). Mode parsing, the name/closefd/opener rules, the
 * directory check after open, append mode's initial seek to the end, and the
 * error messages are CPython's fileio.c behaviour.
 */
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { callObject } from "../vm/runtime/call.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { getAttribute, setAttribute } from "../vm/runtime/attributes.ts";
import { rawIOBaseType } from "./io_base.ts";
import {
  allocateBytes,
  callMethod,
  closedFileError,
  DEFAULT_BUFFER_SIZE,
  intArgument,
  joinBytes,
  newBytes,
  plainConstructor,
  PyIOObject,
  signatureInitializer,
  sizeArgument,
  unsupported,
  writableBuffer,
} from "./io_common.ts";
import {
  EISDIR,
  fdClose,
  fdIsatty,
  fdOpen,
  fdRead,
  fdSeek,
  fdStat,
  fdTruncate,
  fdWrite,
  isDirectoryMode,
  negativeFd,
  O_APPEND,
  O_CLOEXEC,
  O_CREAT,
  O_EXCL,
  O_RDONLY,
  O_RDWR,
  O_TRUNC,
  O_WRONLY,
  osError,
} from "./io_fd.ts";
import { expectBuffer } from "../vm/objects/buffer.ts";

export const fileIOType = makeBuiltinType("FileIO", rawIOBaseType);

export class PyFileIO extends PyIOObject {
  fd = -1;
  readable = false;
  writable = false;
  appending = false;
  created = false;
  closefd = true;
  /** -1 unknown, else 0/1 (learned from the first lseek, as CPython). */
  seekable = -1;
  blksize = 0;
  finalizing = false;
  /** The file's st_dev:st_ino. */
  identity = "";
}

const closedMessage = "I/O operation on closed file";

function open(self: PyFileIO): PyFileIO {
  if (self.fd < 0) throw closedFileError(closedMessage);
  return self;
}

interface ParsedMode {
  flags: number;
  readable: boolean;
  writable: boolean;
  appending: boolean;
  created: boolean;
}

const EXACTLY_ONE = "Must have exactly one of create/read/write/append mode and at most one plus";

function parseMode(mode: string): ParsedMode {
  let rwa = false;
  let plus = false;
  const parsed: ParsedMode = {
    flags: 0,
    readable: false,
    writable: false,
    appending: false,
    created: false,
  };
  for (const char of mode) {
    switch (char) {
      case "x":
      case "r":
      case "w":
      case "a":
        if (rwa) throw pyError("ValueError", EXACTLY_ONE);
        rwa = true;
        if (char === "x") {
          parsed.created = parsed.writable = true;
          parsed.flags |= O_EXCL | O_CREAT;
        } else if (char === "r") parsed.readable = true;
        else if (char === "w") {
          parsed.writable = true;
          parsed.flags |= O_CREAT | O_TRUNC;
        } else {
          parsed.writable = parsed.appending = true;
          parsed.flags |= O_APPEND | O_CREAT;
        }
        break;
      case "+":
        if (plus) throw pyError("ValueError", EXACTLY_ONE);
        parsed.readable = parsed.writable = plus = true;
        break;
      case "b":
        break;
      default:
        throw pyError("ValueError", `invalid mode: ${mode}`);
    }
  }
  if (!rwa) throw pyError("ValueError", EXACTLY_ONE);
  parsed.flags |= parsed.readable && parsed.writable
    ? O_RDWR
    : parsed.readable
    ? O_RDONLY
    : O_WRONLY;
  return parsed;
}

/** os.fspath for a file argument; TypeError as CPython's PyUnicode_FSConverter. */
export function fsPath(value: PyValue): PyValue {
  if (isStr(value) || value instanceof PyBytes) return value;
  if (value instanceof PyBoxedStr) return value.value; // a str subclass (pdb's _ScriptTarget)
  const method = typeOf(value).lookup("__fspath__");
  if (method === undefined) {
    throw pyError(
      "TypeError",
      `expected str, bytes or os.PathLike object, not ${typeOf(value).tpName}`,
    );
  }
  const result = callObject(getAttribute(value, "__fspath__"), [], null);
  if (isStr(result) || result instanceof PyBytes) return result;
  throw pyError(
    "TypeError",
    `expected ${typeOf(value).tpName}.__fspath__() to return str or bytes, not ${
      typeOf(result).tpName
    }`,
  );
}

function encodedPath(path: PyValue): Uint8Array {
  const bytes = path instanceof PyBytes
    ? path.bytes
    : strEncode(path as PyStr, "utf-8", "surrogateescape").bytes;
  if (bytes.includes(0)) {
    throw pyError("ValueError", "embedded null byte");
  }
  return bytes;
}

/** FileIO.__init__ (the work of fileio_init). */
export function initFileIO(
  self: PyFileIO,
  file: PyValue,
  modeValue: PyValue,
  closefd: PyValue,
  opener: PyValue,
): void {
  if (self.fd >= 0) {
    if (self.closefd) fdClose(self.fd);
    self.fd = -1;
  }
  if (!isStr(modeValue)) {
    throw pyError(
      "TypeError",
      `FileIO() argument 'mode' must be str, not ${typeOf(modeValue).tpName}`,
    );
  }
  let fd = -1;
  let path: PyValue = null;
  if (typeof file === "number" || typeof file === "boolean" || typeof file === "bigint") {
    fd = intArgument(file);
    if (fd < 0) throw negativeFd();
  } else {
    path = fsPath(file);
  }
  const mode = parseMode(toJsString(modeValue as PyStr));
  Object.assign(self, {
    readable: mode.readable,
    writable: mode.writable,
    appending: mode.appending,
    created: mode.created,
    seekable: -1,
    blksize: 0,
  });
  const flags = mode.flags | O_CLOEXEC;
  if (fd >= 0) {
    self.closefd = isTrue(closefd);
  } else {
    self.closefd = true;
    if (!isTrue(closefd)) throw pyError("ValueError", "Cannot use closefd=False with file name");
    if (opener === null) {
      fd = fdOpen(encodedPath(path), flags, 0o666, file);
    } else {
      const result = callObject(opener, [file, flags], null);
      if (typeof result !== "number") throw pyError("TypeError", "expected integer from opener");
      if (result < 0) throw pyError("ValueError", `opener returned ${result}`);
      fd = result;
    }
  }
  self.fd = fd;
  try {
    const stat = fdStat(fd);
    if (isDirectoryMode(stat.mode)) throw osError(EISDIR, file);
    if (stat.blksize > 1) self.blksize = stat.blksize;
    self.identity = stat.identity;
  } catch (error) {
    if (path !== null || opener !== null) fdClose(fd);
    self.fd = -1;
    throw error;
  }
  if (self.blksize === 0) self.blksize = DEFAULT_BUFFER_SIZE;
  setAttribute(self, "name", file);
  if (self.appending) {
    // For consistent behaviour, explicitly seek to the end of file (as CPython).
    try {
      fdSeek(fd, 0, 2);
    } catch {
      // not seekable (a pipe opened for appending): that is fine
    }
  }
}

plainConstructor(fileIOType, (cls: PyType) => new PyFileIO(cls));
signatureInitializer(
  fileIOType,
  "FileIO",
  "file, mode='r', closefd=True, opener=None",
  initFileIO,
);

/** FileIO.read / readall. */
export function fileRead(self: PyFileIO, size: number): PyValue {
  open(self);
  if (!self.readable) throw unsupported("File not open for reading");
  if (size < 0) return fileReadall(self);
  const buffer = allocateBytes(size);
  const n = fdRead(self.fd, buffer);
  if (n < 0) return null;
  return newBytes(n === size ? buffer : buffer.slice(0, n));
}

export function fileReadall(self: PyFileIO): PyValue {
  open(self);
  let sizeHint = DEFAULT_BUFFER_SIZE;
  try {
    const stat = fdStat(self.fd);
    const position = fdSeek(self.fd, 0, 1);
    if (stat.size >= position && stat.size - position + 1 > 0) sizeHint = stat.size - position + 1;
  } catch {
    // not a regular file: grow as we go
  }
  const chunks: Uint8Array[] = [];
  for (;;) {
    const chunk = new Uint8Array(Math.max(sizeHint, DEFAULT_BUFFER_SIZE));
    const n = fdRead(self.fd, chunk);
    if (n < 0) {
      if (chunks.length === 0) return null;
      break;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    sizeHint = DEFAULT_BUFFER_SIZE * 8;
  }
  return newBytes(chunks.length === 0 ? new Uint8Array(0) : joinBytes(chunks).slice());
}

export function fileWrite(self: PyFileIO, data: Uint8Array): PyValue {
  open(self);
  if (!self.writable) throw unsupported("File not open for writing");
  const n = fdWrite(self.fd, data);
  return n < 0 ? null : n;
}

function fileSeek(self: PyFileIO, position: PyValue, whenceValue: PyValue): number {
  open(self);
  if (typeof position === "object" && position !== null && typeOf(position).name === "float") {
    throw pyError("TypeError", "an integer is required");
  }
  const offset = intArgument(position);
  const whence = intArgument(whenceValue);
  try {
    const result = fdSeek(self.fd, offset, whence);
    if (self.seekable < 0) self.seekable = 1;
    return result;
  } catch (error) {
    if (self.seekable < 0) self.seekable = 0;
    throw error;
  }
}

export function fileClose(self: PyFileIO): PyValue {
  let failure: unknown = null;
  try {
    // _IOBase.close: flush (which only checks closed) and mark closed.
    if (!self.iobaseClosed) self.iobaseClosed = true;
  } catch (error) {
    failure = error;
  }
  if (self.fd >= 0) {
    const fd = self.fd;
    self.fd = -1;
    if (self.closefd) fdClose(fd);
  }
  if (failure !== null) throw failure;
  return null;
}

function modeString(self: PyFileIO): string {
  if (self.created) return self.readable ? "xb+" : "xb";
  if (self.appending) return self.readable ? "ab+" : "ab";
  if (self.readable) return self.writable ? "rb+" : "rb";
  return "wb";
}

export function fileRepr(self: PyFileIO): string {
  const type = typeOf(self);
  const typeName = type.isHeapType ? type.name : "_io.FileIO";
  if (self.fd < 0) return `<${typeName} [closed]>`;
  const mode = modeString(self);
  const closefd = self.closefd ? "True" : "False";
  let name: PyValue;
  try {
    name = getAttribute(self, "name");
  } catch {
    return `<${typeName} fd=${self.fd} mode='${mode}' closefd=${closefd}>`;
  }
  return `<${typeName} name=${toJsString(reprOf(name))} mode='${mode}' closefd=${closefd}>`;
}

defineNativeMethods(fileIOType, {
  read: ["size=-1, /", (self: PyFileIO, size: PyValue) => fileRead(self, sizeArgument(size))],
  readall: ["", fileReadall],
  readinto: ["buffer, /", (self: PyFileIO, target: PyValue) => {
    open(self);
    if (!self.readable) throw unsupported("File not open for reading");
    const into = writableBuffer(target, "readinto");
    const n = fdRead(self.fd, into);
    return n < 0 ? null : n;
  }],
  write: ["b, /", (self: PyFileIO, data: PyValue) => {
    open(self);
    return fileWrite(self, expectBuffer(data));
  }],
  seek: ["pos, whence=0, /", fileSeek],
  tell: ["", (self: PyFileIO) => fdSeek(open(self).fd, 0, 1)],
  truncate: ["size=None, /", (self: PyFileIO, sizeValue: PyValue) => {
    open(self);
    if (!self.writable) throw unsupported("File not open for writing");
    const size = sizeValue === null ? fdSeek(self.fd, 0, 1) : intArgument(sizeValue);
    fdTruncate(self.fd, size);
    return size;
  }],
  seekable: ["", (self: PyFileIO) => {
    open(self);
    if (self.seekable < 0) {
      try {
        fdSeek(self.fd, 0, 1);
        self.seekable = 1;
      } catch {
        self.seekable = 0;
      }
    }
    return self.seekable === 1;
  }],
  readable: ["", (self: PyFileIO) => open(self).readable],
  writable: ["", (self: PyFileIO) => open(self).writable],
  fileno: ["", (self: PyFileIO) => open(self).fd],
  isatty: ["", (self: PyFileIO) => fdIsatty(open(self).fd)],
  close: ["", (self: PyFileIO) => {
    // A Python subclass may extend flush(): _IOBase.close calls it first.
    if (self.cls !== fileIOType && !self.iobaseClosed) callMethod(self, "flush");
    return fileClose(self);
  }],
  _dealloc_warn: ["source, /", () => null],
  __repr__: ["", fileRepr],
});
defineGetSets(fileIOType, {
  closed: [(self: PyFileIO) => self.fd < 0],
  closefd: [(self: PyFileIO) => self.closefd],
  mode: [(self: PyFileIO) => modeString(self)],
  _blksize: [(self: PyFileIO) => self.blksize],
  _finalizing: [(self: PyFileIO) => self.finalizing],
});
