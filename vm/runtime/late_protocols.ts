/**
 * Protocol operations on objects whose behaviour is defined in Python (user
 * classes with `__hash__`, `__eq__`, `__index__`, ...). Leaf modules of the
 * object model (dict, int, str, ...) handle builtin values themselves and
 * call these for anything else. The interpreter installs the real
 * implementations at start-up (`installLateProtocols`), because they need to
 * call Python code; before that, each raises a SystemError naming itself, so a
 * missing wire-up is loud, never silent.
 */
import type { PyObject, PyValue } from "../objects/object.ts";
import { pyError } from "../objects/exceptions.ts";

export interface LateProtocols {
  /** hash(obj) for an object that is not a builtin value with a native hash. */
  hash(obj: PyObject): number | bigint;
  /** a == b after the native fast paths failed; returns a truth value. */
  equals(a: PyValue, b: PyValue): boolean;
  /** repr(obj) / str(obj) for arbitrary objects. */
  repr(obj: PyValue): string;
  str(obj: PyValue): string;
  /** operator.index(obj): an int from `__index__`, or TypeError. */
  index(obj: PyValue): number | bigint;
  /** float(obj) through `__float__` / `__index__`. */
  toFloat(obj: PyValue): number;
  /** bool(obj): `__bool__`, then `__len__`. */
  truth(obj: PyValue): boolean;
  /** Iterate any iterable, calling `__iter__`/`__next__`. */
  iterate(obj: PyValue): Iterable<PyValue>;
  /** All items of any iterable at once (PySequence_Fast; a generator runs in push mode). */
  iterateToArray(obj: PyValue): PyValue[];
  /** Call any callable. */
  call(callable: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue;
  /** getattr(obj, name). */
  getAttribute(obj: PyValue, name: string): PyValue;
  /** Call a special method found on the type of `self` (through `__get__` unless a function). */
  callSpecial(method: PyValue, self: PyValue, args: PyValue[]): PyValue;
  /** warnings.warn(message, DeprecationWarning) about the calling Python code. */
  deprecation(message: string): void;
  /**
   * warnings.warn_explicit() of a compile-time warning about `filename`:
   * true when a filter turned it into an error of that category.
   */
  compileWarning(
    category: CompileWarningCategory,
    message: string,
    filename: string,
    lineno: number,
  ): boolean;
}

export type CompileWarningCategory = "SyntaxWarning" | "DeprecationWarning";

function notInstalled(operation: string): never {
  throw pyError("SystemError", `${operation} is not available: the interpreter is not initialised`);
}

export const late: LateProtocols = {
  hash: () => notInstalled("hash of a Python-defined object"),
  equals: () => notInstalled("== on Python-defined objects"),
  repr: () => notInstalled("repr of a Python-defined object"),
  str: () => notInstalled("str of a Python-defined object"),
  index: () => notInstalled("__index__ of a Python-defined object"),
  toFloat: () => notInstalled("__float__ of a Python-defined object"),
  truth: () => notInstalled("truth value of a Python-defined object"),
  iterate: () => notInstalled("iteration over a Python-defined object"),
  iterateToArray: () => notInstalled("iteration over a Python-defined object"),
  call: () => notInstalled("calling a Python-defined object"),
  getAttribute: () => notInstalled("attribute lookup on a Python-defined object"),
  callSpecial: () => notInstalled("calling a special method"),
  deprecation: () => notInstalled("a DeprecationWarning"),
  compileWarning: () => notInstalled("a compile-time warning"),
};

export function installLateProtocols(implementations: LateProtocols): void {
  Object.assign(late, implementations);
}
