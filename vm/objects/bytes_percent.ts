/**
 * printf-style formatting of bytes (`b'%d' % x`, PEP 461): str_percent.ts's
 * engine run over the latin-1 text of the format, which maps bytes to code
 * points one to one, with bytes' own conversions: %s and %b take a bytes-like
 * object or one with `__bytes__`, %r and %a give ascii(), %c takes an int in
 * range(256) or a single byte. The result goes back through latin-1.
 */
import type { PyValue } from "./object.ts";
import { ExceptionType, PyBaseException, pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { late } from "../runtime/late_protocols.ts";
import { PyBytes } from "./bytes.ts";
import { PyByteArray } from "./bytearray.ts";
import { bufferOf } from "./buffer.ts";
import { indexOperand } from "./bytes_args.ts";
import { hasGetItem, type PercentDialect, percentFormat } from "./str_percent.ts";
import { asciiOf } from "./str_convert.ts";
import { isStr, type PyStr, toJsString } from "./str_wide.ts";
import { allocateBytes } from "./bytes_alloc.ts";

export function latin1Text(bytes: Uint8Array): string {
  let text = "";
  for (let at = 0; at < bytes.length; at += 8192) {
    text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  }
  return text;
}

function latin1Bytes(text: string): Uint8Array {
  const out = allocateBytes(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/**
 * bytes(x) when x's type defines `__bytes__` (even as None, which blocks the
 * buffer and iteration routes): its result, which must be bytes; undefined
 * when there is no `__bytes__`.
 */
export function bytesFromSpecialMethod(source: PyValue | undefined): PyBytes | undefined {
  if (source === undefined || source === null || typeof source !== "object") return undefined;
  const method = typeOf(source).lookup("__bytes__");
  if (method === undefined) return undefined;
  const result = late.callSpecial(method, source, []);
  if (!(result instanceof PyBytes)) {
    throw pyError("TypeError", `__bytes__ returned non-bytes (type ${typeOf(result).tpName})`);
  }
  return result;
}

/** The bytes `bytes(x)` would give for a bytes-like x or one with `__bytes__`. */
export function bytesOfObject(value: PyValue): Uint8Array | undefined {
  if (value instanceof PyBytes || value instanceof PyByteArray) return value.bytes;
  if (value !== null && typeof value === "object") {
    const method = typeOf(value).lookup("__bytes__");
    if (method !== undefined) {
      const result = late.call(method, [value], null);
      if (!(result instanceof PyBytes)) {
        throw pyError("TypeError", `__bytes__ returned non-bytes (type ${typeOf(result).tpName})`);
      }
      return result.bytes;
    }
  }
  return bufferOf(value);
}

function formatObject(value: PyValue): string {
  const bytes = bytesOfObject(value);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `%b requires a bytes-like object, or an object that implements __bytes__, not '${
        typeOf(value).tpName
      }'`,
    );
  }
  return latin1Text(bytes);
}

function formatByte(value: PyValue): string {
  if ((value instanceof PyBytes || value instanceof PyByteArray) && value.bytes.length === 1) {
    return String.fromCharCode(value.bytes[0]);
  }
  let code: number | bigint | undefined;
  try {
    code = indexOperand(value);
  } catch (error) {
    const typeError = error instanceof PyBaseException &&
      error.cls.isSubtypeOf(ExceptionType.TypeError);
    if (!typeError) throw error;
  }
  if (code === undefined) {
    throw pyError("TypeError", "%c requires an integer in range(256) or a single byte");
  }
  if (code < 0 || code > 255) throw pyError("OverflowError", "%c arg not in range(256)");
  return String.fromCharCode(Number(code));
}

const BYTES_DIALECT: PercentDialect = {
  noun: "bytes",
  isMapping: (value) => !isStr(value) && bufferOf(value) === undefined && hasGetItem(value),
  mappingKey: (text) => new PyBytes(latin1Bytes(toJsString(text))),
  convertText(type: number, value: PyValue): PyStr | undefined {
    switch (type) {
      case 0x73: // s
      case 0x62: // b
        return formatObject(value);
      case 0x72: // r
      case 0x61: // a
        return asciiOf(value);
      case 0x63: // c
        return formatByte(value);
    }
    return undefined;
  },
};

/** format % values for a bytes or bytearray format. */
export function bytesPercentFormat(format: Uint8Array, values: PyValue): Uint8Array {
  return latin1Bytes(toJsString(percentFormat(latin1Text(format), values, BYTES_DIALECT)));
}
