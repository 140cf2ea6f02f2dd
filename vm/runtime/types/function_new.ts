/**
 * `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`:
 * a function made from a code object at run time (CPython's func_new). The
 * function's builtins come from `globals['__builtins__']` (a module or a dict)
 * as for exec(), and its `__module__` from `globals['__name__']`.
 */
import type { PyValue } from "../../objects/object.ts";
import { functionType, PyFunction } from "../../objects/function.ts";
import { bindArguments, parseSignature } from "../../objects/native_signature.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { PyDict } from "../../objects/dict.ts";
import { PyTuple } from "../../objects/tuple.ts";
import { PyCell } from "../../objects/cell.ts";
import { isStr, toJsString } from "../../objects/str_wide.ts";
import { registerConstructor } from "../call_type.ts";
import { PyCode } from "../code_object.ts";
import { PyModule } from "../module.ts";
import { interpreter } from "../interpreter_state.ts";

const SIGNATURE = parseSignature("code, globals, name=None, argdefs=None, closure=None");

function builtinsFor(globals: PyDict): PyDict {
  const builtins = globals.get("__builtins__");
  if (builtins instanceof PyModule) return builtins.dict;
  if (builtins instanceof PyDict) return builtins;
  return interpreter().builtins.dict;
}

function closureCells(code: PyCode, closure: PyValue): PyCell[] | null {
  const free = code.code.co_freevars.length;
  if (closure !== null && !(closure instanceof PyTuple)) {
    throw pyError("TypeError", "arg 5 (closure) must be None or tuple");
  }
  if (free > 0 && closure === null) throw pyError("TypeError", "arg 5 (closure) must be tuple");
  const cells = closure === null ? [] : closure.items;
  if (cells.length !== free) {
    throw pyError(
      "ValueError",
      `${code.code.co_name} requires closure of length ${free}, not ${cells.length}`,
    );
  }
  for (const cell of cells) {
    if (!(cell instanceof PyCell)) {
      throw pyError("TypeError", `arg 5 (closure) expected cell, found ${typeOf(cell).tpName}`);
    }
  }
  return free === 0 ? null : cells as PyCell[];
}

registerConstructor(functionType, (_cls, args, kwnames) => {
  const [code, globals, name, defaults, closure] = bindArguments(
    SIGNATURE,
    "function",
    args,
    kwnames,
  ) as PyValue[];
  if (!(code instanceof PyCode)) {
    throw pyError(
      "TypeError",
      `function() argument 'code' must be code, not ${typeOf(code).tpName}`,
    );
  }
  if (!(globals instanceof PyDict)) {
    throw pyError(
      "TypeError",
      `function() argument 'globals' must be dict, not ${typeOf(globals).tpName}`,
    );
  }
  if (name !== null && !isStr(name)) {
    throw pyError("TypeError", "arg 3 (name) must be None or string");
  }
  if (defaults !== null && !(defaults instanceof PyTuple)) {
    throw pyError("TypeError", "arg 4 (defaults) must be None or tuple");
  }
  const cells = closureCells(code, closure);
  const func = new PyFunction(
    code.code,
    globals,
    builtinsFor(globals),
    defaults,
    null,
    cells,
    globals.get("__name__") ?? null,
  );
  if (name !== null) func.name = toJsString(name);
  return func;
});
