/**
 * `_io.TextIOWrapper`: text over a buffered binary stream. Writing
 * translates "\n" to the `newline` given, encodes, and keeps the bytes
 * pending until a chunk's worth has gathered (or a newline arrives with
 * line_buffering, or always with write_through). Reading decodes a chunk at
 * a time through the codec decoder and the universal-newline translator
 * (io_textio_state.ts); readline finds line ends across chunk boundaries.
 * tell()/seek() are io_textio_seek.ts.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import {
  isStr,
  type PyStr,
  strConcat,
  strConcatAll,
  strFromJs,
  strLength,
  strSlice,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { checkEncodingErrors } from "../vm/objects/str_encode.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import {
  callMethod,
  intArgument,
  plainConstructor,
  signatureInitializer,
  sizeArgument,
  unsupported,
} from "./io_common.ts";
import { textCodec } from "./io_codecs.ts";
import { checkNewlineArgument, findLineEnding, NewlineTranslator } from "./io_newline.ts";
import {
  attached,
  bufferFlush,
  checkOpen,
  DecoderChain,
  dirtyTextWrappers,
  nativeBufferOf,
  PyTextIOWrapper,
  readChunk,
  requireDecoder,
  setDecodedChars,
  takeDecodedChars,
  textClosed,
  textIOWrapperType,
  writeFlush,
} from "./io_textio_state.ts";
import { textSeek, textTell } from "./io_textio_seek.ts";

export { PyTextIOWrapper, textIOWrapperType };

/** The encoding `encoding=None` means: the locale's, UTF-8 here as on CPython's UTF-8 locales. */
export const LOCALE_ENCODING = "UTF-8";

function strOrNone(value: PyValue, argument: string): PyStr | null {
  if (value === null) return null;
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `TextIOWrapper() argument '${argument}' must be str or None, not ${typeOf(value).tpName}`,
    );
  }
  return value;
}

function setNewline(self: PyTextIOWrapper, newline: PyStr | null): void {
  const nl = newline === null ? null : toJsString(newline);
  self.readUniversal = nl === null || nl === "";
  self.readTranslate = nl === null;
  self.readnl = nl;
  self.writeTranslate = nl !== "";
  self.writenl = !self.readUniversal && nl !== null && nl !== "\n" ? nl : null;
}

/** Decoder and encoder for the current encoding, errors and newline settings. */
function setCodec(self: PyTextIOWrapper, encoding: PyStr, errors: PyStr): void {
  const codec = textCodec(encoding);
  const errorsName = toJsString(errors);
  self.codec = codec;
  self.encodingName = codec.name;
  self.errors = errors;
  self.decoder = null;
  self.encoder = null;
  if (isTrue(callMethod(self.buffer, "readable"))) {
    const translator = self.readUniversal ? new NewlineTranslator(self.readTranslate) : null;
    self.decoder = new DecoderChain(codec.decoder(errorsName), translator);
  }
  if (isTrue(callMethod(self.buffer, "writable"))) {
    self.encoder = codec.encoder(errorsName);
    const normal = codec.name.toLowerCase().replaceAll("_", "-");
    // A primitive JS string holds no surrogates: its UTF-8 form cannot fail, whatever the handler.
    self.deferEncoding = normal === "utf-8" || normal === "utf8";
    if (self.seekable) {
      // Not at the start of the stream: the encoder must not write a BOM again.
      const position = callMethod(self.buffer, "tell");
      if (position !== 0) self.encoder.setStateZero();
    }
  }
}

function initTextIOWrapper(
  self: PyTextIOWrapper,
  buffer: PyValue,
  encodingValue: PyValue,
  errorsValue: PyValue,
  newlineValue: PyValue,
  lineBuffering: PyValue,
  writeThrough: PyValue,
): void {
  self.initialised = false;
  self.detached = false;
  let encoding = strOrNone(encodingValue, "encoding");
  const errors = strOrNone(errorsValue, "errors") ?? "strict";
  if (errorsValue !== null) checkEncodingErrors(null, toJsString(errors)); // io_check_errors
  checkNewlineArgument(newlineValue, "TextIOWrapper", false);
  if (encoding === null || toJsString(encoding) === "locale") encoding = LOCALE_ENCODING;
  if (toJsString(encoding).includes("\0")) throw pyError("ValueError", "embedded null character");
  self.buffer = buffer;
  self.nativeBuffer = nativeBufferOf(buffer);
  setNewline(self, newlineValue as PyStr | null);
  self.lineBuffering = isTrue(lineBuffering);
  self.writeThrough = isTrue(writeThrough);
  self.seekable = self.telling = isTrue(callMethod(buffer, "seekable"));
  try {
    getAttribute(buffer, "read1");
    self.hasRead1 = true;
  } catch {
    self.hasRead1 = false;
  }
  self.pending = [];
  self.pendingCount = 0;
  setDecodedChars(self, "");
  self.snapshot = null;
  setCodec(self, encoding, errors);
  self.initialised = true;
}

/** TextIOWrapper.write (print's path to sys.stdout). */
export function textWrite(self: PyTextIOWrapper, value: PyValue): number {
  attached(self);
  checkOpen(self);
  if (self.encoder === null) throw unsupported("not writable");
  if (!isStr(value)) {
    throw pyError("TypeError", `write() argument must be str, not ${typeOf(value).tpName}`);
  }
  let text: PyStr = value;
  const length = strLength(text);
  let js = typeof text === "string" ? text : null;
  const hasLF = (self.writeTranslate || self.lineBuffering) &&
    (js ?? toJsString(text)).includes("\n");
  if (hasLF && self.writeTranslate && self.writenl !== null) {
    js = toJsString(text).replaceAll("\n", self.writenl);
    text = strFromJs(js);
  }
  const needFlush = self.lineBuffering &&
    (hasLF || (typeof text === "string" ? text : toJsString(text)).includes("\r"));
  if (self.deferEncoding && typeof text === "string") {
    self.pending.push(text);
    self.pendingCount += text.length;
  } else {
    const bytes = self.encoder.encode(text);
    self.pending.push(bytes);
    self.pendingCount += bytes.length;
  }
  if (self.pendingCount >= self.chunkSize || needFlush || self.writeThrough) writeFlush(self);
  else dirtyTextWrappers.add(self);
  if (needFlush) bufferFlush(self);
  if (self.snapshot !== null || strLength(self.decodedChars) > 0) {
    setDecodedChars(self, "");
    self.snapshot = null;
  }
  self.decoder?.reset();
  return length;
}

export function textFlush(self: PyTextIOWrapper): void {
  attached(self);
  checkOpen(self);
  self.telling = self.seekable;
  writeFlush(self);
  bufferFlush(self);
}

function textRead(self: PyTextIOWrapper, sizeValue: PyValue): PyStr {
  attached(self);
  const size = sizeArgument(sizeValue);
  checkOpen(self);
  const decoder = requireDecoder(self);
  writeFlush(self);
  if (size < 0) {
    const data = self.nativeBuffer !== null
      ? callMethod(self.nativeBuffer, "read")
      : callMethod(self.buffer, "read");
    if (data !== null && !(data instanceof PyBytes)) {
      throw pyError(
        "TypeError",
        `underlying read() should have returned a bytes object, not '${typeOf(data).tpName}'`,
      );
    }
    const rest = decoder.decode(data === null ? new Uint8Array(0) : data.bytes, true);
    const result = strConcat(takeDecodedChars(self, -1), rest);
    setDecodedChars(self, "");
    self.snapshot = null;
    return result;
  }
  const parts: PyStr[] = [takeDecodedChars(self, size)];
  let remaining = size - strLength(parts[0]);
  while (remaining > 0) {
    if (!readChunk(self, remaining)) {
      parts.push(takeDecodedChars(self, remaining));
      break;
    }
    const part = takeDecodedChars(self, remaining);
    parts.push(part);
    remaining -= strLength(part);
  }
  return strConcatAll(parts);
}

/**
 * TextIOWrapper.readline, step for step CPython's _textiowrapper_readline:
 * search the decoded characters for a line ending; without one, set aside
 * what can be (all but a possible first half of the ending), decode more,
 * and search again with the held-back part prepended. `limit` counts the
 * characters returned.
 */
export function textReadline(self: PyTextIOWrapper, limit: number): PyStr {
  attached(self);
  checkOpen(self);
  writeFlush(self);
  requireDecoder(self);
  const readnl = self.readnl ?? "\n";
  const chunks: PyStr[] = [];
  let chunked = 0;
  let remaining: PyStr | null = null;
  let line: PyStr | null = null;
  let start = 0;
  let endpos = 0;
  let offsetToBuffer = 0;
  for (;;) {
    let more = true;
    while (strLength(self.decodedChars) === 0) {
      more = readChunk(self, 0);
      if (!more) break;
    }
    if (!more && strLength(self.decodedChars) === 0) {
      setDecodedChars(self, "");
      self.snapshot = null;
      start = endpos = offsetToBuffer = 0;
      break;
    }
    if (remaining === null) {
      line = self.decodedChars;
      start = self.decodedCharsUsed;
      offsetToBuffer = 0;
    } else {
      line = strConcat(remaining, self.decodedChars);
      start = 0;
      offsetToBuffer = strLength(remaining);
      remaining = null;
    }
    const found = findLineEnding(line, start, self.readTranslate, self.readUniversal, readnl);
    if (found >= 0) {
      endpos = found;
      if (limit >= 0 && endpos - start + chunked >= limit) endpos = start + limit - chunked;
      break;
    }
    endpos = -1 - found;
    if (limit >= 0 && endpos - start + chunked >= limit) {
      endpos = start + limit - chunked;
      break;
    }
    if (endpos > start) {
      chunks.push(strSlice(line, start, endpos));
      chunked += endpos - start;
    }
    const lineLength = strLength(line);
    if (endpos < lineLength) remaining = strSlice(line, endpos, lineLength);
    line = null;
    setDecodedChars(self, "");
  }
  let result: PyStr = "";
  if (line !== null) {
    self.decodedCharsUsed = endpos - offsetToBuffer;
    result = start > 0 || endpos < strLength(line) ? strSlice(line, start, endpos) : line;
  }
  if (remaining !== null) chunks.push(remaining);
  if (chunks.length > 0) {
    if (line !== null) chunks.push(result);
    result = strConcatAll(chunks);
  }
  return result;
}

function textClose(self: PyTextIOWrapper): PyValue {
  attached(self);
  if (textClosed(self)) return null;
  let failure: unknown = null;
  try {
    if (self.cls === textIOWrapperType) textFlush(self);
    else callMethod(self, "flush");
  } catch (error) {
    failure = error;
  }
  try {
    callMethod(self.buffer, "close");
  } catch (error) {
    if (failure instanceof PyBaseException && error instanceof PyBaseException) {
      error.context = failure;
    }
    throw error;
  }
  if (failure !== null) throw failure;
  return null;
}

/** CHECK_INITIALIZED: a detached wrapper still answers `encoding` and repr(). */
function initialised(self: PyTextIOWrapper): PyTextIOWrapper {
  if (!self.initialised && !self.detached) {
    throw pyError("ValueError", "I/O operation on uninitialized object");
  }
  return self;
}

function textRepr(self: PyTextIOWrapper): string {
  let out = "<_io.TextIOWrapper"; // whatever the subclass, as CPython
  for (const attribute of ["name", "mode"]) {
    try {
      out += ` ${attribute}=${toJsString(reprOf(getAttribute(self, attribute)))}`;
    } catch (error) {
      if (
        !(error instanceof PyBaseException) ||
        !(error.cls.isSubtypeOf(ExceptionType.AttributeError) ||
          error.cls.isSubtypeOf(ExceptionType.ValueError))
      ) throw error;
    }
  }
  return `${out} encoding='${initialised(self).encodingName}'>`;
}

function reconfigure(
  self: PyTextIOWrapper,
  encodingValue: PyValue,
  errorsValue: PyValue,
  newlineValue: PyValue | undefined,
  lineBuffering: PyValue,
  writeThrough: PyValue,
): PyValue {
  attached(self);
  const encodingGiven = encodingValue !== null;
  if (encodingGiven && !isStr(encodingValue)) {
    throw pyError("TypeError", "bad argument type for built-in operation");
  }
  let encoding = strOrNone(encodingValue, "encoding");
  let errors = strOrNone(errorsValue, "errors");
  const newlineGiven = newlineValue !== undefined;
  if (newlineGiven) checkNewlineArgument(newlineValue, "TextIOWrapper", false);
  if (
    self.decoder !== null && (encodingGiven || errors !== null || newlineGiven) &&
    (strLength(self.decodedChars) > 0 || self.snapshot !== null)
  ) {
    throw unsupported(
      "It is not possible to set the encoding or newline of stream after the first read",
    );
  }
  if (encoding !== null && toJsString(encoding) === "locale") encoding = LOCALE_ENCODING;
  if (encoding === null) {
    encoding = self.encodingName;
    errors ??= self.errors;
  } else errors ??= "strict";
  textFlush(self);
  if (newlineGiven) setNewline(self, newlineValue as PyStr | null);
  if (encodingGiven || errorsValue !== null || newlineGiven) setCodec(self, encoding, errors);
  if (lineBuffering !== null) self.lineBuffering = isTrue(lineBuffering);
  if (writeThrough !== null) self.writeThrough = isTrue(writeThrough);
  return null;
}

plainConstructor(textIOWrapperType, (cls: PyType) => new PyTextIOWrapper(cls));
signatureInitializer(
  textIOWrapperType,
  "TextIOWrapper",
  "buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False",
  initTextIOWrapper,
);

function forward(name: string) {
  return (self: PyTextIOWrapper) => callMethod(attached(self).buffer, name);
}

defineNativeMethods(textIOWrapperType, {
  write: ["text, /", textWrite],
  read: ["size=-1, /", textRead],
  readline: [
    "size=-1, /",
    (self: PyTextIOWrapper, size: PyValue) => textReadline(self, intArgument(size)),
  ],
  flush: ["", (self: PyTextIOWrapper) => {
    textFlush(self);
    return null;
  }],
  close: ["", textClose],
  detach: ["", (self: PyTextIOWrapper) => {
    attached(self);
    callMethod(self, "flush");
    const buffer = self.buffer;
    self.buffer = null;
    self.nativeBuffer = null;
    self.initialised = false;
    self.detached = true;
    return buffer;
  }],
  fileno: ["", forward("fileno")],
  seekable: ["", forward("seekable")],
  readable: ["", forward("readable")],
  writable: ["", forward("writable")],
  isatty: ["", forward("isatty")],
  seek: ["cookie, whence=0, /", textSeek],
  tell: ["", textTell],
  truncate: ["pos=None, /", (self: PyTextIOWrapper, position: PyValue) => {
    attached(self);
    callMethod(self, "flush");
    return callMethod(self.buffer, "truncate", position);
  }],
  reconfigure: [
    "*, encoding=None, errors=None, newline=?, line_buffering=None, write_through=None",
    reconfigure,
  ],
  __next__: ["", (self: PyTextIOWrapper) => {
    attached(self);
    self.telling = false;
    let line: PyValue;
    if (self.cls === textIOWrapperType) line = textReadline(self, -1);
    else {
      line = callMethod(self, "readline");
      if (!isStr(line)) {
        throw pyError(
          "OSError",
          `readline() should have returned a str object, not '${typeOf(line).tpName}'`,
        );
      }
    }
    if (strLength(line as PyStr) === 0) {
      self.snapshot = null;
      self.telling = self.seekable;
      throw pyError("StopIteration");
    }
    return line;
  }],
  __repr__: ["", textRepr],
});
defineGetSets(textIOWrapperType, {
  encoding: [(self: PyTextIOWrapper) => initialised(self).encodingName],
  errors: [(self: PyTextIOWrapper) => initialised(self).errors],
  buffer: [(self: PyTextIOWrapper) => initialised(self).buffer],
  line_buffering: [(self: PyTextIOWrapper) => initialised(self).lineBuffering],
  write_through: [(self: PyTextIOWrapper) => initialised(self).writeThrough],
  _finalizing: [() => false],
  name: [(self: PyTextIOWrapper) => getAttribute(attached(self).buffer, "name")],
  closed: [(self: PyTextIOWrapper) => isTrue(getAttribute(attached(self).buffer, "closed"))],
  newlines: [(self: PyTextIOWrapper) => attached(self).decoder?.translator?.newlines ?? null],
  _CHUNK_SIZE: [
    (self: PyTextIOWrapper) => attached(self).chunkSize,
    (self: PyTextIOWrapper, value: PyValue | undefined) => {
      attached(self);
      if (value === undefined) throw pyError("AttributeError", "cannot delete attribute");
      const n = intArgument(value);
      if (n <= 0) throw pyError("ValueError", "a strictly positive integer is required");
      self.chunkSize = n;
    },
  ],
});
