/**
 * Raises in compiled traces without a JS throw. A residual call that raises
 * leaves the trace through its snapshot (driver.ts leaveCompiled); when the
 * exception comes from a JS throw, V8 builds a message object with a stack
 * trace first, 0.3-1 us under Deno (vm/runtime/eval.ts), more than the rest
 * of an EAFP lookup's miss. The ops here return undefined instead of
 * throwing in their common raising case, and the generated code makes the
 * exception and takes the same exit the catch would (jit/backend/js.ts).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { dictType, type PyDict } from "../vm/objects/dict.ts";
import { dictGetItem } from "../vm/objects/dict_methods.ts";

/**
 * d[key] for dict_getitem: the value, or undefined for an exact dict's
 * missing key (the trace raises KeyError(key) itself); a subclass's
 * `__missing__` and its KeyError as dictGetItem has them.
 */
export function dictItemOrMissing(dict: PyDict, key: PyValue): PyValue | undefined {
  const value = dict.get(key);
  if (value !== undefined || dict.cls === dictType) return value;
  return dictGetItem(dict, key);
}
