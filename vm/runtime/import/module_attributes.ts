/**
 * What a module answers for a name its namespace lacks: its own `__getattr__`
 * (PEP 562), else AttributeError — worded "partially initialized module" while
 * the module's code is still running (its spec's `_initializing`), the usual
 * sign of a circular import.
 */
import type { PyValue } from "../../objects/object.ts";
import { pyError } from "../../objects/exceptions.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { callObject } from "../call.ts";
import { getAttributeIfPresent } from "../attributes.ts";
import { isTrue } from "../operators.ts";
import { PyModule } from "../module.ts";

/** `module.name` when the namespace lacks it: `__getattr__` (PEP 562), else AttributeError. */
export function missingModuleAttribute(module: PyModule, name: string): PyValue {
  const hook = module.dict.get("__getattr__");
  if (hook !== undefined) return callObject(hook, [name], null);
  const moduleName = module.dict.get("__name__");
  if (moduleName === undefined || !isStr(moduleName)) {
    throw pyError("AttributeError", `module has no attribute '${name}'`);
  }
  const shown = toJsString(moduleName as PyStr);
  if (isInitializing(module)) {
    throw pyError(
      "AttributeError",
      `partially initialized module '${shown}' has no attribute '${name}' (most likely due to a circular import)`,
    );
  }
  throw pyError("AttributeError", `module '${shown}' has no attribute '${name}'`);
}

/**
 * missingModuleAttribute for a lookup that wants no error (getattr with a
 * default): `__getattr__`'s answer, else undefined. The spec's
 * `_initializing` is still read, as CPython's module_getattro reads it before
 * raising the error its caller then clears.
 */
export function missingModuleAttributeIfPresent(
  module: PyModule,
  name: string,
): PyValue | undefined {
  const hook = module.dict.get("__getattr__");
  if (hook !== undefined) return callObject(hook, [name], null);
  const moduleName = module.dict.get("__name__");
  if (moduleName !== undefined && isStr(moduleName)) isInitializing(module);
  return undefined;
}

/** True while the module's code runs (its spec's `_initializing`); any error of the lookup is false. */
export function isInitializing(module: PyValue): boolean {
  if (!(module instanceof PyModule)) return false;
  const spec = module.dict.get("__spec__");
  if (spec === undefined || spec === null) return false;
  try {
    const value = getAttributeIfPresent(spec, "_initializing");
    return value !== undefined && isTrue(value);
  } catch {
    return false;
  }
}
