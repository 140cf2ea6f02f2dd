/**
 * Shared pieces of the dict/set tests: the fixture file, the decoder of its
 * tagged values, method calls through the registered native methods, the
 * "repr or exception" outcome format of gen_fixtures.py, and stand-ins for
 * the late-bound protocols (the interpreter installs the real ones).
 */
import { PyObject, type PyValue } from "../../vm/objects/object.ts";
import { objectType, typeType } from "../../vm/objects/core_types.ts";
import { PyType, TypeFlag } from "../../vm/objects/type.ts";
import { PyFloat } from "../../vm/objects/float.ts";
import { PyComplex } from "../../vm/objects/complex.ts";
import { PyBytes } from "../../vm/objects/bytes.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { PyList } from "../../vm/objects/list.ts";
import { strFromJs } from "../../vm/objects/str_wide.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import { PyMethodDescriptor } from "../../vm/objects/native_function.ts";
import { NotImplemented } from "../../vm/objects/singletons.ts";
import { typeOf } from "../../vm/objects/typeof.ts";
import { frozensetType } from "../../vm/objects/set.ts";
import { newSet } from "../../vm/objects/set_methods.ts";
import { reprValue } from "../../vm/objects/dict_repr.ts";
import { unhashable } from "../../vm/runtime/hash.ts";
import { late } from "../../vm/runtime/late_protocols.ts";
import "../../vm/objects/dict_methods.ts";
import "../../vm/objects/dict_view_sets.ts";

export type Encoded = Record<string, unknown>;

// deno-lint-ignore no-explicit-any
export const fixtures: any = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures.json", import.meta.url)),
);

function parseFloatRepr(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan") return NaN;
  return Number(text);
}

export function decode(encoded: Encoded): PyValue {
  const [tag, payload] = Object.entries(encoded)[0] as [string, unknown];
  switch (tag) {
    case "n":
      return null;
    case "b":
      return payload as boolean;
    case "i": {
      const big = BigInt(payload as string);
      return Number.isSafeInteger(Number(big)) ? Number(big) : big;
    }
    case "f":
      return new PyFloat(parseFloatRepr(payload as string));
    case "c": {
      const [real, imag] = payload as string[];
      return new PyComplex(parseFloatRepr(real), parseFloatRepr(imag));
    }
    case "s":
      return strFromJs(payload as string);
    case "y":
      return new PyBytes(Uint8Array.from(payload as number[]));
    case "t":
      return newTuple((payload as Encoded[]).map(decode));
    case "fs":
      return newSet(frozensetType, newTuple((payload as Encoded[]).map(decode)));
  }
  throw new Error(`unknown fixture tag ${tag}`);
}

export function decodeAll(items: Encoded[]): PyValue[] {
  return items.map(decode);
}

export const list = (items: PyValue[]) => new PyList(items);

/** obj.name(*args) through the method registered on its type. */
export function callMethod(obj: PyValue, name: string, ...args: PyValue[]): PyValue {
  const method = typeOf(obj).lookup(name);
  if (!(method instanceof PyMethodDescriptor)) throw new Error(`no native method ${name}`);
  return method.callMethod(obj, args, null);
}

/** a <op> b the way the runtime dispatches: left method, then the reflected one. */
export function binaryOp(left: PyValue, name: string, right: PyValue): PyValue {
  const method = typeOf(left).lookup(`__${name}__`);
  if (method instanceof PyMethodDescriptor) {
    const result = method.callMethod(left, [right], null);
    if (result !== NotImplemented) return result;
  }
  const reflected = typeOf(right).lookup(`__r${name}__`);
  if (reflected instanceof PyMethodDescriptor) {
    const value = reflected.callMethod(right, [left], null);
    if (value !== NotImplemented) return value;
  }
  return NotImplemented;
}

/** gen_fixtures.py's outcome(): repr of the result, or "Name: repr(args[0])". */
export function outcome(thunk: () => PyValue): string {
  try {
    return reprValue(thunk());
  } catch (error) {
    if (!isPyException(error)) throw error;
    const args = error.args.items;
    return args.length === 0 ? error.cls.name : `${error.cls.name}: ${reprValue(args[0])}`;
  }
}

export function listRepr(items: Iterable<PyValue>): string {
  return `[${Array.from(items, reprValue).join(", ")}]`;
}

/** A class as a class statement makes it (a heap type). */
const testKeyType = new PyType(
  typeType,
  "K",
  [objectType],
  new Map(),
  TypeFlag.HEAPTYPE | TypeFlag.BASETYPE,
);

/** Calls of K.__hash__ and K.__eq__, like the class counters of gen_fixtures.py's K. */
export const testKeyCalls = { hash: 0, eq: 0 };

/**
 * gen_fixtures.py's class K: a chosen hash, and an `__eq__` that first runs a
 * one-shot action, then compares names (NotImplemented against non-K values).
 */
export class TestKey extends PyObject {
  constructor(
    readonly hashValue: number,
    readonly name: string,
    public onEquals: (() => void) | null = null,
  ) {
    super(testKeyType);
  }

  /** K.__eq__(self, other): true/false, or undefined for NotImplemented. */
  equals(other: PyValue): boolean | undefined {
    testKeyCalls.eq++;
    const action = this.onEquals;
    this.onEquals = null;
    action?.();
    return other instanceof TestKey ? this.name === other.name : undefined;
  }
}

/**
 * Stand-ins for the interpreter's protocols: lists are unhashable and repr like
 * lists; TestKey behaves like gen_fixtures.py's K (reflected __eq__, then identity).
 */
export function installTestProtocols(): void {
  late.hash = (obj) => {
    if (obj instanceof TestKey) {
      testKeyCalls.hash++;
      return obj.hashValue;
    }
    throw unhashable(obj);
  };
  late.repr = (obj) => {
    if (obj instanceof PyList) return listRepr(obj.items);
    if (obj instanceof TestKey) return `K(${obj.name})`;
    throw new Error(`test protocols: no repr for ${typeOf(obj).name}`);
  };
  late.equals = (a, b) => {
    if (a instanceof PyList && b instanceof PyList) {
      return a.items.length === b.items.length && a.items.every((item, i) => item === b.items[i]);
    }
    const forward = a instanceof TestKey ? a.equals(b) : undefined;
    if (forward !== undefined) return forward;
    const reflected = b instanceof TestKey ? b.equals(a) : undefined;
    return reflected ?? a === b;
  };
}
