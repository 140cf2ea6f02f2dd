/**
 * Runtime support for `match` statements: the MATCH_* instructions and
 * GET_LEN, with CPython 3.11's rules (ceval.c match_class / match_keys).
 */
import type { PyValue } from "../objects/object.ts";
import { PyDict } from "../objects/dict.ts";
import { PyList } from "../objects/list.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyType } from "../objects/type.ts";
import { boolType, intType, strType } from "../objects/core_types.ts";
import { floatType } from "../objects/float.ts";
import { bytesType } from "../objects/bytes.ts";
import { listType } from "../objects/list.ts";
import { tupleType } from "../objects/tuple.ts";
import { dictType } from "../objects/dict.ts";
import { frozensetType, setType } from "../objects/set.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { reprOf } from "../objects/str_convert.ts";
import { toJsString } from "../objects/str_wide.ts";
import { getAttribute } from "./attributes.ts";
import { callObject } from "./call.ts";
import { equals } from "./operators.ts";
import { rangeType } from "./types/range_type.ts";
import { memoryviewType } from "../objects/memoryview.ts";
import { mappingproxyType } from "./types/mappingproxy_type.ts";

/** Types whose instances a class pattern with one positional sub-pattern matches as a whole. */
const MATCHES_SELF = new Set<PyType>([
  boolType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  setType,
  strType,
  tupleType,
]); // deno-fmt-ignore

/**
 * CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING: which types sequence and
 * mapping patterns accept. Builtins set them statically; collections.abc's
 * Sequence and Mapping set them through `__abc_tpflags__`, and registering a
 * class with such an ABC flags it (stdlib/_abc.ts). A class inherits the flag
 * of the first class in its MRO that has one.
 */
export type CollectionKind = "sequence" | "mapping";
const collectionKinds = new Map<PyType, CollectionKind>([
  [listType, "sequence"],
  [tupleType, "sequence"],
  [rangeType, "sequence"],
  [memoryviewType, "sequence"],
  [dictType, "mapping"],
  [mappingproxyType, "mapping"],
]);

export function registerCollectionKind(type: PyType, kind: CollectionKind): void {
  collectionKinds.set(type, kind);
}

export function collectionKindOf(type: PyType): CollectionKind | undefined {
  for (const klass of type.mro) {
    const kind = collectionKinds.get(klass);
    if (kind !== undefined) return kind;
  }
  return undefined;
}

export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;

/** The Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bit of `type`, for `__flags__`. */
export function collectionFlag(type: PyType): number {
  const kind = collectionKindOf(type);
  return kind === "sequence" ? TPFLAGS_SEQUENCE : kind === "mapping" ? TPFLAGS_MAPPING : 0;
}

export const matchSequence = (subject: PyValue): boolean =>
  collectionKindOf(typeOf(subject)) === "sequence";
export const matchMapping = (subject: PyValue): boolean =>
  collectionKindOf(typeOf(subject)) === "mapping";

/** MATCH_KEYS: the values for `keys`, or None when one is missing. */
export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const wanted = (keys as PyTuple).items;
  if (wanted.length === 0) return newTuple([]);
  const values: PyValue[] = [];
  const seen: PyValue[] = [];
  const marker = new PyList([]);
  const get = getAttribute(subject, "get");
  for (const key of wanted) {
    if (seen.some((other) => equals(other, key))) {
      throw pyError(
        "ValueError",
        `mapping pattern checks duplicate key (${toJsString(reprOf(key))})`,
      );
    }
    seen.push(key);
    const value = subject instanceof PyDict && subject.cls === dictType
      ? subject.get(key) ?? marker
      : callObject(get, [key, marker], null);
    if (value === marker) return null;
    values.push(value);
  }
  return newTuple(values);
}

function attributeOrMissing(subject: PyValue, name: string): PyValue | undefined {
  try {
    return getAttribute(subject, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

/** MATCH_CLASS: the sub-pattern subjects as a tuple, or None when `subject` does not match. */
export function matchClass(
  subject: PyValue,
  cls: PyValue,
  positional: number,
  kwnames: PyValue,
): PyValue {
  if (!(cls instanceof PyType)) throw pyError("TypeError", "called match pattern must be a type");
  if (!typeOf(subject).isSubtypeOf(cls)) return null;
  const names: string[] = [];
  const values: PyValue[] = [];
  const fetch = (name: string): boolean => {
    if (names.includes(name)) {
      throw pyError("TypeError", `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    }
    names.push(name);
    const value = attributeOrMissing(subject, name);
    if (value === undefined) return false;
    values.push(value);
    return true;
  };
  if (positional > 0) {
    const matchArgs = attributeOrMissing(cls, "__match_args__");
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple)) {
        throw pyError(
          "TypeError",
          `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).tpName})`,
        );
      }
      if (positional > matchArgs.items.length) {
        const allowed = matchArgs.items.length;
        throw pyError(
          "TypeError",
          `${cls.name}() accepts ${allowed} positional sub-pattern${
            allowed === 1 ? "" : "s"
          } (${positional} given)`,
        );
      }
      for (let i = 0; i < positional; i++) {
        const name = matchArgs.items[i];
        if (typeof name !== "string") {
          throw pyError(
            "TypeError",
            `__match_args__ elements must be strings (got ${typeOf(name).tpName})`,
          );
        }
        if (!fetch(name)) return null;
      }
    } else if (cls.mro.some((klass) => MATCHES_SELF.has(klass))) {
      if (positional > 1) {
        throw pyError(
          "TypeError",
          `${cls.name}() accepts 1 positional sub-pattern (${positional} given)`,
        );
      }
      values.push(subject);
    } else {
      throw pyError(
        "TypeError",
        `${cls.name}() accepts 0 positional sub-patterns (${positional} given)`,
      );
    }
  }
  for (const name of (kwnames as PyTuple).items as string[]) {
    if (!fetch(name)) return null;
  }
  return newTuple(values);
}
