/**
 * The codec error-handler registry of `_codecs` (CPython's Python/codecs.c):
 * `register_error`/`lookup_error` and the standard handlers as callable
 * objects. A handler receives a UnicodeEncodeError/DecodeError/TranslateError
 * and returns (replacement, position to resume at) or raises.
 *
 * The exception's fields are read from its args (encoding, object, start, end,
 * reason; translate errors have no encoding), since those are what the
 * constructor records.
 *
 * The codecs themselves (str_encode.ts, str_decode.ts) apply the standard
 * handlers by name and call any other handler through the registry.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { parseSignature } from "../vm/objects/native_signature.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import {
  codePointsOf,
  isStr,
  type PyStr,
  strFromCodePoints,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { PyType } from "../vm/objects/type.ts";
import { backslashEscape, nameEscape } from "../vm/objects/str_encode.ts";

type Kind = "encode" | "decode" | "translate";

interface ErrorInfo {
  kind: Kind;
  exception: PyBaseException;
  encoding: string;
  object: PyValue;
  start: number;
  end: number;
}

function strictErrors(exc: PyValue): never {
  if (exc instanceof PyBaseException) throw exc;
  throw pyError("TypeError", "codec must pass exception instance");
}

function errorInfo(exc: PyValue): ErrorInfo {
  const kinds: [Kind, string][] = [
    ["encode", "UnicodeEncodeError"],
    ["decode", "UnicodeDecodeError"],
    ["translate", "UnicodeTranslateError"],
  ];
  if (exc instanceof PyBaseException) {
    for (const [kind, name] of kinds) {
      if (!exc.cls.isSubtypeOf(ExceptionType[name as "UnicodeEncodeError"])) continue;
      const args = exc.args.items;
      const offset = kind === "translate" ? 0 : 1;
      if (args.length !== offset + 4) break;
      const encoding = offset === 1 && isStr(args[0]) ? toJsString(args[0]) : "";
      const start = Number(args[offset + 1]);
      const end = Number(args[offset + 2]);
      return { kind, exception: exc, encoding, object: args[offset], start, end };
    }
  }
  throw pyError(
    "TypeError",
    `don't know how to handle ${typeOf(exc).tpName} in error callback`,
  );
}

/** The code points object[start:end] of an encode or translate error. */
function badCharacters(info: ErrorInfo): number[] {
  const points = codePointsOf(info.object as PyStr);
  const start = Math.max(0, Math.min(info.start, points.length));
  const end = Math.max(start, Math.min(info.end, points.length));
  return Array.from(points).slice(start, end);
}

function badBytes(info: ErrorInfo): number[] {
  const bytes = (info.object as PyBytes).bytes;
  const start = Math.max(0, Math.min(info.start, bytes.length));
  return Array.from(bytes.subarray(start, Math.max(start, Math.min(info.end, bytes.length))));
}

const result = (replacement: PyValue, position: number) => newTuple([replacement, position]);

const isUtf8 = (encoding: string) => ["utf-8", "utf8", "utf_8"].includes(encoding.toLowerCase());

const HANDLERS: Record<string, [string, (info: ErrorInfo) => PyValue]> = {
  strict: ["strict_errors", (info) => {
    throw info.exception;
  }],
  ignore: ["ignore_errors", (info) => result("", info.end)],
  replace: ["replace_errors", (info) => {
    if (info.kind === "encode") return result("?".repeat(badCharacters(info).length), info.end);
    if (info.kind === "decode") return result("\ufffd", info.end);
    return result(strFromCodePoints(badCharacters(info).map(() => 0xfffd)), info.end);
  }],
  xmlcharrefreplace: ["xmlcharrefreplace_errors", (info) => {
    if (info.kind !== "encode") throw wrongKind(info);
    return result(badCharacters(info).map((c) => `&#${c};`).join(""), info.end);
  }],
  backslashreplace: ["backslashreplace_errors", (info) => {
    const units = info.kind === "decode" ? badBytes(info) : badCharacters(info);
    return result(units.map(backslashEscape).join(""), info.end);
  }],
  namereplace: ["namereplace_errors", (info) => {
    if (info.kind !== "encode") throw wrongKind(info);
    return result(badCharacters(info).map(nameEscape).join(""), info.end);
  }],
  surrogateescape: ["surrogateescape", (info) => {
    if (info.kind === "encode") {
      const chars = badCharacters(info);
      if (chars.some((c) => c < 0xdc80 || c > 0xdcff)) throw info.exception;
      return result(new PyBytes(Uint8Array.from(chars, (c) => c - 0xdc00)), info.end);
    }
    if (info.kind !== "decode") throw wrongKind(info);
    const bytes = badBytes(info);
    const out: number[] = [];
    for (let i = 0; i < 4 && i < bytes.length && bytes[i] >= 0x80; i++) out.push(0xdc00 + bytes[i]);
    if (out.length === 0) throw info.exception;
    return result(strFromCodePoints(out), info.start + out.length);
  }],
  surrogatepass: ["surrogatepass", (info) => {
    if (!isUtf8(info.encoding)) {
      if (info.kind === "translate") throw wrongKind(info);
      throw info.exception;
    }
    if (info.kind === "encode") {
      const chars = badCharacters(info);
      const out: number[] = [];
      for (const c of chars) {
        if (c < 0xd800 || c > 0xdfff) throw info.exception;
        out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      }
      return result(new PyBytes(Uint8Array.from(out)), info.end);
    }
    if (info.kind !== "decode") throw wrongKind(info);
    const bytes = (info.object as PyBytes).bytes;
    const at = info.start;
    if (
      at + 2 < bytes.length && bytes[at] === 0xed && bytes[at + 1] >= 0xa0 &&
      bytes[at + 1] <= 0xbf && (bytes[at + 2] & 0xc0) === 0x80
    ) {
      const c = 0xd000 | ((bytes[at + 1] & 0x3f) << 6) | (bytes[at + 2] & 0x3f);
      return result(strFromCodePoints([c]), at + 3);
    }
    throw info.exception;
  }],
};

function wrongKind(info: ErrorInfo): PyBaseException {
  return pyError(
    "TypeError",
    `don't know how to handle ${info.exception.cls.name} in error callback`,
  );
}

const registry = new Map<string, PyValue>();
const standard = new Map<PyValue, string>();

for (const [name, [functionName, handler]] of Object.entries(HANDLERS)) {
  const func = new PyBuiltinFunction(
    functionName,
    functionName,
    parseSignature("exception, /"),
    name === "strict" ? strictErrors : (exc: PyValue) => handler(errorInfo(exc)),
    undefined,
    null,
  );
  func.module = "_codecs";
  registry.set(name, func);
  standard.set(func, name);
}

function isCallable(value: PyValue): boolean {
  return value instanceof PyType || typeOf(value).lookup("__call__") !== undefined;
}

export function registerError(name: PyValue, handler: PyValue): null {
  const key = toJsString(expectStr(name, "register_error() argument 1 must be str, not "));
  if (!isCallable(handler)) throw pyError("TypeError", "handler must be callable");
  registry.set(key, handler);
  return null;
}

export function lookupError(name: PyValue): PyValue {
  const key = toJsString(expectStr(name, "lookup_error() argument must be str, not "));
  const handler = registry.get(key);
  if (handler === undefined) throw pyError("LookupError", `unknown error handler name '${key}'`);
  return handler;
}

/**
 * The name the TypeScript codecs understand for the handler registered as
 * `name` (None means strict): a standard handler's own name, even when
 * registered under another one. Any other name goes through unchanged: the
 * codec looks a Python-registered handler up when it needs it, and raises
 * LookupError for an unknown name only if an error occurs, as CPython does.
 */
export function standardHandlerName(name: PyValue): string {
  if (name === null) return "strict";
  const key = toJsString(expectStr(name, "argument 'errors' must be str or None, not "));
  const handler = registry.get(key);
  return handler === undefined ? key : standard.get(handler) ?? key;
}
