/**
 * PyObject_LengthHint: how many items an iterable will probably give, for
 * operator.length_hint() and for the constructors that size their result
 * first (list(), tuple(), list.extend(), sorted()). `len()` if the type has `__len__` (a
 * TypeError from it means "unknown"), else `__length_hint__` (NotImplemented
 * or a TypeError mean "unknown"), else the default. The hint is only a size:
 * what matters to Python code is that these methods are called, and with
 * CPython's checks of their result.
 */
import type { PyValue } from "../objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { NotImplemented } from "../objects/singletons.ts";
import { slotOf } from "./slots.ts";
import { lengthOf } from "./builtin_functions.ts";
import { frozensetType, PySet, setType } from "../objects/set.ts";
import { drainIterator, exactItems, getIterator } from "./iteration.ts";

/** `f()`, or undefined when it raises TypeError (PyObject_LengthHint's rule). */
function unlessTypeError<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      return undefined;
    }
    throw error;
  }
}

export function lengthHint(obj: PyValue, defaultValue: PyValue): PyValue {
  if (slotOf(typeOf(obj), "__len__") !== undefined) {
    const length = unlessTypeError(() => lengthOf(obj));
    if (length !== undefined) return length;
  }
  const hint = slotOf(typeOf(obj), "__length_hint__");
  if (hint === undefined) return defaultValue;
  const result = unlessTypeError(() => hint(obj));
  if (result === undefined || result === NotImplemented) return defaultValue;
  if (typeof result !== "number" && typeof result !== "bigint" && typeof result !== "boolean") {
    throw pyError(
      "TypeError",
      `__length_hint__ must be an integer, not ${typeOf(result).tpName}`,
    );
  }
  if (Number(result) < 0) throw pyError("ValueError", "__length_hint__() should return >= 0");
  return result;
}

/**
 * The items of an iterable as list(), list.extend(), tuple() and sorted()
 * read them: iter() first, then the length hint, then the items. Only Python
 * classes can observe the hint (builtin types answer without running code),
 * so only theirs is asked.
 */
export function itemsOfIterable(iterable: PyValue): PyValue[] {
  const items = exactItems(iterable);
  if (items !== undefined) return items.slice();
  if (iterable instanceof PySet && (iterable.cls === setType || iterable.cls === frozensetType)) {
    // The keys in table order, as set_iterator gives them, without a __next__ call per key
    // (sorted(set(...)) of 110k strs: 9% of the run went to draining the iterator).
    return iterable.keyList();
  }
  const iterator = getIterator(iterable);
  if (typeOf(iterable).isHeapType) lengthHint(iterable, 8);
  return drainIterator(iterator);
}
