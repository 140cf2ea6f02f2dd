/**
 * The tagged JSON form of Python values used by tests/str/fixtures (see
 * gen_fixtures.py): decoding into runtime values, encoding results back, and
 * calling a str method the way Python code would.
 */
import type { PyValue } from "../../vm/objects/object.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyTuple } from "../../vm/objects/tuple.ts";
import { PyList } from "../../vm/objects/list.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { PyBytes } from "../../vm/objects/bytes.ts";
import { PySlice } from "../../vm/objects/slice.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import { strType } from "../../vm/objects/core_types.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../../vm/objects/native_function.ts";
import { codePointsOf, isStr, strFromCodePoints, strFromJs } from "../../vm/objects/str_wide.ts";
import { floatRepr } from "../../vm/text/float_repr.ts";
import { NotImplemented } from "../../vm/objects/singletons.ts";
import "../../vm/objects/str.ts";

export type Tagged = unknown;

export function decode(value: Tagged): PyValue {
  if (value === null || typeof value === "boolean" || typeof value === "number") return value;
  if (typeof value === "string") return strFromJs(value);
  const tagged = value as Record<string, unknown>;
  if ("str" in tagged) return strFromCodePoints(tagged.str as number[]);
  if ("int" in tagged) return BigInt(tagged.int as string);
  if ("float" in tagged) return new PyFloat(parseFloatRepr(tagged.float as string));
  if ("tuple" in tagged) return new PyTuple((tagged.tuple as Tagged[]).map(decode));
  if ("list" in tagged) return new PyList((tagged.list as Tagged[]).map(decode));
  if ("dict" in tagged) {
    const dict = new PyDict();
    for (const [key, item] of tagged.dict as [Tagged, Tagged][]) {
      dict.set(decode(key), decode(item));
    }
    return dict;
  }
  if ("bytes" in tagged) {
    const hex = tagged.bytes as string;
    return new PyBytes(Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16)));
  }
  if ("slice" in tagged) {
    const [start, stop, step] = (tagged.slice as Tagged[]).map(decode);
    return new PySlice(start, stop, step);
  }
  throw new Error(`unknown tagged value ${JSON.stringify(value)}`);
}

function parseFloatRepr(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

function hasSurrogate(points: Uint32Array): boolean {
  return points.some((point) => point >= 0xd800 && point <= 0xdfff);
}

export function encode(value: unknown): Tagged {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") {
    return Math.abs(Number(value)) < 2 ** 53 ? Number(value) : { int: value.toString() };
  }
  if (isStr(value as PyValue)) {
    const points = codePointsOf(value as string);
    return hasSurrogate(points) ? { str: Array.from(points) } : String.fromCodePoint(...points);
  }
  if (value === NotImplemented) return { NotImplemented: true };
  if (value instanceof PyFloat) return { float: floatRepr(value.value) };
  if (value instanceof PyTuple) return { tuple: value.items.map(encode) };
  if (value instanceof PyList) return { list: value.items.map(encode) };
  if (value instanceof PyDict) {
    const entries: Tagged[] = [];
    value.keys.forEach((key, position) => {
      if (key !== undefined) entries.push([encode(key), encode(value.values[position])]);
    });
    return { dict: entries };
  }
  if (value instanceof PyBytes) {
    return {
      bytes: Array.from(value.bytes, (byte) => byte.toString(16).padStart(2, "0")).join(""),
    };
  }
  return { unencodable: String(value) };
}

/** The fixture form of an outcome: the result, or the exception's class and message. */
export function outcome(run: () => PyValue): Tagged {
  try {
    return encode(run());
  } catch (error) {
    if (!isPyException(error)) throw error;
    const name = error.cls.name;
    if (name === "UnicodeEncodeError" || name === "UnicodeDecodeError") {
      return { error: name, args: error.args.items.map(encode) };
    }
    const args = error.args.items;
    const message = args.length === 0
      ? ""
      : name === "KeyError"
      ? keyErrorText(args[0])
      : String(encode(args[0]));
    return { error: name, message };
  }
}

/** str(KeyError(key)) is repr(key); the keys in these tests are strs and ints. */
function keyErrorText(key: PyValue): string {
  if (typeof key === "number") return String(key);
  const text = String(encode(key));
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text}'`;
}

/** Call `self.method(*args, **kwargs)` through the str type's namespace. */
export function callStrMethod(
  method: string,
  self: PyValue,
  args: PyValue[],
  kwargs: Record<string, PyValue>,
): PyValue {
  const kwnames = Object.keys(kwargs);
  const all = [...args, ...kwnames.map((name) => kwargs[name])];
  const attribute = strType.dict.get(method);
  if (attribute instanceof PyMethodDescriptor) {
    return attribute.callMethod(self, all, kwnames.length > 0 ? kwnames : null);
  }
  if (attribute instanceof PyBuiltinFunction) {
    return attribute.call(all, kwnames.length > 0 ? kwnames : null);
  }
  throw new Error(`str has no method ${method}`);
}
