/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their
 * positional fields (`encoding`, `object`, `start`, `end`, `reason`) and
 * CPython 3.11's messages, which name one bad character (escaped as \xNN,
 * \uNNNN or \UNNNNNNNN) or byte, or a range of positions.
 */
import type { PyValue } from "../../objects/object.ts";
import {
  exceptionField,
  ExceptionType,
  type PyBaseException,
  pyError,
  setExceptionField,
} from "../../objects/exceptions.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { newTuple } from "../../objects/tuple.ts";
import { typeOf } from "../../objects/typeof.ts";
import { codePointsOf, isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { bufferOf } from "../../objects/buffer.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { strOf } from "../../objects/str_convert.ts";
import { registerInitializer } from "../call_type.ts";

const FIELDS = {
  UnicodeEncodeError: ["encoding", "object", "start", "end", "reason"],
  UnicodeDecodeError: ["encoding", "object", "start", "end", "reason"],
  UnicodeTranslateError: ["object", "start", "end", "reason"],
} as const;
type UnicodeErrorName = keyof typeof FIELDS;

function requireStr(value: PyValue, position: number): void {
  if (!isStr(value)) {
    throw pyError("TypeError", `argument ${position} must be str, not ${typeOf(value).tpName}`);
  }
}

function requireInt(value: PyValue, position: number): void {
  if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
    throw pyError("TypeError", `argument ${position} must be int, not ${typeOf(value).tpName}`);
  }
}

for (const name of Object.keys(FIELDS) as UnicodeErrorName[]) {
  const fields = FIELDS[name];
  registerInitializer(ExceptionType[name], (self, args, kwnames) => {
    const exception = self as PyBaseException;
    if (kwnames !== null && kwnames.length > 0) {
      throw pyError("TypeError", `${exception.cls.name}() takes no keyword arguments`);
    }
    exception.args = newTuple(args);
    exception.fields = null; // the fields are read from args again
    if (args.length !== fields.length) {
      throw pyError(
        "TypeError",
        `function takes exactly ${fields.length} arguments (${args.length} given)`,
      );
    }
    fields.forEach((field, i) => {
      const value = args[i];
      if (field === "encoding" || field === "reason") requireStr(value, i + 1);
      else if (field === "start" || field === "end") requireInt(value, i + 1);
      else if (name === "UnicodeDecodeError") {
        const buffer = bufferOf(value);
        if (buffer === undefined) {
          throw pyError(
            "TypeError",
            `a bytes-like object is required, not '${typeOf(value).tpName}'`,
          );
        }
        // Any other buffer is copied into a bytes object, as UnicodeDecodeError_init does.
        if (!(value instanceof PyBytes)) {
          setExceptionField(exception, field, new PyBytes(buffer.slice()));
        }
      } else requireStr(value, i + 1);
    });
  });
}

/** How CPython quotes one bad character: \xNN, \uNNNN or \UNNNNNNNN. */
function escapedCharacter(codePoint: number): string {
  if (codePoint <= 0xff) return `\\x${codePoint.toString(16).padStart(2, "0")}`;
  if (codePoint <= 0xffff) return `\\u${codePoint.toString(16).padStart(4, "0")}`;
  return `\\U${codePoint.toString(16).padStart(8, "0")}`;
}

/**
 * A field: set by the initializer, or — for errors raised from TypeScript
 * with pyError(name, ...args), which runs no initializer — read from args.
 */
function field(self: PyBaseException, name: string): PyValue {
  const value = exceptionField(self, name);
  if (value !== undefined) return value;
  const kind = self.cls.mro.find((klass) => klass.name in FIELDS)?.name as UnicodeErrorName;
  const index = (FIELDS[kind] as readonly string[]).indexOf(name);
  return self.args.items[index] ?? null;
}

function message(self: PyBaseException, kind: UnicodeErrorName): string {
  const reason = toJsString(strOf(field(self, "reason")));
  const start = Number(field(self, "start"));
  const end = Number(field(self, "end"));
  const object = field(self, "object");
  const encoding = kind === "UnicodeTranslateError"
    ? ""
    : toJsString(strOf(field(self, "encoding")));
  if (kind === "UnicodeDecodeError") {
    const bytes = bufferOf(object) ?? new Uint8Array();
    if (start < bytes.length && end === start + 1) {
      const byte = bytes[start].toString(16).padStart(2, "0");
      return `'${encoding}' codec can't decode byte 0x${byte} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const points = isStr(object) ? codePointsOf(object as PyStr) : [];
  const single = start < points.length && end === start + 1;
  if (kind === "UnicodeEncodeError") {
    return single
      ? `'${encoding}' codec can't encode character '${
        escapedCharacter(points[start])
      }' in position ${start}: ${reason}`
      : `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
  return single
    ? `can't translate character '${
      escapedCharacter(points[start])
    }' in position ${start}: ${reason}`
    : `can't translate characters in position ${start}-${end - 1}: ${reason}`;
}

for (const name of Object.keys(FIELDS) as UnicodeErrorName[]) {
  defineNativeMethods(ExceptionType[name], {
    __str__: [
      "",
      (self: PyBaseException) =>
        self.args.items.length < FIELDS[name].length ? "" : message(self, name),
    ],
  });
  const accessors = FIELDS[name].map((fieldName) => [fieldName, [
    (self: PyBaseException) => field(self, fieldName),
    (self: PyBaseException, value: PyValue | undefined) =>
      setExceptionField(self, fieldName, value ?? null),
  ]]);
  defineGetSets(ExceptionType[name], Object.fromEntries(accessors));
}
