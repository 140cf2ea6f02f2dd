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
    globals.get("__name__") ?? null,
  );
  if (annotations !== null) func.annotations = annotations as PyTuple;
  return func;
}
