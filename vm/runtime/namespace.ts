/**
 * Name resolution for the eval loop: locals mapping (module and class
 * bodies), globals, builtins and cells, with CPython 3.11's error messages.
 */
import type { PyValue } from "../objects/object.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import {
  ExceptionType,
  PyBaseException,
  pyError,
  setExceptionField,
} from "../objects/exceptions.ts";
import type { CodeObject } from "../compiler/code.ts";
import type { PyType } from "../objects/type.ts";
import type { Frame } from "./frame.ts";
import { unboundLocalError } from "./raise.ts";
import { deleteSubscript, getSubscript, setSubscript } from "./subscript.ts";

function nameError(name: string): PyBaseException {
  const error = pyError("NameError", `name '${name}' is not defined`);
  setExceptionField(error, "name", name);
  return error;
}

/**
 * `locals[name]`, or undefined. A class body's namespace may be a dict
 * subclass from `__prepare__` (enum's _EnumDict) whose `__getitem__` and
 * `__setitem__` must run, as CPython calls them for every non-exact dict.
 */
function localValue(locals: PyDict | null, name: string): PyValue | undefined {
  if (locals === null) return undefined;
  if (locals.cls === dictType || inheritsDictSubscript(locals.cls)) return locals.get(name);
  try {
    return getSubscript(locals, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.KeyError)) {
      return undefined;
    }
    throw error;
  }
}

/**
 * Whether a dict subclass subscripts as dict does: neither `__getitem__` nor
 * `__missing__` of its own (enum's _EnumDict overrides only `__setitem__`).
 * Its misses then raise a KeyError no Python code sees, so none is made.
 */
function inheritsDictSubscript(cls: PyType): boolean {
  return cls.lookup("__getitem__") === dictType.lookup("__getitem__") &&
    cls.lookup("__missing__") === undefined;
}

/**
 * LOAD_NAME: the locals mapping, then globals (always read as a dict, as
 * CPython does), then builtins (through `__getitem__` when not an exact dict).
 */
export function loadName(frame: Frame, name: string): PyValue {
  const local = localValue(frame.locals, name);
  if (local !== undefined) return local;
  const global = frame.globals.get(name);
  if (global !== undefined) return global;
  const builtin = localValue(frame.builtins, name);
  if (builtin !== undefined) return builtin;
  throw nameError(name);
}

export function storeName(frame: Frame, name: string, value: PyValue): void {
  const locals = frame.locals;
  if (locals === null) throw pyError("SystemError", `no locals found when storing '${name}'`);
  if (locals.cls === dictType) locals.set(name, value);
  else setSubscript(locals, name, value);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) throw nameError(name);
  if (locals.cls === dictType) {
    if (!locals.delete(name)) throw nameError(name);
    return;
  }
  try {
    deleteSubscript(locals, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.KeyError)) {
      throw nameError(name);
    }
    throw error;
  }
}

export function loadGlobal(frame: Frame, name: string): PyValue {
  const global = frame.globals.get(name);
  if (global !== undefined) return global;
  const builtin = frame.builtins.get(name);
  if (builtin !== undefined) return builtin;
  throw nameError(name);
}

export function storeGlobal(frame: Frame, name: string, value: PyValue): void {
  frame.globals.set(name, value);
}

export function deleteGlobal(frame: Frame, name: string): void {
  if (!frame.globals.delete(name)) throw nameError(name);
}

/** The name of cell slot `index`: co_cellvars then co_freevars. */
function cellName(code: CodeObject, index: number): string {
  const cells = code.co_cellvars.length;
  return index < cells ? code.co_cellvars[index] : code.co_freevars[index - cells];
}

export function unboundCellError(code: CodeObject, index: number): PyBaseException {
  const name = cellName(code, index);
  if (index < code.co_cellvars.length) return unboundLocalError(name);
  return pyError(
    "NameError",
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
}

/** LOAD_CLASSDEREF: a class body reads a free variable, preferring its own namespace. */
export function loadClassDeref(frame: Frame, index: number): PyValue {
  const name = cellName(frame.code, index);
  const local = localValue(frame.locals, name);
  if (local !== undefined) return local;
  const value = frame.cells[index].contents;
  if (value === undefined) throw unboundCellError(frame.code, index);
  return value;
}

export function loadBuildClass(frame: Frame): PyValue {
  const buildClass = frame.builtins.get("__build_class__");
  if (buildClass === undefined) throw pyError("NameError", "__build_class__ not found");
  return buildClass;
}

export function setupAnnotations(frame: Frame): void {
  if (frame.locals === null) {
    throw pyError("SystemError", "no locals found when setting up annotations");
  }
  const locals = frame.locals;
  if (locals instanceof PyDict && locals.cls === dictType) {
    if (!locals.has("__annotations__")) locals.set("__annotations__", new PyDict());
  } else if (localValue(locals, "__annotations__") === undefined) {
    setSubscript(locals, "__annotations__", new PyDict());
  }
}

export function assertionErrorType(): PyValue {
  return ExceptionType.AssertionError;
}
