/**
 * hash() and key equality for every builtin value, as dict and set use them.
 *
 * Two views of one hash:
 *
 * - `hashOf(value)` is Python's `hash(value)`: a Python int (number when
 *   safe, bigint beyond), equal to CPython's for int, bool, float, complex,
 *   tuple and frozenset (CPython's numeric hash, xxHash-based tuple hash and
 *   shuffled-xor frozenset hash). Python code can observe these values, and
 *   the probe order of a set — hence how `print({...})` orders it — depends on
 *   all 64 bits.
 * - `tableHash(value)` is the same 64-bit value as two int32 words, for hash
 *   tables: it returns the low word and leaves the high word in `hashHigh`
 *   (read it immediately; the next call overwrites it). No allocation on the
 *   paths that matter: small ints, strs, tuples of those.
 *
 * str hashes are ours (CPython randomises them per process, so no program can
 * depend on their values): an FNV-1a loop over UTF-16 units with a murmur3
 * finaliser, sign-extended to 64 bits, `hash('') == 0`. bytes hash with the same
 * function over their bytes, so `hash(b'abc') == hash('abc')` as in CPython.
 * Primitive strings are not cached (a JS string cannot carry a field, and V8's
 * own string hash is not reachable); a `PyWideStr` caches on the object.
 *
 * `equalsForKey(a, b)` is `PyObject_RichCompareBool(a, b, Py_EQ)`: identity
 * first, then value equality with fast paths for builtin values, and
 * `late.equals` (Python `__eq__`) for everything else. It may run Python code,
 * so callers that hold table positions across it must re-validate them.
 */
import type { PyType } from "../objects/type.ts";
import type { PyObject, PyValue } from "../objects/object.ts";
import { floatType, PyFloat } from "../objects/float.ts";
import { complexType, PyComplex } from "../objects/complex.ts";
import { PyTuple, tupleType } from "../objects/tuple.ts";
import { listType, PyList } from "../objects/list.ts";
import { bytesType, PyBytes } from "../objects/bytes.ts";
import { intType, strType } from "../objects/core_types.ts";
import { PyBoxedInt } from "../objects/int_value.ts";
import { PyBoxedStr } from "../objects/str_boxed.ts";
import { PyWideStr, strEquals } from "../objects/str_wide.ts";
import { type PyBaseException, pyError } from "../objects/exceptions.ts";
import { thread } from "./thread_state.ts";
import { typeOf } from "../objects/typeof.ts";
import { late } from "./late_protocols.ts";
import { complexHash, finiteFloatHashWords, floatHash, intHash } from "./hash_numeric.ts";
import { pointerHash } from "./identity.ts";
import { HIGH, multiplyHigh32, u64, wordsToInt } from "./hash_u64.ts";
import { frozensetType, PySet, setEquals, setType } from "../objects/set.ts";
import { dictEquals, dictType, PyDict } from "../objects/dict.ts";

/** High word of the hash most recently returned by `tableHash` (int32). */
export let hashHigh = 0;

/** Python's hash(value). Raises TypeError for unhashable values. */
export function hashOf(value: PyValue): number | bigint {
  const low = tableHash(value);
  return wordsToInt(hashHigh, low);
}

/** The low word of hash(value) (int32); the high word is left in `hashHigh`. */
export function tableHash(value: PyValue): number {
  switch (typeof value) {
    case "number":
      // Hot: small ints hash to themselves.
      if ((value | 0) === value) {
        if (value === -1) {
          hashHigh = -1;
          return -2;
        }
        hashHigh = value >> 31;
        return value;
      }
      hashHigh = Math.floor(value / 4294967296) | 0;
      return value | 0;
    case "string": {
      const hash = strHash(value);
      hashHigh = hash >> 31;
      return hash;
    }
    case "boolean":
      hashHigh = 0;
      return value ? 1 : 0;
    case "bigint":
      return splitHash(intHash(value));
    default:
      if (value === null) {
        hashHigh = 0;
        return NONE_HASH;
      }
      return objectHash(value);
  }
}

/** hash(None): identity-based in CPython 3.11; any fixed value will do. */
const NONE_HASH = 0x0fc6a5d0;

function splitHash(hash: number | bigint): number {
  if (typeof hash === "number") {
    hashHigh = Math.floor(hash / 4294967296) | 0;
    return hash | 0;
  }
  hashHigh = Number(BigInt.asIntN(32, hash >> 32n));
  return Number(BigInt.asIntN(32, hash));
}

/**
 * The class whose hash rule applies: for an instance of a Python subclass of
 * tuple, float, frozenset, bytes, complex, int or str that does not define
 * `__hash__`, that builtin (the value is the same JS object with another
 * `cls`, or for int and str a box holding the value).
 */
function hashingClass(cls: PyType): PyType {
  if (!cls.isHeapType) return cls;
  for (const klass of cls.mro) {
    if (klass.isHeapType) {
      if (klass.dict.has("__hash__")) return cls;
      continue;
    }
    const boxedBuiltins = [
      tupleType,
      floatType,
      frozensetType,
      bytesType,
      complexType,
      intType,
      strType,
    ];
    return boxedBuiltins.includes(klass) ? klass : cls;
  }
  return cls;
}

function objectHash(value: PyObject): number {
  const cls = hashingClass(value.cls);
  if (value instanceof PyBoxedInt && cls === intType) return tableHash(value.value);
  if (value instanceof PyBoxedStr && cls === strType) return tableHash(value.value);
  if (cls === tupleType) return hashTupleItems((value as PyTuple).items);
  if (cls === strType) return wideStrHash(value as PyWideStr);
  if (cls === floatType) {
    const float = (value as PyFloat).value;
    if (Number.isFinite(float) && !Number.isSafeInteger(float)) {
      const low = finiteFloatHashWords(float);
      hashHigh = u64[HIGH];
      return low;
    }
    return splitHash(floatHash(float, () => pointerHash(value)));
  }
  if (cls === frozensetType) {
    const low = (value as PySet).frozenHash();
    hashHigh = (value as PySet).frozenHashHigh;
    return low;
  }
  if (cls === bytesType) {
    const hash = bytesHash((value as PyBytes).bytes);
    hashHigh = hash >> 31;
    return hash;
  }
  if (cls === complexType) {
    const { real, imag } = value as PyComplex;
    return splitHash(complexHash(real, imag, () => pointerHash(value)));
  }
  if (cls === dictType || cls === setType || cls.lookup("__hash__") === null) {
    // dict, set, dict_keys, dict_items, and classes that set __hash__ = None.
    throw unhashable(value);
  }
  return splitHash(late.hash(value) as number | bigint);
}

export function unhashable(value: PyValue): PyObject {
  return pyError("TypeError", `unhashable type: '${typeOf(value).tpName}'`);
}

const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 0x1f3d;

/** A hash fixed for the life of the object (NaN floats; CPython uses the address). */
export function identityHash(value: object): number {
  let hash = identityHashes.get(value);
  if (hash === undefined) {
    nextIdentityHash = (nextIdentityHash + 0x9e3779b1) | 0;
    hash = nextIdentityHash === -1 ? -2 : nextIdentityHash;
    identityHashes.set(value, hash);
  }
  return hash;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function finish(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash === -1 ? -2 : hash;
}

/** Hash of a primitive str (int32, sign-extended to 64 bits by the caller). */
export function strHash(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  let hash = FNV_OFFSET ^ length;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return finish(hash);
}

function bytesHash(bytes: Uint8Array): number {
  const length = bytes.length;
  if (length === 0) return 0;
  let hash = FNV_OFFSET ^ length;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
  return finish(hash);
}

function wideStrHash(value: PyWideStr): number {
  let hash = value.hashValue;
  if (hash === 0) {
    const codePoints = value.codePoints;
    hash = FNV_OFFSET ^ codePoints.length;
    for (let i = 0; i < codePoints.length; i++) hash = Math.imul(hash ^ codePoints[i], FNV_PRIME);
    hash = finish(hash);
    value.hashValue = hash;
  }
  hashHigh = hash >> 31;
  return hash;
}

// xxHash64's primes as CPython's tuplehash uses them, split into 32-bit words.
const PRIME1_HIGH = 0x9e3779b1 | 0;
const PRIME1_LOW = 0x85ebca87 | 0;
const PRIME2_HIGH = 0xc2b2ae3d | 0;
const PRIME2_LOW = 0x27d4eb4f;
const PRIME5_HIGH = 0x27d4eb2f;
const PRIME5_LOW = 0x165667c5;
/** XXPRIME_5 ^ 3527539, CPython's length salt (low word; the high word is PRIME5_HIGH). */
const LENGTH_SALT_LOW = PRIME5_LOW ^ 3527539;

/**
 * CPython 3.11's tuple hash (xxHash64's round over the item hashes). Hot for
 * tuple keys, so the 64-bit steps are written out on int32 locals rather than
 * calling the hash_u64 helpers (2x faster, measured on 2-tuples).
 */
export function hashTupleItems(items: readonly PyValue[]): number {
  let accHigh = PRIME5_HIGH;
  let accLow = PRIME5_LOW;
  for (let i = 0; i < items.length; i++) {
    const laneLow = tableHash(items[i]);
    const laneHigh = hashHigh;
    // product = lane * PRIME2 (mod 2**64)
    const productHigh = multiplyHigh32(laneLow >>> 0, PRIME2_LOW) +
      Math.imul(laneLow, PRIME2_HIGH) + Math.imul(laneHigh, PRIME2_LOW);
    const productLow = Math.imul(laneLow, PRIME2_LOW);
    // acc += product
    const sumLow = (accLow >>> 0) + (productLow >>> 0);
    const sumHigh = (accHigh + productHigh + (sumLow > 0xffffffff ? 1 : 0)) | 0;
    // acc = rotate_left(acc, 31)
    const rotatedHigh = (sumHigh << 31) | (sumLow >>> 1);
    const rotatedLow = (sumLow << 31) | (sumHigh >>> 1);
    // acc *= PRIME1
    accHigh = (multiplyHigh32(rotatedLow >>> 0, PRIME1_LOW >>> 0) +
      Math.imul(rotatedLow, PRIME1_HIGH) + Math.imul(rotatedHigh, PRIME1_LOW)) | 0;
    accLow = Math.imul(rotatedLow, PRIME1_LOW);
  }
  const finalLow = (accLow >>> 0) + ((items.length ^ LENGTH_SALT_LOW) >>> 0);
  const finalHigh = (accHigh + PRIME5_HIGH + (finalLow > 0xffffffff ? 1 : 0)) | 0;
  if (finalHigh === -1 && (finalLow | 0) === -1) {
    hashHigh = 0;
    return 1546275796;
  }
  hashHigh = finalHigh;
  return finalLow | 0;
}

/**
 * a == b as containers compare keys: identity, then builtin equality, then
 * Python `__eq__` (which may mutate anything). Two objects of one exact
 * builtin class are decided first and inline: the floats, lists, dicts and
 * tuples of a loaded JSON document compared with its source.
 */
export function equalsForKey(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // Two distinct primitives are equal only as int and bool (1 == True).
  switch (typeof a) {
    case "number":
      if (typeof b === "boolean") return a === (b ? 1 : 0);
      if (typeof b !== "object" || b === null) return false;
      break;
    case "boolean":
      if (typeof b === "number") return b === (a ? 1 : 0);
      if (typeof b !== "object" || b === null) return false;
      break;
    case "string":
    case "bigint":
      if (typeof b !== "object" || b === null) return false;
      break;
    default:
      if (a === null) {
        if (typeof b !== "object" || b === null) return false;
      } else if (typeof b === "object" && b !== null) {
        const cls = a.cls;
        if (cls === b.cls) {
          if (cls === floatType) return (a as PyFloat).value === (b as PyFloat).value;
          if (cls === listType || cls === tupleType) return containersEqual(SEQUENCE, a, b);
          if (cls === dictType) return containersEqual(DICT, a, b);
        }
      }
  }
  return equalsSlow(a, b);
}

/** Container kinds for `containersEqual`: a list or a tuple (their `items`), a dict. */
export const SEQUENCE = 0, DICT = 1;

/**
 * PyObject_RichCompare(a, b, Py_EQ) for two lists or tuples (SEQUENCE) or
 * two dicts (DICT), of any classes, counted against the recursion limit as
 * CPython's Py_EnterRecursiveCall(" in comparison") counts it: nested
 * containers raise RecursionError at CPython's depth and with its message,
 * long before the JS stack runs out. (Inline rather than `enterComparison`:
 * the first comparison of a large document runs mostly unoptimized, where
 * every call costs.)
 */
export function containersEqual(kind: number, a: PyObject, b: PyObject): boolean {
  const state = thread;
  if (state.depth >= state.recursionLimit) throw comparisonRecursion();
  const atLimit = ++state.depth >= state.recursionLimit;
  try {
    if (kind === DICT) return dictEquals(a as PyDict, b as PyDict, atLimit);
    return sequencesEqual(a as PyList, b as PyList, atLimit);
  } finally {
    state.depth--;
  }
}

/**
 * Py_EnterRecursiveCall(" in comparison"): raises at the limit, else counts
 * one level (the caller decrements `thread.depth` when done). True when the
 * items compared under this level would be past the limit: comparing any two
 * that are not identical raises there (`comparisonRecursion`), as each such
 * item comparison enters once more in CPython.
 */
export function enterComparison(): boolean {
  const state = thread;
  if (state.depth >= state.recursionLimit) throw comparisonRecursion();
  return ++state.depth >= state.recursionLimit;
}

export function comparisonRecursion(): PyBaseException {
  return pyError("RecursionError", "maximum recursion depth exceeded in comparison");
}

/** The value of a builtin real number (int, bool, float), or undefined. */
function realValueOf(value: PyValue): number | bigint | undefined {
  switch (typeof value) {
    case "number":
    case "bigint":
      return value;
    case "boolean":
      return value ? 1 : 0;
    case "object":
      if (value !== null && value.cls === floatType) return (value as PyFloat).value;
  }
  return undefined;
}

/** Exact equality of two real values where at most one is a float. */
function realEquals(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === typeof b) return a === b;
  const float = (typeof a === "number" ? a : b) as number;
  const big = (typeof a === "bigint" ? a : b) as bigint;
  return Number.isInteger(float) && BigInt(float) === big;
}

function isBuiltinNumber(value: PyValue): boolean {
  const type = typeof value;
  if (type === "number" || type === "bigint" || type === "boolean") return true;
  if (type !== "object" || value === null) return false;
  const cls = (value as PyObject).cls;
  return cls === floatType || cls === complexType;
}

function equalsSlow(a: PyValue, b: PyValue): boolean {
  const aIsObject = typeof a === "object" && a !== null;
  const bIsObject = typeof b === "object" && b !== null;
  if (aIsObject && bIsObject) {
    // Two values of one exact builtin class (float, list, dict and tuple
    // were decided by equalsForKey).
    const cls = a.cls;
    if (cls === b.cls) {
      if (cls === strType) return strEquals(a as PyWideStr, b as PyWideStr);
      if (cls === bytesType) return bytesEqual((a as PyBytes).bytes, (b as PyBytes).bytes);
    }
  }
  if (isBuiltinNumber(a) && isBuiltinNumber(b)) return numbersEqual(a, b);
  if (aIsObject && bIsObject) {
    const cls = a.cls;
    if (isSetType(cls) && isSetType(b.cls)) return setEquals(a as PySet, b as PySet);
    if (isBuiltinValue(a) && isBuiltinValue(b)) return false;
    return late.equals(a, b);
  }
  // One primitive (str, int, bool, None) and one object: no builtin object
  // other than a number equals a primitive (wide strs never equal primitive strs).
  const object = (aIsObject ? a : b) as PyObject;
  if (isBuiltinValue(object)) return false;
  return late.equals(a, b);
}

function isSetType(cls: PyObject["cls"]): boolean {
  return cls === setType || cls === frozensetType;
}

/** Values of exact builtin types whose == this module decides completely. */
export function isBuiltinValue(value: PyObject): boolean {
  const cls = value.cls;
  return cls === tupleType || cls === strType || cls === bytesType || cls === floatType ||
    cls === complexType || cls === dictType || cls === setType || cls === frozensetType;
}

function numbersEqual(a: PyValue, b: PyValue): boolean {
  const realA = realValueOf(a);
  const realB = realValueOf(b);
  if (realA !== undefined && realB !== undefined) return realEquals(realA, realB);
  const complexA = a as PyComplex;
  const complexB = b as PyComplex;
  if (realA === undefined && realB === undefined) {
    return complexA.real === complexB.real && complexA.imag === complexB.imag;
  }
  const complex = realA === undefined ? complexA : complexB;
  const real = (realA === undefined ? realB : realA) as number | bigint;
  return complex.imag === 0 && realEquals(complex.real, real);
}

/**
 * list_richcompare (tuple's alike) for ==: lengths, then the items in order.
 * An item's `__eq__` may change either list, so each step reads them afresh,
 * and the lengths decide again at the end. `atLimit`: see enterComparison.
 */
function sequencesEqual(a: PyList | PyTuple, b: PyList | PyTuple, atLimit: boolean): boolean {
  if (a.items.length !== b.items.length) return false;
  for (let i = 0; i < a.items.length && i < b.items.length; i++) {
    const x = a.items[i], y = b.items[i];
    if (x === y) continue;
    if (atLimit) throw comparisonRecursion();
    if (!itemsEqual(x, y)) return false;
  }
  return a.items.length === b.items.length;
}

/**
 * equalsForKey for two items of a container, not identical: floats decided
 * here, nested containers straight to containersEqual (V8 inlines this into
 * the item loops; equalsForKey is too large for that).
 */
export function itemsEqual(x: PyValue, y: PyValue): boolean {
  if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) {
    const cls = x.cls;
    if (cls === y.cls) {
      if (cls === floatType) return (x as PyFloat).value === (y as PyFloat).value;
      if (cls === dictType) return containersEqual(DICT, x, y);
      if (cls === listType || cls === tupleType) return containersEqual(SEQUENCE, x, y);
    }
  } else if (typeof x === "string" && typeof y === "string") return false;
  return equalsForKey(x, y);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
