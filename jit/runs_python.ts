/**
 * Which residual calls of a trace may run Python code without calling a
 * Python function themselves: an operator whose operand's class defines
 * `__add__`, an attribute with a property getter, `x in items` comparing
 * with `__eq__`, `sorted` with a Python key, a generator a native iterates.
 * Such code may look at its caller's frame (`sys._getframe(1).f_locals`,
 * `f_lineno`, `inspect.stack()`), so the trace makes the frame right
 * before the call, as it does before a call of a Python function
 * (backend/js.ts: the looping frame's locals are written back; a trace
 * without a frame leaves first).
 *
 * The answer is decided once, when the call is recorded, from the values
 * it was made with, and must hold for every later run of the trace: it is
 * "no" only when no value the call is given can carry Python code — ints,
 * floats, strs, bytes, None, builtin types and functions — or when the
 * call only stores or counts what it is given (list.append, len of a
 * builtin container). Anything else (an instance of a class of the
 * program, a container whose items may be one) is "maybe". The cost of a
 * wrong "maybe" is a few stores before a call that is slow anyway.
 */
import { PyObject } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../vm/objects/native_function.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyTuple } from "../vm/objects/tuple.ts";

/** Helpers that only store or build from what they are given (no method of it is looked up). */
const STORING_HELPERS = new Set([
  "buildTuple",
  "buildList",
  "listToTuple",
  "listAppend",
  "makeFunction",
  "makeFunctionIn",
  "intOfText",
  "construct", // (a plain class's native __new__: recorder.ts; its __init__ is inlined after)
]);

/**
 * Methods of builtin containers that store, remove or count items without
 * looking at them (list.append stores its argument: it may be anything).
 */
const STORING_METHODS = new Set([
  "list.pop",
  "list.clear",
  "list.copy",
  "list.reverse",
  "dict.keys",
  "dict.values",
  "dict.items",
  "dict.copy",
  "dict.clear",
]);

/** A value no operation can run Python code through. */
function inert(value: unknown): boolean {
  if (!(value instanceof PyObject)) return true; // (int, bool, str, None: JS primitives)
  if (value instanceof PyType) return !value.isHeapType;
  if (value instanceof PyFloat || value instanceof PyBytes || value instanceof PyBoxedStr) {
    return !value.cls.isHeapType;
  }
  return value instanceof PyBuiltinFunction || value instanceof PyMethodDescriptor;
}

/** An exact list, dict or tuple (not a subclass). */
function plainContainer(value: unknown): boolean {
  return (value instanceof PyList || value instanceof PyDict || value instanceof PyTuple) &&
    !value.cls.isHeapType;
}

/**
 * Whether the residual call of helper `name` with `values` (the helper's
 * arguments as recorded) may run Python code. Calls of Python functions
 * themselves (`callPython`, call_direct) are not asked.
 */
export function mayRunPython(name: string, values: readonly unknown[]): boolean {
  if (STORING_HELPERS.has(name)) return false;
  if (name === "length") return !plainContainer(values[0]) && !inert(values[0]);
  if (name.startsWith("callMethod")) {
    const method = (values[0] as PyMethodDescriptor).qualname;
    if (plainContainer(values[1])) {
      if (method === "list.append") return false;
      if (STORING_METHODS.has(method)) return !values.slice(2).every(inert);
    }
  }
  return !values.every(inert);
}
