/**
 * The `_codecs` module (CPython's Modules/_codecsmodule.c and
 * Python/codecs.c): the codec search registry behind codecs.py and the
 * encodings package, the error-handler registry (codecs_errors.ts), and the
 * codec functions for utf-8, latin-1 and ascii (over str_encode.ts and
 * str_decode.ts), escape_encode/escape_decode (codecs_escape.ts) and
 * charmap_build/encode/decode (codecs_charmap.ts), unicode_escape,
 * raw_unicode_escape and readbuffer_encode (codecs_unicode_escape.ts).
 *
 * As in CPython, the first lookup imports `encodings`, whose search function
 * then finds every codec written in Python. Names are normalised as
 * CPython's `_Py_normalize_encoding`: ASCII letters lower-cased, each run of
 * other characters except '.' turned into one '_' (dropped at the ends).
 *
 * utf-16 and utf-32 are vm/objects' codecs too; utf-7 is codecs_utf7.ts. At start-up this module gives
 * vm/objects' codecs the registry (codec_registry.ts): Python-registered error
 * handlers and every codec of the encodings package.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import { codePointsOf, isStr, type PyStr, strLength, toJsString } from "../vm/objects/str_wide.ts";
import { type Codec, encodeCodePoints, findCodec, strEncode } from "../vm/objects/str_encode.ts";
import { installCodecRegistry } from "../vm/objects/codec_registry.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { decodeBytes } from "../vm/objects/str_decode.ts";
import { PyType } from "../vm/objects/type.ts";
import { callObject } from "../vm/runtime/call.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";
import { lookupError, registerError, standardHandlerName } from "./codecs_errors.ts";
import { escapeDecode, escapeEncode } from "./codecs_escape.ts";
import { charmapDecode, charmapEncode } from "./codecs_charmap.ts";
import {
  rawUnicodeEscapeDecode,
  rawUnicodeEscapeEncode,
  readbufferEncode,
  unicodeEscapeDecode,
  unicodeEscapeEncode,
} from "./codecs_unicode_escape.ts";
import { utf7Decode, utf7Encode } from "./codecs_utf7.ts";

const searchFunctions: PyValue[] = [];
const cache = new Map<string, PyValue>();
let registryInitialised = false;

function isCallable(value: PyValue): boolean {
  return value instanceof PyType || typeOf(value).lookup("__call__") !== undefined;
}

export function normaliseEncodingName(name: string): string {
  let out = "";
  let punctuation = false;
  for (const char of name) {
    if (/^[A-Za-z0-9.]$/.test(char)) {
      if (punctuation && out !== "") out += "_";
      punctuation = false;
      out += char.toLowerCase();
    } else punctuation = true;
  }
  return out;
}

function register(searchFunction: PyValue): null {
  if (!isCallable(searchFunction)) throw pyError("TypeError", "argument must be callable");
  searchFunctions.push(searchFunction);
  return null;
}

function unregister(searchFunction: PyValue): null {
  const index = searchFunctions.indexOf(searchFunction);
  if (index >= 0) {
    searchFunctions.splice(index, 1);
    cache.clear();
  }
  return null;
}

export function lookup(encoding: PyValue): PyValue {
  const name = toJsString(expectStr(encoding, "lookup() argument must be str, not "));
  if (!registryInitialised) {
    registryInitialised = true;
    importAbsolute("encodings");
  }
  const normal = normaliseEncodingName(name);
  const cached = cache.get(normal);
  if (cached !== undefined) return cached;
  for (const search of [...searchFunctions]) {
    const found = callObject(search, [normal], null);
    if (found === null) continue;
    if (!(found instanceof PyTuple) || found.items.length !== 4) {
      throw pyError("TypeError", "codec search functions must return 4-tuples");
    }
    cache.set(normal, found);
    return found;
  }
  throw pyError("LookupError", `unknown encoding: ${name}`);
}

function forgetCodec(encoding: PyValue): null {
  const name = toJsString(expectStr(encoding, "_forget_codec() argument must be str, not "));
  cache.delete(normaliseEncodingName(name));
  return null;
}

function runCodec(
  obj: PyValue,
  encoding: PyValue,
  errors: PyValue,
  index: 0 | 1,
  functionName: string,
): PyValue {
  const name = expectStr(encoding, `${functionName}() argument 'encoding' must be str, not `);
  const handler = expectStr(errors, `${functionName}() argument 'errors' must be str, not `);
  const info = lookup(name) as PyTuple;
  return callCodec(info.items[index], obj, handler, index);
}

function strArgument(value: PyValue, functionName: string) {
  return expectStr(value, `${functionName}() argument 1 must be str, not `);
}

function bytesArgument(value: PyValue): PyBytes {
  if (value instanceof PyBytes && value.cls === bytesType) return value;
  const bytes = bufferOf(value);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `a bytes-like object is required, not '${typeOf(value).tpName}'`,
    );
  }
  return new PyBytes(bytes.slice());
}

function encoder(codecName: string, functionName: string) {
  return (text: PyValue, errors: PyValue) => {
    const str = strArgument(text, functionName);
    return newTuple([strEncode(str, codecName, standardHandlerName(errors)), strLength(str)]);
  };
}

/** Leave out an unfinished UTF-8 sequence at the end (a decoder that is not final). */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const at = bytes.length - back;
    const lead = bytes[at];
    const needed = lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
      ? 3
      : lead >= 0xf0 && lead <= 0xf4
      ? 4
      : 0;
    if (needed === 0) {
      if ((lead & 0xc0) === 0x80) continue;
      return bytes.length;
    }
    if (needed <= back) return bytes.length;
    let low = 0x80;
    let high = 0xbf;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    if (back >= 2 && (bytes[at + 1] < low || bytes[at + 1] > high)) return bytes.length;
    for (let k = 2; k < back; k++) if ((bytes[at + k] & 0xc0) !== 0x80) return bytes.length;
    return at;
  }
  return bytes.length;
}

function utf8Decode(data: PyValue, errors: PyValue, final: PyValue): PyTuple {
  const input = bytesArgument(data);
  const handler = standardHandlerName(errors);
  const length = isTrue(final) ? input.bytes.length : completeUtf8Length(input.bytes);
  const part = length === input.bytes.length ? input : new PyBytes(input.bytes.slice(0, length));
  return newTuple([decodeBytes(part, "utf-8", handler), length]);
}

function decoder(codecName: string) {
  return (data: PyValue, errors: PyValue) => {
    const input = bytesArgument(data);
    return newTuple([
      decodeBytes(input, codecName, standardHandlerName(errors)),
      input.bytes.length,
    ]);
  };
}

/** charmap_build(map): the inverse of a 256-character decoding table, as a dict. */
function charmapBuild(map: PyValue): PyDict {
  const table = expectStr(map, "charmap_build() argument must be str, not ");
  const result = new PyDict();
  const points = codePointsOf(table);
  for (let i = 0; i < points.length; i++) {
    if (!result.has(points[i])) result.set(points[i], i);
  }
  return result;
}

/** utf-16/utf-32 byteorder arguments: 0 (BOM, then little-endian), -1 little, 1 big. */
function wideCodec(kind: "utf-16" | "utf-32", byteorder: number): Codec {
  const name = byteorder === 0 ? kind : `${kind}-${byteorder < 0 ? "le" : "be"}`;
  return findCodec(name);
}

function wideEncoder(kind: "utf-16" | "utf-32", fixedOrder: number | null, functionName: string) {
  return (text: PyValue, errors: PyValue, byteorder?: PyValue) => {
    const str = strArgument(text, functionName);
    const order = fixedOrder ?? Number(byteorder ?? 0);
    const bytes = encodeCodePoints(str, wideCodec(kind, order), standardHandlerName(errors));
    return newTuple([new PyBytes(Uint8Array.from(bytes)), strLength(str)]);
  };
}

/** Leave out an incomplete unit (or surrogate pair) at the end when not final. */
function completeWideLength(kind: "utf-16" | "utf-32", bytes: Uint8Array, little: boolean): number {
  const size = kind === "utf-16" ? 2 : 4;
  let length = bytes.length - (bytes.length % size);
  if (kind === "utf-16" && length >= 2) {
    const last = little ? bytes[length - 1] : bytes[length - 2];
    if (last >= 0xd8 && last <= 0xdb) length -= 2;
  }
  return length;
}

function wideDecode(
  kind: "utf-16" | "utf-32",
  data: PyValue,
  errors: PyValue,
  byteorder: number,
  final: PyValue,
): [PyValue, number, number] {
  const input = bytesArgument(data);
  let codec = wideCodec(kind, byteorder);
  const size = kind === "utf-16" ? 2 : 4;
  let detected = byteorder;
  if (byteorder === 0 && input.bytes.length >= size) {
    const little = input.bytes[0] === 0xff && input.bytes[1] === 0xfe;
    const big = size === 2
      ? input.bytes[0] === 0xfe && input.bytes[1] === 0xff
      : input.bytes[0] === 0 && input.bytes[1] === 0 && input.bytes[2] === 0xfe &&
        input.bytes[3] === 0xff;
    if (little && (size === 2 || (input.bytes[2] === 0 && input.bytes[3] === 0))) detected = -1;
    else if (big) detected = 1;
  }
  if (detected !== 0) codec = wideCodec(kind, byteorder === 0 ? detected : byteorder);
  const length = isTrue(final)
    ? input.bytes.length
    : completeWideLength(kind, input.bytes, detected <= 0);
  const part = length === input.bytes.length ? input : new PyBytes(input.bytes.slice(0, length));
  const text = decodeBytes(part, byteorder === 0 ? kind : codec.name, standardHandlerName(errors));
  return [text, length, detected];
}

function wideDecoderFunction(kind: "utf-16" | "utf-32", byteorder: number) {
  return (data: PyValue, errors: PyValue, final: PyValue) => {
    const [text, length] = wideDecode(kind, data, errors, byteorder, final);
    return newTuple([text, length]);
  };
}

function wideExDecode(kind: "utf-16" | "utf-32") {
  return (data: PyValue, errors: PyValue, byteorder: PyValue, final: PyValue) => {
    const [text, length, detected] = wideDecode(kind, data, errors, Number(byteorder), final);
    return newTuple([text, length, detected]);
  };
}

/** The codec registry's side of str.encode/bytes.decode for names vm/objects does not know. */
function textCodec(encoding: string, what: "codecs.encode()" | "codecs.decode()", index: 0 | 1) {
  const info = lookup(encoding) as PyTuple;
  let isText: PyValue = true;
  try {
    isText = getAttribute(info, "_is_text_encoding");
  } catch {
    // A plain 4-tuple from a search function: taken as a text encoding.
  }
  if (!isTrue(isText)) {
    throw pyError(
      "LookupError",
      `'${encoding}' is not a text encoding; use ${what} to handle arbitrary codecs`,
    );
  }
  return info.items[index];
}

function callCodec(codec: PyValue, value: PyValue, errors: PyValue, index: 0 | 1): PyValue {
  const result = callObject(codec, [value, errors], null);
  if (!(result instanceof PyTuple) || result.items.length !== 2) {
    throw pyError(
      "TypeError",
      index === 0
        ? "encoder must return a tuple (object, integer)"
        : "decoder must return a tuple (object,integer)",
    );
  }
  return result.items[0];
}

installCodecRegistry({
  lookupErrorHandler: (name) => lookupError(name),
  lookup: (encoding) => lookup(encoding),
  encode(text, encoding, errors) {
    const result = callCodec(textCodec(encoding, "codecs.encode()", 0), text, errors, 0);
    if (result instanceof PyBytes && result.cls === bytesType) return result;
    if (result instanceof PyBytes || result instanceof PyByteArray) {
      return new PyBytes(result.bytes.slice());
    }
    throw pyError(
      "TypeError",
      `'${encoding}' encoder returned '${typeOf(result).tpName}' instead of 'bytes'; ` +
        "use codecs.encode() to encode to arbitrary types",
    );
  },
  decode(data, encoding, errors) {
    const result = callCodec(textCodec(encoding, "codecs.decode()", 1), data, errors, 1);
    if (isStr(result)) return result as PyStr;
    throw pyError(
      "TypeError",
      `'${encoding}' decoder returned '${typeOf(result).tpName}' instead of 'str'; ` +
        "use codecs.decode() to decode to arbitrary types",
    );
  },
});

export function createCodecsModule(): PyModule {
  const module = newModule("_codecs");
  addFunctions(module, {
    utf_7_encode: [
      "str, errors=None, /",
      (text: PyValue, errors: PyValue) => utf7Encode(strArgument(text, "utf_7_encode"), errors),
    ],
    utf_7_decode: [
      "data, errors=None, final=False, /",
      (data: PyValue, errors: PyValue, final: PyValue) =>
        utf7Decode(bytesArgument(data), errors, isTrue(final)),
    ],
    register: ["search_function, /", register],
    unregister: ["search_function, /", unregister],
    lookup: ["encoding, /", lookup],
    _forget_codec: ["encoding, /", forgetCodec],
    encode: [
      "obj, encoding='utf-8', errors='strict'",
      (obj: PyValue, encoding: PyValue, errors: PyValue) =>
        runCodec(obj, encoding, errors, 0, "encode"),
    ],
    decode: [
      "obj, encoding='utf-8', errors='strict'",
      (obj: PyValue, encoding: PyValue, errors: PyValue) =>
        runCodec(obj, encoding, errors, 1, "decode"),
    ],
    register_error: ["errors, handler, /", registerError],
    lookup_error: ["name, /", lookupError],
    utf_8_encode: ["str, errors=None, /", encoder("utf-8", "utf_8_encode")],
    utf_16_encode: [
      "str, errors=None, byteorder=0, /",
      wideEncoder("utf-16", null, "utf_16_encode"),
    ],
    utf_16_le_encode: ["str, errors=None, /", wideEncoder("utf-16", -1, "utf_16_le_encode")],
    utf_16_be_encode: ["str, errors=None, /", wideEncoder("utf-16", 1, "utf_16_be_encode")],
    utf_16_decode: ["data, errors=None, final=False, /", wideDecoderFunction("utf-16", 0)],
    utf_16_le_decode: ["data, errors=None, final=False, /", wideDecoderFunction("utf-16", -1)],
    utf_16_be_decode: ["data, errors=None, final=False, /", wideDecoderFunction("utf-16", 1)],
    utf_16_ex_decode: ["data, errors=None, byteorder=0, final=False, /", wideExDecode("utf-16")],
    utf_32_encode: [
      "str, errors=None, byteorder=0, /",
      wideEncoder("utf-32", null, "utf_32_encode"),
    ],
    utf_32_le_encode: ["str, errors=None, /", wideEncoder("utf-32", -1, "utf_32_le_encode")],
    utf_32_be_encode: ["str, errors=None, /", wideEncoder("utf-32", 1, "utf_32_be_encode")],
    utf_32_decode: ["data, errors=None, final=False, /", wideDecoderFunction("utf-32", 0)],
    utf_32_le_decode: ["data, errors=None, final=False, /", wideDecoderFunction("utf-32", -1)],
    utf_32_be_decode: ["data, errors=None, final=False, /", wideDecoderFunction("utf-32", 1)],
    utf_32_ex_decode: ["data, errors=None, byteorder=0, final=False, /", wideExDecode("utf-32")],
    utf_8_decode: ["data, errors=None, final=False, /", utf8Decode],
    latin_1_encode: ["str, errors=None, /", encoder("latin-1", "latin_1_encode")],
    latin_1_decode: ["data, errors=None, /", decoder("latin-1")],
    ascii_encode: ["str, errors=None, /", encoder("ascii", "ascii_encode")],
    ascii_decode: ["data, errors=None, /", decoder("ascii")],
    escape_encode: ["data, errors=None, /", escapeEncode],
    escape_decode: ["data, errors=None, /", escapeDecode],
    charmap_build: ["map, /", charmapBuild],
    charmap_encode: ["str, errors=None, mapping=None, /", charmapEncode],
    charmap_decode: ["data, errors=None, mapping=None, /", charmapDecode],
    unicode_escape_encode: ["str, errors=None, /", unicodeEscapeEncode],
    unicode_escape_decode: ["data, errors=None, final=True, /", unicodeEscapeDecode],
    raw_unicode_escape_encode: ["str, errors=None, /", rawUnicodeEscapeEncode],
    raw_unicode_escape_decode: ["data, errors=None, final=True, /", rawUnicodeEscapeDecode],
    readbuffer_encode: ["data, errors=None, /", readbufferEncode],
  });
  return module;
}
