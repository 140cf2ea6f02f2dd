/**
 * repr() of the values dict and set reprs contain, and the recursion guard
 * (CPython's Py_ReprEnter / Py_ReprLeave) that turns a self-containing
 * container into `{...}`, `[...]` or `set(...)`.
 *
 * Builtin values of exact builtin types are written here directly; any other
 * object (a subclass instance, a user class, a list) goes through
 * `late.repr`, which calls its `__repr__`.
 */
import type { PyObject, PyValue } from "./object.ts";
import { strType } from "./core_types.ts";
import { floatType, type PyFloat } from "./float.ts";
import { complexType, type PyComplex } from "./complex.ts";
import { bytesType, type PyBytes } from "./bytes.ts";
import { type PyTuple, tupleType } from "./tuple.ts";
import type { PyWideStr } from "./str_wide.ts";
import { intToDecimal } from "./int_text.ts";
import { strRepr } from "../text/str_repr.ts";
import { reprOfStr } from "./str_convert.ts";
import { complexRepr, floatRepr } from "../text/float_repr.ts";
import { bytesRepr } from "../text/bytes_repr.ts";
import { Ellipsis, NotImplemented } from "./singletons.ts";
import { late } from "../runtime/late_protocols.ts";
import { thread } from "../runtime/thread_state.ts";

/** Objects whose repr is being computed (CPython keeps this list per thread). */
const reprInProgress = new Set<PyObject>();

/**
 * `write()` for `container`, or `recursive` when the container is already
 * being written further up the stack.
 */
export function guardedRepr(container: PyObject, recursive: string, write: () => string): string {
  if (reprInProgress.has(container)) return recursive;
  // Each nested container repr counts against the recursion limit, as CPython's
  // PyObject_Repr does, so {1: {1: ...}} 1100 deep raises RecursionError.
  thread.enterNative(" while getting the repr of an object");
  reprInProgress.add(container);
  try {
    return write();
  } finally {
    reprInProgress.delete(container);
    thread.leaveCall();
  }
}

/** Types whose repr is registered by the container modules (dict, set). */
const containerReprs = new Map<PyObject, (value: PyObject) => string>();

export function registerRepr(type: PyObject, repr: (value: PyObject) => string): void {
  containerReprs.set(type, repr);
}

/** repr(value). */
export function reprValue(value: PyValue): string {
  switch (typeof value) {
    case "string":
      return strRepr(value);
    case "number":
    case "bigint":
      return intToDecimal(value); // honours sys.set_int_max_str_digits
    case "boolean":
      return value ? "True" : "False";
  }
  if (value === null) return "None";
  const cls = value.cls;
  if (cls === floatType) return floatRepr((value as PyFloat).value);
  if (cls === tupleType) return tupleRepr(value as PyTuple);
  if (cls === strType) return reprOfStr(value as PyWideStr);
  if (cls === complexType) return complexRepr((value as PyComplex).real, (value as PyComplex).imag);
  if (cls === bytesType) return bytesRepr((value as PyBytes).bytes);
  if (value === NotImplemented) return "NotImplemented";
  if (value === Ellipsis) return "Ellipsis";
  const containerRepr = containerReprs.get(cls);
  if (containerRepr !== undefined) return containerRepr(value);
  return late.repr(value);
}

function tupleRepr(tuple: PyTuple): string {
  const items = tuple.items;
  if (items.length === 0) return "()";
  return guardedRepr(tuple, "(...)", () => {
    if (items.length === 1) return `(${reprValue(items[0])},)`;
    return `(${items.map(reprValue).join(", ")})`;
  });
}
