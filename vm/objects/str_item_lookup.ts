/**
 * `container[key]` for the str methods that look things up in objects they
 * are given: format_map and `{0[key]}` fields, `%(key)s`, translate's table.
 * Exact str, tuple, list and dict are answered here (so these work before and
 * without the interpreter); anything else goes through its `__getitem__`.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { PyTuple, tupleType } from "./tuple.ts";
import { listType, PyList } from "./list.ts";
import { dictType, PyDict } from "./dict.ts";
import { late } from "../runtime/late_protocols.ts";
import { typeName } from "./str_args.ts";
import { strSubscript } from "./str_sequence.ts";
import { isStr } from "./str_wide.ts";

export function getItem(container: PyValue, key: PyValue): PyValue {
  if (isStr(container)) return strSubscript(container, key);
  if (container instanceof PyTuple && container.cls === tupleType) {
    return sequenceItem(container.items, key, "tuple");
  }
  if (container instanceof PyList && container.cls === listType) {
    return sequenceItem(container.items, key, "list");
  }
  if (container instanceof PyDict && container.cls === dictType) {
    const found = container.get(key);
    if (found === undefined) throw pyError("KeyError", key);
    return found;
  }
  if (typeOf(container).lookup("__getitem__") === undefined) {
    throw pyError("TypeError", `'${typeName(container)}' object is not subscriptable`);
  }
  return late.call(late.getAttribute(container, "__getitem__"), [key], null);
}

function sequenceItem(items: readonly PyValue[], key: PyValue, kind: "tuple" | "list") {
  if (typeof key !== "number") {
    throw pyError("TypeError", `${kind} indices must be integers or slices, not ${typeName(key)}`);
  }
  const index = key < 0 ? key + items.length : key;
  if (index < 0 || index >= items.length) throw pyError("IndexError", `${kind} index out of range`);
  return items[index];
}
