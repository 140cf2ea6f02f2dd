/**
 * Which native callables never look at the Python frame stack. A trace may
 * call those while frames of its own are missing from the stack: from an
 * inlined (virtual) frame (recorder.ts), and from a trace running without
 * its frame (direct_calls.ts). Anything else is called only with every
 * frame in place. (Python code such a native may run through what it is
 * given, a sort key say, is another matter: runs_python.ts.)
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyType } from "../vm/objects/type.ts";
import { typeType } from "../vm/objects/core_types.ts";
import { superType } from "../vm/runtime/types/super_type.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../vm/objects/native_function.ts";

/** Builtins that read their caller's frame (its locals, globals, exception, position). */
const FRAME_READERS = new Set([
  "globals",
  "locals",
  "vars",
  "dir",
  "eval",
  "exec",
  "compile",
  "super",
  "__import__",
  "breakpoint",
  "_getframe",
  "exc_info",
  "exception",
]);

/** Modules whose functions never look at the Python frame stack. */
const FRAME_BLIND_MODULES = new Set([
  "builtins",
  "math",
  "cmath",
  "_operator",
  "_bisect",
  "_heapq",
  "itertools",
  "_struct",
  "binascii",
  "_random",
  "time",
]);

/** Whether `callee` is a builtin that reads its caller's frame (`locals()`, `sys._getframe`, ...). */
export function readsFrame(callee: PyBuiltinFunction): boolean {
  return FRAME_READERS.has(callee.name);
}

/**
 * A native callable that cannot see the frame stack: a method of a builtin
 * type, or a function of a module known not to look at frames — never one
 * that reads the caller's frame (`warnings.warn` with its stacklevel,
 * `sys._getframe`, `locals()`, ...). Undefined stands for the runtime's own
 * helpers (operators, subscripts, ... on builtin types).
 */
export function frameBlind(callee: PyValue | undefined): boolean {
  if (callee === undefined) return true;
  // Builtin types (list(x), int(s), ...) and their methods read no frames.
  if (callee instanceof PyType) {
    return callee.isHeapType ? builtinConstruction(callee) : callee !== superType;
  }
  if (callee instanceof PyMethodDescriptor) return true;
  if (!(callee instanceof PyBuiltinFunction) || readsFrame(callee)) return false;
  return callee.self !== undefined || FRAME_BLIND_MODULES.has(callee.module ?? "builtins");
}

/**
 * Whether instantiating class `cls` runs no Python code: its metaclass is
 * `type` and no class of its MRO before the first builtin one defines
 * `__new__` or `__init__` (an exception class with a body of `pass`).
 */
function builtinConstruction(cls: PyType): boolean {
  if (cls.cls !== typeType) return false;
  const builtin = cls.mro.find((klass) => !klass.isHeapType);
  return builtin !== undefined && cls.lookup("__new__") === builtin.lookup("__new__") &&
    cls.lookup("__init__") === builtin.lookup("__init__");
}
