/**
 * `_io.StringIO`: an in-memory text stream. The contents are one Python str
 * (a JS string in the common case, so appending is V8's rope concatenation)
 * and a position in code points. Newline handling is CPython's: with
 * newline=None or '' written text passes through the universal-newline
 * translator (translating only for None), with '\r' or '\r\n' every "\n"
 * written becomes that string, and readline() ends lines accordingly.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import {
  isStr,
  type PyStr,
  strConcat,
  strFromJs,
  strLength,
  strSlice,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { setMappedAttribute } from "../vm/objects/instance_map.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { iterateValues } from "../vm/runtime/iteration.ts";
import { textIOBaseType } from "./io_base.ts";
import {
  attributesDict,
  callMethod,
  closedFileError,
  intArgument,
  plainConstructor,
  PyIOObject,
  signatureInitializer,
  sizeArgument,
} from "./io_common.ts";
import { checkNewlineArgument, findLineEnding, NewlineTranslator } from "./io_newline.ts";

export const stringIOType = makeBuiltinType("StringIO", textIOBaseType);

export class PyStringIO extends PyIOObject {
  value: PyStr = "";
  position = 0;
  isClosed = false;
  initialised = false;
  translator: NewlineTranslator | null = null;
  readTranslate = false;
  readUniversal = false;
  readnl = "\n";
  writenl: string | null = null;
}

function live(self: PyStringIO): PyStringIO {
  if (!self.initialised) throw pyError("ValueError", "I/O operation on uninitialized object");
  if (self.isClosed) throw closedFileError("I/O operation on closed file");
  return self;
}

function writeText(self: PyStringIO, text: PyStr): number {
  const length = strLength(text);
  if (self.translator !== null) text = self.translator.process(text, true);
  if (self.writenl !== null && self.writenl !== "\n") {
    const js = toJsString(text);
    if (js.includes("\n")) text = strFromJs(js.replaceAll("\n", self.writenl));
  }
  const n = strLength(text);
  if (n === 0) return length;
  const size = strLength(self.value);
  if (self.position > size) {
    let padding: string;
    try {
      padding = "\0".repeat(self.position - size);
    } catch {
      throw pyError("MemoryError");
    }
    self.value = strConcat(self.value, padding);
  }
  if (self.position >= strLength(self.value)) {
    self.value = strConcat(self.value, text);
  } else {
    const end = Math.min(self.position + n, strLength(self.value));
    self.value = strConcat(
      strConcat(strSlice(self.value, 0, self.position), text),
      strSlice(self.value, end, strLength(self.value)),
    );
  }
  self.position += n;
  return length;
}

function readText(self: PyStringIO, sizeValue: PyValue): PyStr {
  live(self);
  const size = sizeArgument(sizeValue);
  const total = strLength(self.value);
  const start = Math.min(self.position, total);
  const end = size < 0 ? total : Math.min(total, start + size);
  self.position = Math.max(self.position, end);
  return strSlice(self.value, start, end);
}

export function stringIOReadline(self: PyStringIO, limit: number): PyStr {
  live(self);
  const total = strLength(self.value);
  if (self.position >= total) return "";
  const start = self.position;
  let end = findLineEnding(
    self.value,
    start,
    self.readTranslate,
    self.readUniversal,
    self.readnl,
  );
  if (end < 0) end = total;
  if (limit >= 0 && end - start > limit) end = start + limit;
  self.position = end;
  return strSlice(self.value, start, end);
}

function initStringIO(
  self: PyStringIO,
  initial: PyValue,
  newline: PyValue | undefined,
): void {
  if (newline === undefined) newline = "\n";
  checkNewlineArgument(newline, "StringIO", true);
  if (initial !== null && !isStr(initial)) {
    throw pyError(
      "TypeError",
      `initial_value must be str or None, not ${typeOf(initial).tpName}`,
    );
  }
  const nl = newline === null ? null : toJsString(newline as PyStr);
  self.readUniversal = nl === null || nl === "";
  self.readTranslate = nl === null;
  self.readnl = nl ?? "\n";
  self.writenl = nl !== null && nl.startsWith("\r") ? nl : null;
  self.translator = self.readUniversal ? new NewlineTranslator(self.readTranslate) : null;
  self.value = "";
  self.position = 0;
  self.isClosed = false;
  self.initialised = true;
  if (initial !== null && strLength(initial as PyStr) > 0) {
    writeText(self, initial as PyStr);
    self.position = 0;
  }
}

plainConstructor(stringIOType, (cls: PyType) => new PyStringIO(cls));
signatureInitializer(stringIOType, "StringIO", "initial_value='', newline=?", initStringIO);

defineNativeMethods(stringIOType, {
  getvalue: ["", (self: PyStringIO) => live(self).value],
  read: ["size=-1, /", readText],
  readline: [
    "size=-1, /",
    (self: PyStringIO, size: PyValue) => stringIOReadline(self, sizeArgument(size)),
  ],
  write: ["s, /", (self: PyStringIO, text: PyValue) => {
    live(self);
    if (!isStr(text)) {
      throw pyError("TypeError", `string argument expected, got '${typeOf(text).tpName}'`);
    }
    return writeText(self, text);
  }],
  seek: ["pos, whence=0, /", (self: PyStringIO, positionValue: PyValue, whenceValue: PyValue) => {
    live(self);
    const position = intArgument(positionValue);
    const whence = intArgument(whenceValue);
    if (whence !== 0 && whence !== 1 && whence !== 2) {
      throw pyError("ValueError", `Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    if (position < 0 && whence === 0) {
      throw pyError("ValueError", `Negative seek position ${position}`);
    }
    if (whence !== 0 && position !== 0) {
      throw pyError(
        "OSError",
        "Can't do nonzero cur-relative seeks", // also for whence=2, as CPython says
      );
    }
    if (whence === 1) return self.position;
    self.position = whence === 2 ? strLength(self.value) : position;
    return self.position;
  }],
  tell: ["", (self: PyStringIO) => live(self).position],
  truncate: ["pos=None, /", (self: PyStringIO, sizeValue: PyValue) => {
    live(self);
    const size = sizeValue === null ? self.position : intArgument(sizeValue);
    if (size < 0) throw pyError("ValueError", `Negative size value ${size}`);
    if (size < strLength(self.value)) self.value = strSlice(self.value, 0, size);
    return size;
  }],
  readable: ["", (self: PyStringIO) => !!live(self)],
  writable: ["", (self: PyStringIO) => !!live(self)],
  seekable: ["", (self: PyStringIO) => !!live(self)],
  close: ["", (self: PyStringIO) => {
    self.isClosed = true;
    self.value = "";
    return null;
  }],
  __next__: ["", (self: PyStringIO) => {
    let line: PyValue;
    if (self.cls === stringIOType) line = stringIOReadline(self, -1);
    else {
      line = callMethod(self, "readline");
      if (!isStr(line)) {
        throw pyError(
          "OSError",
          `readline() should have returned a str object, not '${typeOf(line).tpName}'`,
        );
      }
    }
    if (strLength(line as PyStr) === 0) throw pyError("StopIteration");
    return line;
  }],
  __getstate__: ["", (self: PyStringIO) => {
    live(self);
    const dict = attributesDict(self);
    const newline = self.readUniversal ? (self.readTranslate ? null : "") : self.readnl;
    return newTuple([self.value, newline, self.position, dict]);
  }],
  __setstate__: ["state, /", (self: PyStringIO, state: PyValue) => {
    if (!(state instanceof PyTuple) || state.items.length < 4) {
      throw pyError(
        "TypeError",
        `${typeOf(self).tpName}.__setstate__ argument should be 4-tuple, got ${
          typeOf(state).tpName
        }`,
      );
    }
    const [value, newline, position, dict] = state.items;
    initStringIO(self, null, newline);
    self.value = isStr(value) ? value : "";
    self.position = intArgument(position);
    if (dict instanceof PyDict) {
      for (const name of iterateValues(dict)) {
        if (typeof name === "string") setMappedAttribute(self, name, dict.get(name)!);
      }
    }
    return null;
  }],
});
defineGetSets(stringIOType, {
  closed: [(self: PyStringIO) => {
    if (!self.initialised) throw pyError("ValueError", "I/O operation on uninitialized object");
    return self.isClosed;
  }],
  line_buffering: [(self: PyStringIO) => {
    live(self);
    return false;
  }],
  newlines: [(self: PyStringIO) => {
    live(self);
    return self.translator === null ? null : self.translator.newlines;
  }],
});
