/** MAKE_FUNCTION: a function object from a code object and what the stack supplies. */
import type { PyValue } from "../objects/object.ts";
import { PyFunction } from "../objects/function.ts";
import type { PyTuple } from "../objects/tuple.ts";
import type { PyDict } from "../objects/dict.ts";
import type { PyCell } from "../objects/cell.ts";
import type { PyCode } from "./code_object.ts";

/** The function, given the namespaces of the frame running MAKE_FUNCTION. */
export function makeFunction(
  globals: PyDict,
  builtins: PyDict,
  code: PyValue,
  defaults: PyValue | null,
  kwdefaults: PyValue | null,
  annotations: PyValue | null,
  closure: PyValue | null,
): PyFunction {
  const func = new PyFunction(
    (code as PyCode).code,
    globals,
    builtins,
    defaults as PyTuple | null,
    kwdefaults as PyDict | null,
    closure === null ? null : (closure as PyTuple).items as PyCell[],
    moduleName(globals),
  );
  if (annotations !== null) func.annotations = annotations as PyTuple;
  return func;
}

/**
 * The function's `__module__`: its globals' `__name__` now, as CPython's
 * PyFunction_New reads it. Functions are made again and again from the same
 * globals (a generator expression or lambda in a loop): the entry's position
 * found last time is checked (the key still there) instead of a str lookup.
 */
let nameGlobals: PyDict | null = null;
let namePosition = -1;

function moduleName(globals: PyDict): PyValue {
  if (globals !== nameGlobals || globals.keys[namePosition] !== "__name__") {
    nameGlobals = globals;
    namePosition = globals.lookupPosition("__name__");
    if (namePosition < 0) return null;
  }
  return globals.values[namePosition] ?? null;
}
