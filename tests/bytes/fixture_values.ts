/**
 * The tagged JSON form of values in tests/bytes/fixtures (see
 * gen_fixtures.py): decoding into runtime values, encoding results back, and
 * calling a bytes or bytearray method the way Python code would.
 */
import "../../vm/runtime/bootstrap.ts";
import type { PyValue } from "../../vm/objects/object.ts";
import { PyTuple } from "../../vm/objects/tuple.ts";
import { PyList } from "../../vm/objects/list.ts";
import { bytesType, PyBytes } from "../../vm/objects/bytes.ts";
import { bytearrayType, PyByteArray } from "../../vm/objects/bytearray.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import { PyMethodDescriptor } from "../../vm/objects/native_function.ts";
import { isStr, strFromJs, toJsString } from "../../vm/objects/str_wide.ts";

export type Tagged = unknown;

export function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

export function toHex(data: Uint8Array): string {
  return Array.from(data, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function decode(value: Tagged): PyValue {
  if (value === null || typeof value === "boolean" || typeof value === "number") return value;
  if (typeof value === "string") return strFromJs(value);
  const tagged = value as Record<string, unknown>;
  if ("bytes" in tagged) return new PyBytes(fromHex(tagged.bytes as string));
  if ("bytearray" in tagged) return new PyByteArray(fromHex(tagged.bytearray as string));
  if ("tuple" in tagged) return new PyTuple((tagged.tuple as Tagged[]).map(decode));
  if ("list" in tagged) return new PyList((tagged.list as Tagged[]).map(decode));
  throw new Error(`unknown tagged value ${JSON.stringify(value)}`);
}

export function encode(value: PyValue): Tagged {
  if (value === null || typeof value === "boolean" || typeof value === "number") return value;
  if (isStr(value)) return toJsString(value);
  if (value instanceof PyBytes && value.cls === bytesType) return { bytes: toHex(value.bytes) };
  if (value instanceof PyByteArray && value.cls === bytearrayType) {
    return { bytearray: toHex(value.bytes) };
  }
  if (value instanceof PyTuple) return { tuple: value.items.map(encode) };
  if (value instanceof PyList) return { list: value.items.map(encode) };
  return { unencodable: String(value) };
}

/** The fixture form of an outcome: the result, or the exception's class and message. */
export function outcome(run: () => PyValue): Tagged {
  try {
    return encode(run());
  } catch (error) {
    if (!isPyException(error)) throw error;
    const args = error.args.items;
    return {
      error: error.cls.name,
      message: args.length === 0 ? "" : toJsString(args[0] as string),
    };
  }
}

/** `self.method(*args, **kwargs)` through the type's namespace. */
export function callMethod(
  self: PyBytes | PyByteArray,
  method: string,
  args: PyValue[],
  kwargs: Record<string, PyValue>,
): PyValue {
  const kwnames = Object.keys(kwargs);
  const all = [...args, ...kwnames.map((name) => kwargs[name])];
  const attribute = self.cls.lookup(method);
  if (!(attribute instanceof PyMethodDescriptor)) throw new Error(`no method ${method}`);
  return attribute.callMethod(self, all, kwnames.length > 0 ? kwnames : null);
}
