/**
 * The functions of the `builtins` module, with CPython 3.11's signatures
 * (argument errors come from the text signatures) and messages.
 */
import type { PyValue } from "../objects/object.ts";
import {
  nativeFunction,
  type PyBuiltinFunction,
  raiseQuietly,
  takeQuietRaise,
} from "../objects/native_function.ts";
import { isPlainGenerator, stopIteration } from "./generator.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { PyType } from "../objects/type.ts";
import { objectType } from "../objects/core_types.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyByteArray } from "../objects/bytearray.ts";
import { PyBoxedStr } from "../objects/str_boxed.ts";
import { NotImplemented } from "../objects/singletons.ts";
import {
  codePointsOf,
  isStr,
  type PyStr,
  strFromCodePoints,
  strLength,
} from "../objects/str_wide.ts";
import { asciiOf, reprOf, strOf } from "../objects/str_convert.ts";
import { formatValue } from "../objects/str_format.ts";
import { strOperand } from "../objects/str_boxed.ts";
import { indexValue } from "../objects/slice.ts";
import { intToBase } from "../objects/int_text.ts";
import { hashOf } from "./hash.ts";
import { objectId } from "./identity.ts";
import { callObject } from "./call.ts";
import { buildClass } from "./call_type.ts";
import { callableIterator } from "./types/iterator_types.ts";
import {
  attributeName,
  attributeOrMissing,
  deleteAttribute,
  getAttribute,
  getAttributeIfPresent,
  noAttribute,
  setAttribute,
  typeGetAttributeSlot,
} from "./attributes.ts";
import {
  forEachItem,
  getIterator,
  iterateToArray,
  nextOrUndefined,
  PyNativeIterator,
} from "./iteration.ts";
import { binaryOp, compareOp, isTrue } from "./operators.ts";
import { floatType, PyFloat } from "../objects/float.ts";
import { PUSH_DECLINED, PUSH_STOP, PUSH_TAKEN } from "./generator.ts";
import { dispatchBinary } from "./operators.ts";
import { callSpecialMethod, slotOf } from "./slots.ts";
import { late } from "./late_protocols.ts";
import { ternaryPower } from "./types/ternary_power.ts";
import { unionArgs } from "./types/union_type.ts";
import { specialStrResult } from "./types/constructors.ts";
import { PyInstance } from "../objects/instance.ts";
import { thread } from "./thread_state.ts";
import { frameLocals } from "./frame_locals.ts";
import { interpreter } from "./interpreter_state.ts";
import {
  PyTextIOWrapper,
  textFlush,
  textIOWrapperType,
  textWrite,
} from "../../stdlib/io_textio.ts";
import { BINARY_OPERATORS, COMPARE_OPERATORS } from "../compiler/opcodes.ts";
import { ExceptionType, PyBaseException } from "../objects/exceptions.ts";
import { typeType } from "../objects/core_types.ts";
import { itemsOfIterable } from "./length_hint.ts";

const ADD = BINARY_OPERATORS.findIndex(([kind]) => kind === "Add");
const POW = BINARY_OPERATORS.findIndex(([kind]) => kind === "Pow");
const LT = COMPARE_OPERATORS.findIndex(([kind]) => kind === "Lt");
const GT = COMPARE_OPERATORS.findIndex(([kind]) => kind === "Gt");

/** len(obj). */
/** divmod(x, y): `__divmod__`, else the reflected `__rdivmod__`. */
export function divmod(x: PyValue, y: PyValue): PyValue {
  const result = dispatchBinary(x, y, "__divmod__", "__rdivmod__");
  if (result === NotImplemented) {
    throw pyError(
      "TypeError",
      `unsupported operand type(s) for divmod(): '${typeOf(x).tpName}' and '${typeOf(y).tpName}'`,
    );
  }
  return result;
}

export function lengthOf(obj: PyValue): PyValue {
  if (isStr(obj)) return strLength(obj as PyStr);
  if ((obj instanceof PyList || obj instanceof PyTuple) && !obj.cls.isHeapType) {
    return obj.items.length;
  }
  if (obj instanceof PyDict && !obj.cls.isHeapType) return obj.size;
  const len = slotOf(typeOf(obj), "__len__");
  if (len === undefined) {
    throw pyError("TypeError", `object of type '${typeOf(obj).tpName}' has no len()`);
  }
  const result = len(obj);
  // slot_sq_length: the result goes through __index__.
  const length = typeof result === "number" ? result : late.index(result);
  if (length < 0) throw pyError("ValueError", "__len__() should return >= 0");
  if (typeof length === "bigint" && length > 2n ** 63n - 1n) {
    throw pyError("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  return length;
}

/** A str, int, bool, None, or an instance of a builtin float, list, tuple or dict type. */
function isUndisguised(value: PyValue): boolean {
  if (typeof value !== "object" || value === null) return true;
  return (value instanceof PyFloat || value instanceof PyList || value instanceof PyTuple ||
    value instanceof PyDict) && !value.cls.isHeapType;
}

export function classInfoCheck(
  value: PyValue,
  classinfo: PyValue,
  hook: "__instancecheck__" | "__subclasscheck__",
  what: string,
): boolean {
  if (hook === "__instancecheck__") {
    const type = typeOf(value);
    if (type === classinfo) return true;
    // Hot path (isinstance(x, int) on a str, in json.encoder's loops): a
    // class whose metaclass is `type` itself, and a value whose class no
    // `__class__` can disguise: only the MRO decides.
    if (classinfo instanceof PyType && classinfo.cls === typeType && isUndisguised(value)) {
      return type.isSubtypeOf(classinfo);
    }
  }
  const members = classinfo instanceof PyTuple ? classinfo.items : unionArgs(classinfo);
  if (members !== undefined) {
    return members.some((item) => classInfoCheck(value, item, hook, what));
  }
  if (classinfo instanceof PyType) {
    const meta = typeOf(classinfo);
    if (meta.definingClass(hook) !== undefined && meta.definingClass(hook)!.isHeapType) {
      return isTrue(callSpecialMethod(meta.lookup(hook)!, classinfo, [value]));
    }
    if (hook === "__instancecheck__") {
      return typeOf(value).isSubtypeOf(classinfo) ||
        claimedClass(value)?.isSubtypeOf(classinfo) === true;
    }
    if (!(value instanceof PyType)) {
      throw pyError("TypeError", "issubclass() arg 1 must be a class");
    }
    return value.isSubtypeOf(classinfo);
  }
  const check = typeOf(classinfo).lookup(hook);
  if (check !== undefined) return isTrue(callSpecialMethod(check, classinfo, [value]));
  const [kind, kinds] = hook === "__instancecheck__" ? ["type", "types"] : ["class", "classes"];
  throw pyError("TypeError", `${what} arg 2 must be a ${kind}, a tuple of ${kinds}, or a union`);
}

/**
 * object_isinstance's second chance: an instance whose `__class__` attribute
 * names another class (a proxy) is checked as that class.
 */
function claimedClass(value: PyValue): PyType | undefined {
  const type = typeOf(value);
  if (
    type.lookup("__class__") === objectType.dict.get("__class__") &&
    (type.lookup("__getattribute__") === objectType.dict.get("__getattribute__") ||
      type.lookup("__getattribute__") === typeGetAttributeSlot)
  ) return undefined;
  let claimed: PyValue;
  try {
    claimed = getAttribute(value, "__class__");
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
  return claimed instanceof PyType && claimed !== type ? claimed : undefined;
}

/**
 * Whether `a + b` is plain arithmetic: ints with ints (bools too), or
 * floats with floats and small ints. Such an addition runs no Python code
 * and cannot raise (a float plus a huge int would: OverflowError), so sum()
 * may do it inside a generator's frame (push mode).
 */
function addsQuietly(a: PyValue, b: PyValue): boolean {
  const integer = (v: PyValue) =>
    typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
  const small = (v: PyValue) =>
    typeof v === "number" || typeof v === "boolean" ||
    (v instanceof PyFloat && v.cls === floatType);
  return (integer(a) && integer(b)) || (small(a) && small(b));
}

/** A value whose truth needs no Python code (`__bool__`, `__len__`). */
function plainTruth(v: PyValue): boolean {
  return v === null || typeof v === "number" || typeof v === "boolean" ||
    typeof v === "bigint" || typeof v === "string" || (v instanceof PyFloat && v.cls === floatType);
}

/**
 * all() (`stopAt` false) and any() (true): whether the iteration went to
 * the end without meeting an item whose truth is `stopAt`.
 */
function untilTruth(iterable: PyValue, stopAt: boolean): boolean {
  let completed = true;
  const take = (item: PyValue) => {
    if (isTrue(item) !== stopAt) return true;
    completed = false;
    return false;
  };
  forEachItem(
    iterable,
    take,
    (item) => !plainTruth(item) ? PUSH_DECLINED : take(item) ? PUSH_TAKEN : PUSH_STOP,
  );
  return completed;
}

function minMax(
  name: "min" | "max",
  operator: number,
  args: PyValue[],
  keywords: Map<string, PyValue>,
): PyValue {
  if (args.length === 0) throw pyError("TypeError", `${name} expected at least 1 argument, got 0`);
  if (keywords.size > 2) {
    throw pyError(
      "TypeError",
      `${name}() takes at most 2 keyword arguments (${keywords.size} given)`,
    );
  }
  for (const key of keywords.keys()) {
    if (key !== "key" && key !== "default") {
      throw pyError("TypeError", `'${key}' is an invalid keyword argument for ${name}()`);
    }
  }
  const key = keywords.get("key") ?? null;
  if (args.length > 1 && keywords.has("default")) {
    throw pyError(
      "TypeError",
      `Cannot specify a default for ${name}() with multiple positional arguments`,
    );
  }
  // Each item's key is computed and compared as the item comes, as CPython's min_max does.
  let found = false;
  let best: PyValue = null;
  let bestKey: PyValue = null;
  const take = (item: PyValue) => {
    const itemKey = key === null ? item : callObject(key, [item], null);
    if (!found || isTrue(compareOp(operator, itemKey, bestKey))) {
      best = item;
      bestKey = itemKey;
      found = true;
    }
    return true;
  };
  if (args.length === 1) {
    forEachItem(
      args[0],
      take,
      (item) =>
        key === null && plainNumber(item) && (!found || plainNumber(bestKey))
          ? (take(item), PUSH_TAKEN)
          : PUSH_DECLINED,
    );
  } else args.forEach(take);
  if (!found) {
    if (keywords.has("default")) return keywords.get("default")!;
    throw pyError("ValueError", `${name}() arg is an empty sequence`);
  }
  return best;
}

/** An int or exact float: compared with another without Python code or an exception. */
function plainNumber(v: PyValue): boolean {
  return typeof v === "number" || typeof v === "bigint" ||
    (v instanceof PyFloat && v.cls === floatType);
}

function codePointOf(value: PyValue): number {
  if (value instanceof PyBytes || value instanceof PyByteArray) {
    if (value.bytes.length !== 1) {
      throw pyError(
        "TypeError",
        `ord() expected a character, but string of length ${value.bytes.length} found`,
      );
    }
    return value.bytes[0];
  }
  if (value instanceof PyBoxedStr) value = value.value;
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `ord() expected string of length 1, but ${typeOf(value).tpName} found`,
    );
  }
  const points = codePointsOf(value as PyStr);
  if (points.length !== 1) {
    throw pyError(
      "TypeError",
      `ord() expected a character, but string of length ${points.length} found`,
    );
  }
  return points[0];
}

function print(
  args: PyValue[],
  sep: PyValue,
  end: PyValue,
  file: PyValue,
  flush: PyValue,
): PyValue {
  for (const [name, value] of [["sep", sep], ["end", end]] as const) {
    if (value !== null && !isStr(value)) {
      throw pyError("TypeError", `${name} must be None or a string, not ${typeOf(value).tpName}`);
    }
  }
  const separator: PyStr = sep === null ? " " : sep as PyStr;
  const ending: PyStr = end === null ? "\n" : end as PyStr;
  const target = file === null ? interpreter().sys.dict.get("stdout") ?? null : file;
  if (target === null) return null; // CPython: print() is a no-op when sys.stdout is None
  if (target instanceof PyTextIOWrapper && target.cls === textIOWrapperType) {
    // A native text stream: its write() called directly, piece by piece as
    // CPython's builtin_print writes (so an argument whose __str__ raises
    // leaves the arguments and separators before it written).
    for (let i = 0; i < args.length; i++) {
      if (i > 0) textWrite(target, separator);
      textWrite(target, strOf(args[i]));
    }
    textWrite(target, ending);
    if (isTrue(flush)) textFlush(target);
    return null;
  }
  // Any other file: write() per piece, as CPython's print does.
  const write = getAttribute(target, "write");
  for (let i = 0; i < args.length; i++) {
    if (i > 0) callObject(write, [separator], null);
    callObject(write, [strOf(args[i])], null);
  }
  callObject(write, [ending], null);
  if (isTrue(flush)) callObject(getAttribute(target, "flush"), [], null);
  return null;
}

function sortedNames(names: PyValue[]): PyList {
  const list = new PyList(names);
  callObject(getAttribute(list, "sort"), [], null);
  return list;
}

export function builtinFunctions(): PyBuiltinFunction[] {
  return [
    nativeFunction("print", "*args, sep=None, end=None, file=None, flush=False", print),
    nativeFunction("len", "obj, /", lengthOf),
    // A user class's __repr__ may return a str subclass instance: repr() returns it as it is.
    nativeFunction(
      "repr",
      "obj, /",
      (obj: PyValue) => obj instanceof PyInstance ? specialStrResult(obj, "__repr__") : reprOf(obj),
    ),
    nativeFunction("ascii", "obj, /", (obj: PyValue) => asciiOf(obj)),
    nativeFunction("format", "value, format_spec='', /", (value: PyValue, spec: PyValue) => {
      const text = strOperand(spec); // a str subclass instance is accepted
      if (text === undefined) {
        throw pyError("TypeError", `format() argument 2 must be str, not ${typeOf(spec).tpName}`);
      }
      return formatValue(value, text);
    }),
    nativeFunction(
      "isinstance",
      "obj, class_or_tuple, /",
      (obj: PyValue, classinfo: PyValue) =>
        classInfoCheck(obj, classinfo, "__instancecheck__", "isinstance()"),
    ),
    nativeFunction(
      "issubclass",
      "cls, class_or_tuple, /",
      (cls: PyValue, classinfo: PyValue) =>
        classInfoCheck(cls, classinfo, "__subclasscheck__", "issubclass()"),
    ),
    nativeFunction("iter", "object, sentinel=?, /", (obj: PyValue, sentinel?: PyValue) => {
      return sentinel === undefined ? getIterator(obj) : callableIterator(obj, sentinel);
    }),
    nativeFunction("next", "iterator, default=?, /", (iterator: PyValue, fallback?: PyValue) => {
      const value = nextQuietly(iterator, fallback);
      if (value === undefined) throw takeQuietRaise();
      return value;
    }, { quiet: nextQuietly }),
    nativeFunction("abs", "x, /", (x: PyValue) => {
      if (typeof x === "number") return Math.abs(x);
      const abs = slotOf(typeOf(x), "__abs__");
      if (abs === undefined) {
        throw pyError("TypeError", `bad operand type for abs(): '${typeOf(x).tpName}'`);
      }
      return abs(x);
    }),
    nativeFunction(
      "min",
      "*args, **kwargs",
      (args: PyValue[], kw: Map<string, PyValue>) => minMax("min", LT, args, kw),
    ),
    nativeFunction(
      "max",
      "*args, **kwargs",
      (args: PyValue[], kw: Map<string, PyValue>) => minMax("max", GT, args, kw),
    ),
    nativeFunction("sum", "iterable, /, start=0", (iterable: PyValue, start: PyValue) => {
      if (isStr(start)) {
        throw pyError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
      }
      if (start instanceof PyBytes) {
        throw pyError("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]");
      }
      if (start instanceof PyByteArray) {
        throw pyError("TypeError", "sum() can't sum bytearray [use b''.join(seq) instead]");
      }
      let total: PyValue = start;
      const add = (item: PyValue) => {
        if (typeof total === "number" && typeof item === "number") {
          // Two small ints (CPython's own fast path): their sum while it stays small.
          const sum = total + item;
          if (Number.isSafeInteger(sum)) {
            total = sum + 0; // (no -0)
            return true;
          }
        }
        total = binaryOp(ADD, total, item);
        return true;
      };
      forEachItem(
        iterable,
        add,
        (item) => addsQuietly(total, item) ? (add(item), PUSH_TAKEN) : PUSH_DECLINED,
      );
      return total;
    }),
    nativeFunction(
      "sorted",
      "*args, **kwargs",
      // Keywords go to list.sort unchecked, so its messages name sort(), as in CPython.
      (args: PyValue[], kwargs: Map<string, PyValue>) => {
        if (args.length !== 1) {
          throw pyError("TypeError", `sorted expected 1 argument, got ${args.length}`);
        }
        const list = new PyList(itemsOfIterable(args[0]));
        callObject(
          getAttribute(list, "sort"),
          [...kwargs.values()],
          kwargs.size > 0 ? [...kwargs.keys()] : null,
        );
        return list;
      },
    ),
    nativeFunction("any", "iterable, /", (iterable: PyValue) => !untilTruth(iterable, true)),
    nativeFunction("all", "iterable, /", (iterable: PyValue) => untilTruth(iterable, false)),
    nativeFunction("hash", "obj, /", (obj: PyValue) => hashOf(obj)),
    nativeFunction("id", "obj, /", (obj: PyValue) => objectId(obj)),
    nativeFunction(
      "callable",
      "obj, /",
      (obj: PyValue) => obj instanceof PyType || typeOf(obj).lookup("__call__") !== undefined,
    ),
    nativeFunction(
      "getattr",
      "object, name, default=?, /",
      (obj: PyValue, name: PyValue, fallback?: PyValue) => {
        const value = getattrQuietly(obj, name, fallback);
        if (value === undefined) throw takeQuietRaise();
        return value;
      },
      { quiet: getattrQuietly },
    ),
    nativeFunction(
      "setattr",
      "obj, name, value, /",
      (obj: PyValue, name: PyValue, value: PyValue) => {
        setAttribute(obj, attributeName(name), value);
        return null;
      },
    ),
    nativeFunction("delattr", "obj, name, /", (obj: PyValue, name: PyValue) => {
      deleteAttribute(obj, attributeName(name));
      return null;
    }),
    nativeFunction("hasattr", "obj, name, /", (obj: PyValue, name: PyValue) => {
      return getAttributeIfPresent(obj, attributeName(name)) !== undefined;
    }),
    nativeFunction("chr", "i, /", (i: PyValue) => {
      const n = indexValue(
        i,
        () => `'${typeOf(i).tpName}' object cannot be interpreted as an integer`,
      );
      if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
        throw pyError("OverflowError", "Python int too large to convert to C int");
      }
      if (n < 0 || n > 0x10ffff) throw pyError("ValueError", "chr() arg not in range(0x110000)");
      return strFromCodePoints([n]);
    }),
    nativeFunction("ord", "c, /", codePointOf),
    nativeFunction("divmod", "x, y, /", divmod),
    nativeFunction("vars", "object=?, /", (obj?: PyValue) => {
      if (obj === undefined) return frameLocals(thread.current!);
      try {
        return getAttribute(obj, "__dict__");
      } catch (error) {
        if (
          error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)
        ) {
          throw pyError("TypeError", "vars() argument must have __dict__ attribute");
        }
        throw error;
      }
    }),
    nativeFunction("dir", "object=?, /", (obj?: PyValue) => {
      if (obj === undefined) {
        const names = frameLocals(thread.current!);
        // PyMapping_Keys: only an exact dict is read directly; a subclass's keys() is called.
        if (!(names instanceof PyDict) || names.cls !== dictType) {
          return sortedNames(iterateToArray(callObject(getAttribute(names, "keys"), [], null)));
        }
        return sortedNames(names.keys.filter((key): key is PyValue => key !== undefined));
      }
      const dir = slotOf(typeOf(obj), "__dir__");
      if (dir === undefined) throw pyError("TypeError", "object does not provide __dir__");
      return sortedNames(iterateToArray(dir(obj)));
    }),
    nativeFunction("round", "number, ndigits=None", (number: PyValue, ndigits: PyValue) => {
      const round = slotOf(typeOf(number), "__round__");
      if (round === undefined) {
        throw pyError("TypeError", `type ${typeOf(number).tpName} doesn't define __round__ method`);
      }
      return ndigits === null ? round(number) : round(number, ndigits);
    }),
    nativeFunction("pow", "base, exp, mod=None", (base: PyValue, exp: PyValue, mod: PyValue) => {
      if (mod === null) return binaryOp(POW, base, exp);
      return ternaryPower(base, exp, mod);
    }),
    ...([["bin", 2], ["oct", 8], ["hex", 16]] as const).map(([name, base]) =>
      nativeFunction(
        name,
        "number, /",
        (number: PyValue) =>
          intToBase(
            indexValue(
              number,
              () => `'${typeOf(number).tpName}' object cannot be interpreted as an integer`,
            ),
            base,
          ),
      )
    ),
    nativeFunction("globals", "", () => thread.current!.globals),
    nativeFunction("locals", "", () => frameLocals(thread.current!)),
    nativeFunction(
      "__build_class__",
      "*args, **kwargs",
      (args: PyValue[], kwargs: Map<string, PyValue>) =>
        buildClass([...args, ...kwargs.values()], kwargs.size ? [...kwargs.keys()] : null),
    ),
  ];
}

/**
 * next(): an exhausted iterator's StopIteration is raised quietly
 * (native_function.ts). A generator is resumed directly: its type's
 * `__next__` can be neither replaced nor inherited.
 */
function nextQuietly(iterator: PyValue, fallback?: PyValue): PyValue | undefined {
  if (isPlainGenerator(iterator)) {
    const result = iterator.resume(null);
    if (!result.done) return result.value;
    return fallback !== undefined ? fallback : raiseQuietly(stopIteration(result.value));
  }
  if (
    !(iterator instanceof PyNativeIterator) && slotOf(typeOf(iterator), "__next__") === undefined
  ) {
    throw pyError("TypeError", `'${typeOf(iterator).tpName}' object is not an iterator`);
  }
  if (fallback === undefined && !(iterator instanceof PyNativeIterator)) {
    // Without a default, the iterator's own StopIteration (and its value) propagates.
    return slotOf(typeOf(iterator), "__next__")!(iterator);
  }
  const value = nextOrUndefined(iterator);
  if (value !== undefined) return value;
  if (fallback !== undefined) return fallback;
  return raiseQuietly(pyError("StopIteration"));
}

/** getattr(): a plain miss raises its AttributeError quietly (native_function.ts). */
function getattrQuietly(obj: PyValue, name: PyValue, fallback?: PyValue): PyValue | undefined {
  const key = attributeName(name);
  if (fallback === undefined) {
    const found = attributeOrMissing(obj, key);
    return found !== undefined ? found : raiseQuietly(noAttribute(obj, key));
  }
  const value = getAttributeIfPresent(obj, key); // not ??: None is a value
  return value === undefined ? fallback : value;
}
