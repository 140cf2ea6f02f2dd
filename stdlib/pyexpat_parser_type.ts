/**
 * The Python face of `pyexpat.xmlparser`: Parse, ParseFile and the other
 * methods, the handler attributes (one getset per HANDLERS row) and the
 * option and position attributes, with CPython's checks and messages.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, type PyStr, strFromJs, toJsString } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { getAttributeIfPresent } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { binaryData } from "./binascii.ts";
import { CHARACTER_DATA, HANDLER_INDEX, HANDLERS } from "./pyexpat_handlers.ts";
import { cString, expat, readBytes, readCString } from "./pyexpat_native.ts";
import { PyExpatParser, xmlparserType } from "./pyexpat_parser.ts";

/** Expat is given at most this much input per XML_Parse call (CPython's MAX_CHUNK_SIZE). */
const MAX_CHUNK_SIZE = 1 << 20;
/** ParseFile reads this much at a time (CPython's BUF_SIZE). */
const READ_SIZE = 2048;
const INT_MAX = 2 ** 31 - 1;
const XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING = 26;

/** A str argument that may be None (clinic's str(accept={str, NoneType})): its text or null. */
export function optionalText(value: PyValue | undefined, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (!isStr(value)) {
    throw pyError("TypeError", `${what} must be str or None, not ${typeOf(value).tpName}`);
  }
  return toJsString(value);
}

function utf8Of(text: PyStr): Uint8Array {
  return typeof text === "string"
    ? new TextEncoder().encode(text)
    : strEncode(text, "utf-8", "strict").bytes;
}

/** A copy of `data` in a buffer V8 never moves (expat may keep pointers into it during a call). */
function stableCopy(data: Uint8Array): Uint8Array {
  const copy = new Uint8Array(Math.max(data.length, 128));
  copy.set(data);
  return copy.subarray(0, data.length);
}

/** A new parser object over a new expat parser. */
export function createParser(
  encoding: string | null,
  separator: string | null,
  intern: PyDict | null,
): PyExpatParser {
  const handle = expat.fn("XML_ParserCreate_MM")(
    encoding === null ? null : cString(encoding),
    null,
    separator === null ? null : cString(separator),
  );
  if (handle === null) throw pyError("RuntimeError", "XML_ParserCreate failed");
  return new PyExpatParser(handle, intern);
}

function parse(self: PyExpatParser, data: PyValue, isFinalArgument: PyValue): number {
  const isFinal = asCInt(isFinalArgument) !== 0 ? 1 : 0;
  let bytes: Uint8Array;
  if (isStr(data)) bytes = utf8Of(data);
  else bytes = binaryData(data);
  if (self.finished !== null) throw self.retiredError(true);
  if (isStr(data)) expat.fn("XML_SetEncoding")(self.handle, cString("utf-8"));
  const input = stableCopy(bytes);
  const xmlParse = expat.fn("XML_Parse");
  let offset = 0;
  const status = self.whileParsing(() => {
    while (input.length - offset > MAX_CHUNK_SIZE) {
      const status = xmlParse(self.handle, input.subarray(offset), MAX_CHUNK_SIZE, 0);
      if (status === 0) return status;
      offset += MAX_CHUNK_SIZE;
    }
    const rest = input.subarray(offset);
    return xmlParse(self.handle, rest, rest.length, isFinal);
  });
  try {
    self.finishParse(status);
  } finally {
    if (status === 0 || isFinal) self.retire(status === 0);
  }
  return status;
}

/** readinst: one read() of the file, checked as CPython checks it. */
function readChunk(read: PyValue): Uint8Array {
  const data = callObject(read, [READ_SIZE], null);
  let bytes: Uint8Array;
  if (data instanceof PyBytes) bytes = data.bytes;
  else if (data instanceof PyByteArray) bytes = data.storage.subarray(0, data.length);
  else {
    throw pyError(
      "TypeError",
      `read() did not return a bytes object (type=${typeOf(data).tpName})`,
    );
  }
  if (bytes.length > READ_SIZE) {
    throw pyError(
      "ValueError",
      `read() returned too much data: ${READ_SIZE} bytes requested, ${bytes.length} returned`,
    );
  }
  return bytes;
}

function parseFile(self: PyExpatParser, file: PyValue): number {
  const read = getAttributeIfPresent(file, "read");
  if (read === undefined) throw pyError("TypeError", "argument must have 'read' attribute");
  if (self.finished !== null) {
    // A failed parser still reads once before expat refuses the data; a finished one does not.
    if (self.finished.drift !== null) readChunk(read);
    throw self.retiredError(false);
  }
  const xmlParse = expat.fn("XML_Parse");
  let status: number;
  let final: number;
  for (;;) {
    const chunk = stableCopy(readChunk(read));
    final = chunk.length === 0 ? 1 : 0;
    status = self.whileParsing(() => xmlParse(self.handle, chunk, chunk.length, final));
    if (self.hasPendingError || status === 0 || final) break;
  }
  try {
    self.finishParse(status);
  } finally {
    if (status === 0 || final) self.retire(status === 0);
  }
  return status;
}

function getInputContext(self: PyExpatParser): PyValue {
  if (!self.inCallback || self.finished !== null) return null;
  const offset = new Int32Array(1);
  const size = new Int32Array(1);
  const buffer = expat.fn("XML_GetInputContext")(
    self.handle,
    new Uint8Array(offset.buffer),
    new Uint8Array(size.buffer),
  );
  if (buffer === null) return null;
  const start = Deno.UnsafePointer.offset(buffer, offset[0]);
  return new PyBytes(readBytes(start, size[0] - offset[0]));
}

function externalEntityParserCreate(
  self: PyExpatParser,
  contextArgument: PyValue,
  encodingArgument: PyValue | undefined,
): PyExpatParser {
  const context = optionalText(
    contextArgument,
    "ExternalEntityParserCreate() argument 1",
  );
  let encoding: string | null = null;
  if (encodingArgument !== undefined) {
    if (!isStr(encodingArgument)) {
      throw pyError(
        "TypeError",
        `ExternalEntityParserCreate() argument 2 must be str, not ${
          typeOf(encodingArgument).tpName
        }`,
      );
    }
    encoding = toJsString(encodingArgument);
  }
  if (self.finished !== null) {
    throw pyError(
      "ValueError",
      "ExternalEntityParserCreate() on a parser whose parsing has finished is not supported by Taipan",
    );
  }
  const handle = expat.fn("XML_ExternalEntityParserCreate")(
    self.handle,
    context === null ? null : cString(context),
    encoding === null ? null : cString(encoding),
  );
  if (handle === null) throw pyError("MemoryError");
  const child = new PyExpatParser(handle, self.internTable, self);
  child.bufferSize = self.bufferSize;
  child.orderedAttributes = self.orderedAttributes;
  child.specifiedAttributes = self.specifiedAttributes;
  child.namespacePrefixes = self.namespacePrefixes;
  if (self.characterBuffer !== null) child.characterBuffer = [];
  self.handlers.forEach((handler, index) => {
    if (handler !== undefined) child.setHandler(index, handler);
  });
  return child;
}

function setBase(self: PyExpatParser, base: PyValue): null {
  if (!isStr(base)) {
    throw pyError("TypeError", `SetBase() argument must be str, not ${typeOf(base).tpName}`);
  }
  if (self.finished !== null) self.finished.base = toJsString(base);
  else if (expat.fn("XML_SetBase")(self.handle, cString(toJsString(base))) === 0) {
    throw pyError("MemoryError");
  }
  return null;
}

function getBase(self: PyExpatParser): PyValue {
  const base = self.finished !== null
    ? self.finished.base
    : readCString(expat.fn("XML_GetBase")(self.handle));
  return base === null ? null : strFromJs(base);
}

function useForeignDtd(self: PyExpatParser, flag: PyValue): null {
  const on = asCInt(flag) !== 0 ? 1 : 0;
  if (self.finished !== null) {
    if (self.finished.drift === null) return null;
    throw self.currentError(XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING);
  }
  const code = expat.fn("XML_UseForeignDTD")(self.handle, on);
  if (code !== 0) throw self.currentError(code);
  return null;
}

defineNativeMethods(xmlparserType, {
  Parse: ["data, isfinal=False, /", parse],
  ParseFile: ["file, /", parseFile],
  SetBase: ["base, /", setBase],
  GetBase: ["", getBase],
  GetInputContext: ["", getInputContext],
  ExternalEntityParserCreate: ["context, encoding=?, /", externalEntityParserCreate],
  SetParamEntityParsing: [
    "flag, /",
    (self: PyExpatParser, flag: PyValue) => {
      const value = asCInt(flag);
      if (self.finished !== null) return self.finished.drift === null ? 1 : 0;
      return expat.fn("XML_SetParamEntityParsing")(self.handle, value);
    },
  ],
  UseForeignDTD: ["flag=True, /", useForeignDtd],
  __reduce__: ["", (self: PyExpatParser) => {
    throw pyError("TypeError", `cannot pickle '${typeOf(self).tpName}' object`);
  }],
});

function refuseDelete(value: PyValue | undefined): asserts value is PyValue {
  if (value === undefined) throw pyError("RuntimeError", "Cannot delete attribute");
}

type Setter = (self: PyExpatParser, value: PyValue | undefined) => void;
type GetSet = [(self: PyExpatParser) => PyValue, Setter?];

const handlerGetSets: Record<string, GetSet> = {};
for (const spec of HANDLERS) {
  const index = HANDLER_INDEX.get(spec.name)!;
  handlerGetSets[spec.name] = [
    (self) => self.handlers[index] ?? null,
    (self, value) => {
      refuseDelete(value);
      if (index === CHARACTER_DATA) self.flushCharacterBuffer();
      self.setHandler(index, value === null ? undefined : value);
    },
  ];
}

function setBufferText(self: PyExpatParser, value: PyValue | undefined): void {
  refuseDelete(value);
  if (isTrue(value)) {
    if (self.characterBuffer === null) {
      self.characterBuffer = [];
      self.bufferUsed = 0;
    }
  } else if (self.characterBuffer !== null) {
    if (!self.flushCharacterBuffer()) {
      throw pyError("SystemError", "error return without exception set");
    }
    self.characterBuffer = null;
  }
}

function setBufferSize(self: PyExpatParser, value: PyValue | undefined): void {
  refuseDelete(value);
  if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
    throw pyError("TypeError", "buffer_size must be an integer");
  }
  const size = Number(value);
  if (typeof value === "bigint" && (value > 2n ** 63n - 1n || value < -(2n ** 63n))) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  if (size <= 0) throw pyError("ValueError", "buffer_size must be greater than zero");
  if (size === self.bufferSize) return;
  if (size > INT_MAX) {
    throw pyError("ValueError", `buffer_size must not be greater than ${INT_MAX}`);
  }
  if (self.characterBuffer !== null && self.bufferUsed !== 0) {
    if (!self.flushCharacterBuffer()) {
      throw pyError("SystemError", "error return without exception set");
    }
  }
  self.characterBuffer = [];
  self.bufferUsed = 0;
  self.bufferSize = size;
}

function flagSetter(apply: (self: PyExpatParser, on: boolean) => void): Setter {
  return (self, value) => {
    refuseDelete(value);
    apply(self, isTrue(value));
  };
}

defineGetSets(xmlparserType, {
  ...handlerGetSets,
  buffer_text: [(self: PyExpatParser) => self.characterBuffer !== null, setBufferText],
  buffer_size: [(self: PyExpatParser) => self.bufferSize, setBufferSize],
  buffer_used: [(self: PyExpatParser) => self.bufferUsed],
  namespace_prefixes: [
    (self: PyExpatParser) => self.namespacePrefixes,
    flagSetter((self, on) => {
      self.namespacePrefixes = on;
      if (self.finished === null) expat.fn("XML_SetReturnNSTriplet")(self.handle, on ? 1 : 0);
    }),
  ],
  ordered_attributes: [
    (self: PyExpatParser) => self.orderedAttributes,
    flagSetter((self, on) => self.orderedAttributes = on),
  ],
  specified_attributes: [
    (self: PyExpatParser) => self.specifiedAttributes,
    flagSetter((self, on) => self.specifiedAttributes = on),
  ],
  intern: [(self: PyExpatParser) => self.internTable],
  ErrorCode: [(self: PyExpatParser) => self.errorCode()],
  ErrorLineNumber: [(self: PyExpatParser) => self.lineNumber()],
  ErrorColumnNumber: [(self: PyExpatParser) => self.columnNumber()],
  ErrorByteIndex: [(self: PyExpatParser) => self.byteIndex()],
  CurrentLineNumber: [(self: PyExpatParser) => self.lineNumber()],
  CurrentColumnNumber: [(self: PyExpatParser) => self.columnNumber()],
  CurrentByteIndex: [(self: PyExpatParser) => self.byteIndex()],
});

registerConstructor(xmlparserType, () => {
  throw pyError("TypeError", "cannot create 'pyexpat.xmlparser' instances");
});
